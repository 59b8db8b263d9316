"""The saved 催报 list is confirmed with its whole path, 打开 and 打开所在文件夹."""

from pathlib import Path

from PySide6.QtGui import QDesktopServices

from tests.returns_gui.conftest import AFTER_Q3, sent_to
from zjtracker import paths
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.returns.tracker_view import ReturnsTrackerView


def test_the_saved_reminder_list_names_its_whole_path_with_open_and_folder(qtbot, database, policy_id, tmp_path,
                                                                           monkeypatch):
    sent_to(database, policy_id, "市税务局", tmp_path)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=AFTER_Q3, period="2025Q3")
    qtbot.addWidget(view)
    view.show()
    target = tmp_path / "清单" / "催报清单.pdf"
    target.parent.mkdir()
    offered = []

    def save_dialog(parent, title, suggested, filters, *rest):
        offered.append(Path(suggested))
        return str(target), "PDF for printing (*.pdf)"

    monkeypatch.setattr(FileDialog, "getSaveFileName", save_dialog)
    view.print_button.click()
    qtbot.waitUntil(lambda: view.saved_path is not None, timeout=30000)
    box = view.saved_box
    qtbot.waitUntil(box.isVisible)
    assert target.exists() and str(target.resolve()) in box.text()
    assert str(target.resolve()) in view.status.text()
    box.open_button.click()
    assert opened == [target]
    view.print_button.click()  # again: a new confirmation, this time to open the folder
    qtbot.waitUntil(lambda: view.saved_box is not box and view.saved_box.isVisible(), timeout=30000)
    view.saved_box.folder_button.click()
    assert opened == [target, target.parent]
    # the first dialog opened in 文档 (never the program's folder), the second where the clerk saved
    assert offered[0].parent == paths.documents_dir() and offered[1].parent == target.parent
    assert offered[0].name.endswith("催报清单.pdf")
