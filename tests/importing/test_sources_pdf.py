"""PDF with a text layer read through the one pipeline: paragraphs, ruled tables with merged
cells over several pages, page numbers; a scanned PDF and a damaged one refused."""

from pathlib import Path

import pytest

from tests.reader_corpus.gen.render_forms import FONT, _font, scanned_pdf
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources.pdf_source import read_pdf_document

REFUSED = Path(__file__).resolve().parents[1] / "reader_corpus" / "refused"
DOCS = REFUSED.parent / "docs"


def _write(path: Path, rows: int) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    _font()
    style = ParagraphStyle("b", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
    data = [["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]]
    for number in range(1, rows + 1):
        data.append([str(number), f"重点任务{(number - 1) // 4 + 1}",
                     Paragraph(f"推进第{number}项改革，建立项目清单和推进台账，定期调度进展情况", style),
                     "市发展改革局", Paragraph("市财政局、市商务局、市自然资源局", style),
                     Paragraph("2025年6月底前", style)])
    commands = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), FONT),
                *[("SPAN", (1, first), (1, first + 3)) for first in range(1, rows + 1, 4)]]

    def number(canvas, document):
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(297, 30, f"- {document.page} -")

    story = [Paragraph("某市2025年重点工作任务分工方案", style),
             Paragraph("各县（市、区）人民政府，市直各单位：现将任务分工印发给你们，请认真贯彻落实。", style),
             LongTable(data, colWidths=[30, 60, 180, 70, 90, 60], repeatRows=1, style=TableStyle(commands))]
    SimpleDocTemplate(str(path)).build(story, onFirstPage=number, onLaterPages=number)


def test_ruled_table_over_pages_is_one_table_with_merged_cells(tmp_path):
    path = tmp_path / "分工方案.pdf"
    _write(path, 60)
    document = read_pdf_document(path.read_bytes(), path.name)
    assert len(document.tables) == 1
    table = document.tables[0]
    assert len(table.rows) > 61  # every row, with the header repeated on each page
    body = [row for row in table.rows if row[0].text.isdigit()]
    assert [int(row[0].text) for row in body] == list(range(1, 61))
    assert body[0][2].text == "推进第1项改革，建立项目清单和推进台账，定期调度进展情况"  # wrapped, joined
    assert body[0][4].text == "市财政局、市商务局、市自然资源局"
    assert body[0][1].text == "重点任务1" and body[1][1].covered  # merged over its rows
    assert body[4][1].text == "重点任务2" and not body[4][1].covered
    assert document.paragraphs[0].text == "某市2025年重点工作任务分工方案"
    assert document.paragraphs[0].page == 1


def test_pdf_reads_into_measures_with_units_and_deadlines(tmp_path):
    path = tmp_path / "分工方案.pdf"
    _write(path, 12)
    result = read_policy_file(path)
    leaves = [m for p in result.policies for m in p.iter_measures() if not m.children]
    assert len(leaves) == 12
    first = leaves[0]
    assert first.text.startswith("推进第1项改革")
    assert {(u.name, u.role) for u in first.units} >= {("市发展改革局", "lead"), ("市财政局", "cooperating")}
    assert str(first.deadline) == "2025-06-30"


def test_scanned_pdf_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "扫描件.pdf"
    scanned_pdf(path, ["某市2025年重点工作任务分工方案", "1. 推进改革（市发展改革局牵头）"])
    with pytest.raises(UnreadableFile) as refused:
        read_policy_file(path)
    assert "扫描件.pdf" in str(refused.value) and "扫描件，没有文字层" in str(refused.value)
    assert "OCR" in str(refused.value)


def test_corpus_scanned_notice_is_refused():
    with pytest.raises(UnreadableFile, match="没有文字层"):
        read_policy_file(REFUSED / "scanned_notice.pdf")


def test_damaged_and_renamed_pdf_refused(tmp_path):
    broken = tmp_path / "损坏.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    with pytest.raises(UnreadableFile, match="损坏.pdf"):
        read_policy_file(broken)
    renamed = tmp_path / "改名.pdf"
    renamed.write_text("不是 PDF", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="内容不是 PDF"):
        read_policy_file(renamed)


def test_a_number_wrapped_in_a_narrow_cell_is_read_whole():
    """完成时限 2024—2026年 wrapped as 2024—20 | 26年 in the table's narrow column."""
    import re

    result = read_policy_file(DOCS / "xuzhou_table_pdf.pdf")
    deadlines = [m.deadline_text or "" for p in result.policies for m in p.iter_measures()]
    assert deadlines.count("2024—2026年") == 5
    assert not [d for d in deadlines if re.search(r"\d\s+\d", d)]
