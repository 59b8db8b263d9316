"""The report commands: `report` (the progress report as .pdf or .docx) and `export-ledger`
(the Excel ledger of one policy). A target that may not be written, or that could not be
(a full disk, a file held open), is one sentence and exit 1 (cli_commands.output_error).

`report` prints the texts the clerk saved in the composer for that scope and period; --to,
--issuer, --date, --next-steps FILE and --short-name replace them for this run only."""

from __future__ import annotations

import sys
from pathlib import Path

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.exporting.safe_write import LEDGER, REPORT, check_target
from zjtracker.services.reporting.job import DOCX, PDF, XLSX, BadOutput, ReportRequest, kind_of, run_report
from zjtracker.services.periods import Period
from zjtracker.services.reporting.data import NothingToReport
from zjtracker.services.reporting.texts import BadReportText, checked_date, load_edits

OPTIONS = (("to", "recipient"), ("issuer", "issuer"), ("short_name", "short_name"))


class _BadOption(ValueError):
    """An option's value that cannot be used, said in Chinese."""


def _run(database, request: ReportRequest) -> int:
    try:
        done = run_report(database, request)
    except NothingToReport as error:
        print(error, file=sys.stderr)
        return EXIT_REFUSED
    pages = f"，共 {done.pages} 页" if done.pages else ""
    print(f"已生成：{done.path}{pages}")
    if done.fonts_note:
        print(done.fonts_note, file=sys.stderr)
    if done.unsigned:
        print("提示：报告的成文日期上方没有发文机关署名：程序还不知道报告单位。可用 --issuer 写明"
              "（如 --issuer 湛江市商务局），或在程序的报告窗口中填写，以后的报告会沿用。", file=sys.stderr)
    return EXIT_OK


def report(database, args) -> int:
    Period.parse(args.period)  # a wrong period is a usage error (exit 2), reported by the caller
    check_target(args.output, REPORT, database, force=True)  # the database, a backup …: said first
    try:
        kind = kind_of(Path(args.output), (PDF, DOCX))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        edits = report_edits(database, args)
    except _BadOption as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy, args.unit,
                                        force=args.force, edits=edits,
                                        earlier_years=getattr(args, "earlier_years", False)))


def report_edits(database, args) -> dict[str, str]:
    """What the clerk saved for this report, with the options given in its place."""
    edits = load_edits(database, args.period, args.policy, args.unit)
    for option, name in OPTIONS:
        value = getattr(args, option, None)
        if value is not None:
            edits[name] = value
    if getattr(args, "date", None) is not None:
        try:
            checked_date(args.date)
        except BadReportText as error:
            raise _BadOption(f"--date：{error}") from None
        edits["signed_on"] = args.date
    if getattr(args, "next_steps", None) is not None:
        edits["next_steps"] = _read_text(Path(args.next_steps))
    return edits


def _read_text(path: Path) -> str:
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise _BadOption(f"--next-steps：找不到文件“{path}”。") from None
    except OSError as error:
        raise _BadOption(f"--next-steps：文件“{path}”读不出来（{error.strerror or error}）。") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding).replace("\r\n", "\n").strip()
        except UnicodeDecodeError:
            continue
    raise _BadOption(f"--next-steps：文件“{path.name}”不是文本文件（应为 UTF-8 或 GB18030 编码）。")


def export_ledger(database, args) -> int:
    Period.parse(args.period)
    check_target(args.output, LEDGER, database, force=True)
    try:
        kind = kind_of(Path(args.output), (XLSX,))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy, force=args.force))
