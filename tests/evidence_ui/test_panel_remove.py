"""Deleting a file asks first and, answered yes, removes it and its count in the tree; a
refused file is said in a message naming it, and nothing of that add is stored."""

from PySide6.QtWidgets import QMessageBox

from tests.evidence_ui.conftest import (
    PERIOD,
    show_plan,
    write_pdf,
    write_png,
)
from zjtracker.services.evidence.store import add_files, list_attachments
from zjtracker.ui.tree.roles import Role


def test_delete_asks_and_removes_the_file_and_its_count(qtbot, window, ui_db, plans, tmp_path, monkeypatch):
    add_files(ui_db, plans[2], PERIOD, [write_png(tmp_path / "照片.png"), write_pdf(tmp_path / "纪要.pdf")])
    window.reload_tree()  # added at another desk: seen after F5
    show_plan(window, plans[2])
    panel = window.evidence_panel
    assert panel.ui.files.count() == 2 and window.tree.currentIndex().data(Role.EVIDENCE) == 2
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: asked.append(text) or
                        QMessageBox.StandardButton.No)
    panel.ui.files.item(1).setSelected(True)
    panel.ui.remove_button.click()
    assert "纪要.pdf" in asked[0]
    assert len(list_attachments(ui_db, plans[2], PERIOD)) == 2  # answered no: kept

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.ui.remove_button.click()
    assert [a.file_name for a in list_attachments(ui_db, plans[2], PERIOD)] == ["照片.png"]
    assert panel.ui.files.count() == 1
    assert window.tree.currentIndex().data(Role.EVIDENCE) == 1
    assert window.tree.currentIndex().parent().data(Role.EVIDENCE) == 1


def test_a_refused_file_is_named_and_nothing_is_stored(qtbot, window, ui_db, plans, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text())) or 0)
    show_plan(window, plans[4])
    program = tmp_path / "工具.exe"
    program.write_bytes(b"MZ" + b"\0" * 200)
    window.evidence_panel.add_paths([str(write_png(tmp_path / "好照片.png")), str(program)])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    icon, text = shown[0]
    assert "工具.exe" in text and icon == QMessageBox.Icon.Warning  # the clerk's message, not a program error
    assert list_attachments(ui_db, plans[4], PERIOD) == []
    assert window.evidence_panel.ui.files.count() == 0
    assert window.tree.currentIndex().data(Role.EVIDENCE) == 0
