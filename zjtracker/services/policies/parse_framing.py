"""Framing sections of a policy document: the parts around the measures (总体要求, 指导思想,
保障措施 …) that a reader turns into areas although nothing is tracked under them.

An area counts as framing only when it has no measures AND its heading is one of these: a
保障措施 part with numbered measures is tracked like any other part."""

from __future__ import annotations

import re

from zjtracker.importing.model import ParsedArea

# headings that frame a plan rather than assign work; matched on the whole heading, its
# punctuation and a trailing 和/与 pair (组织领导和保障) allowed
FRAMING_HEADINGS = (
    "总体要求", "总体思路", "总体目标", "指导思想", "基本原则", "工作原则", "主要原则", "工作目标",
    "主要目标", "目标任务", "发展目标", "保障措施", "保障机制", "组织保障", "工作保障", "组织领导",
    "组织实施", "加强组织领导", "工作要求", "有关要求", "其他事项", "附则", "实施步骤", "工作步骤",
    "进度安排", "时间安排", "工作安排", "适用范围", "编制依据", "背景", "工作背景", "现状",
)
_PATTERN = re.compile(
    r"^(?:" + "|".join(FRAMING_HEADINGS) + r")(?:[和与及、](?:" + "|".join(FRAMING_HEADINGS)
    + r"|保障|步骤|安排|要求|分工))*$")


def framing_heading(title: str) -> bool:
    """Whether a heading is one of the framing sections' (its punctuation aside)."""
    heading = re.sub(r"[\s：:。.,，;；“”\"'（）()]", "", title or "")
    return bool(_PATTERN.match(heading))


def is_framing(area: ParsedArea) -> bool:
    """An area with no measures under a framing heading: left out unless the clerk keeps it."""
    return not area.measures and framing_heading(area.title)
