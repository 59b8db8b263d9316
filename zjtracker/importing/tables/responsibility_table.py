"""Responsibility lists (工作责任清单): tab-separated table rows in a prose document.

The header (具体措施 | 2022年工作计划 | … | 牵头单位 | 配合单位) may repeat on every page.
Cells may carry HTML (<p>, <ol><li>). A data row's first cell starts with the measure's
number (``14.``, ``（14）``); a tab row that does not is a wrapped continuation of the row
above. ``read_responsibility_rows`` reads the rows; ``attach_responsibility`` puts their
yearly plans and units onto the measures of the outline, matched by number.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.model import (ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedArea, ParsedMeasure,
                    ParsedPlan, ParsedUnit, ParseWarning)
from zjtracker.importing.annotations.targets import numeric_target
from zjtracker.importing.cleaning.text_lines import Label, clean_text, match_label
from zjtracker.importing.annotations.units import split_unit_list

_ROLE_HEADERS = (  # header words → role; checked in this order
    (ROLE_LEAD, re.compile(r"牵头(单位|部门)?|主办")),
    (ROLE_COOPERATING, re.compile(r"配合(单位|部门)?|协办|参与单位")),
    (ROLE_RESPONSIBLE, re.compile(r"责任(单位|部门)|实施(单位|主体)")),
)
_MEASURE_HEADER = re.compile(r"措施|任务|事项|工作内容")
_YEAR_HEADER = re.compile(r"((?:19|20)\d{2})\s*年")
_NUMBER_HEADER = re.compile(r"^(任务)?(序号|编号)$")
_DEADLINE_HEADER = re.compile(r"完成时限|完成时间|完成期限|时间节点|^时限$")
_NUMBER_CELL = re.compile(r"^[（(]?(\d{1,3})[）)]?[.、]?$")
_ROW_NUMBER_KINDS = ("num", "num_paren", "cn_paren")
SIMILARITY_MIN = 0.5  # below this a row's text is probably not its measure's
SAME_TASK_MIN = 0.8  # a row this like a measure of another number is that measure's


@dataclass
class ResponsibilityRow:
    number: int
    label: str  # as numbered in the table: "14."
    text: str  # the measure's text as the table repeats it
    plans: dict[int, str] = field(default_factory=dict)  # year → plan text
    lead: list[str] = field(default_factory=list)  # 牵头单位, as written
    cooperating: list[str] = field(default_factory=list)  # 配合单位
    responsible: list[str] = field(default_factory=list)  # 责任单位
    line: int = 0
    deadline: str = ""  # 完成时限, as written


@dataclass
class _Columns:
    width: int
    measure: int
    years: dict[int, int]  # column → year
    roles: dict[int, str]  # column → role
    number: int | None = None  # a 序号 column, where the numbers are not in the text
    deadline: int | None = None  # a 完成时限 column


def _header_columns(cells: list[str]) -> _Columns | None:
    cleaned = [clean_text(c) for c in cells]
    roles: dict[int, str] = {}
    for index, cell in enumerate(cleaned):
        for role, pattern in _ROLE_HEADERS:
            if len(cell) <= 12 and pattern.search(cell):
                roles[index] = role
                break
    measure = next((i for i, c in enumerate(cleaned)
                    if len(c) <= 12 and _MEASURE_HEADER.search(c) and i not in roles), None)
    if not roles or measure is None:
        return None
    years = {i: int(m.group(1)) for i, c in enumerate(cleaned)
             if i not in roles and (m := _YEAR_HEADER.search(c)) and len(c) <= 16}
    number = next((i for i, c in enumerate(cleaned) if _NUMBER_HEADER.match(c)), None)
    deadline = next((i for i, c in enumerate(cleaned) if len(c) <= 8 and _DEADLINE_HEADER.search(c)
                     and i not in roles and i != measure), None)
    return _Columns(len(cells), measure, years, roles, number, deadline)


def read_responsibility_rows(text: str, warnings: list[ParseWarning]) -> list[ResponsibilityRow]:
    """Every data row of every responsibility table in ``text`` (raw document text)."""
    rows: list[ResponsibilityRow] = []
    columns: _Columns | None = None
    for line_no, line in enumerate(text.splitlines(), start=1):
        if "\t" not in line:
            continue
        cells = line.rstrip("\r\n").split("\t")
        header = _header_columns(cells)
        if header is not None:
            columns = header
            continue
        filled = {clean_text(c) for c in cells if c.strip()}
        if columns is None or len(filled) < 2:  # blank, or a heading merged across the table
            continue
        if len(cells) != columns.width:
            warnings.append(ParseWarning(
                line_no, f"责任清单第{line_no}行有{len(cells)}列，表头有{columns.width}列，"
                "已按表头顺序读取，请核对。", "table_columns"))
            cells = (cells + [""] * columns.width)[: columns.width]
        first = clean_text(cells[columns.measure])
        label = _row_label(first, cells, columns)
        if label is None or label.kind not in _ROW_NUMBER_KINDS:
            if rows:
                _extend(rows[-1], cells, columns)
                warnings.append(ParseWarning(
                    line_no, f"责任清单第{line_no}行没有措施编号，已作为上一行（措施"
                    f"{rows[-1].label}）的续行读取，请核对。", "table_continuation"))
            else:
                warnings.append(ParseWarning(
                    line_no, f"责任清单第{line_no}行没有措施编号，无法对应到措施，未读取。",
                    "table_row"))
            continue
        row = ResponsibilityRow(label.number, label.text, label.rest, line=line_no)
        _extend(row, cells, columns, with_text=False)
        rows.append(row)
    return rows


def _row_label(first: str, cells: list[str], columns: _Columns) -> Label | None:
    """The row's number: from its 序号 column when it has one, else from its text."""
    label = match_label(first)
    if columns.number is not None and columns.number != columns.measure:
        if m := _NUMBER_CELL.match(clean_text(cells[columns.number])):
            number = int(m.group(1))
            rest = label.rest if label and label.kind in _ROW_NUMBER_KINDS else first
            return Label("num", number, f"{number}.", rest)
    return label


def _extend(row: ResponsibilityRow, cells: list[str], columns: _Columns,
            with_text: bool = True) -> None:
    if with_text:
        row.text = _join(row.text, clean_text(cells[columns.measure]))
    for index, year in columns.years.items():
        row.plans[year] = _join(row.plans.get(year, ""), clean_text(cells[index]))
    if columns.deadline is not None and not row.deadline:
        row.deadline = clean_text(cells[columns.deadline])
    for index, role in columns.roles.items():
        names = split_unit_list(cells[index])
        target = {ROLE_LEAD: row.lead, ROLE_COOPERATING: row.cooperating,
                  ROLE_RESPONSIBLE: row.responsible}[role]
        target.extend(n for n in names if n not in target)


def _join(first: str, second: str) -> str:
    return (first + second) if first and second else (first or second)


# --- attaching rows to the outline -------------------------------------------------------


def numbered_leaves(measures: list[ParsedMeasure]):
    for measure in measures:
        if measure.children:
            yield from numbered_leaves(measure.children)
        elif measure.number is not None and measure.label:
            yield measure


def similarity(a: str, b: str, length: int = 60) -> float:
    """How alike two measure texts are (0–1), comparing their openings."""
    strip = re.compile(r"[\s，。、；：“”‘’（）《》()\"']")
    a, b = strip.sub("", a), strip.sub("", b)
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and short in long[: len(short) + 10]:
        return 1.0  # the table repeats only the task's lead words
    return difflib.SequenceMatcher(None, a[:length], b[:length]).ratio()


def attach_responsibility(areas: list[ParsedArea], rows: list[ResponsibilityRow],
                          warnings: list[ParseWarning]) -> int:
    """Give each measure the plans (one ParsedPlan per year, with its numeric target) and
    the lead / cooperating / responsible units of its table row: the row of its number, or,
    where that row's text is not like the measure's (numbers that begin again in each part
    of the outline, a table numbered straight through), the row whose text is.

    Returns how many rows were attached. Warns for a row without a measure, a measure
    without a row, and a row whose text does not resemble its measure's.
    """
    leaves = [m for area in areas for m in numbered_leaves(area.measures)]
    by_number: dict[int, ParsedMeasure] = {}
    duplicated: dict[int, ParsedMeasure] = {}
    for measure in leaves:
        if measure.number in by_number:
            duplicated.setdefault(measure.number, measure)
            continue
        by_number[measure.number] = measure
    attached: dict[int, ParsedMeasure] = {}  # id → measure
    by_guess: set[int] = set()  # numbers matched by number alone where two measures have it
    for row in rows:
        measure = _measure_of(row, by_number, leaves, attached)
        if measure is None:
            warnings.append(ParseWarning(row.line, f"责任清单第{row.line}行的措施“{row.label}”"
                                         "在正文中找不到对应编号的措施，未导入，请核对。",
                                         "unknown_measure"))
            continue
        if id(measure) in attached:
            warnings.append(ParseWarning(row.line, f"责任清单中措施“{row.label}”出现了两次，"
                                         "第二行的内容已合并，请核对。", "duplicate_row"))
        elif row.text and similarity(row.text, measure.text) < SIMILARITY_MIN:
            warnings.append(ParseWarning(row.line, f"责任清单第{row.line}行的措施“{row.label}”"
                                         "与正文同编号措施的文字差别较大，请核对是否对应。",
                                         "text_mismatch"))
        if measure is by_number.get(row.number) and row.number in duplicated:
            by_guess.add(row.number)
        attached[id(measure)] = measure
        _apply(measure, row)
    for number in sorted(by_guess):
        measure = duplicated[number]
        warnings.append(ParseWarning(measure.line, f"正文中有两项措施编号都是{number}，责任清单"
                                     "只对应第一项，请核对。", "duplicate_number"))
    if rows:
        for measure in leaves:
            if id(measure) not in attached:
                warnings.append(ParseWarning(measure.line, f"措施“{measure.label}”在责任清单中"
                                             "没有对应的行，没有年度计划和责任单位，请补充。",
                                             "measure_without_row"))
    return len(attached)


def _measure_of(row: ResponsibilityRow, by_number: dict[int, ParsedMeasure], leaves: list[ParsedMeasure],
                attached: dict[int, ParsedMeasure]) -> ParsedMeasure | None:
    """The measure a row belongs to: the one of its number when the texts agree (or the
    row has none); else the one not yet given a row whose text is most like the row's."""
    same = by_number.get(row.number)
    if not row.text or same is not None and similarity(row.text, same.text) >= SIMILARITY_MIN:
        return same
    scored = sorted(((similarity(row.text, leaf.text), index) for index, leaf in enumerate(leaves)
                     if id(leaf) not in attached), reverse=True)
    if scored and scored[0][0] >= SAME_TASK_MIN and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return leaves[scored[0][1]]  # plainly the same task, and no other as like it
    return same


def _apply(measure: ParsedMeasure, row: ResponsibilityRow) -> None:
    existing = {plan.year: plan for plan in measure.plans}
    for year, text in sorted(row.plans.items()):
        if not text:
            continue
        if year in existing:
            existing[year].text = _join(existing[year].text + " ", text)
            existing[year].target = numeric_target(existing[year].text)
        else:
            plan = ParsedPlan(year=year, text=text, target=numeric_target(text))
            measure.plans.append(plan)
            existing[year] = plan
    if row.deadline and not measure.deadline_text:
        measure.deadline_text = row.deadline
        measure.deadline = deadline_date(row.deadline)
    have = {(u.name, u.role) for u in measure.units}
    for role, names in ((ROLE_LEAD, row.lead), (ROLE_COOPERATING, row.cooperating),
                        (ROLE_RESPONSIBLE, row.responsible)):
        for name in names:
            if (name, role) not in have:
                measure.units.append(ParsedUnit(name=name, role=role))
                have.add((name, role))
