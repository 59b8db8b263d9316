"""Dates and times SQLite's own date functions accept as written but the program cannot read
(a 30 February, a month 13, an hour 24, a day 00, a year 0000) refuse a SQLite backup with
the sentence naming the record, as an unreadable text does; a real 29 February passes."""

from __future__ import annotations

import sqlite3

import pytest

from tests.backup.conftest import all_rows, type_progress
from tests.backup.test_restore_values import _refused
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import restore


def _backup_with(sample_db, tmp_path, column: str, value: str):
    type_progress(sample_db, "正常的进展")
    backup = backup_to_file(sample_db, tmp_path / "日期.db")
    with sqlite3.connect(backup) as connection:
        connection.execute(f"UPDATE progress_reports SET {column} = ? WHERE id = (SELECT MAX(id) FROM progress_reports)",
                           (value,))
    return backup


@pytest.mark.parametrize("value", ["2024-02-30 10:00:00", "2023-02-29 10:00:00", "2024-13-01 10:00:00",
                                   "2024-04-00 10:00:00", "2024-04-10 24:00:00", "0000-01-01 00:00:00"])
def test_an_impossible_time_is_refused(sample_db, tmp_path, value):
    message = _refused(sample_db, _backup_with(sample_db, tmp_path, "updated_at", value))
    assert "进展记录" in message and value in message, message


def test_the_29th_of_february_of_a_leap_year_is_restored(sample_db, tmp_path):
    backup = _backup_with(sample_db, tmp_path, "updated_at", "2024-02-29 10:00:00.000001")
    wanted = all_rows(backup)
    sample_db.dispose()
    restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == wanted
