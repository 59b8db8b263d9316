"""Reading a policy from an .xlsx: a responsibility list (具体措施 + yearly plans + 牵头单位
+ 配合单位) or a ledger in the city's layout (the columns of the 2023 台账).

Merged cells apply to every cell they span; a blank indicator, group or unit cell carries
the value of the row above; columns are found by their headers (``headers``), in any order,
with extra columns ignored. The rows become a policy in ``ledger_rows``.
"""

from __future__ import annotations

import os
from pathlib import Path

from zjtracker.importing.errors import NoHeader, UnreadableFile
from zjtracker.importing.sources.file_limits import check_workbook
from zjtracker.importing.tables.headers import find_header
from zjtracker.importing.tables.ledger.rows import rows_to_policy
from zjtracker.importing.model import ParseResult, ParseWarning


def _load(path: Path):
    """The workbook with the values Excel stored (a formula cell gives the value Excel last
    computed for it; nothing is evaluated here), after the checks of ``file_limits``."""
    from openpyxl import load_workbook

    check_workbook(path)
    try:
        return load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise UnreadableFile(f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取（{type(error).__name__}）。"
                             "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。") from error


MAX_GRID_ROWS = 60_000  # twice the largest ledger seen
MAX_GRID_COLUMNS = 100  # the city's ledger has 12


def sheet_grid(sheet) -> list[list]:
    """The sheet's values as rows, every merged range filled with its top-left value."""
    return read_sheet(sheet)[0]


def read_sheet(sheet) -> tuple[list[list], int]:
    """The grid of ``sheet`` and how many values lay beyond row 60,000 or column 100 and
    were left out. Only cells that hold something are visited, so a stray value in cell
    XFD1048576 costs no more than the table itself."""
    cells: dict[tuple[int, int], object] = {}
    dropped = 0
    for (row, col), cell in getattr(sheet, "_cells", {}).items():
        value = cell.value
        if value is None:
            continue
        if row > MAX_GRID_ROWS or col > MAX_GRID_COLUMNS:
            dropped += 1
            continue
        cells[(row, col)] = value
    for merged in sheet.merged_cells.ranges:
        top_value = cells.get((merged.min_row, merged.min_col))
        if top_value is None:
            continue
        for row in range(merged.min_row, min(merged.max_row, MAX_GRID_ROWS) + 1):
            for col in range(merged.min_col, min(merged.max_col, MAX_GRID_COLUMNS) + 1):
                cells[(row, col)] = top_value
    if not cells:
        return [], dropped
    width = max(col for _, col in cells)
    grid = [[None] * width for _ in range(max(row for row, _ in cells))]
    for (row, col), value in cells.items():
        grid[row - 1][col - 1] = value
    while grid and all(v in (None, "") for v in grid[-1]):
        grid.pop()
    return grid, dropped


def merged_title_rows(grid: list[list], header_rows: list[int]) -> str:
    """The longest text above the header (the merged title row rather than 附件), if any."""
    texts = ["".join(value.split()) for row in grid[: header_rows[0]] for value in row
             if isinstance(value, str) and value.strip()]
    return max(texts, key=len, default="")


def read_policy_workbook(path: str | os.PathLike) -> ParseResult:
    """Read every sheet with a recognisable header; refuse a file with none."""
    path = Path(path)
    workbook = _load(path)
    result = ParseResult(source=path.name)
    empty = True
    for sheet in workbook.worksheets:
        grid, dropped = read_sheet(sheet)
        if dropped:
            result.warnings.append(ParseWarning(
                line=None, code="cells_ignored",
                message=f"工作表“{sheet.title}”第 {MAX_GRID_ROWS:,} 行以下或第 {MAX_GRID_COLUMNS} 列以右的 {dropped} "
                        "个单元格超出了台账的范围，已忽略。"))
        if not any(any(v not in (None, "") for v in row) for row in grid):
            continue
        empty = False
        header = find_header(grid)
        if header is None:
            result.warnings.append(ParseWarning(
                line=None, code="no_header",
                message=f"工作表“{sheet.title}”的前15行中没有找到表头（如“工作任务”“牵头单位”），已跳过。"))
            continue
        title = merged_title_rows(grid, header.header_rows) or sheet.title
        policy = rows_to_policy(grid, header, title=title, sheet=sheet.title)
        result.policies.append(policy)
        result.warnings.extend(policy.warnings)
    if empty:
        raise UnreadableFile(f"文件“{path.name}”是空的工作簿，没有任何内容可以导入。")
    if not result.policies:
        raise NoHeader(f"文件“{path.name}”中没有找到可识别的表头（如“工作任务”“具体措施”“牵头单位”），"
                       "请确认表格的列标题后再导入。")
    return result
