"""The body of the PDF report as reportlab flowables, in the order of a 报告: 标题, 主送, the
opening, 一、总体情况 (with its two tables and the chart), 二、主要进展, 三、存在问题,
四、下一步工作, 附件说明, 发文机关署名 and 成文日期 — the last three kept on the page of the last
paragraph. The words come from ReportTexts (generated, then edited by the clerk)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from zjtracker.numerals import chinese_numeral
from zjtracker.reports import wording as w
from zjtracker.reports.charts import status_chart
from zjtracker.reports.detail_table import cell_markup
from zjtracker.reports.layout import (
    BODY_LEADING,
    BODY_SIZE,
    HEADER_FILL,
    TITLE_SIZE,
    TYPE_WIDTH,
    Styles,
    balanced_title,
)
from zjtracker.reports.long_table import MIDDLE, Cell, LongTable, Row
from zjtracker.reports.tables import Table, area_groups, count_table, top_units
from zjtracker.reports.texts import ReportTexts
from zjtracker.services.reporting.data import ReportData

BODY_HEADINGS = ("总体情况", "主要进展", "存在问题", "下一步工作")
_LEAD_IN = re.compile(r"^(（[一二三四五六七八九十百千万零]+）[^。：:！？]{1,40}[。：:])")


def para(text: str, style) -> Paragraph:
    return Paragraph(cell_markup(" ".join(text.split("\n"))), style)


def paragraphs(text: str) -> list[str]:
    """The paragraphs of an edited text: one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def body_para(text: str, st: Styles) -> Paragraph:
    """A body paragraph; a lead-in such as （一）加快滞后事项推进。 is set in 楷体."""
    match = _LEAD_IN.match(text)
    if match:
        head, rest = match.group(1), text[match.end():]
        markup = f'<font name="{st.fonts.kai}">{escape(head)}</font>{escape(rest)}'
        return Paragraph(markup, st.body)
    return para(text, st.body)


def simple_table(table: Table, st: Styles, width: float = TYPE_WIDTH, rows_first: bool = True) -> LongTable:
    """A table of the body or of a 附件: header in 黑体, cells wrapped and centred in height,
    the header repeated; it breaks between rows (``rows_first``) or, for the long texts of a
    附件, inside a row at the foot of a page."""
    header = Row([Cell(h, st.cell_header) for h in table.headers], fill=colors.HexColor(HEADER_FILL))
    body = _table_rows(table, st)
    scale = width / (sum(table.widths) * mm)
    if rows_first:
        return LongTable([x * mm * scale for x in table.widths], header, body, padding=(4, 4, 3, 3),
                         valign=MIDDLE, min_split=1, rows_first=True)
    return LongTable([x * mm * scale for x in table.widths], header, body, padding=(3, 3, 3, 3),
                     valign=MIDDLE, min_split=2 * 14 + 6)


def _table_rows(table: Table, st: Styles):
    """The rows of ``table`` one by one, as the pages take them."""
    band_fill = colors.HexColor("#ececec")
    for index, values in enumerate(table.rows):
        if index in table.bands:
            yield Row([Cell(table.bands[index], st.cell_area)], band=True, fill=band_fill)
            continue
        style_of = [st.cell_center if i >= table.centered_from or table.headers[i] == "序号" else st.cell
                    for i in range(len(values))]
        yield Row([Cell(v, style_of[i]) for i, v in enumerate(values)])


def _caption(text: str, st: Styles) -> Paragraph:
    return Paragraph(escape(text), ParagraphStyle("caption", parent=st.heading2, fontSize=14, leading=22,
                                                  alignment=1, firstLineIndent=0, fontName=st.fonts.hei,
                                                  keepWithNext=0))


def overview_tables(data: ReportData, st: Styles, with_tables: bool, with_chart: bool) -> list:
    flow: list = []
    name_header, groups = area_groups(data)
    number = 1
    if (with_tables or with_chart) and groups:  # a chart's numbers always stand in a table too
        table = count_table(groups, name_header, data.totals, 46)
        table.rows[-1][0] = "合计"
        flow += [Spacer(1, 6), CondPageBreak(120), _caption(f"表{number}  各{name_header}推进情况（单位：项）", st),
                 simple_table(table, st)]
        if groups[-1].name.startswith("其他"):
            flow.append(para(f"注：表中列出措施最多的{len(groups) - 1}个{name_header}，其余合并为一行。", st.note))
        number += 1
    if with_tables and data.by_unit:
        units = top_units(data.by_unit)
        table = count_table(units, "牵头单位", data.totals, 46)
        table.rows[-1][0] = "合计"
        flow += [Spacer(1, 6), CondPageBreak(120), _caption(f"表{number}  各牵头单位推进情况（单位：项）", st),
                 simple_table(table, st)]
        note = "注：一项措施有多个牵头单位时分别计入各单位，合计按措施计。"
        if len(units) < len(data.by_unit):
            note = f"注：表中列出牵头措施最多的{len(units) - 1}个单位，其余合并为一行。" \
                   "一项措施有多个牵头单位时分别计入各单位，合计按措施计。"
        flow.append(para(note, st.note))
        number += 1
    if with_chart and groups:
        caption = f"图1  各{name_header}推进情况（单位：项；数据见表1）"
        flow += [Spacer(1, 6), KeepTogether([_caption(caption, st), Spacer(1, 3),
                                             status_chart(groups, TYPE_WIDTH, st.fonts.song)])]
    return flow


def signature(texts: ReportTexts, st: Styles) -> list:
    """发文机关署名 centred over 成文日期, the date four characters in from the right."""
    date_text = w.written_date(texts.signed_on) if texts.signed_on else ""
    flow = []
    if texts.issuer.strip():
        date_width = stringWidth(date_text, st.fonts.body, BODY_SIZE) if date_text else 0
        issuer_width = stringWidth(texts.issuer.strip(), st.fonts.body, BODY_SIZE)
        right = 4 * BODY_SIZE + max(0.0, (date_width - issuer_width) / 2)
        right = min(right, TYPE_WIDTH - issuer_width)
        style = ParagraphStyle("issuer", parent=st.date, rightIndent=right, spaceBefore=2 * BODY_LEADING)
        flow.append(para(texts.issuer.strip(), style))
    if date_text:
        style = st.date if not flow else ParagraphStyle("date_after", parent=st.date, spaceBefore=0)
        flow.append(para(date_text, style))
    return flow


def attachments_note(text: str, st: Styles) -> list:
    """附件：1．…, the following names under the first (GB/T 9704 7.3.3)."""
    lines = paragraphs(text)
    if not lines:
        return []
    label = "附件："
    indent = 2 * BODY_SIZE + stringWidth(label, st.fonts.body, BODY_SIZE)
    first = ParagraphStyle("note_first", parent=st.body, leftIndent=indent, firstLineIndent=-stringWidth(
        label, st.fonts.body, BODY_SIZE), spaceBefore=BODY_LEADING)
    rest = ParagraphStyle("note_rest", parent=st.body, leftIndent=indent, firstLineIndent=0)
    head = lines[0] if lines[0].startswith("附件") else label + lines[0]
    return [para(head, first)] + [para(line, rest) for line in lines[1:]]


def body(data: ReportData, texts: ReportTexts, st: Styles, with_tables: bool, with_chart: bool):
    """The body's flowables; a generator yielding a progress phrase per section."""
    lines = balanced_title(data.title, st.fonts.title, TITLE_SIZE, TYPE_WIDTH,
                           keep=(data.period.label(), data.scope_name if data.scope == "unit" else ""))
    flow: list = [Paragraph("<br/>".join(escape(line) for line in lines), st.title)]
    if texts.recipient.strip():
        flow.append(para(texts.recipient.strip(), ParagraphStyle("recipient", parent=st.body, firstLineIndent=0)))
    flow += [body_para(line, st) for line in paragraphs(texts.opening)]
    sections = (texts.overview, texts.highlights, texts.problems, texts.next_steps)
    for index, (heading, text) in enumerate(zip(BODY_HEADINGS, sections), 1):
        yield f"正在编写：{heading}"
        flow.append(para(f"{chinese_numeral(index)}、{heading}", st.heading1))
        lines = paragraphs(text) or ["无。"]
        if index == len(sections):
            flow += [body_para(line, st) for line in lines[:-1]]
            flow.append(KeepTogether([body_para(lines[-1], st), *attachments_note(texts.attachments_note, st),
                                      *signature(texts, st)]))
        else:
            flow += [body_para(line, st) for line in lines]
        if index == 1:
            flow += overview_tables(data, st, with_tables, with_chart)
    return flow
