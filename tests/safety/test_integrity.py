"""PRAGMA integrity_check on real files: sound, damaged in the middle, not a database at all."""

from __future__ import annotations

import os
import shutil

import pytest

from zjtracker.db import open_database
from zjtracker.db.safety import DatabaseProblem, check_integrity, ensure_intact


def damage_middle(path) -> None:
    """Overwrite two pages in the middle of a real database file with noise."""
    size = os.path.getsize(path)
    with open(path, "r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(8192))


def test_a_sound_database_passes(sample_db):
    assert check_integrity(sample_db) == []
    ensure_intact(sample_db)


def test_a_database_damaged_in_the_middle_is_found(sample_sqlite, tmp_path):
    path = tmp_path / "damaged.db"
    shutil.copy(sample_sqlite, path)
    damage_middle(path)
    problems = check_integrity(path)
    assert problems and all(isinstance(line, str) and line for line in problems)
    assert len(problems) <= 50
    with pytest.raises(DatabaseProblem) as raised:
        ensure_intact(path)
    assert raised.value.kind == "damaged" and "从备份恢复" in raised.value.message


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "表格.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    assert check_integrity(path) == ["file is not a database"]


def test_a_missing_file_is_unreachable(tmp_path):
    with pytest.raises(DatabaseProblem) as raised:
        check_integrity(tmp_path / "gone.db")
    assert raised.value.kind == "unreachable"


def test_the_check_reads_what_is_still_in_the_wal(tmp_path):
    database = open_database(tmp_path / "wal.db")
    from zjtracker.db.models import Unit

    with database.session() as session:  # committed, still in the -wal file while open
        session.add(Unit(name="市商务局"))
    assert (tmp_path / "wal.db-wal").exists()
    assert check_integrity(database) == []
    database.dispose()


def test_other_engines_have_nothing_to_check(database):
    assert check_integrity(database) == []


def test_sqlite_uris_for_windows_paths_and_odd_names(tmp_path):
    from pathlib import PureWindowsPath

    from zjtracker.db.safety import sqlite_uri

    assert sqlite_uri(PureWindowsPath(r"\\server\科室\z.db")) == "file:////server/%E7%A7%91%E5%AE%A4/z.db?mode=ro"
    assert sqlite_uri(PureWindowsPath(r"C:\Users\a b\z.db"), "") == "file:///C:/Users/a%20b/z.db"
    odd = tmp_path / "台账 #1 100%.db"
    open_database(odd).dispose()
    assert check_integrity(odd) == []  # the URI reaches the right file
