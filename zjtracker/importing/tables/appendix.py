"""Tables printed after the body of a plan, under its 附件 mark (``附件：重点任务分工表``,
``附件1``, then the appendix's title on the next line): the body is over there, so the
body's last part (三、保障措施) does not take the table's tasks. They form parts of their
own: the table's own 领域 / 重点任务 groups where it has them, else one part named after the
appendix's title. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.model import ParsedArea

_MARK = re.compile(r"^附\s*件\s*(?P<n>[\d一二三四五六七八九十]*)\s*[：:.．、]?\s*(?P<title>.*)$")
_TITLE_LINES = 3  # the appendix's title within this many lines after a bare 附件1


def appendix_title(lines: list[str], after: int, before: int) -> str | None:
    """The title of the last appendix marked between 1-based lines ``after`` and ``before``
    (``附件：X`` → X; a bare ``附件2`` → the short line that follows it); '' when the mark
    names no title; None when no 附件 mark stands there."""
    found = None
    for number in range(max(after, 1), min(before, len(lines) + 1)):
        text = "".join(lines[number - 1].split())
        match = _MARK.match(text)
        if not match or len(text) > 60 or match.group("title").startswith(("《", "“")) and "。" in text:
            continue
        title = match.group("title").strip()
        if not title:
            following = ["".join(line.split()) for line in lines[number: number + _TITLE_LINES]]
            title = next((t for t in following if t and not _MARK.match(t) and len(t) <= 60), "")
        found = title.strip("《》")
    return found


def appendix_areas(read: list[ParsedArea], title: str, place: str) -> list[ParsedArea]:
    """The parts of an appendix table's tasks: each group of an untitled table (its 重点任务
    / 领域 cells) a part of its own, else the table's parts, untitled ones named after the
    appendix (or ``place``中的任务 when it names nothing)."""
    name = title or f"{place}中的任务"
    areas: list[ParsedArea] = []
    for area in read:
        untitled = not area.title or area.title == place
        if untitled and area.measures and all(m.children for m in area.measures):
            for group in area.measures:
                areas.append(ParsedArea(label="", title=group.text, line=group.line,
                                        measures=group.children))
            continue
        if untitled:
            area.title = name
        areas.append(area)
    return areas
