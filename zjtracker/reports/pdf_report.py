"""The progress report as PDF: the narrative sections on portrait pages, the date, then the
detail table as an attachment on landscape pages.

``iter_pdf`` is a generator: it yields (done, total, Step) while it works and returns the
finished file's bytes, so that the GUI can show progress and stop it between steps."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape
from collections.abc import Generator, Iterable

from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph
from reportlab.platypus.doctemplate import LayoutError

from zjtracker.reports import wording as w
from zjtracker.reports.detail_table import detail_table
from zjtracker.reports.layout import TITLE_SIZE, TYPE_WIDTH, balanced_title, styles
from zjtracker.reports.pdf_document import LANDSCAPE_PAGE, ReportDocument
from zjtracker.reports.pdf_sections import BUILDERS, para
from zjtracker.reports.progress import Step
from zjtracker.services.report_data import ReportData


def attachment_title(data: ReportData) -> str:
    who = {"policy": f"《{data.scope_name}》", "unit": data.scope_name}.get(data.scope, "")
    return f"{who}{data.period.label()}{w.SECTION_TITLES[w.DETAILS]}"


def _story(data: ReportData, narrative: list[str], details: bool, st, continued: bool = False):
    """The flowables of the report; yields a Step per section and returns the list."""
    lines = balanced_title(data.title, st.fonts.title, TITLE_SIZE, TYPE_WIDTH,
                           keep=(data.period.label(), data.scope_name if data.scope == "unit" else ""))
    story: list = [Paragraph("<br/>".join(escape(line) for line in lines), st.title)]
    for index, section in enumerate(narrative, 1):
        yield Step(f"正在编写：{w.SECTION_TITLES[section]}")
        story += BUILDERS[section](data, index, st)
    story.append(para(w.written_date(data.today), st.date))
    if details:
        yield Step(f"正在编写：{w.SECTION_TITLES[w.DETAILS]}（{len(data.rows)}项）")
        story += [NextPageTemplate(LANDSCAPE_PAGE), PageBreak(), para("附件", st.attachment),
                  para(attachment_title(data), st.attachment_title), detail_table(data, st, continued)]
    return story


def _build(story: list, st, title: str) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    document = ReportDocument(buffer, st.fonts, title)
    document.build(story)
    return buffer.getvalue(), document.page


def iter_pdf(data: ReportData, sections: Iterable[str] = w.SECTIONS) -> Generator[tuple, None, tuple[bytes, int]]:
    """Lay the report out; returns (the PDF bytes, the number of pages).

    Rows of the detail table break at the foot of a page however tall they are; should
    reportlab still find a row it cannot place (LayoutError), the table is laid out again
    with every cell taller than a page cut into continuation rows (续)."""
    chosen = [s for s in w.SECTIONS if s in set(sections)]
    narrative = [s for s in chosen if s in BUILDERS and (s != w.INDICATORS or data.indicators)]
    details = w.DETAILS in chosen
    total = len(narrative) + (1 if details else 0) + 2
    yield 0, total, Step("正在准备字体")
    st = styles()
    work = _story(data, narrative, details, st)
    done = 0
    while True:
        try:
            step = next(work)
        except StopIteration as finished:
            story = finished.value
            break
        done += 1
        yield done, total, step
    yield total - 1, total, Step("正在排版")
    try:
        return _build(story, st, data.title)
    except LayoutError:
        if not details:
            raise
    story = _drain(_story(data, narrative, details, st, continued=True))
    return _build(story, st, data.title)


def _drain(work):
    """The value a generator returns, its steps ignored."""
    while True:
        try:
            next(work)
        except StopIteration as finished:
            return finished.value
