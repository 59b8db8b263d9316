"""Metadata of a bureau plan that carries a task-division table: title, 文号, issuer,
date and how often progress must be reported. Standard library only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from zjtracker.importing.documents import meta as doc_meta
from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.documents.doc_numbers import find_doc_no
from zjtracker.importing.documents.frequency import reporting_frequency
from zjtracker.importing.tables.task_division.cells import squeeze

_WRAPPED_TITLE = re.compile(r"(?:现将|兹将|将)《(.{4,80}?)》(?:印发|转发|下发|发给)")
_APPENDIX_TITLE = re.compile(r"附件\s*[:：]?\s*1\s*[.．、]\s*(.{4,80}?(?:方案|意见|办法|计划|规划|细则|规定))")
_PRINTED = re.compile(r"^\s*(\S{2,30}?)\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发")


@dataclass
class PlanMeta:
    title: str = ""
    doc_no: str = ""
    issuer: str = ""
    issued_on: date | None = None
    frequency: str | None = None  # None when the text names no reporting rhythm
    frequency_line: int | None = None


def head_doc_no(lines: list[str], last_line: int) -> str:
    """The document's own 文号 in its head (the first eight lines), normalised to 〔〕."""
    seen = 0
    for line in lines[:last_line]:
        if not line.strip():
            continue
        seen += 1
        found = find_doc_no(line)
        if found:
            return found
        if seen >= 8:
            break
    return ""


def find_title(lines: list[str], last_line: int) -> str:
    """The plan's title: what a covering notice says it issues (现将《X》印发给你们), else the
    first appendix title, else ''."""
    text = squeeze(" ".join(lines[:last_line]))
    for pattern in (_WRAPPED_TITLE, _APPENDIX_TITLE):
        match = pattern.search(text)
        if match:
            return match.group(1).strip()
    return ""


def find_issuer(lines: list[str], last_line: int) -> tuple[str, date | None]:
    issuer, signed, _ = doc_meta.find_signature(lines, 1, last_line)
    if issuer:
        return squeeze(issuer), signed
    for line in lines[:last_line]:
        match = _PRINTED.match(line)
        if match and doc_meta.looks_like_issuer(match.group(1)):
            return match.group(1), parse_date(match.group(2))
    return "", None


def find_frequency(lines: list[str], last_line: int) -> tuple[str | None, int | None]:
    """How often progress is reported (每双月20日前报… → bimonthly), from sentences that
    speak of reporting; returns (frequency, line) or (None, None)."""
    joined, owners = "", []
    for number, line in enumerate(lines[:last_line], 1):
        piece = squeeze(line)
        joined += piece
        owners.extend([number] * len(piece))
    found = reporting_frequency(joined, loose_reporting=True)
    if not found:
        return None, None
    frequency, where = found
    return frequency, owners[where] if where < len(owners) else None


def read_plan_meta(lines: list[str], last_line: int) -> PlanMeta:
    """Metadata from lines 1..last_line (the text before the table)."""
    meta = PlanMeta()
    meta.doc_no = head_doc_no(lines, last_line)
    meta.title = find_title(lines, last_line)
    meta.issuer, meta.issued_on = find_issuer(lines, last_line)
    meta.frequency, meta.frequency_line = find_frequency(lines, last_line)
    return meta
