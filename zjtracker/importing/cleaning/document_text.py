"""The whole text of a document cleaned of extraction scars before its structure is read.

In order: page source copied from a web page becomes lines (``web_copy``); traditional
characters are simplified, one character for one (``script``); a plan's 目录 listing is
blanked (``contents``); page numbers and running headers are blanked and a sentence cut by a
page break mended (``page_marks``). Widths, spaces and markup inside a line are cleaned
later, line by line (``text_lines.clean_line``), as before.

``CleanedText`` keeps what is needed to show the reader's result as the document was
written: the line of the source each cleaned line came from, and the way back from
simplified to traditional characters. ``CleanedText.restore(result)`` applies both to a
``ParseResult``: every text taken from the document (titles, measure texts, unit names,
deadlines as written, indicators) is given back in the characters of the source, line
numbers point at the source lines, and each policy keeps the source text; the result's
``original_text`` and ``script_map`` are set for the preview. Standard library only (OpenCC
for the characters).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from zjtracker.importing.cleaning import contents, page_marks, script, web_copy

# Fields of the parsed model that are codes or program words, never text of the document.
_NOT_DOCUMENT_TEXT = {"role", "status", "frequency", "kind", "code", "message", "nature",
                      "direction", "text_of_policy"}


@dataclass
class CleanedText:
    text: str  # what the readers read
    original: str  # the text as it came from the file
    origins: list[int]  # 1-based source line of each line of ``text``
    script_map: script.ScriptMap | None = None  # set when the source is in traditional characters

    @property
    def changed_lines(self) -> bool:
        return any(origin != number for number, origin in enumerate(self.origins, start=1))

    def source_line(self, line: int | None) -> int | None:
        """The source line of line ``line`` of the cleaned text."""
        if line is None or not 1 <= line <= len(self.origins):
            return line
        return self.origins[line - 1]

    def simplify_tables(self, tables):
        """The document's own tables (``document.Table``) in the characters its text is read
        in: simplified where the source is in traditional characters."""
        if self.script_map is None or not tables:
            return tables
        return [dataclasses.replace(table, rows=[
            [dataclasses.replace(cell, text=script.simplify_line(cell.text)) for cell in row]
            for row in table.rows]) for table in tables]

    def restore(self, result):
        """``result`` (a ParseResult read from ``text``) given back in the source's terms."""
        if self.script_map is not None or self.changed_lines:
            seen: set[int] = set()
            for policy in result.policies:
                _restore(policy, self, seen, whole_text=len(result.policies) > 1)
            for warning in result.warnings:
                if id(warning) not in seen:
                    warning.line = self.source_line(warning.line)
        if len(result.policies) == 1:
            result.policies[0].text = self.original
        result.original_text = self.original
        result.script_map = self.script_map
        return result


def _restore(value, cleaned: CleanedText, seen: set[int], whole_text: bool) -> None:
    """Put every text field of a parsed dataclass tree back in the source's characters and
    every line number back on the source's lines (a policy's whole text only when
    ``whole_text``: a single policy gets the source text itself)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    back = cleaned.script_map.original if cleaned.script_map is not None else None
    for field in dataclasses.fields(value):
        name, current = field.name, getattr(value, field.name)
        if name == "line" and isinstance(current, int):
            setattr(value, name, cleaned.source_line(current))
        elif isinstance(current, str):
            if back and name not in _NOT_DOCUMENT_TEXT \
                    and (whole_text or not (name == "text" and _is_policy(value))):
                setattr(value, name, back(current))
        elif isinstance(current, list):
            for index, item in enumerate(current):
                if dataclasses.is_dataclass(item):
                    _restore(item, cleaned, seen, whole_text)
                elif isinstance(item, str) and back and name not in _NOT_DOCUMENT_TEXT:
                    current[index] = back(item)
        elif dataclasses.is_dataclass(current):
            _restore(current, cleaned, seen, whole_text)


def _is_policy(value) -> bool:
    return type(value).__name__ == "ParsedPolicy"


_LINE_END = re.compile(r"\r\n|\r|\n")
# Separators ``str.splitlines`` breaks on that an editor does not count as lines.
_INNER_BREAK = re.compile(r"[\v\x1c-\x1e\x85\u2028\u2029]")


def physical_lines(text: str) -> tuple[list[str], list[int]]:
    """(lines, the 0-based source line of each): a line holding a line separator (U+2028,
    a vertical tab) is two lines of the same source line; a form feed (the page break of
    extracted text) is dropped."""
    lines: list[str] = []
    origins: list[int] = []
    for index, line in enumerate(_LINE_END.split(text)):
        line = line.replace("\f", "")
        for piece in _INNER_BREAK.split(line) if _INNER_BREAK.search(line) else [line]:
            lines.append(piece)
            origins.append(index)
    return lines, origins


def clean_document_text(text: str) -> CleanedText:
    """The cleaned text of a whole document (see the module docstring)."""
    raw_lines, raw_origins = physical_lines(text)
    lines, origins = web_copy.split_web_lines(raw_lines)
    origins = [raw_origins[origin] + 1 for origin in origins]
    script_map = None
    if script.is_traditional(text):
        simplified = [script.simplify_line(line) for line in lines]
        script_map = script.ScriptMap(lines, simplified)
        lines = simplified
    lines = contents.remove_plan_contents(lines)
    lines = page_marks.remove_page_marks(lines)
    return CleanedText("\n".join(lines), text, origins, script_map)
