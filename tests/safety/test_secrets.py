"""A password given in ``--db`` (after the user name, or as ``?password=``) never shows: not
in messages, not in the portable backup's header, not in the recent-databases settings,
not in the name the single-instance guard announces."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from zjtracker.db.engine import Database, url_without_password
from zjtracker.db.portable import write_portable
from zjtracker.db.safety import DatabaseProblem, describe_target
from zjtracker.url_secrets import hide_password

SECRET = "S3cr3t-pw"
URLS = [
    f"postgresql+psycopg://clerk@127.0.0.1:1/ledger?password={SECRET}",
    f"postgresql+psycopg://clerk@127.0.0.1:1/ledger?connect_timeout=2&PASSWORD={SECRET}",
    f"postgresql+psycopg://clerk:{SECRET}@127.0.0.1:1/ledger?connect_timeout=2",
    f"postgresql+psycopg://clerk:{SECRET}@x@127.0.0.1:1/ledger",
]


@pytest.mark.parametrize("url", URLS)
def test_every_way_a_url_is_shown_leaves_the_password_out(url):
    for shown in (hide_password(url), url_without_password(url), describe_target(url),
                  DatabaseProblem("unreachable", describe_target(url)).message):
        assert SECRET not in shown and "127.0.0.1" in shown and "ledger" in shown, shown
    assert "connect_timeout=2" in hide_password(url) or "connect_timeout" not in url


def test_the_portable_header_keeps_no_password(tmp_path):
    path = tmp_path / "a.zjtbak"
    write_portable(path, "0004", URLS[0], iter(()))
    header = json.loads(gzip.decompress(path.read_bytes()).splitlines()[0])
    assert SECRET not in json.dumps(header) and header["source"].endswith("/ledger")


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zjtracker", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("url", URLS[:3])
def test_command_line_messages_keep_no_password(url, tmp_path):
    for args in (["--db", url, "list"], ["--db", url, "backup", "-o", tmp_path / "x.zjtbak"],
                 ["--db", url, "restore", tmp_path / "none.zjtbak"]):
        done = run(*args)
        assert done.returncode != 0
        assert SECRET not in done.stderr + done.stdout, (args, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr


def test_recent_databases_keep_no_password(private_settings):
    from PySide6.QtCore import QSettings

    from zjtracker.ui.database.recent import recent_databases, remember

    for url in URLS:
        remember(url)
    QSettings().sync()
    stored = "".join(p.read_text(encoding="utf-8", errors="replace") for p in private_settings.rglob("*.ini"))
    assert SECRET not in stored and "127.0.0.1" in stored
    # a list an older version wrote with the password is cleaned when read
    QSettings().setValue("recent_databases", [URLS[0], "/tmp/a.db"])
    assert recent_databases() == [hide_password(URLS[0]), "/tmp/a.db"]
    QSettings().sync()
    assert SECRET not in "".join(p.read_text(encoding="utf-8", errors="replace")
                                 for p in private_settings.rglob("*.ini"))


def test_the_window_title_and_the_guard_keep_no_password():
    from sqlalchemy import create_engine

    from zjtracker.ui.database.single_instance import database_identity

    engine = create_engine("sqlite://")  # any engine: the name comes from the URL
    assert SECRET not in Database(URLS[0], engine).display_name()
    engine.dispose()
    for url in URLS:
        assert SECRET not in database_identity(url)
    assert database_identity(URLS[0]) == database_identity(URLS[0].split("?")[0])


def test_the_guard_loads_no_database_code_for_a_url():
    code = ("import sys; from zjtracker.ui.database.single_instance import server_name; "
            f"server_name({URLS[2]!r}); server_name('sqlite:////tmp/x.db'); "
            "print('sqlalchemy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
