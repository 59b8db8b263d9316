"""File › Restore from backup… and File › Back up database… on a real main window."""

from __future__ import annotations

import shutil

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.backup.conftest import all_rows, delete_policy, titles
from zjtracker import paths
from zjtracker.db import open_database
from zjtracker.services.backups.create import backup_to_file, make_backup
from zjtracker.ui.main_window import MainWindow


def _window(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    return window


def _tree_titles(window) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _select_and_wait(qtbot, dialog, row: int) -> str:
    dialog.table.selectRow(row)
    path = dialog.selected_path()
    qtbot.waitUntil(lambda: path in dialog.infos and dialog.details.toPlainText() != "Reading the backup…",
                    timeout=10000)
    return dialog.details.toPlainText()


def test_restore_from_the_list_brings_the_tree_back(qtbot, sample_db, monkeypatch, private_settings):
    state_a = all_rows(sample_db)
    made = make_backup(sample_db, "daily")
    removed = delete_policy(sample_db)
    window = _window(qtbot, sample_db)
    assert all(removed not in title for title in _tree_titles(window))
    actions = window.backup_actions  # installed by the window
    assert [a.text() for a in window.file_menu.actions()].count(actions.restore_action.text()) == 1

    actions.restore_action.trigger()
    dialog = actions.dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Daily"
    details = _select_and_wait(qtbot, dialog, 0)
    assert removed in details and str(made) in details and "Policies (10):" in details
    assert dialog.restore_button.isEnabled()

    asked = []

    def confirm(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15000)

    assert str(sample_db.file) in asked[0] and "9 policies" in asked[0] and "10 policies" in asked[0]
    assert any(removed in title for title in _tree_titles(window))
    assert all_rows(sample_db) == state_a
    kept = dialog.outcome.kept
    assert str(kept) in dialog.result_label.text() and kept.parent == paths.backups_dir()
    copy = open_database(kept)
    assert removed not in titles(copy)
    copy.dispose()


def test_another_file_is_listed_and_a_damaged_one_cannot_be_restored(qtbot, sample_db, sample_sqlite, tmp_path,
                                                                      private_settings):
    portable = backup_to_file(sample_db, tmp_path / "elsewhere.zjtbak")
    damaged = tmp_path / "damaged.db"
    shutil.copy(sample_sqlite, damaged)
    with open(damaged, "r+b") as handle:
        handle.write(b"\0" * 100)
    window = _window(qtbot, sample_db)
    actions = window.backup_actions  # installed by the window
    dialog = actions.restore()
    assert dialog.table.rowCount() == 0 and "no backups" in dialog.details.toPlainText()
    dialog.add_file(portable)
    assert dialog.table.item(0, 1).text() == "Chosen file"
    details = _select_and_wait(qtbot, dialog, 0)
    assert "湛江市以新业态新模式引领新型消费加快发展的实施方案" in details and dialog.restore_button.isEnabled()
    dialog.add_file(damaged)
    details = _select_and_wait(qtbot, dialog, 0)
    assert "cannot be restored" in details and not dialog.restore_button.isEnabled()
    dialog.close()


def test_back_up_database_writes_the_chosen_file(qtbot, sample_db, tmp_path, private_settings):
    window = _window(qtbot, sample_db)
    actions = window.backup_actions  # installed by the window
    target = tmp_path / "备份 文件夹" / "台账.zjtbak"
    actions.back_up(str(target))
    qtbot.waitUntil(lambda: actions.result_box is not None, timeout=15000)
    assert str(target) in actions.result_box.text() and str(target) in window.statusBar().currentMessage()
    assert all_rows(sample_db) == _restored_rows(target, tmp_path)
    actions.result_box.accept()


def _restored_rows(backup, tmp_path):
    from zjtracker.services.backups.restore import restore

    restore(str(tmp_path / "check.db"), backup)
    return all_rows(tmp_path / "check.db")


def test_on_a_server_the_restore_is_explained(qtbot, pg_url, private_settings):
    database = open_database(pg_url)
    try:
        window = _window(qtbot, database)
        actions = window.backup_actions  # installed by the window
        assert actions.restore() is None
        box = actions.result_box
        assert shiboken6.isValid(box) and box.isVisible()
        assert "empty database" in box.text() and "restore" in box.text()
        box.accept()
    finally:
        database.dispose()
