"""Reader for a bureau plan whose appendix is a task-division table (任务分工表) with
分管领导 / 责任科室 / 责任人 columns, such as 湛江市商务局“营商环境整治提升年”活动实施方案.

The tree: one area per 指标 of the table (label （三）, title 招标投标), each table row a
measure numbered （1）, （2）… in order across the whole table (the table itself numbers
nothing, and one number per task across the plan lets returns name a task unambiguously),
with its lead and cooperating units, its 完成时限 and the bureau's own leader, office and
person. The body's task list, where the plan has one, checks and corrects the table.
Standard library only.
"""

from __future__ import annotations

from zjtracker.importing.model import ParsedPolicy, ParseWarning
from zjtracker.importing.tables.task_division.body import read_body_areas
from zjtracker.importing.tables.task_division.check import BodyCheck
from zjtracker.importing.tables.task_division.meta import read_plan_meta
from zjtracker.importing.tables.task_division.rows import Bureau, RowAssembler, bureau_spelling
from zjtracker.importing.tables.task_division.cells import UNIT_KINDS
from zjtracker.importing.tables.task_division.layout import find_header, table_layout
from zjtracker.importing.tables.task_division.table import read_rows


def looks_like_task_division(text: str) -> bool:
    """True for a text holding a table whose header names at least two of 分管领导、责任科室、
    责任人 and a 工作任务 or 牵头单位 column."""
    return find_header(text.replace("\r", "").split("\n")) is not None


def parse_task_division_document(text: str, source: str) -> ParsedPolicy:
    """Read the plan: metadata from the text before the table, the tree from the table."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    warnings: list[ParseWarning] = []
    layout = table_layout(lines)
    before_table = layout.header_line - 1 if layout else len(lines)
    meta = read_plan_meta(lines, before_table)
    policy = ParsedPolicy(
        title=meta.title or _fallback_title(lines, source), doc_no=meta.doc_no,
        issuer=meta.issuer, issued_on=meta.issued_on, text=text.strip("\n"),
        frequency=meta.frequency or "quarterly", warnings=warnings)
    if not meta.title:
        warnings.append(ParseWarning(line=None, message=f"未能从正文中找到文件标题，"
                                     f"暂用“{policy.title}”，请修改。"))
    if not meta.frequency:
        warnings.append(ParseWarning(line=None, message="正文中没有找到报送进展的频次，"
                                     "已按每季度报送设置，请核对。"))
    if layout is None:
        warnings.append(ParseWarning(line=None, message="没有找到含分管领导、责任科室、责任人的"
                                     "任务分工表，未能读出任务。"))
        _set_years(policy)
        return policy
    rows = read_rows(lines, layout)
    body = read_body_areas(lines, before_table)
    bureau = Bureau(name=bureau_spelling(rows, meta.issuer),
                    roles={label: area.role for label, area in body.items() if area.role})
    assembler = RowAssembler([k for k in layout.columns if k in UNIT_KINDS], bureau, warnings)
    for row in rows:
        assembler.add_row(row)
    policy.areas = assembler.areas
    BodyCheck(body, assembler.carried_deadlines, bureau.name, warnings).check(policy.areas)
    _number_measures(policy)
    if not any(area.measures for area in policy.areas):
        warnings.append(ParseWarning(line=layout.header_line, message="任务分工表中没有读出任何任务，"
                                     "请检查文件内容。"))
    _set_years(policy)
    return policy


def _number_measures(policy: ParsedPolicy) -> None:
    number = 0
    for area in policy.areas:
        for measure in area.measures:
            number += 1
            measure.number = number
            measure.label = f"（{number}）"


def _set_years(policy: ParsedPolicy) -> None:
    years = [m.deadline.year for m in policy.iter_measures() if m.deadline]
    if policy.issued_on:
        years.append(policy.issued_on.year)
    if years:
        policy.start_year = policy.issued_on.year if policy.issued_on else min(years)
        policy.end_year = max(years)


def _fallback_title(lines: list[str], source: str) -> str:
    for line in lines:
        plain = line.strip()
        if plain.endswith(("方案", "意见", "计划", "办法")) and 6 <= len(plain) <= 60:
            return plain
    return source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
