"""A document whose tasks are only in a table (a 责任清单 or 任务分工表 sent as .docx, or
as text with tab-separated rows): the table is read like a spreadsheet.

Used by the prose reader when the body has no numbered outline. The tab rows of the text
become a grid (a cell merged across a row repeats its text, as Word exports it); the header
is found and the rows turned into areas and measures by the spreadsheet reader
(``headers``, ``ledger_rows``). Standard library only.
"""

from __future__ import annotations

from zjtracker.importing.tables.headers import find_header
from zjtracker.importing.tables.ledger.rows import rows_to_policy
from zjtracker.importing.model import ParsedPolicy, ParseWarning
from zjtracker.importing.cleaning.text_lines import clean_text

MAX_HEADER_SCAN = 15


def table_grid(text: str) -> tuple[list[list[str]], list[int]]:
    """(rows of cells, source line of each row) for every tab-separated line of ``text``."""
    grid: list[list[str]] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line and line.strip("\t "):
            grid.append([clean_text(cell) for cell in line.split("\t")])
            lines.append(number)
    return grid, lines


def read_table_only(text: str, title: str, warnings: list[ParseWarning]) -> ParsedPolicy | None:
    """The tree of the first table of ``text`` with a recognisable header, or None."""
    grid, lines = table_grid(text)
    for start in range(0, len(grid)):
        header = find_header(grid[start:], max_scan=1)
        if header is None:
            continue
        table = grid[start:]
        policy = rows_to_policy(table, header, title=title, sheet="表格")
        if not any(policy.iter_measures()):
            continue
        for warning in policy.warnings:  # row numbers of the table → lines of the document
            if warning.line is not None and 0 < warning.line <= len(table):
                warning.line = lines[start + warning.line - 1]
            warning.message = warning.message.replace("工作表“表格”", "表格")
        warnings.extend(policy.warnings)
        warnings.append(ParseWarning(
            lines[start], f"正文中没有分级编号的措施，已从第{lines[start]}行起的表格读取任务，"
            "请在预览中核对分类和责任单位。", "table_only"))
        return policy
    return None
