"""A SQLite backup carrying logic of its own (a trigger, a view, an extra table or index, a
changed search-index trigger) or a doubled version record is refused with a sentence; the
database being restored into stays byte for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from tests.backup.conftest import all_rows, delete_policy, type_progress
from zjtracker import paths
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import RestoreRefused, restore

PLANTED = {
    "trigger": ("CREATE TRIGGER progress_wipe AFTER INSERT ON progress_reports BEGIN "
                "DELETE FROM progress_reports WHERE period <> new.period; END", "progress_wipe", "触发器"),
    "done trigger": ("CREATE TRIGGER all_done AFTER INSERT ON progress_reports BEGIN "
                     "UPDATE progress_reports SET percent = 100, assessment = '已完成' WHERE id = new.id; "
                     "DELETE FROM change_log WHERE entity_id = new.id; END", "all_done", "触发器"),
    "view": ("CREATE VIEW everything AS SELECT * FROM policies", "everything", "视图"),
    "table": ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "notes", "表"),
    "index": ("CREATE INDEX ix_my_own ON progress_reports (remarks)", "ix_my_own", "索引"),
}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _planted_backup(sample_db, tmp_path, *statements: str):
    backup = backup_to_file(sample_db, tmp_path / "带私货.db")
    connection = sqlite3.connect(backup)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return backup


def _refused_untouched(sample_db, backup) -> str:
    delete_policy(sample_db)  # the database differs from the backup, so a restore would show
    sample_db.dispose()
    before, rows = _sha(sample_db.file), all_rows(sample_db)
    with pytest.raises(RestoreRefused) as refused:
        restore(str(sample_db.file), backup)
    sample_db.dispose()
    assert _sha(sample_db.file) == before and all_rows(sample_db) == rows
    assert list(paths.backups_dir().glob("*before-restore*")) == []
    assert not list(sample_db.file.parent.glob(".sample-restoring-*"))
    message = refused.value.message
    assert backup.name in message and "当前数据库没有改动" in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("kind", list(PLANTED))
def test_a_backup_with_objects_of_its_own_is_refused(sample_db, tmp_path, kind):
    statement, name, word = PLANTED[kind]
    backup = _planted_backup(sample_db, tmp_path, statement)
    message = _refused_untouched(sample_db, backup)
    assert f"{word}“{name}”" in message and "本程序不会建立" in message


def test_a_changed_search_index_trigger_is_refused(sample_db, tmp_path):
    backup = _planted_backup(
        sample_db, tmp_path, "DROP TRIGGER measures_fts_ad",
        "CREATE TRIGGER measures_fts_ad AFTER DELETE ON measures BEGIN DELETE FROM progress_reports; END")
    message = _refused_untouched(sample_db, backup)
    assert "触发器“measures_fts_ad”" in message and "不同" in message


def test_a_backup_missing_part_of_the_schema_is_refused(sample_db, tmp_path):
    backup = _planted_backup(sample_db, tmp_path, "DROP TRIGGER yearly_plans_fts_ai")
    assert "缺少" in _refused_untouched(sample_db, backup)


def test_a_doubled_version_record_is_a_sentence(sample_db, tmp_path):
    backup = backup_to_file(sample_db, tmp_path / "两个版本.db")
    connection = sqlite3.connect(backup)
    # alembic_version's primary key forbids a second row: rebuilt without one, as a hand-edited file may be
    connection.execute("ALTER TABLE alembic_version RENAME TO old_version")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("INSERT INTO alembic_version SELECT version_num FROM old_version")
    connection.execute("INSERT INTO alembic_version SELECT version_num FROM old_version")
    connection.execute("DROP TABLE old_version")
    connection.commit()
    connection.close()
    message = _refused_untouched(sample_db, backup)
    assert "数据库版本记录" in message and "2 条" in message


def test_the_programs_own_backups_still_restore_at_every_revision(sample_db, tmp_path):
    """Nothing of the program's own schema is taken for foreign: the sample, and an empty
    database of each older revision (migrated on the way in)."""
    from zjtracker.db.engine import make_engine
    from zjtracker.db.migrate import current_revision, head_revision, revisions_in_order, upgrade

    type_progress(sample_db, "要保留的进展")
    backup = backup_to_file(sample_db, tmp_path / "good.db")
    rows = all_rows(sample_db)
    delete_policy(sample_db)
    sample_db.dispose()
    restore(str(sample_db.file), backup)
    assert all_rows(sample_db) == rows
    for revision in revisions_in_order():
        old = tmp_path / f"at-{revision}.db"
        engine = make_engine("sqlite:///" + str(old))
        upgrade(engine, revision)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO policies (id, title, doc_no, issuer, status, frequency, kind, source_file, text,"
                " created_at) VALUES (1, '旧政策', '', '', 'in_force', 'quarterly', 'plan', '', '',"
                " '2020-05-01 00:00:00')"))
        engine.dispose()
        target = tmp_path / f"restored-{revision}.db"
        restore(str(target), old)
        engine = make_engine("sqlite:///" + str(target))
        assert current_revision(engine) == head_revision()
        engine.dispose()
