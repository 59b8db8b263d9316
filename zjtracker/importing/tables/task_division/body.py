"""The body's own list of the tasks a task-division table repeats.

A bureau plan often lists, before its table, each 指标 as a heading （二）跨境贸易。 and
under it the tasks, each closed by （完成时限：2021 年 9 月）, then a sentence such as
该项工作我局作为牵头单位，涉及 3 个指标，……由港口科负责。 These are read here so that the
table can be checked against them. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zjtracker.importing.tables.task_division.cells import (
    APPENDIX_LINE, area_label, is_section_name, squeeze,
)

_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+\s*、")
_DEADLINE_MARK = re.compile(r"[（(]\s*(?:完成)?时限\s*[:：]\s*([^（）()]*?)\s*[）)]")
_NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}\s*[.．、]\s*")
_ROLE = re.compile(r"我(?:局|委|办|院|厅|中心)?(?:作为|为|是)(牵头|配合|责任)单位")
_COUNT = re.compile(r"涉及\s*(\d+)\s*(?:个|项)(?:指标|任务)")
_SECTIONS = re.compile(r"由([^，。；]{2,40}?)(?:共同)?负责")
ROLE_WORDS = {"牵头": "lead", "配合": "cooperating", "责任": "responsible"}


@dataclass
class BodyTask:
    text: str  # rejoined, without its number and deadline note
    deadline_text: str
    line: int


@dataclass
class BodyArea:
    label: str  # （二）
    title: str  # 跨境贸易
    line: int
    tasks: list[BodyTask] = field(default_factory=list)
    role: str | None = None  # this bureau's role: lead / cooperating / responsible
    task_count: int | None = None  # 涉及 3 个指标
    sections: list[str] = field(default_factory=list)  # 由外贸科会外资科负责


def _heading(line: str) -> tuple[str, str] | None:
    found = area_label(line)
    if not found:
        return None
    label, _, rest = found
    title = squeeze(rest).split("。")[0]
    return (label, title) if 0 < len(title) <= 30 else None


def _joined(lines: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Join wrapped lines; return the text and the source line of each character."""
    text, owners = "", []
    for number, line in lines:
        piece = squeeze(line)
        if not piece:
            continue
        joiner = " " if text and text[-1].isascii() and piece[0].isascii() \
            and text[-1].isalnum() and piece[0].isalnum() else ""
        text += joiner + piece
        owners.extend([number] * (len(joiner) + len(piece)))
    return text, owners


def _finish(area: BodyArea | None, lines: list[tuple[int, str]], out: dict[str, BodyArea]):
    if area is None:
        return
    text, owners = _joined(lines)
    position = 0
    for match in _DEADLINE_MARK.finditer(text):
        raw = text[position:match.start()]
        start = position + len(raw) - len(raw.lstrip())
        task = _NUMBER_PREFIX.sub("", raw).strip()
        if task:
            line = owners[start] if start < len(owners) else area.line
            area.tasks.append(BodyTask(task, squeeze(match.group(1)), line))
        position = match.end()
    tail = text[position:]
    role = _ROLE.search(tail)
    if role:
        area.role = ROLE_WORDS[role.group(1)]
    count = _COUNT.search(tail)
    if count:
        area.task_count = int(count.group(1))
    sections = _SECTIONS.search(tail)
    if sections:
        names = re.split(r"[会、和及与,，]", sections.group(1))
        area.sections = [n for n in names if is_section_name(n)]
    if area.tasks:
        out[area.label] = area  # a later list under the same label replaces an earlier one


def read_body_areas(lines: list[str], end_line: int) -> dict[str, BodyArea]:
    """Headed task lists with （完成时限：…） notes in lines 1..end_line, by area label."""
    areas: dict[str, BodyArea] = {}
    current: BodyArea | None = None
    buffer: list[tuple[int, str]] = []
    for number in range(1, min(end_line, len(lines)) + 1):
        line = lines[number - 1]
        heading = _heading(line)
        if heading or _TOP_HEADING.match(line) or APPENDIX_LINE.match(line):
            _finish(current, buffer, areas)
            current, buffer = None, []
            if heading:
                current = BodyArea(heading[0], heading[1], number)
                rest = squeeze(area_label(line)[2])
                after = rest.split("。", 1)[1] if "。" in rest else ""
                if after:
                    buffer.append((number, after))
            continue
        if current is not None:
            buffer.append((number, line))
    _finish(current, buffer, areas)
    return areas
