from PySide6.QtCore import QItemSelectionModel, QModelIndex

from tests.services.factories import result_of, small_policy
from zjtracker.services.policy_import import store_result
from zjtracker.ui.main_window import MainWindow


def _window(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
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


def test_a_file_imported_twice_is_added_once(qtbot, database):
    from pathlib import Path

    from zjtracker.services.policy_queries import list_policies

    source = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "000_84cdd3e845ddc2ba.txt"
    window = _window(qtbot, database)
    window.importer.import_files([source])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30000)
    window.importer.import_files([source])
    qtbot.waitUntil(lambda: "未重复加入" in window.statusBar().currentMessage()
                    or "not added again" in window.statusBar().currentMessage(), timeout=30000)
    assert len(list_policies(database)) == 1
