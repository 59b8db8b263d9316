"""Files added through the panel's dialog and dropped on the panel and on the form are
stored for the plan and period the form shows; an image gets its thumbnail; the tree counts them."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.evidence_ui.conftest import (
    PERIOD,
    show_plan,
    wait_added,
    write_pdf,
    write_png,
)
from zjtracker.services.evidence.store import list_attachments
from zjtracker.ui.evidence.panel import THUMBNAIL_ROLE
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.tree.roles import Column, Role


def _drop(widget, paths: list[Path]) -> None:
    """A drag entering ``widget`` (accepted, as the window system needs to deliver the drop), then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_files_from_the_dialog_are_stored_with_a_thumbnail_and_counted(qtbot, window, ui_db, plans, tmp_path, monkeypatch):
    photo, report = write_png(tmp_path / "现场照片.png"), write_pdf(tmp_path / "会议纪要.pdf")
    monkeypatch.setattr(FileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo), str(report)], ""))
    show_plan(window, plans[3])
    panel = window.evidence_panel
    panel.ui.add_button.click()
    wait_added(qtbot, panel, 2)

    stored = list_attachments(ui_db, plans[3], PERIOD)
    assert sorted(a.file_name for a in stored) == ["会议纪要.pdf", "现场照片.png"]
    assert {a.kind for a in stored} == {"image", "pdf"}
    names = [panel.ui.files.item(r).text().split("\n")[0] for r in range(2)]
    assert names == ["现场照片.png", "会议纪要.pdf"]
    image_item = panel.ui.files.item(0)
    qtbot.waitUntil(lambda: image_item.data(THUMBNAIL_ROLE) is True, timeout=10000)
    assert panel.ui.files.item(1).data(THUMBNAIL_ROLE) is False
    assert "MB" in panel.ui.usage.text() and "20 MB" in panel.ui.usage.text()

    plan_index = window.tree.currentIndex()
    assert plan_index.data(Role.EVIDENCE) == 2
    assert plan_index.siblingAtColumn(Column.EVIDENCE).data() == "2"
    assert plan_index.parent().data(Role.EVIDENCE) == 2  # the measure, through its plan of 2025


def test_files_dropped_on_the_panel_and_on_the_form_are_added(qtbot, window, ui_db, plans, tmp_path):
    show_plan(window, plans[5])
    panel = window.evidence_panel
    _drop(panel, [write_png(tmp_path / "a.png", shade=1)])
    wait_added(qtbot, panel, 1)
    editor = window.form.ui.editors["status_text"].viewport()
    _drop(editor, [write_pdf(tmp_path / "b.pdf")])
    wait_added(qtbot, panel, 2)
    assert window.form.ui.editors["status_text"].toPlainText() == ""  # no path typed into the text
    assert sorted(a.file_name for a in list_attachments(ui_db, plans[5], PERIOD)) == ["a.png", "b.pdf"]
    assert window.tree.currentIndex().data(Role.EVIDENCE) == 2
