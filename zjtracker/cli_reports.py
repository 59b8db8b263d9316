"""The report commands: `report` (the progress report as .pdf or .docx) and `export-ledger`
(the Excel ledger of one policy). A target that may not be written, or that could not be
(a full disk, a file held open), is one sentence and exit 1 (cli_commands.output_error)."""

from __future__ import annotations

import sys
from pathlib import Path

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.exporting.safe_write import LEDGER, REPORT, check_target
from zjtracker.reports.builder import DOCX, PDF, XLSX, BadOutput, ReportRequest, kind_of, run_report
from zjtracker.services.periods import Period
from zjtracker.services.report_data import NothingToReport


def _run(database, request: ReportRequest) -> int:
    try:
        done = run_report(database, request)
    except NothingToReport as error:
        print(error, file=sys.stderr)
        return EXIT_REFUSED
    pages = f"，共 {done.pages} 页" if done.pages else ""
    print(f"已生成：{done.path}{pages}")
    return EXIT_OK


def report(database, args) -> int:
    Period.parse(args.period)  # a wrong period is a usage error (exit 2), reported by the caller
    check_target(args.output, REPORT, database, force=True)  # the database, a backup …: said first
    try:
        kind = kind_of(Path(args.output), (PDF, DOCX))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy, args.unit,
                                        force=args.force))


def export_ledger(database, args) -> int:
    Period.parse(args.period)
    check_target(args.output, LEDGER, database, force=True)
    try:
        kind = kind_of(Path(args.output), (XLSX,))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy, force=args.force))
