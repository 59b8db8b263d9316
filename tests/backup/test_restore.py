"""Restoring onto a SQLite database: all or nothing, the replaced database kept."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import sqlite3

import pytest
from sqlalchemy import text

from tests.backup.conftest import all_rows, delete_policy, progress_count, titles, type_progress
from tests.safety.test_integrity import damage_middle
from zjtracker import paths
from zjtracker.db import backup_file, open_database
from zjtracker.db.engine import make_engine
from zjtracker.db.migrate import current_revision, head_revision, upgrade
from zjtracker.db.safety import DatabaseProblem, check_integrity
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import RestoreRefused, restore


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".db", ".zjtbak"])
def test_round_trip_back_to_state_a(sample_db, tmp_path, suffix):
    type_progress(sample_db, "状态A的进展")
    state_a = all_rows(sample_db)
    backup = backup_to_file(sample_db, tmp_path / f"state-a{suffix}")
    removed = delete_policy(sample_db)
    type_progress(sample_db, "之后改动的进展")
    changed = all_rows(sample_db)
    sample_db.dispose()

    outcome = restore(str(sample_db.file), backup)

    assert all_rows(sample_db) == state_a
    assert check_integrity(sample_db) == []
    assert outcome.kept is not None and outcome.kept.parent == paths.backups_dir()
    assert "sample-before-restore-" in outcome.kept.name
    assert all_rows(outcome.kept) == changed
    kept = open_database(outcome.kept)
    assert removed not in titles(kept) and removed in titles(sample_db)
    kept.dispose()
    with sample_db.engine.connect() as connection:  # still a WAL database, and writable
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    type_progress(sample_db, "恢复后继续填写")


def test_a_damaged_backup_is_refused_and_the_database_untouched(sample_db, sample_sqlite, tmp_path):
    damaged = tmp_path / "damaged.db"
    shutil.copy(sample_sqlite, damaged)
    damage_middle(damaged)
    type_progress(sample_db, "不能丢的进展")
    sample_db.dispose()
    before, rows = _sha(sample_db.file), all_rows(sample_db)
    with pytest.raises(RestoreRefused) as refused:
        restore(str(sample_db.file), damaged)
    assert "已损坏" in refused.value.message and "damaged.db" in refused.value.message
    sample_db.dispose()
    assert _sha(sample_db.file) == before and all_rows(sample_db) == rows
    assert list(paths.backups_dir().glob("*before-restore*")) == []
    assert not list(tmp_path.glob(".sample-restoring-*"))


def test_files_that_are_not_backups_are_refused(sample_db, tmp_path):
    not_ours = tmp_path / "other.db"
    connection = sqlite3.connect(not_ours)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    spreadsheet = tmp_path / "台账.xlsx"
    spreadsheet.write_bytes(b"PK\x03\x04" + bytes(3000))
    cut = tmp_path / "cut.zjtbak"
    whole = backup_to_file(sample_db, tmp_path / "whole.zjtbak")
    cut.write_bytes(gzip.compress(gzip.decompress(whole.read_bytes())[:20000]))
    rows = all_rows(sample_db)
    sample_db.dispose()
    for path, words in [(not_ours, "不是本程序的数据库备份"), (spreadsheet, "已损坏"), (cut, "已损坏或不完整"),
                        (tmp_path / "missing.db", "找不到备份文件")]:
        with pytest.raises(RestoreRefused) as refused:
            restore(str(sample_db.file), path)
        assert words in refused.value.message, refused.value.message
    assert all_rows(sample_db) == rows


def test_a_backup_from_a_newer_program_is_refused(sample_db, tmp_path):
    newer = backup_to_file(sample_db, tmp_path / "newer.db")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    sample_db.dispose()
    with pytest.raises(RestoreRefused) as refused:
        restore(str(sample_db.file), newer)
    assert "更新版本的程序" in refused.value.message and "9999" in refused.value.message


def test_an_older_backup_is_migrated_on_the_way_in(sample_db, tmp_path):
    old = tmp_path / "old.db"
    engine = make_engine("sqlite:///" + str(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO policies (id, title, doc_no, issuer, status, frequency, kind, source_file, text, created_at)"
            " VALUES (1, '旧政策', '', '', 'in_force', 'quarterly', 'plan', '', '', '2020-05-01 00:00:00')"))
    engine.dispose()
    sample_db.dispose()
    restore(str(sample_db.file), old)
    assert titles(sample_db) == ["旧政策"]
    assert current_revision(sample_db.engine) == head_revision()
    assert current_revision(make_engine("sqlite:///" + str(old))) == "0001"  # the backup itself unchanged


def test_a_locked_database_is_not_half_restored(sample_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_file, "LOCK_WAIT_SECONDS", 0.5)
    backup = backup_to_file(sample_db, tmp_path / "a.db")
    delete_policy(sample_db)
    sample_db.dispose()
    rows = all_rows(sample_db)
    holder = sqlite3.connect(sample_db.file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseProblem) as raised:
            restore(str(sample_db.file), backup)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert raised.value.kind == "locked"
    assert all_rows(sample_db) == rows


def test_a_damaged_database_is_replaced_and_kept(sample_db, tmp_path):
    backup = backup_to_file(sample_db, tmp_path / "good.db")
    rows = all_rows(sample_db)
    sample_db.dispose()
    with open(sample_db.file, "r+b") as handle:
        handle.write(b"\0" * 100)  # not even a database header left
    outcome = restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == rows and check_integrity(sample_db) == []
    assert outcome.kept.exists() and outcome.kept.read_bytes()[:100] == b"\0" * 100


def test_restoring_into_a_new_file(sample_db, tmp_path):
    backup = backup_to_file(sample_db, tmp_path / "a.zjtbak")
    target = tmp_path / "新的" / "台账.db"
    outcome = restore(str(target), backup)
    assert outcome.kept is None
    fresh = open_database(target)
    assert titles(fresh) == titles(sample_db) and progress_count(fresh) == progress_count(sample_db)
    fresh.dispose()


def test_a_backup_with_another_page_size(sample_db, tmp_path):
    backup = backup_to_file(sample_db, tmp_path / "small-pages.db")
    connection = sqlite3.connect(backup)
    connection.execute("PRAGMA page_size=1024")
    connection.execute("VACUUM")
    assert connection.execute("PRAGMA page_size").fetchone()[0] == 1024
    connection.close()
    rows = all_rows(sample_db)
    delete_policy(sample_db)
    sample_db.dispose()
    restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == rows
    with sample_db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA page_size")).scalar() == 4096
