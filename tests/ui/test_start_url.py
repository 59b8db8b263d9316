"""The window's first step names a PostgreSQL database without loading the database layer:
the URL's password is left out by plain string work (zjtracker.url_secrets)."""

import subprocess
import sys


def test_naming_a_server_database_loads_no_sqlalchemy():
    script = ("import sys; from zjtracker.ui.app_controller import _shown_name; "
              "print(_shown_name('postgresql+psycopg://clerk:s3cret@server/ledger?password=x')); "
              "print(any(m.split('.')[0] == 'sqlalchemy' or m.startswith('zjtracker.db') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["postgresql+psycopg://clerk@server/ledger", "False"]
