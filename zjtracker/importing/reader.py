"""The entry point for policy documents: pick the reader that fits the file."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.model import ParseResult
from zjtracker.importing.read_faults import reading
from zjtracker.importing.sources.documents import read_text_file

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


def read_policy_file(path: str | os.PathLike, column_map: dict | None = None) -> ParseResult:
    """Read a policy document (.txt, .docx, .pdf, a saved web page) or a responsibility list /
    ledger (.xlsx, .xls). ``column_map``: the role of task-table columns named by header text
    or 0-based index (``tables.column_map.ROLES``), taken over the reader's own guess; the
    result's ``table_columns`` says how each table's columns were read."""
    from zjtracker.importing.tables.column_map import ColumnReading

    columns = ColumnReading.of(column_map)
    with reading(path):  # a drive failing half-way is a refusal
        result = _read_policy_file(Path(path), columns)
    result.table_columns = columns.tables
    _say_unread_tables(result)
    return result


def _say_unread_tables(result: ParseResult) -> None:
    """When no measure was read but a table was seen whose columns the reader could not
    place, say which headers it saw and how the clerk can name them."""
    from zjtracker.importing.model import ParseWarning

    if any(True for policy in result.policies for _ in policy.iter_measures()):
        return
    for table in result.table_columns:
        roles = {role for _, _, role in table.columns}
        if "task" in roles:
            continue
        headers = "、".join(f"“{text}”" for _, text, _ in table.columns if text)
        if headers:
            result.warnings.append(ParseWarning(
                None, f"{table.place}的列标题（{headers}）中没有认出哪一列是任务、哪一列是"
                      "责任单位；可在预览中点击“表格列…”逐列指定后重新读取。", "unread_table"))


def _read_policy_file(path: Path, columns) -> ParseResult:
    if not path.is_file():
        raise UnreadableFile(f"找不到文件“{path}”，请检查路径是否正确。")
    from zjtracker.importing.sources.forms import read_other_form

    parse_text = functools.partial(parse_policy_text, columns=columns)
    other = read_other_form(path, parse_text, columns)  # PDF, web pages, .xls, .doc/.wps/.et
    if other is not None:
        return other
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from zjtracker.importing.sources.workbook import read_policy_workbook

        return _cleaned(read_policy_workbook(path, columns))
    if suffix == ".xls":
        raise UnreadableFile(
            f"文件“{path.name}”是旧版 Excel 格式（.xls），程序无法读取。"
            "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。"
        )
    if suffix == ".doc":
        raise UnreadableFile(
            f"文件“{path.name}”是旧版 Word 格式（.doc），程序无法读取。"
            "请在 Word 或 WPS 中打开，另存为 .docx 后再导入。"
        )
    if suffix == ".docx":
        from zjtracker.importing.sources.docx_source import read_docx_document

        document = read_docx_document(path)
        return parse_text(document.text(), path.name, tables=document.tables)
    if suffix in TEXT_SUFFIXES:
        text = read_text_file(path)
    else:
        raise UnreadableFile(
            f"文件“{path.name}”的类型（{suffix}）不受支持。请导入 .txt、.docx、.pdf、.html、.mhtml、.xlsx 或 .xls 文件。"
        )
    return parse_text(text, path.name)


def parse_policy_text(text: str, source: str, tables=None, columns=None) -> ParseResult:
    """Parse the text of a document: a gazette issue, a ledger, a task-division plan or an
    ordinary policy document. ``tables``: the document's real tables (``document.Table``)
    where the source has them; otherwise tables are found in the text. ``columns``: the
    clerk's column map (``tables.column_map.ColumnReading``), or None."""
    if not text.strip():
        raise UnreadableFile(f"文件“{source}”是空的，没有可以读取的内容。")
    from zjtracker.importing.cleaning.document_text import clean_document_text

    cleaned = clean_document_text(text)  # page numbers, 目录, web markup, traditional characters
    tables = cleaned.simplify_tables(tables)
    return cleaned.restore(_cleaned(_parse_clean_text(cleaned.text, source, tables, columns)))


def _cleaned(result: ParseResult) -> ParseResult:
    """Every measure's task text without the bracket of units and deadline it ends with."""
    from zjtracker.importing.annotations.inline_units import clean_task_texts

    clean_task_texts(result.policies)
    return result


def _parse_clean_text(text: str, source: str, tables, columns) -> ParseResult:
    from zjtracker.importing.documents import gazette
    from zjtracker.importing.tables.ledger import text as ledger_text
    from zjtracker.importing.structure import prose
    from zjtracker.importing.tables.task_division import reader as task_division

    if gazette.looks_like_gazette(text):
        return gazette.parse_gazette(text, source)
    if ledger_text.looks_like_ledger_text(text):
        policies = [ledger_text.parse_ledger_text(text, source)]
    elif task_division.looks_like_task_division(text):
        policies = [task_division.parse_task_division_document(text, source)]
    else:
        policies = [prose.parse_policy_document(text, source, tables, columns)]
    result = ParseResult(source=source, policies=policies)
    for policy in policies:
        result.warnings.extend(policy.warnings)
    return result
