"""The change log (修改记录) as an Excel workbook for the auditors: the rows a filter finds,
newest first, with the filter written above them, a frozen header, filters and print setup.

Every value a colleague typed goes through ``cells.set_text`` so that no spreadsheet takes
it for a formula. The target is checked first and the file written at the end through
``safe_write`` (a temporary file renamed into place; never over the database or a backup, an
existing file only with ``force``), so a cancelled or failed export leaves no half-written
workbook."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from zjtracker.db.engine import Database
from zjtracker.db.models import Policy
from zjtracker.exporting.cells import set_text
from zjtracker.exporting.ledger_format import (
    BODY_FONT,
    BORDER,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    LEFT_ALIGN,
    setup_print,
    write_title,
)
from zjtracker.exporting.safe_write import CHANGE_LOG, check_target, write_stream
from zjtracker.services.history.change_log import LogEntry, LogFilter, count_log, iter_log
from zjtracker.services.history.labels import KIND_NAMES, SOURCE_NAMES

SHEET = "修改记录"
HEADER_ROW = 3
# (header, width, what the cell holds)
COLUMNS = (
    ("时间", 18, lambda e: e.at.strftime("%Y-%m-%d %H:%M:%S")),
    ("用户", 12, lambda e: e.user),
    ("计算机", 14, lambda e: e.machine),
    ("政策文件", 26, lambda e: e.policy),
    ("对象", 9, lambda e: e.kind_name),
    ("项目", 40, lambda e: e.label),
    ("字段", 14, lambda e: e.field_name),
    ("原值", 45, lambda e: e.old),
    ("新值", 45, lambda e: e.new),
    ("来源", 24, lambda e: e.source_name),
)
TEXT_LIMIT = 32000  # a cell holds at most 32,767 characters


def filter_description(database: Database, log_filter: LogFilter) -> str:
    """The filter in words: 用户：李四；日期：2025-07-01 至 2025-09-30 …"""
    parts = []
    if log_filter.text.strip():
        parts.append(f"包含：{log_filter.text.strip()}")
    if log_filter.user:
        parts.append(f"用户：{log_filter.user}")
    if log_filter.machine:
        parts.append(f"计算机：{log_filter.machine}")
    if log_filter.kind:
        parts.append(f"对象：{KIND_NAMES.get(log_filter.kind, log_filter.kind)}")
    if log_filter.source:
        parts.append(f"来源：{SOURCE_NAMES.get(log_filter.source, log_filter.source)}")
    if log_filter.date_from or log_filter.date_to:
        start = log_filter.date_from.isoformat() if log_filter.date_from else "最早"
        end = log_filter.date_to.isoformat() if log_filter.date_to else "今天"
        parts.append(f"日期：{start} 至 {end}")
    if log_filter.policy_id is not None:
        with database.session() as session:
            policy = session.get(Policy, log_filter.policy_id)
            parts.append(f"政策文件：{policy.title if policy else log_filter.policy_id}")
    return "；".join(parts) or "全部记录"


def iter_export_change_log(database: Database, log_filter: LogFilter, path: str | os.PathLike,
                           now: datetime | None = None, force: bool = False) -> Iterator[tuple[int, int, Path]]:
    """Write the workbook, yielding (rows done, rows in all, path) as the pages come in; the
    file appears only when everything is written (stop the generator to cancel)."""
    path = check_target(path, CHANGE_LOG, database, force)
    total = count_log(database, log_filter)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    write_title(sheet, "修改记录", len(COLUMNS))
    now = now or datetime.now()
    note = f"筛选条件：{filter_description(database, log_filter)}。共 {total} 条，导出于 {now:%Y-%m-%d %H:%M}。"
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(COLUMNS))
    set_text(sheet.cell(row=2, column=1), note)
    for column, (header, width, _value) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column)
        set_text(cell, header)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, BORDER
        sheet.column_dimensions[get_column_letter(column)].width = width
    row = HEADER_ROW
    yield 0, total, path
    for entries in iter_log(database, log_filter):
        for entry in entries:
            row += 1
            _write_row(sheet, row, entry)
        yield row - HEADER_ROW, max(total, row - HEADER_ROW), path
    last = get_column_letter(len(COLUMNS))
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(row, HEADER_ROW)}"
    setup_print(sheet, f"{HEADER_ROW}:{HEADER_ROW}")
    write_stream(path, book.save, CHANGE_LOG, database, force)
    yield row - HEADER_ROW, row - HEADER_ROW, path


def export_change_log(database: Database, log_filter: LogFilter, path: str | os.PathLike,
                      force: bool = False) -> int:
    """Write the whole workbook at once; returns the number of rows."""
    done = 0
    for done, _total, _path in iter_export_change_log(database, log_filter, path, force=force):
        pass
    return done


def _write_row(sheet, row: int, entry: LogEntry) -> None:
    for column, (_header, _width, value) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=row, column=column)
        text = ILLEGAL_CHARACTERS_RE.sub("", value(entry) or "")  # control characters cannot be stored
        set_text(cell, text[:TEXT_LIMIT])
        cell.font, cell.alignment, cell.border = BODY_FONT, LEFT_ALIGN, BORDER
