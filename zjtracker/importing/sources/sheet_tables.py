"""A workbook read as a neutral document (one table per sheet) → the task lists it holds:
every sheet whose header the table reader recognises; a file with none is refused. A note
in the title rows that the first unit listed is the lead applies to its sheet. A workbook
written in traditional characters is read as simplified, like a text document, and its task
texts and unit names are given back as written."""

from __future__ import annotations

import dataclasses

from zjtracker.importing.document import Document, Table
from zjtracker.importing.errors import NoHeader, UnreadableFile
from zjtracker.importing.model import ParseResult, ParseWarning
from zjtracker.importing.sources.workbook import MAX_GRID_COLUMNS, MAX_GRID_ROWS


def read_policy_tables(document: Document, dropped: dict[str, int], columns=None) -> ParseResult:
    """``columns``: the clerk's column map (``tables.column_map.ColumnReading``), or None."""
    from zjtracker.importing.annotations.inline_units import clean_task_texts
    from zjtracker.importing.tables.lead_note import LeadNote
    from zjtracker.importing.tables.task_table import read_task_table

    result = ParseResult(source=document.name)
    tables, script_map = _simplified(document.tables)
    empty = True
    for table in tables:
        if dropped.get(table.name):
            result.warnings.append(ParseWarning(
                line=None, code="cells_ignored",
                message=f"工作表“{table.name}”第 {MAX_GRID_ROWS:,} 行以下或第 {MAX_GRID_COLUMNS} 列以右的 "
                        f"{dropped[table.name]} 个单元格超出了台账的范围，已忽略。"))
        if not table.rows:
            continue
        empty = False
        policy = read_task_table(table, first_is_lead=LeadNote(
            " ".join(c.text for row in table.rows[:15] for c in row if not c.covered)), columns=columns)
        if policy is None:
            result.warnings.append(ParseWarning(
                line=None, code="no_header",
                message=f"工作表“{table.name}”的前15行中没有找到表头（如“工作任务”“牵头单位”），已跳过。"))
            continue
        result.policies.append(policy)
        result.warnings.extend(policy.warnings)
    if empty:
        raise UnreadableFile(f"文件“{document.name}”是空的工作簿，没有任何内容可以导入。")
    if not result.policies:
        raise NoHeader(f"文件“{document.name}”中没有找到可识别的表头（如“工作任务”“具体措施”“牵头单位”），"
                       "请确认表格的列标题后再导入。")
    clean_task_texts(result.policies)
    if script_map is not None:
        _written_as_source(result, script_map)
    return result


def _simplified(tables: list[Table]):
    """The tables in simplified characters, and the map back, when the workbook is written in
    traditional ones; else the tables as they are and None."""
    from zjtracker.importing.cleaning import script

    texts = [cell.text for table in tables for row in table.rows for cell in row
             if cell.text and not cell.covered]
    if not script.is_traditional("\n".join(texts)):
        return tables, None
    simplified = {text: script.simplify_line(text) for text in texts}
    script_map = script.ScriptMap(list(simplified), list(simplified.values()))
    return [dataclasses.replace(table, rows=[
        [dataclasses.replace(cell, text=simplified.get(cell.text) or script.simplify_line(cell.text))
         for cell in row] for row in table.rows]) for table in tables], script_map


def _written_as_source(result: ParseResult, script_map) -> None:
    """Task texts, titles and unit names as the workbook wrote them; the registry matches the
    traditional spelling of a unit to its simplified one."""
    for policy in result.policies:
        policy.title = script_map.original(policy.title)
        for area in policy.areas:
            area.title = script_map.original(area.title)
        for measure in policy.iter_measures():
            measure.text = script_map.original(measure.text)
            for unit in measure.units:
                unit.name = script_map.original(unit.name)
    result.script_map = script_map
