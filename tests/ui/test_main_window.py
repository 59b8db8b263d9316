from PySide6.QtCore import QItemSelectionModel, QModelIndex

from tests.services.factories import result_of, small_policy
from zjtracker.services.policies.importer import store_result
from zjtracker.ui.main_window import MainWindow
from zjtracker.ui.tree.model import Role


def _window(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _select(window, *rows):
    model = window.model
    index = QModelIndex()
    for row in rows:
        if model.canFetchMore(index):
            model.fetchMore(index)
        index = model.index(row, 0, index)
    window.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return index


def test_selecting_nodes_shows_their_details(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    window = _window(qtbot, database)
    _select(window, 0)
    text = window.details.toPlainText()
    assert "湛江市测试实施方案" in text and "湛府办〔2024〕9号" in text and "2024-03-01" in text
    _select(window, 0, 0)
    assert "指导思想……" in window.details.toPlainText()
    _select(window, 0, 1, 0, 0)
    text = window.details.toPlainText()
    assert "推进第一项任务。具体内容。" in text
    assert "市发展和改革局" in text and "市商务局" in text
    _select(window, 0, 1, 0, 0, 0)
    assert "完成一半。" in window.details.toPlainText() and "50" in window.details.toPlainText()


def test_a_refused_file_is_explained_and_changes_nothing(qtbot, database, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, database)
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.importer.import_files([bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "old.xls" in shown[0] and ".xlsx" in shown[0]
    assert window.model.rowCount() == 0


def test_import_from_the_menu_previews_and_a_second_import_is_noticed(qtbot, database, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QMessageBox

    from zjtracker.services.policies.queries import list_policies
    from zjtracker.ui.import_preview.dialog import ImportPreviewDialog

    source = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "000_84cdd3e845ddc2ba.txt"
    previews, questions = [], []

    def confirm(dialog):
        previews.append(dialog.windowTitle())
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.No)
    window = _window(qtbot, database)
    window.importer.import_files([source])
    qtbot.waitUntil(lambda: len(list_policies(database)) == 1, timeout=30000)
    assert previews and "000_84cdd3e845ddc2ba.txt" in previews[0]
    qtbot.waitUntil(lambda: window.tree.currentIndex().isValid(), timeout=5000)
    assert "新业态新模式" in window.tree.currentIndex().data()  # the new policy is selected
    window.importer.import_files([source])
    qtbot.waitUntil(lambda: bool(questions), timeout=30000)
    assert "000_84cdd3e845ddc2ba.txt" in questions[0]
    assert len(previews) == 1 and len(list_policies(database)) == 1
    assert "Imported 1 policy document" in window.statusBar().currentMessage()
    # the policy goes again: the status bar no longer says it was imported
    window.structure_editor.delete_policy(list_policies(database)[0].id, ask=False)
    assert list_policies(database) == []
    assert window.statusBar().currentMessage() == "Done: Delete policy"
    window.undo_action.trigger()
    assert len(list_policies(database)) == 1 and window.statusBar().currentMessage() == "Undone: Delete policy"


def test_cancelling_the_preview_stores_nothing(qtbot, database, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QDialog

    from zjtracker.services.policies.queries import list_policies
    from zjtracker.ui.import_preview.dialog import ImportPreviewDialog

    source = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"
    seen = []

    def cancel(dialog):
        seen.append(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", cancel)
    window = _window(qtbot, database)
    window.importer.import_files([source])
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    qtbot.wait(100)
    assert list_policies(database) == [] and window.model.rowCount() == 0


def test_structure_edits_from_the_tree_are_undone_with_ctrl_z(qtbot, database, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from zjtracker.services.policies.queries import dump_policy

    store_result(database, result_of(small_policy()), "s")
    window = _window(qtbot, database)
    before = dump_policy(database, 1)
    _select(window, 0, 1)  # 二、重点任务
    area_id = window.tree.currentIndex().data(Role.NODE_ID)
    assert window.structure_editor.add("measure", ("area", area_id), values={"label": "（二）", "text": "新增的措施。"})
    assert "新增的措施。" in str(dump_policy(database, 1))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    _select(window, 0, 1, 0)
    window.tree.setFocus()
    window.structure_editor.delete("measure", window.tree.currentIndex().data(Role.NODE_ID), ask=False)
    assert "推进第一项任务" not in str(dump_policy(database, 1))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the delete
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the add
    assert dump_policy(database, 1) == before


def test_dropped_files_go_to_the_right_import(qtbot, database, tmp_path, monkeypatch):
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from zjtracker.services.periods import Period
    from zjtracker.services.returns.export import export_template, template_units
    from zjtracker.ui.returns import menu as returns_menu
    store_result(database, result_of(small_policy()), "s")
    unit = template_units(database, 1, Period.parse("2024Q3"))[0]
    stamped = tmp_path / "报送表.xlsx"
    export_template(database, 1, Period.parse("2024Q3"), unit.unit_id, stamped)
    document = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "004_96aab9c9ea8910e9.txt"
    returns, policies, asked = [], [], []
    monkeypatch.setattr(returns_menu, "import_return_files", lambda window, paths: returns.extend(paths))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    window = _window(qtbot, database)
    monkeypatch.setattr(window.importer, "import_files", lambda files: policies.extend(files))
    window.route_dropped_files([str(stamped), str(document)])
    assert returns == [str(stamped)] and policies == [document] and asked == []
