"""One entry for every report the program writes (PDF, Word, Excel ledger), shared by the
command line and the report dialog; and the generated texts the composer starts from
(``generated_texts``). The PDF and Word writers print ``generate_texts(data).merged(edits)``.

``iter_report`` is a plain generator: it yields (done, total, Step) while it works and, as its
last item, (total, total, ReportDone). The target is checked before any work (never the
database nor a backup; an existing file only with ``force``); the target is not touched until
the file is complete (``output.save_bytes``; a PDF is written page by page into a temporary
file beside the target and renamed over it, ``output.Spool``). When that fails, the
OutputFailed raised carries the finished bytes as ``content`` so that the dialog can offer
another place. Stopping the generator early (the GUI's cancel) leaves no file behind."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from zjtracker.exporting.safe_write import LEDGER, REPORT, OutputFailed, check_target, failure
from zjtracker.reports.output import save_bytes
from zjtracker.reports.progress import ReportDone, Step
from zjtracker.reports.texts import ReportTexts
from zjtracker.reports.wording import SECTIONS
from zjtracker.services.periods import Period

PDF, DOCX, XLSX = "pdf", "docx", "xlsx"
SUFFIXES = {PDF: ".pdf", DOCX: ".docx", XLSX: ".xlsx"}


class BadOutput(ValueError):
    """The output file's name does not say which kind of report to write."""


@dataclass(frozen=True)
class ReportRequest:
    period: str
    target: Path
    kind: str = ""  # pdf / docx / xlsx; taken from the target's suffix when empty
    policy_id: int | None = None
    unit: str | None = None
    sections: tuple[str, ...] = field(default=SECTIONS)
    today: date | None = None
    force: bool = False  # replace an existing file (never the database or a backup)
    edits: Mapping[str, str] = field(default_factory=dict)  # the clerk's texts (ReportTexts fields)
    earlier_years: bool = False  # a 往年情况 line under each task in the detail table

    def resolved_kind(self) -> str:
        if self.kind:
            return self.kind
        return kind_of(self.target, (PDF, DOCX, XLSX))


def kind_of(target: Path, allowed: Iterable[str]) -> str:
    """The report kind a file name asks for, or BadOutput naming what is accepted."""
    allowed = tuple(allowed)
    suffix = Path(target).suffix.lower()
    for kind in allowed:
        if SUFFIXES[kind] == suffix:
            return kind
    names = "、".join(SUFFIXES[k] for k in allowed)
    raise BadOutput(f"输出文件“{Path(target).name}”的扩展名应为 {names}。")


def _relay(work: Generator, offset: int, total: int):
    """Pass on a writer's progress, shifted into the whole job's count; returns its result."""
    while True:
        try:
            done, steps, item = next(work)
        except StopIteration as finished:
            return finished.value
        message = item if isinstance(item, Step) else Step(str(item))
        yield min(offset + done * (total - offset - 1) // max(steps, 1), total - 1), total, message


def iter_report(database, request: ReportRequest) -> Generator[tuple[int, int, object], None, None]:
    kind = request.resolved_kind()
    period = Period.parse(request.period)
    output_kind = LEDGER if kind == XLSX else REPORT
    fonts_note = ""
    check_target(request.target, output_kind, database, request.force)
    total = 100
    yield 0, total, Step("正在读取数据")
    if kind == XLSX:
        from zjtracker.exporting.ledger_workbook import iter_ledger_workbook

        policies = [request.policy_id] if request.policy_id is not None else None
        content = yield from _relay(iter_ledger_workbook(database, period, policies, request.unit), 5, total)
        pages = None
    else:
        from zjtracker.reports.narrative import generate_texts
        from zjtracker.services.reporting.data import build_report_data
        from zjtracker.services.reporting.texts import office_defaults

        data = build_report_data(database, period, request.policy_id, request.unit, request.today,
                                 request.earlier_years)
        texts = generate_texts(data, request.sections, (request.edits or {}).get("short_name") or "")
        texts = texts.merged(office_defaults(database, str(period), request.policy_id, request.unit))
        texts = texts.merged(request.edits or {})
        if kind == PDF:
            from zjtracker.reports.fonts import font_substitutions, report_fonts

            fonts_note = font_substitutions(report_fonts())
            path, pages = yield from _write_pdf(database, request, data, texts, total)
            yield total, total, replace(ReportDone(path, Path(request.target), kind, pages), fonts_note=fonts_note,
                                        unsigned=not texts.issuer.strip())
            return
        else:
            from zjtracker.reports.docx_report import iter_docx

            content = yield from _relay(iter_docx(data, request.sections, texts), 10, total)
            pages = None
    yield total - 1, total, Step("正在保存文件")
    try:
        path = save_bytes(content, Path(request.target), output_kind, database, request.force)
    except OutputFailed as error:
        error.content = content  # finished: the dialog may offer to save it elsewhere
        raise
    unsigned = kind == DOCX and not texts.issuer.strip()
    yield total, total, replace(ReportDone(path, Path(request.target), kind, pages), fonts_note=fonts_note,
                                unsigned=unsigned)


def _write_pdf(database, request: ReportRequest, data, texts, total: int):
    """The PDF written page by page into a temporary file beside the target, put in place
    when finished (removed when the work stops or fails); returns (path, pages)."""
    from zjtracker.reports.output import Spool
    from zjtracker.reports.pdf_report import iter_pdf_to

    spool = Spool(Path(request.target), REPORT, database, request.force)
    try:
        try:
            pages = yield from _relay(iter_pdf_to(spool.stream, data, request.sections, texts), 10, total)
        except OSError as error:  # the disk filled or went away while pages were written
            raise failure(error, Path(request.target)) from error
        yield total - 1, total, Step("正在保存文件")
        return spool.place(), pages
    finally:
        spool.discard()


def run_report(database, request: ReportRequest) -> ReportDone:
    """Write the report without showing progress (the command line)."""
    outcome = None
    for _done, _total, item in iter_report(database, request):
        outcome = item
    return outcome


def generated_texts(database, period: Period | str, policy_id: int | None = None, unit: str | None = None,
                    today: date | None = None, sections: Iterable[str] = SECTIONS,
                    short_name: str = "") -> ReportTexts:
    """The texts a report of this scope and period would print before the clerk edits them
    (the composer's starting point and its "reset"). Raises what build_report_data raises
    (PolicyNotFound, UnitNotFound, NothingToReport), each with a sentence for the clerk."""
    from zjtracker.reports.narrative import generate_texts
    from zjtracker.services.reporting.data import build_report_data
    from zjtracker.services.reporting.texts import office_defaults

    period = Period.parse(period) if isinstance(period, str) else period
    data = build_report_data(database, period, policy_id, unit, today)
    texts = generate_texts(data, tuple(sections), short_name)
    return texts.merged(office_defaults(database, str(period), policy_id, unit))
