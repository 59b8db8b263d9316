"""A table flattened to one cell per line (copied from a PDF or a web page): the header is a
run of column titles, one per line; each row starts at its 序号 (the next number); a cell
merged over several rows (重点任务) is printed once, an empty cell not at all, and the header
comes again where a page began.

The cells between two numbers are put in their columns in order, each where its kind fits
best (a deadline in the 完成时限 column, a list of units in a unit column, a sentence in the
task column, a short phrase in the group column): an alignment that may skip columns but
never reorders cells. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.annotations.deadlines import DEADLINE_WORDS
from zjtracker.importing.document import Table, grid_table
from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables.task_table import UNIT_END

_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
_NAMES = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s][\u4e00-\u9fff]{2,4})*$")
_OPEN_DEADLINE = re.compile(r"^(长期坚持|持续推进|长期|每季度|每月|每年.*|年内见成效|按.+推进)$")
_UNIT_KEYS = (H.LEAD_UNIT, H.COOPERATING_UNIT, H.RESPONSIBLE_UNIT)
_MIN_HEADER = 3


def _title_key(line: str) -> str | None:
    plain = "".join(line.split())
    if not plain or len(plain) > 10:
        return None
    hit = H.classify_header(plain)
    return hit[0] if hit else None


def _header_at(lines: list[str], start: int) -> list[str] | None:
    keys: list[str] = []
    index = start
    while index < len(lines) and (key := _title_key(lines[index])):
        keys.append(key)
        index += 1
    if len(keys) >= _MIN_HEADER and H.TASK_TEXT in keys and set(keys) & set(_UNIT_KEYS):
        return [lines[i].strip() for i in range(start, index)]
    return None


def flat_tables(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        header = _header_at(lines, index) if "\t" not in lines[index] else None
        if header is None:
            index += 1
            continue
        table, index = _read_flat(lines, index, header)
        if table is not None:
            tables.append(table)
    return tables


def _kind(cell: str) -> str:
    plain = "".join(cell.split())
    if len(plain) <= 20 and (DEADLINE_WORDS.search(plain) or _OPEN_DEADLINE.match(plain)) \
            and not UNIT_END.search(plain):
        return "deadline"
    parts = [p for p in re.split(r"[、，,；;]", re.sub(r"（[^）]*）", "", plain)) if p]
    if parts and all(UNIT_END.search(p) for p in parts) and "。" not in plain:
        return "units"
    if _NAMES.match(plain) and len(plain) <= 20:
        return "names"
    if "。" in plain or "，" in plain or len(plain) > 16:
        return "sentence"
    return "phrase"


_FIT = {
    H.DEADLINE: {"deadline": 3},
    H.LEAD_UNIT: {"units": 3}, H.COOPERATING_UNIT: {"units": 3}, H.RESPONSIBLE_UNIT: {"units": 3},
    H.LEADER: {"names": 3}, H.PERSON: {"names": 3},
    H.TASK_TEXT: {"sentence": 3, "phrase": 1},
    H.GROUP: {"phrase": 3, "sentence": 1},
}


def _fit(key: str, kind: str) -> int:
    return _FIT.get(key, {}).get(kind, -4)


def _align(cells: list[str], keys: list[str]) -> list[str]:
    """Cells placed in columns (``""`` where a column is skipped), order kept, best fit."""
    n, m = len(cells), len(keys)
    if n >= m:
        return cells[: m - 1] + ["".join(cells[m - 1:])] if n > m else list(cells)
    kinds = [_kind(c) for c in cells]
    best = [[None] * (m + 1) for _ in range(n + 1)]  # best[i][j]: cells[:i] in keys[:j]
    best[0] = [(0, None)] * (m + 1)
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            options = []
            if best[i][j - 1] is not None:
                options.append((best[i][j - 1][0], "skip"))
            if best[i - 1][j - 1] is not None:
                options.append((best[i - 1][j - 1][0] + _fit(keys[j - 1], kinds[i - 1]), "take"))
            best[i][j] = max(options) if options else None
    placed = [""] * m
    i, j = n, m
    while i > 0 and j > 0:
        if best[i][j][1] == "take":
            placed[j - 1] = cells[i - 1]
            i -= 1
        j -= 1
    return placed


def _read_flat(lines: list[str], start: int, header: list[str]) -> tuple[Table | None, int]:
    keys = [_title_key(h) for h in header]
    numbered = keys[0] == H.TASK_NO
    rows: list[list[str]] = [header]
    numbers = [start + 1]
    index = start + len(header)
    expected = 1
    current: list[str] | None = None
    current_line = 0

    def close():
        if current is not None:
            if numbered:
                rows.append([current[0]] + _align(current[1:], keys[1:]))
            else:
                rows.append(_align(current, keys))
            numbers.append(current_line)

    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
            if current is not None and index < len(lines) and not lines[index].strip():
                break  # two blank lines: the table has ended
            continue
        if _header_at(lines, index) == header:
            index += len(header)  # the header again at the top of a page
            continue
        match = _NUMBER.match(line)
        if numbered and match and int(match.group(1)) in (expected, expected + 1):
            close()
            current, current_line = [line], index + 1
            expected = int(match.group(1)) + 1
        elif current is not None and len(current) < len(keys):
            current.append(line)
        elif not numbered and len(rows) == 1:
            current, current_line = [line], index + 1
        else:
            break
        index += 1
    close()
    if len(rows) < 2:
        return None, start + len(header)
    return grid_table(rows, line=start + 1, row_lines=numbers), index
