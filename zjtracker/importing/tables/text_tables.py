"""A document whose tasks are only in tables (a 任务清单 or 任务分工表 sent as .docx, or as
text with tab-separated rows, a box-drawing table or a table flattened to one cell per line):
every task table is read by the one table reader (``task_table``).

Used by the prose reader when the body has no numbered outline. A table is a task table by
its structure: its header names a task column and a unit column. A table continued on the
next page without its header (a run of rows as wide as the table before) is read under the
header of that table. A note anywhere in the document that the first unit listed is the
lead applies to its tables. Standard library only.
"""

from __future__ import annotations

from zjtracker.importing.document import Table
from zjtracker.importing.model import ParsedPolicy, ParseWarning
from zjtracker.importing.tables import column_map
from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables.lead_note import first_listed_is_lead
from zjtracker.importing.tables.task_table import is_task_header, read_task_table, table_values
from zjtracker.importing.tables.text_grids import tables_in_text

MAX_HEADER_SCAN = 15


def task_tables(tables: list[Table]) -> list[Table]:
    """The tables whose header names a task and a unit column, a headless continuation
    joined to the table before it."""
    found: list[Table] = []
    for table in tables:
        grid = table_values(table)
        header = column_map.mapped_header(grid, H.find_header(grid, max_scan=MAX_HEADER_SCAN), MAX_HEADER_SCAN)
        if is_task_header(header):
            found.append(table)
        elif found and header is None and table.width == found[-1].width and table.rows:
            previous = found[-1]
            previous.rows.extend(table.rows)
            previous.row_lines = [previous.line_of(i) for i in range(len(previous.rows) - len(table.rows))] \
                + [table.line_of(i) for i in range(len(table.rows))]
        else:  # not read: noted, for the clerk to say which column is which
            column_map.note_table(grid, header, table.title, max_scan=MAX_HEADER_SCAN)
    return found


def read_table_only(text: str, title: str, warnings: list[ParseWarning],
                    tables: list[Table] | None = None) -> ParsedPolicy | None:
    """The tree of the task tables of the document (``tables`` where the source has real
    tables, else the tables found in ``text``), or None when it has none."""
    first_is_lead = first_listed_is_lead(text)
    policy: ParsedPolicy | None = None
    for table in task_tables(tables if tables is not None else tables_in_text(text)):
        read = read_task_table(table, title=title, first_is_lead=first_is_lead,
                               max_scan=MAX_HEADER_SCAN)
        if read is None or not any(read.iter_measures()):
            continue
        for warning in read.warnings:
            warning.message = warning.message.replace(f"工作表“{table.name}”", "表格")
        warnings.extend(read.warnings)
        line = table.line or 1
        warnings.append(ParseWarning(
            line, f"正文中没有分级编号的措施，已从第{line}行起的表格读取任务，"
            "请在预览中核对分类和责任单位。", "table_only"))
        if policy is None:
            policy = read
        else:
            policy.areas.extend(read.areas)
    return policy
