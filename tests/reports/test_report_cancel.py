"""A long PDF report runs on the worker and shows its pages as they are laid out; the clerk's
cancel stops it in the middle of the pages and leaves nothing in the folder, neither the
report nor its half-written temporary file."""

from PySide6.QtCore import Qt

from zjtracker.ui.reports.dialog import ReportDialog

TIMEOUT = 60000


def test_cancel_in_the_middle_of_the_pages_leaves_no_half_written_file(qtbot, filled, tmp_path):
    dialog = ReportDialog(filled.db, "2023Q3")  # every policy: a few hundred pages
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "报告"
    folder.mkdir()
    target = folder / "全部.pdf"
    dialog.path_edit.setText(str(target))
    dialog.path_edit.textEdited.emit(str(target))
    seen: list[str] = []
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    dialog._job.signals.progress.connect(lambda _done, _total, text: seen.append(text))
    qtbot.waitUntil(lambda: sum(text.startswith("正在排版：第") for text in seen) >= 3, timeout=TIMEOUT)
    assert any(p.name.endswith(".pdf.tmp") for p in folder.iterdir())  # the pages go into the file as they come
    dialog._job.cancel()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.outcome is None
    assert list(folder.iterdir()) == []
    pages = [int(text[len("正在排版：第"):-1]) for text in seen if text.startswith("正在排版：第")]
    assert "正在保存文件" not in seen and max(pages) < 100  # stopped within a page or two, not at the end
