"""Temporary files a killed run left (a restore's hidden copy, half-written ``.part``
copies) are removed at the next start, by the command line and by the window's start
checks, and said; files of a run still going, or of another database, stay."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from zjtracker import paths
from zjtracker.services.leftovers import remove_leftovers


def _old(path, content: bytes = b"x" * 1000):
    path.write_bytes(content)
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftovers(database):
    folder, backups = database.parent, paths.backups_dir(create=True)
    pid = _dead_pid()
    gone = [_old(folder / f".{database.stem}-restoring-{pid}.db"),
            _old(folder / f".{database.stem}-restoring-{pid}.db-wal"),
            _old(folder / "台账 备份.zjtbak.part"),
            _old(backups / f"{database.stem}-before-import-20250101-101010-000001.db.part")]
    kept = [_old(folder / f".{database.stem}-restoring-{os.getpid()}.db"),  # a restore still running
            _old(backups / "other-daily-20250101-101010-000001.db.part"),  # another database's copy
            _old(folder / "notes.txt.part")]  # not ours
    fresh = folder / "new.zjtbak.part"
    fresh.write_bytes(b"written since this run started")
    return gone, kept + [fresh]


def test_leftovers_are_removed_and_the_rest_kept(sample_db):
    gone, kept = _leftovers(sample_db.file)
    removed = remove_leftovers(sample_db.file, started=time.time() - 60)
    assert sorted(removed) == sorted(gone)
    assert not any(p.exists() for p in gone) and all(p.exists() for p in kept)


def test_the_command_line_removes_them_at_start(sample_sqlite, tmp_path):
    database = tmp_path / "台账.db"
    shutil.copy(sample_sqlite, database)
    gone, kept = _leftovers(database)
    done = subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(database), "list"],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "ZJTRACKER_DATA_DIR": str(paths.data_dir())})
    assert done.returncode == 0, done.stderr
    # "new.zjtbak.part" is older than that process too: it goes as well
    assert "临时文件" in done.stderr and "5 个" in done.stderr
    assert not any(p.exists() for p in gone) and not (database.parent / "new.zjtbak.part").exists()
    assert all(p.exists() for p in kept if p.name != "new.zjtbak.part")


def test_the_windows_start_checks_remove_them(sample_db):
    from zjtracker.ui.database.start_checks import start_checks

    gone, _kept = _leftovers(sample_db.file)
    found = dict(item for _done, _total, item in start_checks(sample_db))
    assert sorted(found["leftovers"]) == sorted(gone) and found["problems"] == []
    assert not any(p.exists() for p in gone)
