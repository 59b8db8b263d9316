"""The quick restore renames the checked copy into the database's place and keeps the replaced
file in the backups folder by a second name; whenever that cannot be done safely the content
goes through SQLite's backup API as before, and a failure leaves the database as it was."""

from __future__ import annotations

import os
import sqlite3

import pytest

from tests.backup.conftest import all_rows, type_progress
from zjtracker import paths
from zjtracker.db.backup_file import backups_in
from zjtracker.db.safety import check_integrity
from zjtracker.services.backups import restore as restore_module
from zjtracker.services.backups import swap
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import restore


def _made(sample_db, tmp_path):
    type_progress(sample_db, "备份时的进展")
    wanted = all_rows(sample_db)
    backup = backup_to_file(sample_db, tmp_path / "备份.db")
    type_progress(sample_db, "备份之后的进展")
    return backup, wanted, all_rows(sample_db)


def _side_files(folder) -> list[str]:
    """What a restore may leave next to the database: its stage, side files of a kept copy."""
    return sorted(p.name for p in folder.iterdir() if "restoring" in p.name or "备份.db-" in p.name)


def test_with_the_engine_disposed_the_checked_copy_takes_the_place(sample_db, tmp_path):
    backup, wanted, current = _made(sample_db, tmp_path)
    sample_db.dispose()
    before = os.stat(sample_db.file).st_ino
    outcome = restore(str(sample_db.file), backup)
    assert os.stat(outcome.kept).st_ino == before != os.stat(sample_db.file).st_ino  # renamed, not copied
    assert outcome.kept.read_bytes()[18:20] == b"\x01\x01"  # one self-contained file, in rollback mode
    assert sample_db.file.read_bytes()[18:20] == b"\x02\x02"  # in WAL mode, its log written into it
    assert all_rows(sample_db) == wanted and all_rows(outcome.kept) == current
    assert outcome.kept.parent == paths.backups_dir() and [b.path for b in backups_in()] == [outcome.kept]
    assert check_integrity(outcome.kept) == [] and check_integrity(sample_db) == []
    sample_db.dispose()
    assert _side_files(tmp_path) == []
    type_progress(sample_db, "恢复后继续填写")  # the window writes on, in WAL mode again


def test_a_database_held_open_gets_the_content_written_into_it(sample_db, tmp_path):
    backup, wanted, current = _made(sample_db, tmp_path)
    held = sqlite3.connect(sample_db.file)
    held.execute("SELECT count(*) FROM policies").fetchone()  # another program reading it
    before = os.stat(sample_db.file).st_ino
    outcome = restore(str(sample_db.file), backup)
    assert os.stat(sample_db.file).st_ino == before  # the same file, its content replaced
    assert all_rows(sample_db) == wanted and all_rows(outcome.kept) == current
    assert held.execute("SELECT count(*) FROM progress_reports").fetchone()[0] == len(wanted["progress_reports"])
    held.close()


def test_a_rename_refused_half_way_leaves_no_second_name_and_restores_the_slow_way(sample_db, tmp_path,
                                                                                     monkeypatch):
    backup, wanted, current = _made(sample_db, tmp_path)
    sample_db.dispose()

    real = os.replace

    def refused(source, target):
        if "restoring" in str(source):  # Windows: another program opened the database meanwhile
            raise PermissionError(13, "the file is in use")
        real(source, target)

    with monkeypatch.context() as patched:
        patched.setattr(swap.os, "replace", refused)
        outcome = restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == wanted and all_rows(outcome.kept) == current
    assert [b.path for b in backups_in()] == [outcome.kept]  # the link was taken back
    assert os.stat(outcome.kept).st_ino != os.stat(sample_db.file).st_ino


def test_a_failure_after_the_quick_way_was_refused_leaves_the_database_as_it_was(sample_db, tmp_path,
                                                                                 monkeypatch):
    backup, _wanted, current = _made(sample_db, tmp_path)
    sample_db.dispose()

    def elsewhere(*_args):
        raise OSError(18, "Invalid cross-device link")  # the backups folder on another drive

    def broken(_stage, _target):
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patched:
        patched.setattr(swap.os, "link", elsewhere)
        patched.setattr(restore_module, "replace_content", broken)
        with pytest.raises(Exception):  # noqa: B017 - said as a sentence elsewhere; here: nothing changed
            restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == current and check_integrity(sample_db) == []
    assert _side_files(tmp_path) == []
