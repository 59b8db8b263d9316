"""The report commands: `report` (the progress report as .pdf or .docx) and `export-ledger`
(the Excel ledger of one policy)."""

from __future__ import annotations

import sys
from pathlib import Path

from zjtracker.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from zjtracker.reports.builder import DOCX, PDF, XLSX, BadOutput, ReportRequest, kind_of, run_report
from zjtracker.reports.output import problem_message
from zjtracker.services.periods import Period
from zjtracker.services.report_data import NothingToReport


def _run(database, request: ReportRequest) -> int:
    try:
        done = run_report(database, request)
    except NothingToReport as error:
        print(error, file=sys.stderr)
        return EXIT_REFUSED
    except PermissionError as error:
        print(error, file=sys.stderr)
        return EXIT_REFUSED
    if done.moved:
        print(problem_message(done.requested, done.path, done.problem), file=sys.stderr)
        print(done.path)
        return EXIT_REFUSED
    pages = f"，共 {done.pages} 页" if done.pages else ""
    print(f"已生成：{done.path}{pages}")
    return EXIT_OK


def report(database, args) -> int:
    Period.parse(args.period)  # a wrong period is a usage error (exit 2), reported by the caller
    try:
        kind = kind_of(Path(args.output), (PDF, DOCX))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy, args.unit))


def export_ledger(database, args) -> int:
    Period.parse(args.period)
    try:
        kind = kind_of(Path(args.output), (XLSX,))
    except BadOutput as error:
        print(f"用法错误：{error}", file=sys.stderr)
        return EXIT_USAGE
    return _run(database, ReportRequest(args.period, Path(args.output), kind, args.policy))
