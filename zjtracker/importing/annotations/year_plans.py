"""Targets a multi-year plan's task sets year by year in its own sentence:

    推进公共充电设施建设。2025年新建公共充电桩2000个，2026年新建2500个，2027年新建3000个。
    年度目标：2025年完成改造社区50个；2026年完成80个；2027年实现全覆盖。

Each year the sentence names (two years at least, all within the plan's period) gets its own
yearly plan, its text the clauses from that year up to the next year or the end of the
sentence, as written (``2026年新建2500个``), with the figure it states as target; the years it skips get an empty plan,
as a task without targets has. A task that already has plans (from a table) keeps them. Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.annotations.targets import numeric_target
from zjtracker.importing.model import ParsedPlan, ParsedPolicy

# a clause that opens with a year: 2025年…, 到2026年…, 2027年底前…; not a date 2025年6月…
_OPENS_WITH_YEAR = re.compile(r"^(?:到|至|于|在)?((?:19|20)\d\d)\s*年(?!\s*\d|度?[-—–~至到])")
_CLAUSE_END = re.compile(r"[，,；;。\n]")
_SENTENCE_END = "。\n"
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*(?=(?:到|至|于|在)?(?:19|20)\d\d\s*年)")


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, the separator after it) of ``text``."""
    out, start = [], 0
    for match in _CLAUSE_END.finditer(text):
        out.append((text[start:match.start()], match.group()))
        start = match.end()
    out.append((text[start:], ""))
    return out


def year_plans(text: str, start: int, end: int) -> dict[int, str]:
    """The text of each year a task's sentence sets a target for; empty when it names fewer
    than two years, or a year outside ``start``…``end``."""
    found: dict[int, list[str]] = {}
    current: int | None = None
    for clause, separator in _clauses(text):
        piece = _LABEL.sub("", clause.strip())  # 年度目标：2025年…
        opening = _OPENS_WITH_YEAR.match(piece)
        if opening:
            current = int(opening.group(1))
            if current in found:
                return {}  # a year named twice: not one target a year
            found[current] = []
        if current is not None and piece:
            found[current].append(piece + (separator if separator in "，,；;" else ""))
        if separator and separator in _SENTENCE_END:
            current = None
    if len(found) < 2 or any(not start <= year <= end for year in found):
        return {}
    return {year: "".join(parts).rstrip("，,；;") for year, parts in found.items()}


def attach_year_plans(policy: ParsedPolicy) -> None:
    """Give each task of a plan of several years the yearly plans its sentence sets."""
    start, end = policy.start_year, policy.end_year
    if not start or not end or not 0 < end - start <= 10:
        return
    for measure in policy.iter_measures():
        if measure.children or measure.plans:
            continue
        found = year_plans(measure.text, start, end)
        if found:  # every year of the plan keeps a plan, the years the sentence skips empty
            measure.plans = [ParsedPlan(year=year, text=found.get(year, ""),
                                        target=numeric_target(found[year]) if year in found else None)
                             for year in range(start, end + 1)]
