"""Where a task-division table (任务分工表) sits in a flattened PDF text: its header row
(分管领导 | 责任科室 | 责任人 next to a task or unit column), the column kinds the header
names, in order, and the line where the table ends (the next 附件). Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zjtracker.importing.tables.task_division import cells


@dataclass
class TableLayout:
    header_line: int  # 1-based line of the header row
    first_line: int  # first line after the header
    end_line: int  # last line of the table
    columns: list[str]  # column kinds in header order


def find_header(lines: list[str]) -> int | None:
    """1-based line of a header row naming 分管领导/责任科室/责任人 and a task or unit column:
    a line made of column titles only, never a sentence that mentions them."""
    for number, line in enumerate(lines, 1):
        if not is_header_line(line) or len(line.split()) < 3:
            continue
        plain = re.sub(r"\s+", "", line)
        staff = sum(word in plain for word in ("分管领导", "责任科室", "责任人", "责任领导"))
        other = any(word in plain for word in ("工作任务", "牵头单位", "责任单位", "工作措施"))
        if staff >= 2 and other and len(plain) <= 60:
            return number
    return None


def _header_kinds(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    taken = [False] * len(text)
    for word, kind in cells.HEADER_WORDS:
        for match in re.finditer(re.escape(word), text):
            span = range(match.start(), match.end())
            if any(taken[i] for i in span):
                continue
            for i in span:
                taken[i] = True
            if kind:
                found.append((match.start(), kind))
    kinds: list[str] = []
    for _, kind in sorted(found):
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def is_header_line(line: str) -> bool:
    plain = re.sub(r"\s+", "", line)
    if not plain:
        return False
    rest = plain
    for word, _ in cells.HEADER_WORDS:
        rest = rest.replace(word, "")
    return not rest


def table_layout(lines: list[str]) -> TableLayout | None:
    header = find_header(lines)
    if header is None:
        return None
    start = header
    while start > 1 and (not lines[start - 2].strip() or is_header_line(lines[start - 2])):
        start -= 1
    first = header + 1
    while first <= len(lines) and (not lines[first - 1].strip() or is_header_line(lines[first - 1])):
        first += 1
    header_text = "".join(re.sub(r"\s+", "", lines[i - 1]) for i in range(start, first))
    end = len(lines)
    for number in range(first, len(lines) + 1):
        if cells.APPENDIX_LINE.match(lines[number - 1]):
            end = number - 1
            break
    return TableLayout(header, first, end, _header_kinds(header_text))
