"""The checks when the program starts on a database."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from tests.safety.conftest import ModalAnswers
from tests.safety.test_integrity import damage_middle
from zjtracker import paths
from zjtracker.db import open_database
from zjtracker.db.backup_file import backups_in
from zjtracker.db.safety import check_integrity
from zjtracker.services.backups.create import make_backup
from zjtracker.ui.database import checks as db_checks
from zjtracker.ui.database.checks import check_database_at_start, open_database_at_start


def test_a_sound_database_starts_and_gets_its_daily_backup(qtbot, sample_db, private_settings):
    answers = ModalAnswers()
    try:
        assert check_database_at_start(None, sample_db) is True
        assert check_database_at_start(None, sample_db) is True
    finally:
        answers.stop()
    assert answers.texts == []
    assert len(backups_in(paths.backups_dir(), "sample", "daily")) == 1


def test_a_damaged_database_is_said_and_the_program_does_not_start(qtbot, sample_sqlite, tmp_path, private_settings):
    path = tmp_path / "damaged.db"
    shutil.copy(sample_sqlite, path)
    damage_middle(path)
    database = open_database(path)  # the damage is in data pages: it opens
    answers = ModalAnswers(["Quit"])
    try:
        assert check_database_at_start(None, database) is False
    finally:
        answers.stop()
        database.dispose()
    assert len(answers.texts) == 1 and "已损坏" in answers.texts[0] and str(path) in answers.texts[0]
    assert not paths.backups_dir().exists()  # no daily backup of a damaged database


def test_a_damaged_database_can_be_restored_at_start(qtbot, sample_sqlite, tmp_path, monkeypatch, private_settings):
    path = tmp_path / "台账.db"
    shutil.copy(sample_sqlite, path)
    good = open_database(path)
    make_backup(good, "daily")
    good.dispose()
    with open(path, "r+b") as handle:
        handle.write(b"\0" * 100)  # it cannot even be opened now
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)

    def restore_first_backup(dialog):
        dialog.table.selectRow(0)
        qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=10000)
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15000)
        dialog.accept()

    answers = ModalAnswers(["Restore from backup"], on_dialog=restore_first_backup)
    try:
        database = open_database_at_start(None, str(path))
    finally:
        answers.stop()
    assert database is not None
    assert "已损坏" in answers.texts[0]
    assert check_integrity(database) == [] and database.file == path
    database.dispose()
    kept = backups_in(paths.backups_dir(), "台账", "before-restore")
    assert len(kept) == 1 and kept[0].path.read_bytes()[:100] == b"\0" * 100


def test_a_locked_database_at_start_is_a_message(qtbot, tmp_path, private_settings):
    import sqlite3

    path = tmp_path / "held.db"
    open_database(path).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO units (name, kind) VALUES ('x', 'y')")
    from zjtracker.db import engine

    original = engine.SQLITE_BUSY_TIMEOUT_MS
    engine.SQLITE_BUSY_TIMEOUT_MS = 100
    answers = ModalAnswers()
    try:
        assert open_database_at_start(None, str(path)) is None
    finally:
        engine.SQLITE_BUSY_TIMEOUT_MS = original
        answers.stop()
        holder.close()
    assert len(answers.texts) == 1 and "其他程序占用" in answers.texts[0]


def test_the_network_share_warning_comes_once_per_path(qtbot, sample_db, tmp_path, monkeypatch, private_settings):
    monkeypatch.setattr(db_checks, "on_network_share", lambda path: True)
    other = open_database(tmp_path / "other.db")
    answers = ModalAnswers()
    try:
        assert check_database_at_start(None, sample_db) is True
        assert check_database_at_start(None, sample_db) is True
        assert check_database_at_start(None, other) is True
    finally:
        answers.stop()
        other.dispose()
    assert len(answers.texts) == 2
    assert str(sample_db.file) in answers.texts[0] and str(other.file) in answers.texts[1]
    assert "network share" in answers.texts[0]


def test_a_server_database_is_not_checked_as_a_file(qtbot, database, private_settings):
    answers = ModalAnswers()
    try:
        assert check_database_at_start(None, database) is True
    finally:
        answers.stop()
    assert answers.texts == []
