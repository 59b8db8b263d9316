"""A colleague's folder: the preview lists each file with its matched task or the reason it
was not matched; an unticked file is left out; importing stores the rest as one batch and the
tree counts them."""

from sqlalchemy import select

from tests.evidence_ui.conftest import (
    PERIOD,
    show_plan,
    write_docx,
    write_pdf,
    write_png,
)
from zjtracker.db.models import Attachment, ImportBatch
from zjtracker.ui.evidence.folder_dialog import FILE, TASK
from zjtracker.ui.tree.roles import Role


def _folder(root):
    write_png(root / "（3）现场照片.png")
    write_pdf(root / "12-会议纪要.pdf")
    write_docx(root / "第5项" / "工作总结.docx")
    write_pdf(root / "99-其他.pdf", "other")
    (root / "说明.txt").write_text("这是说明", encoding="utf-8")
    return root


def test_preview_lists_matches_and_reasons_and_import_stores_the_ticked(qtbot, window, ui_db, plans, tmp_path):
    folder = _folder(tmp_path / "佐证材料")
    show_plan(window, plans[1])
    actions = window.evidence_actions
    actions.import_folder(str(folder))
    qtbot.waitUntil(lambda: getattr(actions, "dialog", None) is not None and actions.dialog.isVisible(), timeout=15000)
    dialog = actions.dialog
    rows = {dialog.table.item(r, FILE).text(): dialog.table.item(r, TASK).text() for r in range(dialog.table.rowCount())}
    assert len(rows) == 5
    assert rows["（3）现场照片.png"].startswith("（3）")
    assert rows["12-会议纪要.pdf"].startswith("（12）")
    assert rows["第5项/工作总结.docx"].startswith("（5）")
    assert "99" in rows["99-其他.pdf"]
    unmatched = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, FILE).text() == "99-其他.pdf"]
    assert not dialog.table.item(unmatched[0], FILE).flags() & dialog.table.item(0, FILE).flags().ItemIsUserCheckable
    assert "没有编号" in rows["说明.txt"]
    assert "3 matched, 2 not matched" in dialog.counts.text() or "已匹配 3" in dialog.counts.text()
    assert len(dialog.chosen_rows()) == 3

    for r in range(dialog.table.rowCount()):  # untick the minutes
        if dialog.table.item(r, FILE).text() == "12-会议纪要.pdf":
            dialog.table.item(r, FILE).setCheckState(dialog.table.item(r, FILE).checkState().Unchecked)
    assert len(dialog.chosen_rows()) == 2
    dialog.accept()

    def stored():
        with ui_db.session() as session:
            return sorted(session.execute(select(Attachment.plan_id, Attachment.file_name, Attachment.period)).all())

    qtbot.waitUntil(lambda: len(stored()) == 2, timeout=15000)
    assert stored() == sorted([(plans[3], "（3）现场照片.png", PERIOD), (plans[5], "工作总结.docx", PERIOD)])
    with ui_db.session() as session:
        batch = session.scalars(select(ImportBatch).where(ImportBatch.kind == "evidence")).one()
        assert {a.import_batch_id for a in session.scalars(select(Attachment))} == {batch.id}
    # the import's own sentence (the status line may already hold a 2 from an earlier message)
    qtbot.waitUntil(lambda: any(word in window.statusBar().currentMessage()
                                for word in ("佐证材料已导入", "Evidence imported")), timeout=15000)
    assert "新增 2 个文件" in window.statusBar().currentMessage() or "2 new file" in window.statusBar().currentMessage()
    show_plan(window, plans[3])
    assert window.tree.currentIndex().data(Role.EVIDENCE) == 1
    assert window.evidence_panel.ui.files.count() == 1
