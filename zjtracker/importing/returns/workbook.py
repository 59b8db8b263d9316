"""Opening a returned workbook, and a sheet's cells as a grid.

Refused whole, with a sentence saying what to do: not a file, empty, a password-protected
(encrypted) workbook, anything that is neither an .xlsx nor a legacy .xls (whose bytes are
handed to ``xls_grid``). The workbook is
opened read-only with formulas as written (never evaluated); its sheets are read by
``returns_sheet``. Merged cells give their value to every cell they span; cells formatted
as a percentage are remembered.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.file_limits import check_archive, read_limited_bytes
from zjtracker.importing.returns.sheet import read_cells

MAX_ROWS = 5000
MAX_COLUMNS = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAVE_AS = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。"


@dataclass
class LoadedFile:
    name: str
    sha256: str
    book: object  # openpyxl Workbook, read-only: close() when done; None for a .xls
    legacy: bytes | None = None  # the bytes of a legacy .xls (BIFF), read by ``xls_grid``

    def close(self) -> None:
        if self.book is not None:
            self.book.close()


def damaged(name: str, error: BaseException) -> UnreadableFile:
    return UnreadableFile(f"文件“{name}”已损坏或不是 Excel 工作簿，无法读取（{type(error).__name__}）。{SAVE_AS}")


def open_return(path: str | os.PathLike) -> LoadedFile:
    path = Path(path)
    name = path.name
    data = read_limited_bytes(path, "xlsx")  # read once: the bytes checked are the bytes parsed
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise UnreadableFile(f"文件“{name}”是空的，没有任何内容。请确认发回的是填好的报送表。")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise UnreadableFile(
                f"文件“{name}”设有打开密码，程序无法读取。请在 Excel 中打开它，取消密码"
                "（文件→信息→保护工作簿→用密码进行加密，清空密码），另存为 .xlsx 后再导入。")
        return LoadedFile(name, sha, None, legacy=data)  # a legacy .xls, read with xlrd
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile(f"文件“{name}”不是 Excel 工作簿（.xlsx），无法读取。{SAVE_AS}")
    check_archive(data, name, "xlsx")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise damaged(name, error) from error
    return LoadedFile(name, sha, book)


@dataclass
class SheetGrid:
    """A sheet's values as rows (0-based), merged ranges filled with their top-left value."""

    title: str
    values: list[list] = field(default_factory=list)
    percent_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, col), 0-based

    @property
    def empty(self) -> bool:
        return not any(v not in (None, "") for row in self.values for v in row)

    def value(self, row: int, col: int):
        cells = self.values[row] if row < len(self.values) else []
        return cells[col] if col < len(cells) else None


def read_grid(sheet, file_name: str) -> SheetGrid:
    """The sheet's values within MAX_ROWS × MAX_COLUMNS, merged ranges filled with their
    top-left value. Only cells that hold something are kept, so a sheet formatted down to
    row 1,048,576 costs no more than its content. A damaged sheet refuses the file."""
    try:
        found = read_cells(sheet, MAX_ROWS, MAX_COLUMNS)
    except Exception as error:  # lxml and openpyxl raise many kinds for a damaged sheet
        raise damaged(file_name, error) from error
    grid = SheetGrid(sheet.title)
    cells = {(row - 1, col - 1): value for (row, col), value in found.values.items()}
    grid.percent_cells = {(row - 1, col - 1) for row, col in found.percent}
    for min_row, min_col, max_row, max_col in found.merged:
        top = (min_row - 1, min_col - 1)
        if top not in cells:
            continue
        for row in range(min_row - 1, min(max_row, MAX_ROWS)):
            for col in range(min_col - 1, min(max_col, MAX_COLUMNS)):
                cells[(row, col)] = cells[top]
                if top in grid.percent_cells:
                    grid.percent_cells.add((row, col))
    if not cells:
        return grid
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    grid.values = [[None] * width for _ in range(height)]
    for (row, col), value in cells.items():
        grid.values[row][col] = value
    return grid


def read_rows(sheet, file_name: str) -> list[tuple[int, list]]:
    """The rows of the sheet that hold something, as (Excel row number, values padded to
    the sheet's width), in order (the stamp sheet); a damaged sheet refuses the file."""
    try:
        found = read_cells(sheet)
    except Exception as error:
        raise damaged(file_name, error) from error
    if not found.values:
        return []
    width = max(c for _, c in found.values)
    rows: dict[int, list] = {}
    for (row, col), value in found.values.items():
        rows.setdefault(row, [None] * width)[col - 1] = value
    return sorted(rows.items())
