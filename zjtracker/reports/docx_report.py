"""The progress report as a Word document (.docx) for offices that edit before they print:
the same body as the PDF (标题, 主送, opening, 一、总体情况 with its tables, 二、主要进展,
三、存在问题, 四、下一步工作, 附件说明, 署名 and 成文日期 kept with the last paragraph), then
each 附件 on landscape pages.

``iter_docx`` yields (done, total, Step) and returns the document's bytes."""

from __future__ import annotations

import io
from collections.abc import Generator, Iterable

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from zjtracker.numerals import chinese_numeral
from zjtracker.reports import narrative as n
from zjtracker.reports import tables
from zjtracker.reports import wording as w
from zjtracker.reports.detail_table import cell_texts, columns
from zjtracker.reports.docx_style import (
    BODY_PT,
    DATE,
    HEADING1,
    HEI_FONT,
    KAI_FONT,
    TABLE_TEXT,
    TITLE,
    add_landscape_section,
    add_table,
    page_numbers,
    portrait,
    set_font,
    setup_styles,
    shade,
)
from zjtracker.reports.evidence_list import evidence_table
from zjtracker.reports.narrative import (
    attachment_names,
    chosen_attachments,
    generate_texts,
)
from zjtracker.reports.pdf_attachments import indicators_table
from zjtracker.reports.pdf_body import _LEAD_IN, BODY_HEADINGS, paragraphs
from zjtracker.reports.progress import Step
from zjtracker.reports.tables import Table
from zjtracker.reports.texts import ReportTexts
from zjtracker.services.reporting.data import ReportData

_HEADER_OF = dict(zip(("no", "task", "lead", "plan", "status_text", "percent", "status"), w.DETAIL_HEADERS))


def _body_paragraph(doc, text: str, keep: bool = False):
    paragraph = doc.add_paragraph()
    match = _LEAD_IN.match(text)
    if match:
        set_font(paragraph.add_run(match.group(1)), KAI_FONT)
        text = text[match.end():]
    paragraph.add_run(text)
    paragraph.paragraph_format.keep_with_next = keep
    return paragraph


def _table(doc, table: Table):
    made = add_table(doc, table.headers, table.rows, table.widths, centered_from=table.centered_from)
    for index, text in table.bands.items():
        cells = made.rows[index + 1].cells
        merged = cells[0].merge(cells[-1])
        for extra in merged.paragraphs[1:]:  # merging keeps every cell's empty paragraph
            extra._p.getparent().remove(extra._p)
        merged.paragraphs[0].text = text
        merged.paragraphs[0]._p.style = doc.styles[TABLE_TEXT].style_id
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
        shade(merged, "ECECEC")
    return made


def _caption(doc, text: str) -> None:
    """表1  … above a table: 黑体, centred, kept with the table."""
    caption = doc.add_paragraph()
    set_font(caption.add_run(text), HEI_FONT, 14)
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.first_line_indent = Pt(0)
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(6)


def _overview_tables(doc, data: ReportData) -> None:
    name_header, groups = tables.area_groups(data)
    number = 1
    if groups:
        _caption(doc, f"表{number}  各{name_header}推进情况（单位：项）")
        table = tables.count_table(groups, name_header, data.totals, 46)
        _table(doc, table)
        number += 1
    if data.by_unit:
        _caption(doc, f"表{number}  各牵头单位推进情况（单位：项）")
        _table(doc, tables.count_table(tables.top_units(data.by_unit), "牵头单位", data.totals, 46))


def _ending(doc, texts: ReportTexts, last: str) -> None:
    """The last paragraph, the 附件说明, 署名 and 成文日期 kept on one page."""
    _body_paragraph(doc, last, keep=True)
    note = paragraphs(texts.attachments_note)
    for index, line in enumerate(note):
        paragraph = doc.add_paragraph(line if index or line.startswith("附件") else "附件：" + line)
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = True
        fmt.left_indent = Pt(5 * BODY_PT)
        fmt.first_line_indent = Pt(-3 * BODY_PT) if index == 0 else Pt(0)
        if index == 0:
            fmt.space_before = Pt(28.95)
    if texts.issuer.strip():
        issuer = doc.add_paragraph(texts.issuer.strip(), DATE)
        issuer.paragraph_format.keep_with_next = True
        issuer.paragraph_format.space_before = Pt(2 * 28.95)
        if texts.signed_on:  # centred over the date
            ems = lambda text: sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)
            gap = ems(w.written_date(texts.signed_on)) - ems(texts.issuer.strip())
            issuer.paragraph_format.right_indent = Pt((4 + max(gap, 0) / 2) * BODY_PT)
    if texts.signed_on:
        date = doc.add_paragraph(w.written_date(texts.signed_on), DATE)
        if texts.issuer.strip():
            date.paragraph_format.space_before = Pt(0)


def _details(doc, data: ReportData) -> None:
    cols = columns(data.rows)
    keys = [k for k, _ in cols]
    table = Table(tuple(_HEADER_OF[k] if k != "plan" else f"{data.period.year}年度计划" for k in keys),
                  tuple(width for _, width in cols), centered_from=len(keys) - 2)
    last = (None, None, None)
    for row in data.rows:
        if data.multi_policy and row.policy_id != last[0]:
            table.band(f"《{row.policy_title}》")
        if (row.policy_id, row.area_id) != last[:2]:
            table.band(f"{row.area_label}{row.area_title}")
        group = (row.policy_id, row.area_id, row.group_label + row.group_text)
        if (row.group_label or row.group_text) and group != last:
            table.band(f"{row.group_label}{row.group_text}")
        last = group
        texts = cell_texts(row)
        table.rows.append([texts[k] for k in keys])
    _table(doc, table)


def _attachments(doc, data: ReportData, names: list[str], short: str):
    for number, name in enumerate(names, 1):
        yield f"正在编写：附件{number} {name}"
        add_landscape_section(doc)
        label = doc.add_paragraph("附件" if len(names) == 1 else f"附件{number}", HEADING1)
        label.paragraph_format.first_line_indent = Mm(0)
        if name.endswith(n.DETAILS_SUFFIX):
            who = short if data.scope == "policy" else (data.scope_name if data.scope == "unit" else "")
            heading = doc.add_paragraph(f"{who}{name}", TITLE)
            heading.paragraph_format.space_after = Mm(2)
            _details(doc, data)
            continue
        heading = doc.add_paragraph(name, TITLE)
        heading.paragraph_format.space_after = Mm(2)
        _table(doc, {
            n.LAGGING_NAME: tables.lagging_table, n.SILENT_NAME: tables.silent_table,
            n.CHANGES_NAME: tables.changes_table, n.ISSUES_NAME: tables.issues_table,
            n.INDICATORS_NAME: indicators_table, n.EVIDENCE_NAME: evidence_table,
        }[name](data))


def iter_docx(data: ReportData, sections: Iterable[str] = w.SECTIONS,
              texts: ReportTexts | None = None) -> Generator[tuple, None, bytes]:
    chosen = set(sections)
    texts = texts or generate_texts(data, tuple(chosen))
    names = attachment_names(data, *chosen_attachments(chosen))
    total = len(BODY_HEADINGS) + len(names) + 1
    doc = Document()
    portrait(doc.sections[0])
    setup_styles(doc)
    page_numbers(doc, doc.sections[0])
    doc.core_properties.title = data.title
    doc.core_properties.author = ""
    doc.add_paragraph(data.title, TITLE)
    if texts.recipient.strip():
        doc.add_paragraph(texts.recipient.strip()).paragraph_format.first_line_indent = Pt(0)
    for line in paragraphs(texts.opening):
        _body_paragraph(doc, line)
    bodies = (texts.overview, texts.highlights, texts.problems, texts.next_steps)
    for index, (heading, text) in enumerate(zip(BODY_HEADINGS, bodies), 1):
        yield index - 1, total, Step(f"正在编写：{heading}")
        doc.add_paragraph(f"{chinese_numeral(index)}、{heading}", HEADING1)
        lines = paragraphs(text) or ["无。"]
        if index == len(bodies):
            for line in lines[:-1]:
                _body_paragraph(doc, line)
            _ending(doc, texts, lines[-1])
            continue
        for line in lines:
            _body_paragraph(doc, line)
        if index == 1 and w.SUMMARY in chosen:
            _overview_tables(doc, data)
    done = len(bodies)
    for step in _attachments(doc, data, names, texts.short_name):
        yield min(done, total - 1), total, Step(step)
        done += 1
    yield total - 1, total, Step("正在保存")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
