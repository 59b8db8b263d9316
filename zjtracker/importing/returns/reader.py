"""Reading a returned workbook: the program's own fill-in workbook (found by its stamp) or
a return in the city's ledger layout filled in without the program.

The reader only reads: it finds the header, the rows and the value of every fill-in
cell, and notes what cannot be read. Matching rows to measures and merging are the
services' job (``zjtracker.services.returns.match`` / ``returns_merge``).
"""

from __future__ import annotations

import os

from zjtracker.exporting.template_layout import KEY_HEADER, STAMP_SHEET
from zjtracker.importing.errors import NoHeader, UnreadableFile
from zjtracker.importing.tables.headers import find_header, normalize_header
from zjtracker.importing.tables import headers as H
from zjtracker.importing.read_faults import reading
from zjtracker.importing.returns.model import LEDGER, STAMPED, ReturnFile
from zjtracker.importing.returns.rows import SheetReader
from zjtracker.importing.returns.stamp import is_stamp, stamp_of
from zjtracker.importing.returns.workbook import LoadedFile, open_return, read_grid, read_rows

_KEY_LABEL = normalize_header(KEY_HEADER)[:3]


def read_return(path: str | os.PathLike) -> ReturnFile:
    """Read ``path``; raises ImportRefused (UnreadableFile, NoHeader) for a file refused whole."""
    with reading(path):  # a disk or network drive failing half-way is a refusal, not a crash
        loaded = open_return(path)
        if loaded.legacy is not None:  # a .xls: a return in the city's ledger layout
            from zjtracker.importing.returns.xls_grid import xls_grids

            return _read_grids(xls_grids(loaded.legacy, loaded.name), loaded.name, loaded.sha256)
        try:
            return _read(loaded)
        finally:
            loaded.close()


def _read(loaded: LoadedFile) -> ReturnFile:
    book, name = loaded.book, loaded.name
    if STAMP_SHEET in book.sheetnames:
        rows = read_rows(book[STAMP_SHEET], name)
        if is_stamp(rows):
            return _read_stamped(book, name, loaded.sha256, rows)
    sheets = [s for s in book.worksheets if s.title != STAMP_SHEET and s.sheet_state == "visible"]
    return _read_grids([read_grid(sheet, name) for sheet in sheets], name, loaded.sha256)


def _read_grids(grids, name: str, sha256: str) -> ReturnFile:
    """A return in the city's ledger layout, from its sheets' grids (.xlsx or .xls)."""
    result = ReturnFile(file_name=name, sha256=sha256, kind=LEDGER)
    if all(grid.empty for grid in grids):
        raise UnreadableFile(f"文件“{name}”是空的工作簿，没有任何内容可以导入。请确认发回的是填好的报送表或台账。")
    found_header = False
    for grid in grids:
        header = find_header(grid.values) if not grid.empty else None
        if header is None:
            continue
        found_header = True
        reader = SheetReader(grid, header, name)
        if not reader.fill:
            continue
        result.sheets.append(grid.title)
        result.has_task_text = result.has_task_text or H.TASK_TEXT in reader.roles
        result.rows.extend(reader.rows())
    if not result.sheets:
        if found_header:
            raise NoHeader(f"文件“{name}”的表格中没有“落实情况”“完成进度（%）”“评估情况”等填报列，"
                           "没有可以导入的进展。请确认发回的是填好的报送表或台账。")
        raise NoHeader(f"文件“{name}”的前 15 行中没有找到表头（如“序号”“工作任务”“落实情况”），"
                       "无法对应到任务。请确认表格的列标题后再导入。")
    return result


def _read_stamped(book, name: str, sha256: str, stamp_rows: list[tuple[int, list]]) -> ReturnFile:
    stamp = stamp_of(stamp_rows, name)
    visible = [s for s in book.worksheets if s.title != STAMP_SHEET]
    sheet = book[stamp.sheet] if stamp.sheet in book.sheetnames else (visible[0] if visible else None)
    grid = read_grid(sheet, name) if sheet is not None else None
    header = find_header(grid.values) if grid is not None and not grid.empty else None
    if header is None:
        raise NoHeader(f"文件“{name}”是本程序导出的报送表，但表头已被改动或删除，无法对应到任务。"
                       "请重新导出报送表填写。")
    reader = SheetReader(grid, header, name)
    if not reader.fill:
        raise NoHeader(f"文件“{name}”中的填报列（落实情况、完成进度等）已被删除，没有可以导入的进展。"
                       "请重新导出报送表填写。")
    rows = reader.rows(_key_column(grid, header.header_rows, stamp.key_column))
    return ReturnFile(file_name=name, sha256=sha256, kind=STAMPED, rows=rows, stamp=stamp,
                      sheets=[grid.title], has_task_text=H.TASK_TEXT in reader.roles)


def _key_column(grid, header_rows: list[int], letter: str) -> int | None:
    for row in header_rows:
        for col, value in enumerate(grid.values[row]):
            if normalize_header(value).startswith(_KEY_LABEL):
                return col
    if letter:
        from openpyxl.utils import column_index_from_string

        try:
            return column_index_from_string(letter) - 1
        except ValueError:
            return None
    return None
