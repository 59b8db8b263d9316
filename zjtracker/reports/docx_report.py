"""The progress report as a Word document (.docx) for offices that edit before they print:
the same sections and sentences as the PDF, with the counts by area and by lead unit as
tables (editable) where the PDF draws charts, and the detail table on landscape pages.

``iter_docx`` yields (done, total, Step) and returns the document's bytes."""

from __future__ import annotations

import io
from collections.abc import Generator, Iterable

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from zjtracker.reports import wording as w
from zjtracker.reports.charts import top_groups
from zjtracker.reports.detail_table import cell_texts, columns
from zjtracker.reports.docx_style import (
    DATE,
    HEADING1,
    HEADING2,
    TABLE_TEXT,
    TITLE,
    add_landscape_section,
    add_table,
    page_numbers,
    portrait,
    setup_styles,
    shade,
)
from zjtracker.reports.pdf_report import attachment_title
from zjtracker.reports.progress import Step
from zjtracker.services.report_data import ReportData, StatusCount

_HEADER_OF = dict(zip(("no", "task", "lead", "plan", "status_text", "percent", "status"), w.DETAIL_HEADERS))


def _counts(groups: list[StatusCount]) -> list[list]:
    return [[g.name, g.total, *(g.counts[s] for s in w.COUNT_HEADERS[2:])] for g in groups]


def _summary(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.SUMMARY]}", HEADING1)
    doc.add_paragraph(w.summary_paragraphs(data)[0])
    if data.multi_policy:
        rows = _counts([StatusCount(f"《{p.title}》", p.totals.counts) for p in data.policies])
        rows.append(["合计", data.totals.total, *(data.totals.counts[s] for s in w.COUNT_HEADERS[2:])])
        add_table(doc, ("政策文件", *w.COUNT_HEADERS[1:]), rows, (50, 16, 17, 19, 17, 17, 20))


def _charts(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.CHARTS]}", HEADING1)
    sub = 1
    for part in data.policies:
        name = f"《{part.title}》各领域推进情况" if data.multi_policy else "各领域推进情况"
        doc.add_paragraph(f"（{w.chinese_index(sub)}）{name}", HEADING2)
        add_table(doc, ("领域", *w.COUNT_HEADERS[1:]), _counts(part.by_area), (50, 16, 17, 19, 17, 17, 20))
        sub += 1
    doc.add_paragraph(f"（{w.chinese_index(sub)}）各牵头单位推进情况", HEADING2)
    add_table(doc, ("牵头单位", *w.COUNT_HEADERS[1:]), _counts(top_groups(data.by_unit)), (50, 16, 17, 19, 17, 17, 20))


def _numbered(doc, rows, line, data: ReportData) -> None:
    if not rows:
        doc.add_paragraph("无。")
    for n, row in enumerate(rows, 1):
        doc.add_paragraph(f"{n}. {w.task_name(row, data.multi_policy)}。{line(row)}")


def _lagging(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.LAGGING]}", HEADING1)
    doc.add_paragraph(w.lagging_sentence(data))
    doc.add_paragraph(f"（一）超期事项（{len(data.overdue)}项）", HEADING2)
    _numbered(doc, data.overdue, w.overdue_line, data)
    doc.add_paragraph(f"（二）滞后事项（{len(data.behind)}项）", HEADING2)
    _numbered(doc, data.behind, w.behind_line, data)


def _changes(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.CHANGES]}", HEADING1)
    doc.add_paragraph(w.changes_sentence(data))
    if data.movements:
        rows = []
        for n, move in enumerate(data.movements, 1):
            name = w.task_name(move.row, data.multi_policy, 60)
            if move.kinds:
                name += f"（{'、'.join(move.kinds)}）"
            rows.append([n, name, "、".join(move.row.lead_units) or "—", w.progress_change(move.row),
                         w.status_change(move.row)])
        add_table(doc, w.CHANGE_HEADERS, rows, (11, 65, 28, 26, 26), centered_from=3)


def _issues(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.ISSUES]}", HEADING1)
    doc.add_paragraph(w.issues_sentence(data))
    for sub, group in enumerate(data.issues, 1):
        doc.add_paragraph(f"（{w.chinese_index(sub)}）{group.unit}", HEADING2)
        for n, row in enumerate(group.rows, 1):
            doc.add_paragraph(f"{n}. {w.task_name(row, data.multi_policy)}。" + "".join(
                line if line.endswith(("。", "！", "？")) else line + "。" for line in w.issue_lines(row)))


def _indicators(doc, data: ReportData, index: int) -> None:
    doc.add_paragraph(f"{w.chinese_index(index)}、{w.SECTION_TITLES[w.INDICATORS]}", HEADING1)
    parts = [p for p in data.policies if p.indicators]
    for sub, part in enumerate(parts, 1):
        if len(parts) > 1 or data.multi_policy:
            doc.add_paragraph(f"（{w.chinese_index(sub)}）《{part.title}》", HEADING2)
        rows = [[n, *w.indicator_cells(info, data.period.year)] for n, info in enumerate(part.indicators, 1)]
        add_table(doc, w.INDICATOR_HEADERS, rows, (9, 40, 11, 22, 29, 29, 16), centered_from=2)


BUILDERS = {w.SUMMARY: _summary, w.CHARTS: _charts, w.LAGGING: _lagging, w.CHANGES: _changes,
            w.ISSUES: _issues, w.INDICATORS: _indicators}


def _details(doc, data: ReportData) -> None:
    add_landscape_section(doc)
    label = doc.add_paragraph("附件", HEADING1)
    label.paragraph_format.first_line_indent = Mm(0)
    heading = doc.add_paragraph(attachment_title(data), TITLE)
    heading.paragraph_format.space_after = Mm(2)
    cols = columns(data.rows)
    keys = [k for k, _ in cols]
    headers = [_HEADER_OF[k] if k != "plan" else f"{data.period.year}年度计划" for k in keys]
    lines: list[list] = []
    spans: list[tuple[int, str]] = []
    last = (None, None, None)
    for row in data.rows:
        if data.multi_policy and row.policy_id != last[0]:
            spans.append((len(lines), f"《{row.policy_title}》"))
            lines.append([""] * len(keys))
        if (row.policy_id, row.area_id) != last[:2]:
            spans.append((len(lines), f"{row.area_label}{row.area_title}"))
            lines.append([""] * len(keys))
        group = (row.policy_id, row.area_id, row.group_label + row.group_text)
        if (row.group_label or row.group_text) and group != last:
            spans.append((len(lines), f"{row.group_label}{row.group_text}"))
            lines.append([""] * len(keys))
        last = group
        texts = cell_texts(row)
        lines.append([texts[k] for k in keys])
    table = add_table(doc, headers, lines, [width for _, width in cols], centered_from=len(keys) - 2)
    for index, text in spans:
        cells = table.rows[index + 1].cells
        merged = cells[0].merge(cells[-1])
        for extra in merged.paragraphs[1:]:  # merging keeps every cell's empty paragraph
            extra._p.getparent().remove(extra._p)
        merged.paragraphs[0].text = text
        merged.paragraphs[0]._p.style = doc.styles[TABLE_TEXT].style_id
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
        shade(merged, "ECECEC")


def iter_docx(data: ReportData, sections: Iterable[str] = w.SECTIONS) -> Generator[tuple, None, bytes]:
    chosen = [s for s in w.SECTIONS if s in set(sections)]
    narrative = [s for s in chosen if s in BUILDERS and (s != w.INDICATORS or data.indicators)]
    total = len(narrative) + (1 if w.DETAILS in chosen else 0) + 1
    doc = Document()
    portrait(doc.sections[0])
    setup_styles(doc)
    page_numbers(doc, doc.sections[0])
    doc.core_properties.title = data.title
    doc.core_properties.author = ""
    doc.add_paragraph(data.title, TITLE)
    for index, section in enumerate(narrative, 1):
        yield index - 1, total, Step(f"正在编写：{w.SECTION_TITLES[section]}")
        BUILDERS[section](doc, data, index)
    doc.add_paragraph(w.written_date(data.today), DATE)
    if w.DETAILS in chosen:
        yield len(narrative), total, Step(f"正在编写：{w.SECTION_TITLES[w.DETAILS]}（{len(data.rows)}项）")
        _details(doc, data)
    yield total - 1, total, Step("正在保存")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
