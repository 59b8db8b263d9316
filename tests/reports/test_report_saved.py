"""After a report is written the clerk is told where: the whole path, with 打开 and
打开所在文件夹 (a Word or Excel report in a confirmation, a PDF in the preview and the
dialog's own buttons)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.reports.conftest import LEDGER_POLICY
from zjtracker.ui.reports.dialog import SCOPE_POLICY, ReportDialog

TIMEOUT = 60000


@pytest.fixture
def opened(monkeypatch):
    """The local files and folders the program asks the desktop to open."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


@pytest.fixture
def dialog(qtbot, filled):
    widget = ReportDialog(filled.db, "2023Q3")
    qtbot.addWidget(widget)
    widget.show()
    widget.policy_box.setCurrentIndex(widget.policy_box.findData(LEDGER_POLICY))
    widget.scope_group.button(SCOPE_POLICY).click()
    return widget


def _generate(qtbot, dialog, path: Path):
    dialog.path_edit.setText(str(path))
    dialog.path_edit.textEdited.emit(str(path))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT)


def test_a_word_report_is_confirmed_with_its_whole_path_and_both_buttons(qtbot, dialog, tmp_path, opened):
    dialog.format_group.button(1).click()
    target = tmp_path / "季度" / "报告.docx"
    target.parent.mkdir()
    _generate(qtbot, dialog, target)
    box = dialog.saved_box
    qtbot.waitUntil(box.isVisible)
    assert str(target.resolve()) in box.text() and target.exists()
    assert [b.text() for b in (box.open_button, box.folder_button, box.close_button)] == [
        "&Open", "Open the &folder", "&Close"]
    box.folder_button.click()
    assert opened == [target.parent]
    assert str(target.resolve()) in dialog.status.text()


def test_an_excel_ledger_is_confirmed_and_opened_from_the_confirmation(qtbot, dialog, tmp_path, opened):
    dialog.format_group.button(2).click()
    target = tmp_path / "台账.xlsx"
    _generate(qtbot, dialog, target)
    qtbot.waitUntil(dialog.saved_box.isVisible)
    assert str(target.resolve()) in dialog.saved_box.text()
    dialog.saved_box.open_button.click()
    assert opened == [target]


def test_a_pdf_opens_in_the_preview_and_the_dialog_opens_its_folder(qtbot, dialog, tmp_path, opened):
    target = tmp_path / "报告.pdf"
    _generate(qtbot, dialog, target)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=TIMEOUT)
    assert str(target.resolve()) in dialog.status.text()
    assert dialog.folder_button.isEnabled() and dialog.open_button.isEnabled()
    dialog.folder_button.click()
    assert opened == [tmp_path]
