"""The GUI's save paths as the clerk uses them: the database, its side files and the backups
folder are refused with a message whatever the file dialog said; an existing file typed by
hand is replaced only when the clerk agrees; a full disk is a message, not a traceback."""

from __future__ import annotations

import errno
import hashlib
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from tests.backup.conftest import all_rows
from zjtracker import paths
from zjtracker.db import open_database
from zjtracker.exporting import safe_write
from zjtracker.services.periods import Period
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.history.change_log_view import ChangeLogDialog
from zjtracker.ui.main_window import MainWindow
from zjtracker.ui.returns.send_dialog import SendTemplatesDialog


@pytest.fixture
def live(sample_sqlite, tmp_path, private_settings):
    path = tmp_path / "zjtracker.db"
    shutil.copy(sample_sqlite, path)
    database = open_database(path)
    yield database
    database.dispose()


@pytest.fixture
def boxes(monkeypatch):
    """Warnings shown and questions asked (answered by ``boxes.answer``)."""

    class Boxes:
        warnings: list[str] = []
        questions: list[str] = []
        answer = QMessageBox.StandardButton.No

    shown = Boxes()
    shown.warnings, shown.questions = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.warnings.append(text))

    def question(parent, title, text, *rest):
        shown.questions.append(text)
        return shown.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return shown


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_change_log_export_refuses_a_database_chosen_in_the_file_dialog(qtbot, live, boxes, monkeypatch,
                                                                           tmp_path):
    dialog = ChangeLogDialog(live)
    qtbot.addWidget(dialog)
    misnamed = tmp_path / "台账.xlsx"  # a database file, whatever its name says
    shutil.copy(live.file, misnamed)
    before = digest(misnamed)
    # the file dialog has asked "replace?" and the clerk said yes: still refused
    monkeypatch.setattr(FileDialog, "getSaveFileName", lambda *a, **k: (str(misnamed), ""))
    dialog.export()
    assert len(boxes.warnings) == 1 and "是一个数据库文件" in boxes.warnings[0]
    assert dialog._jobs == [] and digest(misnamed) == before


def test_the_change_log_export_into_the_backups_folder_is_refused(qtbot, live, boxes):
    dialog = ChangeLogDialog(live)
    qtbot.addWidget(dialog)
    dialog.export(str(paths.backups_dir(create=True) / "修改记录.xlsx"))
    assert "自动备份文件夹" in boxes.warnings[0] and not any(paths.backups_dir().iterdir())


def test_a_typed_name_of_an_existing_file_is_replaced_only_when_the_clerk_agrees(qtbot, live, boxes, tmp_path):
    dialog = ChangeLogDialog(live)
    qtbot.addWidget(dialog)
    target = tmp_path / "审计.xlsx"
    target.write_bytes(b"the auditor's own notes")
    dialog.export(str(target))
    assert str(target) in boxes.questions[0] and dialog._jobs == []
    assert target.read_bytes() == b"the auditor's own notes"
    boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export(str(target))
    assert load_workbook(target).sheetnames == ["修改记录"]


def test_a_full_disk_during_the_change_log_export_is_a_sentence(qtbot, live, boxes, tmp_path, monkeypatch):
    def fsync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", fsync)
    dialog = ChangeLogDialog(live)
    qtbot.addWidget(dialog)
    dialog.export(str(tmp_path / "修改记录.xlsx"))
    qtbot.waitUntil(lambda: bool(boxes.warnings), timeout=20000)
    assert "磁盘已满" in boxes.warnings[0] and not (tmp_path / "修改记录.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []


def test_send_templates_refuses_the_database(qtbot, live, boxes):
    dialog = SendTemplatesDialog(live, Period.parse("2025Q3"), policy_id=1)
    qtbot.addWidget(dialog)
    dialog.one_button.setChecked(True)
    before = digest(live.file)
    dialog.file_edit.setText(str(live.file))
    dialog.generate()
    assert "正在使用的数据库" in boxes.warnings[0] and dialog._jobs == []
    assert digest(live.file) == before


def test_the_backup_dialog_refuses_the_database_and_an_automatic_backup(qtbot, live, boxes, monkeypatch):
    window = MainWindow(live)
    qtbot.addWidget(window)
    actions = window.backup_actions
    automatic = paths.backups_dir(create=True) / "zjtracker-daily-20250101-080000-000000.db"
    shutil.copy(live.file, automatic)
    before = digest(live.file), digest(automatic)
    for chosen in (live.file, automatic):  # chosen in the file dialog, which asked "replace?"
        monkeypatch.setattr(FileDialog, "getSaveFileName", lambda *a, chosen=chosen, **k: (str(chosen), ""))
        actions.back_up()
    assert "正在使用的数据库" in boxes.warnings[0] and "自动备份文件夹" in boxes.warnings[1]
    assert (digest(live.file), digest(automatic)) == before


def test_the_backup_dialog_replaces_an_older_backup_the_clerk_chose(qtbot, live, boxes, tmp_path, monkeypatch):
    window = MainWindow(live)
    qtbot.addWidget(window)
    actions = window.backup_actions
    older = tmp_path / "U盘" / "台账备份.db"
    older.parent.mkdir()
    shutil.copy(live.file, older)
    stale = open_database(older)  # an older state: without the progress
    with stale.session() as session:
        session.execute(text("DELETE FROM progress_reports"))
    stale.dispose()
    monkeypatch.setattr(FileDialog, "getSaveFileName", lambda *a, **k: (str(older), ""))
    actions.back_up()
    qtbot.waitUntil(lambda: actions.result_box is not None, timeout=20000)
    assert boxes.warnings == [] and all_rows(older) == all_rows(live)
    actions.result_box.accept()
