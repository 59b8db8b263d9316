"""Automatic backups through SQLite's online backup API: consistent while others write,
named by database, reason and time, rotated per kind."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta

import pytest

from tests.backup.conftest import all_rows, titles, type_progress
from tests.services.factories import result_of, small_policy
from zjtracker import paths
from zjtracker.db import backup_file, open_database
from zjtracker.db.backup_file import backup_sqlite_file, backups_in, copy_database, parse_backup_name
from zjtracker.db.safety import DatabaseProblem, check_integrity
from zjtracker.services.backups.create import backup_before_import, backup_daily, backup_to_file
from zjtracker.services.policies.importer import store_result


def test_a_copy_while_another_program_holds_a_write_transaction(sample_db, tmp_path):
    type_progress(sample_db, "已提交的进展")
    writer = sqlite3.connect(sample_db.file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE policies SET title = '未提交的标题' WHERE id = 1")
    try:
        started = time.monotonic()
        copy = copy_database(sample_db.file, tmp_path / "copy.db")
        assert time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert check_integrity(copy) == []
    assert not (tmp_path / "copy.db-wal").exists() and not (tmp_path / "copy.db.part").exists()
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert connection.execute("SELECT title FROM policies WHERE id = 1").fetchone()[0] != "未提交的标题"
    assert connection.execute("SELECT status_text FROM progress_reports").fetchall() == [("已提交的进展",)]
    connection.close()
    assert all_rows(copy) == all_rows(sample_db)


def test_a_copy_gives_up_on_a_database_held_exclusively(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_file, "LOCK_WAIT_SECONDS", 0.5)
    path = tmp_path / "held.db"
    open_database(path).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO units (name, kind) VALUES ('市商务局', 'city_bureau')")
    try:
        with pytest.raises(DatabaseProblem) as raised:
            copy_database(path, tmp_path / "copy.db")
    finally:
        holder.close()
    assert raised.value.kind == "locked" and "占用" in raised.value.message
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "copy.db.part").exists()


def test_names_carry_the_database_reason_and_time(sample_db):
    made = backup_sqlite_file(sample_db.file, "before-migration", detail="0002")
    named = parse_backup_name(made)
    assert made.parent == paths.backups_dir()
    assert (named.stem, named.reason, named.detail) == ("sample", "before-migration", "0002")
    assert abs((named.made_at - named.made_at.now()).total_seconds()) < 60
    assert parse_backup_name(made.with_name("my-notes.db")) is None
    assert parse_backup_name(made.with_name("a-b-daily-20250102-030405-000006.db")).stem == "a-b"


def test_rotation_keeps_the_newest_of_each_kind_and_database(sample_db, tmp_path):
    other = open_database(tmp_path / "other.db")
    kept_other = backup_sqlite_file(other.file, "daily")
    other.dispose()
    imports = [backup_sqlite_file(sample_db.file, "before-import", keep=3) for _ in range(5)]
    daily = backup_sqlite_file(sample_db.file, "daily", keep=3)
    left = backups_in(paths.backups_dir(), "sample", "before-import")
    assert [b.path for b in left] == imports[:-4:-1]  # the three newest, newest first
    assert all(not p.exists() for p in imports[:2])
    assert daily.exists() and kept_other.exists()


def test_the_daily_backup_is_made_once_a_day(sample_db):
    first = backup_daily(sample_db)
    assert first is not None and parse_backup_name(first).reason == "daily"
    assert backup_daily(sample_db) is None
    tomorrow = backup_daily(sample_db, today=date.today() + timedelta(days=1))
    assert tomorrow is not None and tomorrow != first


def test_the_daily_backups_keep_fourteen(sample_db, monkeypatch):
    for _ in range(16):
        backup_sqlite_file(sample_db.file, "daily")
    assert len(backups_in(paths.backups_dir(), "sample", "daily")) == backup_file.KEEP["daily"] == 14


def test_importing_a_policy_backs_up_the_state_before(sample_db):
    before = titles(sample_db)
    store_result(sample_db, result_of(small_policy()), "sha-of-file")
    from zjtracker.services.backups.create import wait_for_backups

    assert wait_for_backups() == []  # the pages are copied after the import (services/returns/backup_before.py)
    [made] = backups_in(paths.backups_dir(), "sample", "before-import")
    copy = open_database(made.path)
    assert titles(copy) == before and "湛江市测试实施方案" in titles(sample_db)
    copy.dispose()


def test_applying_a_return_backs_up_first(sample_db, tmp_path):
    from tests.returns.conftest import PERIOD, TEXTS, ledger_book, save
    from tests.returns.conftest import test_policy as returns_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.history.batches import apply_return
    from zjtracker.services.returns.preview import preview_return

    store_result(sample_db, ParseResult(source="t.txt", policies=[returns_policy()]), "t")
    book = ledger_book([["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "新的进展。", None, None, 80, None, None]])
    path = save(book, tmp_path / "市商务局-三季度.xlsx")
    before = all_rows(sample_db)
    apply_return(sample_db, preview_return(sample_db, path, PERIOD))
    from zjtracker.services.backups.create import wait_for_backups

    assert wait_for_backups() == []  # the copy may end after the import (services/returns/backup_before.py)
    newest = backups_in(paths.backups_dir(), "sample", "before-import")[0]
    assert all_rows(newest.path) == before
    assert all_rows(sample_db)["progress_reports"] != before["progress_reports"]


def test_an_empty_database_or_a_server_is_not_backed_up_before_import(database):
    assert backup_before_import(database) is None
    assert not paths.backups_dir().exists()


def test_a_backup_to_a_chosen_sqlite_file(sample_db, tmp_path):
    target = tmp_path / "U盘" / "台账 备份.db"
    assert backup_to_file(sample_db, target) == target
    assert all_rows(target) == all_rows(sample_db)
    target.write_bytes(b"an older file in the way")
    backup_to_file(str(sample_db.file), target, force=True)  # replaced, as -o --force does
    assert check_integrity(target) == []
