"""The report's own table (long_table.py) against reportlab's: the same lines in every cell,
the same text at the same place on the page, and over many pages the header on each, no
row lost or cut off, no heading or header left alone at the foot of a page."""

import io

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from tests.reports.pdf_text import column_text, pages, squeeze
from zjtracker.reports.detail_table import WITH_PLAN, cell_markup
from zjtracker.reports.layout import TABLE_LEADING, TABLE_SIZE, styles
from zjtracker.reports.long_table import MIDDLE, TOP, Cell, LongTable, Row
from zjtracker.reports.text_cell import cell_lines
from zjtracker.services.ledger import ledger_rows
from zjtracker.services.periods import Period

EDGE_CASES = [
    "第一行\n\n  第三行以空格开头\u3000全角空格\n\t制表符  两个空格",
    "Latin words such as e-commerce, 0.25% and ISO9001 are never broken inside a word, okay?",
    "（一）“开头的括号”，结尾的标点。、；！？不在行首（《“也不在行尾",
    "a & b < c > d <b>不是标记</b> &amp; 原样",
    "   前后都有空白   ",
    "一" * 300,
]


def _paragraph_lines(text, style, width):
    paragraph = Paragraph(cell_markup(text), style)
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [(round(extra, 6), words[0]) for extra, words in lines], paragraph.height
    return [(round(line.extraSpace, 6), "".join(w.text for w in line.words)) for line in lines], paragraph.height


def test_cells_break_into_the_lines_of_a_paragraph(sample_db):
    st = styles()
    texts = set(EDGE_CASES)
    for period in ("2023Q3", "2025Q3"):
        for row in ledger_rows(sample_db, Period.parse(period)):
            texts.update((row.measure_text, row.plan_text, "、".join(row.lead_units), row.group_text))
    texts.discard("")
    checked = 0
    for style in (st.cell, st.cell_center, st.cell_header, st.cell_area):
        for width_mm in (16, 26, 76, 257):
            width = width_mm * mm - 6
            for text in texts:
                want, height = _paragraph_lines(text, style, width)
                got = [(round(extra, 6), line) for extra, line in cell_lines(text, style, width)]
                assert got == want, (width_mm, text[:40])
                assert len(got) * style.leading == pytest.approx(height)
                checked += 1
    assert checked > 1000


def _words(pdf_bytes, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(pdf_bytes)
    return path, pages(path)


def _build(flowables, pagesize=landscape(A4)) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, initialFontName=styles().fonts.song).build(flowables)
    return buffer.getvalue()


def test_text_stands_where_a_reportlab_table_of_paragraphs_puts_it(tmp_path):
    st = styles()
    widths = [w * mm for _, w in WITH_PLAN]
    header = ["序号", "工作任务/具体措施", "牵头单位", "2023年度计划", "落实情况", "上期进度→本期进度", "评估情况"]
    rows = [["（1）", "便利企业分支机构、连锁门店信息变更，推行“一照多址”改革。" * 2, "市市场监督管理局",
             "", EDGE_CASES[0], "65%", "序时推进"],
            ["（2）", EDGE_CASES[1], "市发展和改革局、市住房和城乡建设局", "年度计划文本", EDGE_CASES[2], "", "滞后"]]
    blue = colors.HexColor("#1565c0")
    plain = Table([[Paragraph(h, st.cell_header) for h in header]]
                  + [[r[0], *(Paragraph(cell_markup(t), st.cell) if t else "" for t in r[1:5]), r[5], r[6]]
                     for r in rows],
                  colWidths=widths, style=TableStyle([
                      ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), st.fonts.song),
                      ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE), ("LEADING", (0, 0), (-1, -1), TABLE_LEADING),
                      ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (5, 1), (-1, -1), "CENTER"),
                      ("TEXTCOLOR", (6, 1), (6, 1), blue),
                      *[(side, (0, 0), (-1, -1), 3) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING",
                                                                 "BOTTOMPADDING")]]))
    ours = LongTable(widths, Row([Cell(h, st.cell_header) for h in header]),
                     [Row([Cell(r[0], st.cell_center, wrap=False),
                           *(Cell(t, st.cell) if t else Cell("", st.cell, wrap=False) for t in r[1:5]),
                           Cell(r[5], st.cell_center, wrap=False),
                           Cell(r[6], st.cell_center, wrap=False, color=blue if i == 0 else None)])
                      for i, r in enumerate(rows)])
    _p, theirs_read = _words(_build([plain]), tmp_path, "plain.pdf")
    _o, ours_read = _words(_build([ours]), tmp_path, "ours.pdf")
    assert len(theirs_read) == len(ours_read) == 1
    want = [(w.text, round(w.x0, 1), round(w.y0, 1)) for w in theirs_read[0].words]
    got = [(w.text, round(w.x0, 1), round(w.y0, 1)) for w in ours_read[0].words]
    assert got == want


def _long_table(st, count=150):
    widths = [20 * mm, 120 * mm, 117 * mm]
    rows = []
    for n in range(1, count + 1):
        if n % 12 == 1:
            rows.append(Row([Cell(f"分组{n // 12 + 1}的标题", st.cell_area)], band=True,
                            fill=colors.HexColor("#ececec")))
        text = f"第{n}项任务。" + ("按计划推进各项工作，形成阶段性成果；" * (n % 7))
        if n == 40:
            text = "第40项任务。" + "".join(f"超长{k}号。按计划推进各项工作，形成阶段性成果；" for k in range(1, 400))
        rows.append(Row([Cell(str(n), st.cell_center, wrap=False), Cell(text, st.cell),
                         Cell(f"单位{n}", st.cell)]))
    header = Row([Cell(h, st.cell_header) for h in ("序号", "表头任务", "表头单位")],
                 fill=colors.HexColor("#d9d9d9"))
    return LongTable(widths, header, rows, valign=TOP, min_split=34)


def test_a_long_table_over_many_pages_loses_nothing(tmp_path):
    st = styles()
    path, read = _words(_build([_long_table(st)]), tmp_path, "long.pdf")
    assert len(read) > 10
    for page in read:
        heads = [w for w in page.words if w.text == "表头任务"]
        assert len(heads) == 1, f"page {page.number}: the header is repeated once"
        body = [w for w in page.words if w.y0 > heads[0].y1]
        assert body, f"page {page.number}: rows below the header"
        bands = [w for w in page.words if w.text.startswith("分组")]
        for band in bands:  # a heading is followed by a row of its group on the same page
            assert any(w.y0 > band.y1 and w.text.startswith("第") for w in page.words), f"page {page.number}"
    left = 40 * mm  # the task column: after the 20 mm margin and the 20 mm first column
    whole = column_text(path, read, left, left + 120 * mm, "表头任务", 20 * mm, 20 * mm)
    at = -1
    for n in range(1, 151):
        found = whole.find(f"第{n}项任务", at + 1)
        assert found > at, n
        at = found
    huge = squeeze("".join(f"超长{k}号。按计划推进各项工作，形成阶段性成果；" for k in range(1, 400)))
    assert huge in whole  # the row taller than a page runs on over three pages, nothing cut off


def test_a_table_that_breaks_between_rows_never_leaves_its_header_alone(tmp_path):
    st = styles()
    header = Row([Cell(h, st.cell_header) for h in ("序号", "表头名称", "进度")], fill=colors.HexColor("#d9d9d9"))
    rows = [Row([Cell(str(n), st.cell_center), Cell(f"第{n}项。" + "内容较长的一行文字，" * (n % 11 * 3 + 1), st.cell),
                 Cell(f"{n}%", st.cell_center)]) for n in range(1, 120)]
    table = LongTable([15 * mm, 100 * mm, 41 * mm], header, rows, valign=MIDDLE, padding=(6, 6, 3, 3),
                      rows_first=True)
    _path, read = _words(_build([table], pagesize=A4), tmp_path, "rows.pdf")
    assert len(read) > 5
    for page in read:
        heads = [w for w in page.words if w.text == "表头名称"]
        assert len(heads) == 1
        rows_below = {w.text for w in page.words if w.y0 > heads[0].y1 and w.text.startswith("第")}
        assert len(rows_below) >= 2, f"page {page.number}: more than a sliver of one row below the header"


def test_a_heading_row_goes_over_with_the_rows_below_it(tmp_path):
    st = styles()
    header = Row([Cell(h, st.cell_header) for h in ("序号", "表头任务", "表头单位")])
    rows = []
    for n in range(1, 200):
        if n % 5 in (1, 3):  # bands at uneven steps: some page would end with one
            rows.append(Row([Cell(f"分组{n}", st.cell_area)], band=True, fill=colors.HexColor("#ececec")))
        rows.append(Row([Cell(str(n), st.cell_center, wrap=False), Cell(f"第{n}项", st.cell), Cell("单位", st.cell)]))
    _path, read = _words(_build([LongTable([20 * mm, 120 * mm, 117 * mm], header, rows, min_split=34)]),
                         tmp_path, "bands.pdf")
    assert len(read) > 5
    for page in read:
        for band in (w for w in page.words if w.text.startswith("分组")):
            assert any(w.y0 > band.y1 and w.text.startswith("第") for w in page.words), f"page {page.number}"


def test_the_pdf_is_not_ascii85_encoded(filled, tmp_path):
    from tests.reports.conftest import LEDGER_POLICY, TODAY
    from zjtracker.reports import wording as w
    from zjtracker.services.reporting.job import ReportRequest, run_report

    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "a.pdf", policy_id=LEDGER_POLICY,
                                               sections=(w.SUMMARY, w.DETAILS), today=TODAY))
    content = done.path.read_bytes()
    assert b"/FlateDecode" in content and b"ASCII85Decode" not in content
    assert "纳入统计的工作措施共472项" in squeeze("".join(p.text() for p in pages(done.path)))
