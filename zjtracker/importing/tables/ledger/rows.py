"""Turning spreadsheet rows under a recognised header into a policy tree.

Works for the city's ledger layout (指标名称 | 牵头单位 | 责任单位 | 序号 | 工作任务 | …) and
for a responsibility list (序号 | 具体措施 | 2022年 … | 牵头单位 | 配合单位). Group and
indicator text may sit in columns of their own or in heading rows spanning the table.
"""

from __future__ import annotations

import re
from datetime import date

from zjtracker.importing.tables import headers as H
from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.model import (
    ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedArea, ParsedIndicator, ParsedMeasure,
    ParsedPlan, ParsedPolicy, ParsedUnit, ParseWarning,
)
from zjtracker.importing.structure.numbering import chinese_number
from zjtracker.importing.annotations.units import split_unit_list

TASK_NO_VALUE = re.compile(r"^[（(]?\s*(\d{1,4})(?:\.0+)?\s*[）)]?[.．、]?$")
LEADING_TASK_NO = re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")
GROUP_VALUE = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=\D)")
AREA_LABEL = re.compile(r"^([一二三四五六七八九十百]+)[、.．]\s*")
PAREN_LABEL = re.compile(r"^[（(]([一二三四五六七八九十百]+)[）)]\s*")
_NONE = ("/", "／", "—", "-", "无", "\\")
_CARRIED = (H.INDICATOR, H.GROUP, H.LEAD_UNIT, H.RESPONSIBLE_UNIT, H.COOPERATING_UNIT,
            H.LEADER, H.SECTION, H.PERSON)
_PROGRESS = {H.STATUS_TEXT, H.PROBLEMS, H.SUGGESTIONS, H.PERCENT, H.ASSESSMENT}
_YEAR = re.compile(r"((?:19|20)\d\d)\s*[年—\-–~～至]")


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


def parse_deadline(text: str, default_year: int | None) -> date | None:
    """2021年6月底前 → 2021-06-30; 6月底 with the policy's year; 2024年底前 → 2024-12-31;
    长期坚持 / 每季度 → None (see ``deadlines``)."""
    return deadline_date(text, default_year)


def _share(values: list[str], pattern: re.Pattern) -> float:
    filled = [v for v in values if v]
    return sum(1 for v in filled if pattern.match(v)) / len(filled) if filled else 0.0


def resolve_columns(grid: list[list], header: H.HeaderMatch) -> dict[str, int]:
    """One column per role, deciding from the data where headers are ambiguous (序号 over
    a group column, 工作任务 merged over the number and the text)."""
    data = [row for row in grid[header.first_data_row:]
            if len({cell_text(v) for v in row if cell_text(v)}) > 1]  # heading rows left out

    def values(col: int) -> list[str]:
        return [cell_text(row[col]) if col < len(row) else "" for row in data]

    roles: dict[str, int] = {}
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
    return roles


def _split_label(text: str, ledger: bool) -> tuple[str, str, int | None]:
    for pattern, fmt in ((PAREN_LABEL, "（{}）"), (AREA_LABEL, "{}、")):
        match = pattern.match(text)
        if match:
            return fmt.format(match.group(1)), text[match.end():].strip(), chinese_number(match.group(1))
    return "", text, None


class _Builder:
    def __init__(self, policy: ParsedPolicy, ledger: bool):
        self.policy, self.ledger = policy, ledger
        self.area: ParsedArea | None = None
        self.group: ParsedMeasure | None = None
        self.area_key = self.group_key = None
        self.category = "营商环境评价指标" if "营商环境" in policy.title else "指标"

    def open_area(self, text: str, line: int) -> None:
        label, title, _ = _split_label(text, self.ledger)
        self.area = ParsedArea(label=label, title=title, line=line)
        self.policy.areas.append(self.area)
        self.area_key, self.group, self.group_key = text, None, None
        if self.ledger:
            self.policy.indicators.append(ParsedIndicator(name=title, category=self.category, line=line))

    def open_group(self, text: str, line: int) -> None:
        match = GROUP_VALUE.match(text)
        paren = PAREN_LABEL.match(text)
        if match:
            label, number, rest = f"{match.group(1)}.", int(match.group(1)), text[match.end():]
        elif paren:
            label, number, rest = f"（{paren.group(1)}）", chinese_number(paren.group(1)), text[paren.end():]
        else:
            label, number, rest = "", None, text
        self.group = ParsedMeasure(label=label, text=rest.strip(), number=number, line=line)
        self.ensure_area(line).measures.append(self.group)
        self.group_key = text

    def ensure_area(self, line: int) -> ParsedArea:
        if self.area is None:
            self.area = ParsedArea(label="", title="", line=line)
            self.policy.areas.append(self.area)
        return self.area


def rows_to_policy(grid: list[list], header: H.HeaderMatch, title: str, sheet: str = "") -> ParsedPolicy:
    roles = resolve_columns(grid, header)
    ledger = bool({H.INDICATOR, H.RESPONSIBLE_UNIT} & set(roles) or _PROGRESS & set(roles))
    policy = ParsedPolicy(title=title, kind="ledger" if ledger else "plan")
    years = [int(y) for y in _YEAR.findall(title + "年")] + list(header.plan_years.values())
    if years:
        policy.start_year, policy.end_year = min(years), max(years)
    build = _Builder(policy, ledger)
    carried: dict[str, str] = {}
    running = 0
    for index in range(header.first_data_row, len(grid)):
        row, line = grid[index], index + 1  # line: the Excel row number
        texts = [cell_text(v) for v in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        if len(set(filled)) == 1 and len(filled) >= 2 or (len(filled) == 1 and task_number(filled[0]) is None
                                                         and roles.get(H.TASK_TEXT) is not None
                                                         and _heading_only(texts, roles)):
            _heading_row(build, filled[0], line, ledger)
            continue
        value = {key: texts[col] if col < len(texts) else "" for key, col in roles.items()}
        for key in _CARRIED:
            if key in value:
                if value[key]:
                    carried[key] = value[key]
                else:
                    value[key] = carried.get(key, "")
        text = value.get(H.TASK_TEXT, "")
        number = task_number(row[roles[H.TASK_NO]]) if H.TASK_NO in roles and roles[H.TASK_NO] < len(row) else None
        leading = LEADING_TASK_NO.match(text)
        if leading:
            number = number or int(leading.group(1))
            text = text[leading.end():].strip()
        if not text:
            if any(value.get(k) for k in (H.TASK_NO,)) or number is not None:
                policy.warnings.append(ParseWarning(line, f"工作表“{sheet}”第{line}行有序号但没有任务内容，已跳过。"))
            continue
        if value.get(H.INDICATOR) and value[H.INDICATOR] != build.area_key:
            build.open_area(value[H.INDICATOR], line)
        if value.get(H.GROUP) and value[H.GROUP] != build.group_key:
            build.open_group(value[H.GROUP], line)
        running = number if number is not None else running + 1
        task = ParsedMeasure(label=f"（{running}）", text=text, number=running, line=line)
        task.units = _units(value)
        for col, year in header.plan_years.items():
            plan = cell_text(row[col]) if col < len(row) else ""
            if plan and plan not in _NONE:
                task.plans.append(ParsedPlan(year=year, text=plan))
        if H.PLAN in roles and not header.plan_years and policy.start_year:
            plan = value.get(H.PLAN, "")
            if plan:
                task.plans.append(ParsedPlan(year=policy.start_year, text=plan))
        if value.get(H.DEADLINE):
            task.deadline_text = value[H.DEADLINE]
            task.deadline = parse_deadline(task.deadline_text, policy.start_year)
        (build.group.children if build.group else build.ensure_area(line).measures).append(task)
    return policy


def _heading_only(texts: list[str], roles: dict[str, int]) -> bool:
    """A lone value outside the task text column: a heading row, not a task."""
    col = next(i for i, t in enumerate(texts) if t)
    return col != roles.get(H.TASK_TEXT) or bool(AREA_LABEL.match(texts[col]) or PAREN_LABEL.match(texts[col]))


def _heading_row(build: _Builder, text: str, line: int, ledger: bool) -> None:
    if AREA_LABEL.match(text) or (ledger and PAREN_LABEL.match(text)):
        build.open_area(text, line)
    elif PAREN_LABEL.match(text) or GROUP_VALUE.match(text):
        build.open_group(text, line)
    else:
        build.open_area(text, line)


def _units(value: dict[str, str]) -> list[ParsedUnit]:
    units: list[ParsedUnit] = []
    for key, role in ((H.LEAD_UNIT, ROLE_LEAD), (H.COOPERATING_UNIT, ROLE_COOPERATING),
                      (H.RESPONSIBLE_UNIT, ROLE_RESPONSIBLE)):
        text = value.get(key, "")
        if text and text not in _NONE:
            units += [ParsedUnit(name, role) for name in split_unit_list(text)]
    extra = {k: value.get(k) or None for k in (H.LEADER, H.SECTION, H.PERSON)}
    if any(extra.values()):
        for unit in units:
            if unit.role == ROLE_LEAD:
                unit.leader, unit.section, unit.person = extra[H.LEADER], extra[H.SECTION], extra[H.PERSON]
    return units
