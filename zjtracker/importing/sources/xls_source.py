"""Legacy Excel (.xls, BIFF) → the neutral document with xlrd: one table per sheet that holds
anything, merged ranges kept as spans (covered positions repeat the top-left value), date
cells as dates and numbers as numbers, as ``workbook.sheet_table`` does for .xlsx. The same
grid limits apply (60,000 rows, 100 columns)."""

from __future__ import annotations

from pathlib import Path

from zjtracker.importing.document import Cell, Document, Table
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.workbook import MAX_GRID_COLUMNS, MAX_GRID_ROWS, cell_text


def open_xls(data: bytes, name: str):
    import xlrd

    try:
        return xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct errors …
        raise UnreadableFile(
            f"文件“{name}”不是可读取的旧版 Excel 工作簿（.xls），可能已损坏、设置了密码或只是改了扩展名"
            f"（{type(error).__name__}）。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。") from error


def _value(book, cell):
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    return cell.value


def sheet_table(book, sheet) -> tuple[Table, int]:
    """The sheet as a table, and how many values lay beyond the grid limits."""
    height, width = min(sheet.nrows, MAX_GRID_ROWS), min(sheet.ncols, MAX_GRID_COLUMNS)
    dropped = 0
    if sheet.nrows > height or sheet.ncols > width:
        for r in range(sheet.nrows):
            for c in range(sheet.row_len(r)):
                if (r >= height or c >= width) and _value(book, sheet.cell(r, c)) not in (None, ""):
                    dropped += 1
    rows: list[list[Cell]] = []
    for r in range(height):
        row = []
        for c in range(min(sheet.row_len(r), width)):
            value = _value(book, sheet.cell(r, c))
            if isinstance(value, str):
                value = value.strip() or None
            row.append(Cell(cell_text(value), r, c, value=None if isinstance(value, str) else value))
        row += [Cell("", r, c) for c in range(len(row), width)]
        rows.append(row)
    for r0, r1, c0, c1 in getattr(sheet, "merged_cells", []):
        r1, c1 = min(r1, height), min(c1, width)
        if r0 >= r1 or c0 >= c1:
            continue
        origin = rows[r0][c0]
        origin.row_span, origin.col_span = r1 - r0, c1 - c0
        for r in range(r0, r1):
            for c in range(c0, c1):
                if (r, c) != (r0, c0):
                    rows[r][c] = Cell(origin.text, r, c, value=origin.value, covered=True)
    while rows and not any(cell.text for cell in rows[-1]):
        rows.pop()
    return Table(rows=rows, name=sheet.name, line=1), dropped


def read_xls_document(data: bytes, name: str) -> tuple[Document, dict[str, int]]:
    """The workbook's bytes (read and size-checked by the caller) as one table per sheet,
    and per sheet the number of values left out beyond the limits."""
    book = open_xls(data, name)
    document, dropped = Document(name=name), {}
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            table, lost = sheet_table(book, sheet)
            if lost:
                dropped[sheet.name] = lost
            document.blocks.append(table)
    finally:
        book.release_resources()
    return document, dropped


def read_policy_xls(path: Path, data: bytes, columns=None):
    """Every sheet whose header the task-table reader knows, as for an .xlsx list."""
    from zjtracker.importing.sources.sheet_tables import read_policy_tables

    document, dropped = read_xls_document(data, path.name)
    return read_policy_tables(document, dropped, columns)
