"""The progress report as PDF: the body on portrait pages (title to 成文日期, 3–8 pages), then
every 附件 on landscape pages (the ledger, the lists of 超期/滞后, 未报送, what changed, the
problems in full, the indicators).

``iter_pdf_to`` is a generator: it writes the file into an open stream page by page, yielding
(done, total, Step) per section and per page (so that the GUI can show progress and stop it
within a page), and returns the page count; ``iter_pdf`` does the same in memory and returns
the bytes."""

from __future__ import annotations

import io
from collections.abc import Generator, Iterable

from reportlab.platypus.doctemplate import LayoutError

from zjtracker.reports import wording as w
from zjtracker.reports.layout import styles
from zjtracker.reports.narrative import (
    attachment_names,
    chosen_attachments,
    generate_texts,
)
from zjtracker.reports.pdf_attachments import attachment_flow
from zjtracker.reports.pdf_body import body
from zjtracker.reports.pdf_document import ReportDocument
from zjtracker.reports.progress import Step
from zjtracker.reports.texts import ReportTexts
from zjtracker.services.reporting.data import ReportData


def _story(data: ReportData, texts: ReportTexts, chosen: set[str], st, continued: bool = False):
    """The flowables of the report; yields a Step per section and returns the list."""
    story = yield from _steps(body(data, texts, st, w.SUMMARY in chosen, w.CHARTS in chosen))
    names = attachment_names(data, *chosen_attachments(chosen))
    story += yield from _steps(attachment_flow(data, names, texts.short_name, st, continued))
    return story


def _steps(work):
    """Pass a builder's phrases on as Steps; returns its flowables."""
    while True:
        try:
            phrase = next(work)
        except StopIteration as finished:
            return finished.value
        yield Step(phrase)


def _build(story: list, st, title: str, stream, progress):
    """Lay the story out into ``stream``; yields progress per page; returns the page count."""
    document = ReportDocument(stream, st.fonts, title)
    shown = 0
    for page in document.iter_build(story, stream):
        if page != shown:
            shown = page
            yield from progress(page)
    return document.page


def pages_expected(data: ReportData) -> int:
    """A guess at the page count, for the progress bar (about 0.6 page per task and the body)."""
    return 10 + len(data.rows) * 3 // 5


def iter_pdf(data: ReportData, sections: Iterable[str] = w.SECTIONS,
             texts: ReportTexts | None = None) -> Generator[tuple, None, tuple[bytes, int]]:
    """Lay the report out in memory; returns (the PDF bytes, the number of pages)."""
    buffer = io.BytesIO()
    pages = yield from iter_pdf_to(buffer, data, sections, texts)
    return buffer.getvalue(), pages


def iter_pdf_to(stream, data: ReportData, sections: Iterable[str] = w.SECTIONS,
                texts: ReportTexts | None = None) -> Generator[tuple, None, int]:
    """Lay the report out into the open binary ``stream``, page by page (a report of any length
    holds about one page in memory); yields (done, total, Step) per section and per page and
    returns the number of pages.

    Rows of the detail table break at the foot of a page however tall they are; should
    reportlab still find a row it cannot place (LayoutError), the stream is emptied and the
    table laid out again with every cell taller than a page cut into continuation rows (续)."""
    chosen = set(sections)
    texts = texts or generate_texts(data, tuple(chosen))
    names = attachment_names(data, *chosen_attachments(chosen))
    phases = 4 + len(names) + 1
    total = phases + pages_expected(data) + 1
    yield 0, total, Step("正在准备字体")
    st = styles()
    work = _story(data, texts, chosen, st)
    done = 0
    while True:
        try:
            step = next(work)
        except StopIteration as finished:
            story = finished.value
            break
        done += 1
        yield min(done, phases), total, step

    def progress(page: int):
        yield min(phases + page, total - 1), total, Step(f"正在排版：第{page}页")

    try:
        return (yield from _build(story, st, data.title, stream, progress))
    except LayoutError:
        if w.DETAILS not in chosen:
            raise
    stream.seek(0)
    stream.truncate()
    story = _drain(_story(data, texts, chosen, st, continued=True))
    return (yield from _build(story, st, data.title, stream, progress))


def _drain(work):
    """The value a generator returns, its steps ignored."""
    while True:
        try:
            next(work)
        except StopIteration as finished:
            return finished.value


def attachment_title(data: ReportData) -> str:
    """The detail table's title (the Word writer's too)."""
    who = {"policy": f"《{data.scope_name}》", "unit": data.scope_name}.get(data.scope, "")
    return f"{who}{data.period.label()}{w.SECTION_TITLES[w.DETAILS]}"
