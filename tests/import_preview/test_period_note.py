"""The preview says where the reader found the plan's years (标题, 成文日期 or 文号)."""

from pathlib import Path

from zjtracker.importing.reader import read_policy_file
from zjtracker.ui.import_preview.dialog import ImportPreviewDialog

DOCS = Path(__file__).resolve().parents[1] / "reader_corpus" / "docs"


def test_the_preview_says_where_the_years_came_from(qtbot):
    result = read_policy_file(DOCS / "zhaoqing_appendix_groups_docx.docx")
    dialog = ImportPreviewDialog(result, result.source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tree.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.start_spin.value() == 2024
    assert dialog.period_note.text() == "起始年2024取自文号粤府办〔2024〕3号，结束年未找到。"
