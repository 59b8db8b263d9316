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
from zjtracker.importing.model import ParsedArea, ParsedPolicy, ParseWarning
from zjtracker.importing.tables import column_map
from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables import restating
from zjtracker.importing.tables.appendix import appendix_areas, appendix_title
from zjtracker.importing.tables.lead_note import LeadNote
from zjtracker.importing.tables.task_table import is_task_header, read_task_table, table_values
from zjtracker.importing.tables.text_grids import tables_in_text


MAX_HEADER_SCAN = 15


def task_tables(tables: list[Table], columns: column_map.ColumnReading | None = None) -> list[tuple[Table, str]]:
    """The tables whose header names a task and a unit column, each with its place in the
    document (第2个表格), a headless continuation joined to the table before it."""
    found: list[tuple[Table, str]] = []
    for position, table in enumerate(tables, start=1):
        grid = table_values(table)
        header = column_map.mapped_header(columns, grid, H.find_header(grid, max_scan=MAX_HEADER_SCAN),
                                          MAX_HEADER_SCAN)
        if is_task_header(header):
            found.append((table, column_map.place_of(position)))
        elif found and header is None and table.width == found[-1][0].width and table.rows:
            previous = found[-1][0]
            previous.rows.extend(table.rows)
            previous.row_lines = [previous.line_of(i) for i in range(len(previous.rows) - len(table.rows))] \
                + [table.line_of(i) for i in range(len(table.rows))]
        else:  # not read: noted, for the clerk to say which column is which
            column_map.note_table(columns, grid, header, column_map.place_of(position), max_scan=MAX_HEADER_SCAN)
    return found


def read_table_only(text: str, title: str, warnings: list[ParseWarning], tables: list[Table] | None = None,
                    columns: column_map.ColumnReading | None = None) -> ParsedPolicy | None:
    """The tree of the task tables of the document (``tables`` where the source has real
    tables, else the tables found in ``text``), or None when it has none."""
    first_is_lead = LeadNote(text)
    policy: ParsedPolicy | None = None
    for table, place in task_tables(tables if tables is not None else tables_in_text(text), columns):
        read = read_task_table(table, title=title, first_is_lead=first_is_lead,
                               max_scan=MAX_HEADER_SCAN, place=place, columns=columns)
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


def tables_in_outline(areas: list[ParsedArea], text: str, warnings: list[ParseWarning],
                      tables: list[Table] | None = None,
                      columns: column_map.ColumnReading | None = None) -> set[int]:
    """The tables of a document read by its numbered outline: each noted, for the clerk to
    say which column is which; a table whose columns the clerk named (the column map) and
    that then has a task and a unit column is read as measures, into the area it stands in
    when that area has none of its own, else as an area of its own after it. Returns the
    source lines of the tables so read (not to be read again as a responsibility list)."""
    first_is_lead = LeadNote(text)
    read_lines: set[int] = set()
    found = []  # (table, place, header, read tree, its leaf measures)
    for position, table in enumerate(tables if tables is not None else tables_in_text(text), start=1):
        grid, place = table_values(table), column_map.place_of(position)
        header = column_map.mapped_header(columns, grid, H.find_header(grid, max_scan=MAX_HEADER_SCAN),
                                          MAX_HEADER_SCAN)
        if not is_task_header(header):
            column_map.note_table(columns, grid, header, place, max_scan=MAX_HEADER_SCAN)
            _say_if_tasks_likely(areas, table, header, place, warnings)
            continue
        read = read_task_table(table, title=place, first_is_lead=first_is_lead,
                               max_scan=MAX_HEADER_SCAN, place=place, columns=columns)
        measures = [m for m in read.iter_measures() if not m.children] if read else []
        if measures:
            found.append((table, place, header, read, measures))
    verdict = restating.judge(areas, found)
    for table, place, header, read, measures in found:
        kind = None if header.forced else verdict.get(restating.header_key(header))
        if kind == restating.MEASURES:
            continue  # a responsibility list of the outline's measures: attached by number
        if kind == restating.GROUPS:  # units stated once for each group the table restates
            restating.give_groups(areas, measures)
            read_lines.update(line for i in range(len(table.rows)) if (line := table.line_of(i)) is not None)
            warnings.append(ParseWarning(table.line, f"{place}列出的是正文各部分的责任分工，其责任单位和完成时限"
                                         "已给了各部分下没有写明单位的措施，请在预览中核对。", "table_groups"))
            continue
        read_lines.update(line for i in range(len(table.rows)) if (line := table.line_of(i)) is not None)
        warnings.extend(read.warnings)
        _place_measures(areas, read.areas, table.line or 0, place, text)
        if header.forced:
            warnings.append(ParseWarning(table.line, f"{place}已按指定的列读取为措施，请在预览中核对。", "table_mapped"))
        else:
            warnings.append(ParseWarning(table.line, f"{place}的任务与正文的措施不同（不是正文措施的责任分工），"
                                         "已作为另外的任务读取，请在预览中核对。", "table_own_tasks"))
    return read_lines


def _place_measures(areas: list[ParsedArea], read: list[ParsedArea], line: int, place: str,
                    text: str = "") -> None:
    """The measures read from a table: into the area the table stands in when it has no
    measures (三、年度重点任务 followed by the table), else as their own areas after it. A
    table under a 附件 mark after the body's last part is an appendix: its tasks form parts
    of their own (``appendix``)."""
    before = [area for area in areas if (area.line or 0) <= line]
    host = before[-1] if before else None
    if host is not None and host is areas[-1]:
        title = appendix_title(text.split("\n"), host.line or 0, line)
        if title is not None:
            areas.extend(appendix_areas(read, title, place))
            return
    if host is not None and not host.measures and len(read) == 1:
        host.measures = read[0].measures
        return
    at = areas.index(host) + 1 if host is not None else len(areas)
    for area in read:
        if not area.title or area.title == place:
            area.title = f"{place}中的任务"
    areas[at:at] = read


def _say_if_tasks_likely(areas: list[ParsedArea], table: Table, header, place: str,
                         warnings: list[ParseWarning]) -> None:
    """A table not read that stands alone in an area with no measures (三、年度重点任务
    followed by a table) probably holds that area's tasks: said, with how to read it."""
    if len(table.rows) < 3 or header is not None and H.INDICATOR in header.columns.values():
        return
    before = [area for area in areas if (area.line or 0) <= (table.line or 0)]
    if not before or before[-1].measures or before[-1] is areas[-1]:  # after the last area: an appendix
        return
    host = before[-1]
    if not _has_sentences(table) or any(w.code == "unread_table" and f"“{host.label}{host.title}”" in w.message
                                        for w in warnings):
        return
    warnings.append(ParseWarning(table.line, f"{place}在“{host.label}{host.title}”下，其列中没有认出任务列和责任单位列，"
                                 "未作为措施读取；若表中是任务，可点击“表格列…”逐列指定后重新读取。", "unread_table"))


def _has_sentences(table: Table) -> bool:
    """A column whose cells below the first row are mostly sentences (a task's text), not
    the short figures and names of an indicator table."""
    rows = table.texts()[1:]
    columns = [[row[col].strip() for row in rows if col < len(row) and row[col].strip()]
               for col in range(table.width)]
    if sum(1 for cells in columns if cells) < 3:  # a table flattened to one cell a row
        return False
    return any(len(cells) >= 2 and sum(len(cell) >= 8 for cell in cells) * 2 > len(cells)
               for cells in columns)
