"""What each column of a table holds, decided from its header and, where headers are
ambiguous, from its data: 序号 over a group column, 工作任务 merged over the number and the
text, a 重点任务 column beside a 具体措施 column (the first is the group of the second).
A short name beside a content column (任务名称 | 主要内容) is the
text's name when each row has its own, the group when it runs over several rows.
Also the cell helpers the table readers share (the policy reader and the return reader).
"""

from __future__ import annotations

import re

from zjtracker.importing.tables import headers as H

TASK_NO_VALUE = re.compile(r"^[（(]?\s*(\d{1,4})(?:\.0+)?\s*[）)]?[.．、]?$")
LEADING_TASK_NO = re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")
GROUP_VALUE = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=\D)")
AREA_LABEL = re.compile(r"^([一二三四五六七八九十百]+)[、.．]\s*")
PAREN_LABEL = re.compile(r"^[（(]([一二三四五六七八九十百]+)[）)]\s*")


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def task_number(value) -> int | None:
    """（12）, (12), 12, 12.0, "12." → 12."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() else None
    match = TASK_NO_VALUE.match(cell_text(value))
    return int(match.group(1)) if match else None


def _share(values: list[str], pattern: re.Pattern) -> float:
    filled = [v for v in values if v]
    return sum(1 for v in filled if pattern.match(v)) / len(filled) if filled else 0.0


def text_rows(grid: list[list]) -> list[list[str]]:
    """``cell_text`` of every cell, computed once for a reader to share."""
    return [[cell_text(v) for v in row] for row in grid]


def _data_rows(texts: list[list[str]], header: H.HeaderMatch) -> list[list[str]]:
    """The rows below the header that hold more than one distinct value (heading rows left
    out)."""
    return [row for row in texts[header.first_data_row:] if len(set(row) - {""}) > 1]


def resolve_columns(grid: list[list], header: H.HeaderMatch,
                    texts: list[list[str]] | None = None) -> dict[str, int]:
    """One column per role, deciding from the data where headers are ambiguous (序号 over
    a group column, 工作任务 merged over the number and the text). ``texts``: the grid's
    ``text_rows`` where the caller has them already."""
    data = _data_rows(texts if texts is not None else text_rows(grid), header)

    def values(col: int) -> list[str]:
        return [row[col] if col < len(row) else "" for row in data]

    roles: dict[str, int] = {}
    texts: list[int] = []
    for col, key in sorted(header.columns.items()):
        if key in (H.TASK_NO, H.TASK_TEXT, H.GROUP):
            column = values(col)
            if _share(column, TASK_NO_VALUE) >= 0.7:
                key = H.TASK_NO
            elif key != H.GROUP and _share(column, GROUP_VALUE) >= 0.6 and \
                    len(set(v for v in column if v)) < 0.8 * len([v for v in column if v]):
                key = H.GROUP  # numbered headings repeated down a merged column
            elif key == H.TASK_NO:
                key = H.TASK_TEXT if H.TASK_TEXT not in header.columns.values() else H.GROUP
        roles.setdefault(key, col)
        if key == H.TASK_TEXT:
            texts.append(col)
    if len(texts) > 1:
        # 重点任务 | 具体措施, 任务名称 | 主要内容: the column with the most distinct values is
        # the text; another whose values run down several rows (merged, repeated or written
        # once) is the group; one that names each row on its own is the text's short name
        task = max(texts, key=lambda c: (len({v for v in values(c) if v}), c))
        roles[H.TASK_TEXT] = task
        for col in texts:
            if col == task:
                continue
            if H.GROUP not in roles and _runs(values(col)):
                roles[H.GROUP] = col
            elif H.TASK_NAME not in roles and col < task and not _runs(values(col)):
                roles[H.TASK_NAME] = col
    return roles


def data_values(texts: list[list[str]], header: H.HeaderMatch, col: int) -> list[str]:
    """The texts of column ``col`` (of a grid's ``text_rows``) in the rows below the header
    that hold more than one value (heading rows left out)."""
    return [row[col] if col < len(row) else "" for row in _data_rows(texts, header)]


def runs_down(column: list[str]) -> bool:
    return _runs(column)


def _runs(column: list[str]) -> bool:
    """A value stands for several rows: repeated on the next row, or followed by blanks."""
    seen = False
    for before, value in zip(column, column[1:]):
        seen = seen or bool(before)
        if seen and (not value or value == before):
            return True
    return False


