"""Undoing a colleague's folder of evidence in 导入记录 asks and answers in files, not cells
(it said "0 个单元格已恢复" after removing the files)."""

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.evidence_ui.conftest import PERIOD, write_pdf, write_png
from zjtracker.db.models import Policy
from zjtracker.services.evidence.folder import import_folder, preview_folder
from zjtracker.services.evidence.store import list_attachments
from zjtracker.ui.history.import_history import ImportHistoryDialog


def test_an_evidence_batch_is_undone_in_files(qtbot, ui_db, plans, tmp_path, monkeypatch):
    folder = tmp_path / "佐证"
    folder.mkdir()
    write_png(folder / "（1）照片.png")
    write_pdf(folder / "2-纪要.pdf")
    with ui_db.session() as session:
        policy_id = session.scalar(select(Policy.id))
    result = import_folder(ui_db, preview_folder(ui_db, policy_id, PERIOD, folder))
    assert result.attached == 2
    dialog = ImportHistoryDialog(ui_db)
    qtbot.addWidget(dialog)
    row = dialog.batches.topLevelItem(0)
    assert row.text(6) == "2 evidence file(s) for 2 task(s)" and row.text(7) == ""  # no cells, no conflicts
    assert dialog.changes_label.text().startswith("Evidence files added by")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: asked.append(text) or
                        QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    assert "evidence files it added are deleted" in asked[0] and "cell" not in asked[0]
    assert dialog.changes_label.text().startswith("2 evidence file(s) deleted.")
    assert list_attachments(ui_db, plans[1], PERIOD) == [] and list_attachments(ui_db, plans[2], PERIOD) == []
