"""A restore reads the database through an integrity check as few times as its safety
allows: the backup's copy once (the backup itself is never opened by SQLite), and nothing
after it when that copy is renamed into the database's place; the restored database once
more when its content had to be written through the backup API (someone had it open); a
backup of an older schema is checked again after migrating."""

from __future__ import annotations

import sqlite3

from tests.backup.conftest import all_rows, type_progress
from zjtracker.db import safety
from zjtracker.services.backups import restore as restore_module
from zjtracker.services.backups import staging
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import restore


def _counting(monkeypatch):
    checked: list[str] = []
    real = safety.check_integrity

    def check(database, *args, **kwargs):
        checked.append(str(database))
        return real(database, *args, **kwargs)

    monkeypatch.setattr(staging, "check_integrity", check)
    monkeypatch.setattr(restore_module, "check_integrity", check)
    return checked


def test_a_backup_at_the_newest_schema_is_checked_once_and_the_result_once(sample_db, tmp_path, monkeypatch):
    type_progress(sample_db, "备份时的进展")
    wanted = all_rows(sample_db)
    backup = backup_to_file(sample_db, tmp_path / "备份.db")
    type_progress(sample_db, "备份之后的进展")
    sample_db.dispose()
    checked = _counting(monkeypatch)

    restore(str(sample_db.file), backup)

    assert all_rows(sample_db) == wanted
    assert len(checked) == 1, checked  # the checked copy became the database by its name
    assert str(backup) not in checked and checked[0] != str(sample_db.file)


def test_content_written_into_an_open_database_is_checked_once_more(sample_db, tmp_path, monkeypatch):
    wanted = all_rows(sample_db)
    backup = backup_to_file(sample_db, tmp_path / "备份.db")
    type_progress(sample_db, "备份之后的进展")
    checked = _counting(monkeypatch)
    with sample_db.engine.connect():  # the window still holds a connection
        restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == wanted
    assert len(checked) == 2 and str(backup) not in checked, checked
    assert checked[-1] == str(sample_db.file)


def test_a_damaged_backup_is_still_refused_naming_the_backup(sample_db, tmp_path, monkeypatch):
    backup = backup_to_file(sample_db, tmp_path / "坏的备份.db")
    with sqlite3.connect(backup) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(backup.read_bytes())
    for page in range(pages // 2, pages // 2 + 3):
        data[page * size + 8: page * size + 200] = b"\xff" * 192
    backup.write_bytes(bytes(data))
    before = all_rows(sample_db)
    sample_db.dispose()

    try:
        restore(str(sample_db.file), backup)
    except Exception as error:  # noqa: BLE001 - the sentence is what matters
        message = str(error)
    else:
        raise AssertionError("a damaged backup was restored")
    assert "坏的备份.db" in message and "restoring" not in message
    assert all_rows(sample_db) == before
