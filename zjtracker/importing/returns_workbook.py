"""Opening a returned workbook, and a sheet's cells as a grid.

Refused whole, with a sentence saying what to do: not a file, empty, a legacy .xls, a
password-protected (encrypted) workbook, anything that is not an .xlsx. The workbook is
loaded with formulas as written (never evaluated). Merged cells give their value to every
cell they span; cells formatted as a percentage are remembered.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.file_limits import check_archive, check_file_size
MAX_ROWS = 5000
MAX_COLUMNS = 60
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SAVE_AS = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。"


@dataclass
class LoadedFile:
    name: str
    sha256: str
    book: object  # openpyxl Workbook


def open_return(path: str | os.PathLike) -> LoadedFile:
    path = Path(path)
    name = path.name
    check_file_size(path, "xlsx")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise UnreadableFile(f"文件“{name}”是空的，没有任何内容。请确认发回的是填好的报送表。")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise UnreadableFile(
                f"文件“{name}”设有打开密码，程序无法读取。请在 Excel 中打开它，取消密码"
                "（文件→信息→保护工作簿→用密码进行加密，清空密码），另存为 .xlsx 后再导入。")
        raise UnreadableFile(f"文件“{name}”是旧版 Excel 格式（.xls），程序无法读取。{SAVE_AS}")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile(f"文件“{name}”不是 Excel 工作簿（.xlsx），无法读取。{SAVE_AS}")
    check_archive(data, name, "xlsx")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=False)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise UnreadableFile(f"文件“{name}”已损坏或不是 Excel 工作簿，无法读取（{type(error).__name__}）。"
                             f"{SAVE_AS}") from error
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


def read_grid(sheet) -> SheetGrid:
    """Only cells that hold something are visited, so a sheet formatted down to row
    1,048,576 costs no more than its content."""
    grid = SheetGrid(sheet.title)
    cells = {}
    for (row, col), cell in getattr(sheet, "_cells", {}).items():
        if cell.value is None or row > MAX_ROWS or col > MAX_COLUMNS:
            continue
        cells[(row - 1, col - 1)] = cell.value
        if isinstance(cell.value, (int, float)) and "%" in (cell.number_format or ""):
            grid.percent_cells.add((row - 1, col - 1))
    for merged in sheet.merged_cells.ranges:
        top = (merged.min_row - 1, merged.min_col - 1)
        if top not in cells:
            continue
        for row in range(merged.min_row - 1, min(merged.max_row, MAX_ROWS)):
            for col in range(merged.min_col - 1, min(merged.max_col, MAX_COLUMNS)):
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
