"""The Word report read back with python-docx: the sections, the fonts offices expect, page
numbers on alternate sides, and the detail table with its header repeated."""

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from tests.reports.conftest import LEDGER_POLICY, TODAY
from zjtracker.reports import wording as w
from zjtracker.services.reporting.job import ReportRequest, run_report


def _east_asia(style) -> str:
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_sections_fonts_and_page_setup(filled, tmp_path):
    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "报告.docx", today=TODAY))
    doc = Document(done.path)
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paragraphs[0] == ("报告标题", "关于2023年第三季度政策措施落实情况的报告")
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings[:4] == ["一、总体情况", "二、主要进展", "三、存在问题", "四、下一步工作"]
    assert headings[-1].startswith("附件")
    body = "\n".join(text for _, text in paragraphs)
    assert "已完成1项（占12.5%），序时推进5项（占62.5%），滞后1项（占12.5%），超期1项（占12.5%）" in body
    assert "市政府督查室：" in body and "未报送510项" in body
    assert "附件：1．2023年第三季度落实情况明细表" in body
    assert "2023年10月10日" in body and "2023年10月20日" not in body
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "请市政府督办。" in cells and "80%→70%" in cells
    styles = doc.styles
    assert _east_asia(styles["Normal"]) == "仿宋_GB2312" and styles["Normal"].font.size.pt == 16
    assert _east_asia(styles["Heading 1"]) == "黑体" and _east_asia(styles["Heading 2"]) == "楷体_GB2312"
    assert _east_asia(styles["报告标题"]) == "方正小标宋简体" and styles["报告标题"].font.size.pt == 22
    assert styles["Heading 1"].element.rPr.rFonts.get(qn("w:asciiTheme")) is None
    first, last = doc.sections[0], doc.sections[-1]
    def near(length, mm):
        return abs(length - Mm(mm)) < Mm(0.1)

    assert near(first.top_margin, 37) and near(first.left_margin, 28) and near(first.page_width, 210)
    assert near(first.page_width - first.left_margin - first.right_margin, 156)
    assert last.orientation == WD_ORIENT.LANDSCAPE and near(last.page_width, 297)
    assert doc.settings.odd_and_even_pages_header_footer
    odd, even = first.footer.paragraphs[0], first.even_page_footer.paragraphs[0]
    assert odd.alignment == 2 and even.alignment == 0  # right, left
    for footer in (odd, even):
        xml = footer._p.xml
        assert "PAGE" in xml and footer.text.startswith("— ") and footer.text.endswith(" —")


def test_detail_table_with_repeated_header(filled, tmp_path):
    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "台账.docx", policy_id=LEDGER_POLICY,
                                               today=TODAY, sections=(w.SUMMARY, w.DETAILS)))
    doc = Document(done.path)
    table = doc.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["序号", "工作任务/具体措施", "牵头单位", "落实情况", "完成进度", "评估情况"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    texts = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert texts[0][0] == texts[0][-1] == "（一）市场准入"  # a merged heading row
    long_row = next(r for r in texts if r[0] == "（5）")
    assert long_row[3] == filled.texts["long_status"]  # nothing cut in Word: it breaks rows itself
    formula = next(r for r in texts if r[0] == "（6）")
    assert formula[3] == filled.texts["formula_status"] and formula[4] == "90%"
    measures = [r for r in texts if r[0].startswith("（") and r[0] != r[-1]]
    assert len(measures) == 472
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "附件：2023年第三季度落实情况明细表" in body  # only the chosen 附件
    assert "未报送事项清单" not in body
