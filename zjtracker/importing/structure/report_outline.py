"""The structure of a government work report (政府工作报告) as a clerk tracks it.

A work report is a speech in parts (一、回顾 / 二、五年目标 / 三、今年工作安排). Only the part
that sets this year's work (the one whose title names the year, 今年 or 工作安排) carries
tasks: its （一）…（七） paragraphs become groups and the paragraphs under them that open
with a bold lead sentence (**强化交通枢纽支撑功能。**…) become measures, each with a
yearly plan for the report's year. The other parts keep their text as the area's guiding
text. Measures have no printed number; they are numbered 1, 2, 3 … through the report so
returns can name them. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.cleaning.markup import is_heading, paragraphs, strip_markup
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParseWarning
from zjtracker.importing.cleaning.text_lines import clean_text, match_label

_ARRANGEMENT_WORDS = ("今年", "本年", "工作安排", "重点工作", "工作任务", "年度任务")
_REVIEW_WORDS = ("回顾", "总结", "成绩", "过去")
# **lead sentence。** at the start of a paragraph or right after a sentence end
_BOLD_LEAD = re.compile(r"(?:^|(?<=[。！？]))\*\*(?P<lead>[^*]{2,60}?)\*\*")
_ADDRESS = re.compile(r"^[^，。！？、]{2,10}[！!]")  # 各位代表！ opens the closing words
_MAX_PART_TITLE = 60


def parse_report_outline(lines: list[str], start: int, end: int, year: int | None
                         ) -> tuple[list[ParsedArea], list[ParseWarning]]:
    """Areas of the report text in ``lines[start..end]`` (1-based, inclusive; the glossary
    already cut off)."""
    warnings: list[ParseWarning] = []
    parts = _find_parts(lines, start, end)
    if not parts:
        warnings.append(ParseWarning(start, "工作报告中没有找到“一、二、三、”这样的部分标题，未能读出任务，请手工补充。", "report_no_parts"))
        return [], warnings
    tracked = [i for i, (_, label, title) in enumerate(parts) if _is_arrangement(title, year)]
    if not tracked:
        tracked = [i for i, (_, _, title) in enumerate(parts) if not any(w in title for w in _REVIEW_WORDS)]
        warnings.append(ParseWarning(parts[0][0], "没有找到写明当年工作安排的部分，已把除回顾以外的各部分都读作任务，请核对。", "report_no_arrangement"))
    areas: list[ParsedArea] = []
    counter = [0]
    for index, (line, label, title) in enumerate(parts):
        last = parts[index + 1][0] - 1 if index + 1 < len(parts) else end
        area = ParsedArea(label=label, title=title, line=line)
        if index in tracked:
            _read_tasks(lines, line + 1, last, area, year, counter, warnings)
        else:
            area.guiding_text = "\n".join(clean_text(p) for _, p in paragraphs(lines, line + 1, last))
        areas.append(area)
    return areas, warnings


def _find_parts(lines: list[str], start: int, end: int) -> list[tuple[int, str, str]]:
    """(line, label 一、, title) of the report's parts: headings numbered 一、二、三、, or
    short numbered lines when the text has no heading marks. A heading without such a
    number (名词解释) ends the last part."""
    found = []
    use_headings = any(is_heading(lines[n - 1]) for n in range(start, end + 1))
    for number in range(start, end + 1):
        raw = lines[number - 1]
        if use_headings and not is_heading(raw):
            continue
        text = clean_text(raw)
        label = match_label(text)
        if label is None or label.kind != "cn" or len(text) > _MAX_PART_TITLE:
            continue
        if not use_headings and "。" in text.rstrip("。"):
            continue
        found.append((number, label.text, label.rest.strip()))
    return found


def _is_arrangement(title: str, year: int | None) -> bool:
    plain = re.sub(r"\s+", "", title)
    return (year is not None and str(year) in plain) or any(w in plain for w in _ARRANGEMENT_WORDS)


def _read_tasks(lines, first, last, area, year, counter, warnings) -> None:
    group: ParsedMeasure | None = None
    measure: ParsedMeasure | None = None
    guiding: list[str] = []
    for line, raw in paragraphs(lines, first, last):
        text = clean_text(raw)
        label = match_label(text)
        if label is not None and label.kind == "cn_paren":
            group = ParsedMeasure(label=label.text, text=_group_heading(raw, label.rest),
                                  number=label.number, line=line)
            area.measures.append(group)
            measure = None
            continue
        if _ADDRESS.match(text):
            break  # 各位代表！… the closing words of the speech
        leads = _split_bold_leads(raw)
        if leads:
            for segment in leads:
                counter[0] += 1
                measure = ParsedMeasure(label="", text=clean_text(segment), number=counter[0], line=line)
                if year:
                    measure.plans.append(ParsedPlan(year=year, text=measure.text))
                (group.children if group else area.measures).append(measure)
            continue
        if measure is not None:
            measure.text += text
            for plan in measure.plans:
                plan.text = measure.text
        elif group is None:
            guiding.append(text)
    area.guiding_text = "\n".join(guiding)
    empty = [g for g in area.measures if g.label and not g.children and g.text]
    for group_measure in empty:
        warnings.append(ParseWarning(group_measure.line, f"“{group_measure.label}{group_measure.text}”下面没有找到加粗的任务句，请核对。", "report_empty_group"))


def _group_heading(raw: str, rest: str) -> str:
    """The heading of a （一） paragraph: its bold part, else its first sentence."""
    bold = re.match(r"^\*\*(?P<head>[^*]+)\*\*", raw.strip())
    if bold:
        label = match_label(clean_text(bold.group("head")))
        return clean_text(label.rest if label else bold.group("head"))
    end = rest.find("。")
    return rest[: end + 1] if end > 0 else rest


def _split_bold_leads(raw: str) -> list[str]:
    """A paragraph cut at each bold lead sentence it holds; [] when it opens with none."""
    text = raw.strip()
    if not text.startswith("**"):
        return []
    starts = [m.start() for m in _BOLD_LEAD.finditer(text) if _is_lead(m.group("lead"))]
    if not starts or starts[0] != 0:
        return []
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


def _is_lead(lead: str) -> bool:
    plain = strip_markup(lead).strip()
    return len(plain) >= 2 and not plain.endswith(("：", ":"))
