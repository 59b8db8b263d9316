"""File › 导出佐证材料汇编…: the save dialog, the export on the worker, a zip holding every
task's files and the index workbook, and the confirmation naming the file."""

import zipfile

from PySide6.QtWidgets import QMessageBox

from tests.evidence_ui.conftest import PERIOD, show_plan, write_pdf, write_png
from zjtracker.services.evidence.store import add_files
from zjtracker.ui.file_dialogs import FileDialog


def test_export_writes_a_zip_with_the_files_and_an_index(qtbot, window, ui_db, plans, tmp_path, monkeypatch):
    add_files(ui_db, plans[2], PERIOD, [write_png(tmp_path / "照片.png")])
    add_files(ui_db, plans[10], PERIOD, [write_pdf(tmp_path / "纪要.pdf")])
    target = tmp_path / "out" / "汇编.zip"
    target.parent.mkdir()
    offered = []
    monkeypatch.setattr(FileDialog, "getSaveFileName",
                        lambda _parent, _title, name, _filters, *a, **k: offered.append(name) or (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    show_plan(window, plans[2])
    window.evidence_actions.export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=15000)
    assert offered[0].endswith(".zip") and "2025" in offered[0]
    assert str(target) in told[0]
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
    assert any(n.endswith("照片.png") for n in names) and any(n.endswith("纪要.pdf") for n in names)
    assert any(n.endswith(".xlsx") for n in names)  # the index workbook
    assert "2" in window.statusBar().currentMessage()
