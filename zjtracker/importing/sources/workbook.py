""".xlsx → the neutral document: one table per sheet that holds anything, every merged
range kept as a span (its covered positions repeat the top-left value), values as Excel
stored them (a date cell stays a date, a number a number; formulas give the value Excel last
computed). Only cells that hold something are visited.
"""

from __future__ import annotations

import io
import os
from datetime import date, datetime
from pathlib import Path

from zjtracker.importing.document import Cell, Document, Table
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.model import ParseResult, ParseWarning
from zjtracker.importing.sources.file_limits import read_checked_bytes

MAX_GRID_ROWS = 60_000  # twice the largest ledger seen
MAX_GRID_COLUMNS = 100  # the city's ledger has 12


def load_workbook_checked(path: Path):
    from openpyxl import load_workbook

    data = read_checked_bytes(path, "xlsx")  # read once: the bytes checked are the bytes parsed
    try:
        return load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise UnreadableFile(f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取（{type(error).__name__}）。"
                             "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。") from error


def cell_text(value) -> str:
    """A value as the clerk sees it: a date as 2024年6月30日, 3.0 as 3."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def sheet_table(sheet) -> tuple[Table, int]:
    """The sheet as a table, and how many values lay beyond row 60,000 or column 100."""
    values: dict[tuple[int, int], object] = {}
    dropped = 0
    for (row, col), cell in getattr(sheet, "_cells", {}).items():
        value = cell.value
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if row > MAX_GRID_ROWS or col > MAX_GRID_COLUMNS:
            dropped += 1
            continue
        values[(row, col)] = value
    spans = []
    for merged in sheet.merged_cells.ranges:
        if (merged.min_row, merged.min_col) in values:
            spans.append((merged.min_row, merged.min_col,
                          min(merged.max_row, MAX_GRID_ROWS), min(merged.max_col, MAX_GRID_COLUMNS)))
    if not values:
        return Table(rows=[], name=sheet.title, line=1), dropped
    height = max(r for r, _ in values)
    width = max(c for _, c in values)
    for _, _, max_row, max_col in spans:
        height, width = max(height, max_row), max(width, max_col)
    rows = [[None] * width for _ in range(height)]
    for (r, c), value in values.items():
        rows[r - 1][c - 1] = Cell(cell_text(value), r - 1, c - 1,
                                  value=None if isinstance(value, str) else value)
    for min_row, min_col, max_row, max_col in spans:
        origin = rows[min_row - 1][min_col - 1]
        origin.row_span, origin.col_span = max_row - min_row + 1, max_col - min_col + 1
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                if (r, c) != (min_row, min_col):
                    rows[r - 1][c - 1] = Cell(origin.text, r - 1, c - 1, value=origin.value,
                                              covered=True)
    for r, row in enumerate(rows):
        for c in range(width):
            if row[c] is None:
                row[c] = Cell("", r, c)
    while rows and not any(cell.text for cell in rows[-1]):
        rows.pop()
    return Table(rows=rows, name=sheet.title, line=1), dropped


def read_xlsx_document(path: Path) -> tuple[Document, dict[str, int]]:
    """The workbook as a document of one table per sheet, and per sheet the number of values
    left out beyond the size limits."""
    workbook = load_workbook_checked(path)
    document = Document(name=path.name)
    dropped: dict[str, int] = {}
    for sheet in workbook.worksheets:
        table, lost = sheet_table(sheet)
        if lost:
            dropped[sheet.title] = lost
        document.blocks.append(table)
    return document, dropped


def read_policy_workbook(path: str | os.PathLike, columns=None) -> ParseResult:
    """Read every sheet whose header the table reader recognises; refuse a file with none
    (see ``sheet_tables.read_policy_tables``). ``columns``: the clerk's column map, or None."""
    from zjtracker.importing.sources.sheet_tables import read_policy_tables

    document, dropped = read_xlsx_document(Path(path))
    return read_policy_tables(document, dropped, columns)
