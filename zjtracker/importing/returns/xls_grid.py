"""A legacy Excel return (.xls, BIFF, read with xlrd) as the same sheet grids an .xlsx return
gives: values by row and column, merged ranges filled with their top-left value, cells
formatted as a percentage remembered, Excel error values as ``CellError``. Only a return in
the city's ledger layout comes as .xls (the program's own fill-in workbooks are .xlsx)."""

from __future__ import annotations

from zjtracker.importing.returns.values import CellError
from zjtracker.importing.returns.workbook import MAX_COLUMNS, MAX_ROWS, SheetGrid
from zjtracker.importing.sources.xls_source import open_xls

_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
           0x24: "#NUM!", 0x2A: "#N/A"}


def xls_grids(data: bytes, name: str) -> list[SheetGrid]:
    """The visible sheets of the .xls in ``data``; a damaged file refuses with a sentence
    naming ``name`` (raised by ``open_xls``)."""
    book = open_xls(data, name)
    try:
        return [_grid(book, book.sheet_by_index(index)) for index in range(book.nsheets)
                if book.sheet_by_index(index).visibility == 0]
    finally:
        book.release_resources()


def _grid(book, sheet) -> SheetGrid:
    grid = SheetGrid(sheet.name)
    height, width = min(sheet.nrows, MAX_ROWS), min(sheet.ncols, MAX_COLUMNS)
    grid.values = [[_value(book, sheet.cell(row, col)) for col in range(width)] for row in range(height)]
    for row in range(height):
        for col in range(width):
            if _is_percent(book, sheet.cell_xf_index(row, col)):
                grid.percent_cells.add((row, col))
    for top, bottom, left, right in sheet.merged_cells:  # bottom and right are exclusive
        if top >= height or left >= width:
            continue
        value = grid.values[top][left]
        for row in range(top, min(bottom, height)):
            for col in range(left, min(right, width)):
                grid.values[row][col] = value
                if (top, left) in grid.percent_cells:
                    grid.percent_cells.add((row, col))
    while grid.values and all(v in (None, "") for v in grid.values[-1]):
        grid.values.pop()
    return grid


def _value(book, cell):
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return CellError(_ERRORS.get(cell.value, "#N/A"))
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
        return int(cell.value)
    return cell.value


def _is_percent(book, xf_index: int) -> bool:
    try:
        number_format = book.format_map[book.xf_list[xf_index].format_key]
    except (IndexError, KeyError):
        return False
    return "%" in (number_format.format_str or "")
