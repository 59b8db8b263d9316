"""Reading a policy from an .xlsx: a responsibility list (具体措施 + yearly plans + 牵头单位
+ 配合单位) or a ledger in the city's layout (the columns of the 2023 台账).

Merged cells apply to every cell they span; a blank indicator, group or unit cell carries
the value of the row above; columns are found by their headers (``headers``), in any order,
with extra columns ignored. The rows become a policy in ``ledger_rows``.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from zjtracker.importing.errors import NoHeader, UnreadableFile
from zjtracker.importing.headers import find_header
from zjtracker.importing.ledger_rows import rows_to_policy
from zjtracker.importing.model import ParseResult, ParseWarning

MAX_WORKBOOK_BYTES = 50 * 1024 * 1024


def _load(path: Path):
    from openpyxl import load_workbook

    if not path.is_file():
        raise UnreadableFile(f"找不到文件“{path.name}”，请检查路径是否正确。")
    if path.stat().st_size > MAX_WORKBOOK_BYTES:
        raise UnreadableFile(f"文件“{path.name}”过大，不像是一份责任清单或台账。")
    if not zipfile.is_zipfile(path):
        raise UnreadableFile(f"文件“{path.name}”不是有效的 Excel 工作簿（.xlsx），无法读取。"
                             "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。")
    try:
        return load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged files
        raise UnreadableFile(f"文件“{path.name}”已损坏或不是 Excel 工作簿，无法读取（{type(error).__name__}）。"
                             "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。") from error


def sheet_grid(sheet) -> list[list]:
    """The sheet's values as rows, every merged range filled with its top-left value."""
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        top_value = sheet.cell(row=merged.min_row, column=merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            if row > len(grid):
                break
            cells = grid[row - 1]
            for col in range(merged.min_col, merged.max_col + 1):
                while len(cells) < col:
                    cells.append(None)
                cells[col - 1] = top_value
    while grid and all(v in (None, "") for v in grid[-1]):
        grid.pop()
    return grid


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
        grid = sheet_grid(sheet)
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
