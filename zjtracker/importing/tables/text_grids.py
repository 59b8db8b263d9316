"""Tables that stand in plain text, turned into ``document.Table``: runs of tab-separated
rows (pasted from a spreadsheet, or a Word table written as text), box-drawing tables whose
cells wrap over several lines (┌─┬─┐ │…│ ├─┼─┤), and tables flattened to one cell per line
(a header of one column name per line, then the rows, the header again where a page
began). Each table keeps the source line of each row for messages. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.document import Table, grid_table
from zjtracker.importing.tables import flat_rows
from zjtracker.importing.tables.headers import classify_header

_BOX_RULE = re.compile(r"^\s*[┌├└╞╟╠╘╒┏┣┗+][─━═┬┼┴┯┿┷╤╪╧╦╬╩\-+┐┤┘╡╢╣╛╕┓┫┛]*\s*$")
_BOX_BAR = re.compile(r"[│┃║|]")
_BOX_ROW = re.compile(r"^\s*[│┃║]")


def tables_in_text(text: str) -> list[Table]:
    """Every table of ``text`` in order of its first line."""
    lines = text.splitlines()
    found = _tab_tables(lines) + _box_tables(lines) + flat_rows.flat_tables(lines)
    return sorted(found, key=lambda t: t.line or 0)


def _tab_tables(lines: list[str]) -> list[Table]:
    tables, run, numbers = [], [], []
    for number, line in enumerate(lines + [""], start=1):
        if "\t" in line and line.strip("\t "):
            run.append([cell.strip() for cell in line.split("\t")])
            numbers.append(number)
            continue
        if run:
            tables.append(grid_table(run, line=numbers[0], row_lines=numbers))
        run, numbers = [], []
    return tables


def _box_tables(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    current: list[list[str]] | None = None  # the fragments of the row being read, per column

    def close_row():
        nonlocal current
        if current is not None and any(any(p for p in col) for col in current):
            rows.append(["".join(col) for col in current])
        current = None

    def close_table():
        close_row()
        if rows:
            tables.append(grid_table(rows, line=numbers[0], row_lines=list(numbers)))
        rows.clear()
        numbers.clear()

    for number, line in enumerate(lines, start=1):
        if _BOX_RULE.match(line):
            close_row()
            if line.lstrip()[:1] in "└╘┗":
                close_table()
            continue
        if _BOX_ROW.match(line):
            pieces = _BOX_BAR.split(line.strip())[1:-1] if _BOX_BAR.match(line.strip()[-1:]) \
                else _BOX_BAR.split(line.strip())[1:]
            pieces = [p.strip() for p in pieces]
            if current is None or len(current) != len(pieces):
                close_row()
                current = [[] for _ in pieces]
                numbers.append(number)
            for col, piece in enumerate(pieces):
                current[col].append(piece)
            continue
        if rows or current is not None:
            close_table()
    close_table()
    return tables


def header_words(line: str) -> str | None:
    """The column key a short line names when it is a column title alone, else None."""
    plain = line.strip()
    if not plain or len(plain) > 12:
        return None
    hit = classify_header(plain)
    return hit[0] if hit else None
