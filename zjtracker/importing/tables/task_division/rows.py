"""Turn rebuilt table rows into areas and measures: carry blank (merged) cells over from
the row above, split unit lists, and put the bureau's own 分管领导/责任科室/责任人 on the
unit that stands for the bureau. Standard library only."""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.importing.model import (
    ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedArea, ParsedMeasure, ParsedUnit,
    ParseWarning,
)
from zjtracker.importing.tables.task_division.cells import (
    COOPERATING, LEAD, RESPONSIBLE, display_width, join_wrapped, parse_deadline,
)
from zjtracker.importing.tables.task_division.table import TableRow
from zjtracker.importing.annotations.units import canonical_name, match_key, split_unit_list

ROLE_OF_COLUMN = {LEAD: ROLE_LEAD, COOPERATING: ROLE_COOPERATING, RESPONSIBLE: ROLE_RESPONSIBLE}


@dataclass
class RowValues:
    """The cells of one row after carry-over; ``carried`` names the cells taken from above."""

    units: dict[str, str] = field(default_factory=dict)  # column kind -> cell text
    leaders: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    deadline: str = ""
    carried: set[str] = field(default_factory=set)


@dataclass
class Bureau:
    """The bureau that issued the plan: the owner of the staff columns."""

    name: str  # as the table writes it (市商务局), else the issuer
    roles: dict[str, str] = field(default_factory=dict)  # area label -> role from the body


class RowAssembler:
    def __init__(self, unit_columns: list[str], bureau: Bureau, warnings: list[ParseWarning]):
        self.unit_columns = unit_columns or [LEAD]
        self.bureau = bureau
        self.warnings = warnings
        self.previous: RowValues | None = None
        self.lead_width = 0  # widest line seen in a lead cell of a row with both unit cells
        self.areas: list[ParsedArea] = []
        self.carried_deadlines: list[ParsedMeasure] = []

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(ParseWarning(line=line, message=message))

    # -- units ---------------------------------------------------------------------------
    def _unit_cells(self, row: TableRow) -> dict[str, str]:
        texts = [join_wrapped(c) for c in row.unit_cells]
        columns = self.unit_columns
        if len(texts) > len(columns):
            self.warn(row.unit_lines[-1], f"第{row.line}行附近的单位栏多出一段文字"
                      f"“{texts[-1]}”，已并入{_column_name(columns[-1])}，请核对。")
            texts = texts[:len(columns) - 1] + ["、".join(texts[len(columns) - 1:])]
        if len(texts) == len(columns) or len(texts) == 0:
            if len(texts) == len(columns) and len(columns) > 1:
                self.lead_width = max([self.lead_width] + [
                    display_width(p) for p in row.unit_cells[0]])
            return dict(zip(columns, texts))
        return {self._lone_cell_column(row, texts[0]): texts[0]}

    def _lone_cell_column(self, row: TableRow, text: str) -> str:
        """One unit cell where the table has several unit columns: which one is it?"""
        previous = self.previous.units if self.previous else {}
        for column in reversed(self.unit_columns):
            if previous.get(column) == text:
                return column
        widest = max(display_width(p) for p in row.unit_cells[0])
        if row.area_label:
            column = self.unit_columns[0]
        elif "、" in text or (self.lead_width and widest > self.lead_width):
            column = self.unit_columns[-1]
        else:
            column = self.unit_columns[-1]
            self.warn(row.unit_lines[0], f"第{row.unit_lines[0]}行的“{text}”只有一个单位栏，"
                      f"无法确定是{_column_name(self.unit_columns[0])}还是"
                      f"{_column_name(column)}，已按{_column_name(column)}录入，请核对。")
        return column

    # -- carry-over ----------------------------------------------------------------------
    def _values(self, row: TableRow, new_area: bool) -> RowValues:
        values = RowValues(
            units=self._unit_cells(row), leaders=list(row.leaders),
            sections=list(row.sections), persons=list(row.persons),
            deadline=join_wrapped(row.deadline))
        above = self.previous
        if above is None:
            return values
        for column in self.unit_columns:
            if column not in values.units and column in above.units:
                values.units[column] = above.units[column]
                values.carried.add(column)
        for name in ("leaders", "sections", "persons", "deadline"):
            if not getattr(values, name) and getattr(above, name):
                setattr(values, name, getattr(above, name))
                values.carried.add(name)
        if new_area and values.carried:
            self.warn(row.line, f"第{row.line}行开始的新指标有空白栏目，已沿用上一行的内容"
                      f"（{_carried_names(values.carried)}），请核对。")
        return values

    # -- building ------------------------------------------------------------------------
    def add_row(self, row: TableRow) -> ParsedMeasure | None:
        new_area = bool(row.area_label)
        if new_area or not self.areas:
            if not new_area:
                self.warn(row.line, f"表格第{row.line}行之前没有指标名称，已归入一个未命名的指标。")
            self.areas.append(ParsedArea(label=row.area_label, title=join_wrapped(row.area_pieces),
                                         line=row.area_line or row.line))
        values = self._values(row, new_area)
        self.previous = values
        text = join_wrapped(row.task)
        if not text:
            self.warn(row.line, f"表格第{row.line}行没有工作任务文字，该行已略过，请核对。")
            return None
        if row.leaders and not row.sections and not row.persons and any(
                name in row.unsure_names for name in row.leaders):
            self.warn(row.line, f"第{row.line}行附近的“{'、'.join(row.leaders)}”无法确定是分管领导"
                      "还是责任人，已按分管领导录入，请核对。")
        measure = ParsedMeasure(label="", text=text, line=row.task_line or row.line,
                                deadline=parse_deadline(values.deadline),
                                deadline_text=values.deadline or None)
        if values.deadline and measure.deadline is None:
            self.warn(row.deadline_line, f"完成时限“{values.deadline}”不是可识别的日期，"
                      "已保留原文，请补填具体日期。")
        measure.units = self._units(values, self.areas[-1].label, row)
        if "deadline" in values.carried:
            self.carried_deadlines.append(measure)  # the body check may correct these
        self.areas[-1].measures.append(measure)
        return measure

    def _units(self, values: RowValues, area_label: str, row: TableRow) -> list[ParsedUnit]:
        units: list[ParsedUnit] = []
        for column in self.unit_columns:
            for name in split_unit_list(values.units.get(column, "")):
                units.append(ParsedUnit(name=name, role=ROLE_OF_COLUMN[column]))
        if not (values.leaders or values.sections or values.persons):
            return units
        own = next((u for u in units if self.bureau.name and same_unit(u.name, self.bureau.name)),
                   None)
        if own is None:
            if not self.bureau.name:
                own = units[0] if units else None
                self.warn(row.line, "未能识别发文单位，分管领导、责任科室和责任人已记在"
                          f"第{row.line}行的第一个单位上，请核对。")
            else:
                role = self.bureau.roles.get(area_label, ROLE_RESPONSIBLE)
                own = ParsedUnit(name=self.bureau.name, role=role)
                units.append(own)
        if own is not None:
            own.leader = "、".join(values.leaders) or None
            own.section = "、".join(values.sections) or None
            own.person = "、".join(values.persons) or None
        return units


def _column_name(kind: str) -> str:
    return {LEAD: "牵头单位", COOPERATING: "配合单位", RESPONSIBLE: "责任单位"}.get(kind, kind)


def _carried_names(carried: set[str]) -> str:
    names = {LEAD: "牵头单位", COOPERATING: "配合单位", RESPONSIBLE: "责任单位",
             "leaders": "分管领导", "sections": "责任科室", "persons": "责任人",
             "deadline": "完成时限"}
    order = [LEAD, COOPERATING, RESPONSIBLE, "leaders", "sections", "persons", "deadline"]
    return "、".join(names[k] for k in order if k in carried)


def bureau_spelling(rows: list[TableRow], issuer: str) -> str:
    """How the table itself writes the issuing bureau (市商务局 for 湛江市商务局)."""
    if not issuer:
        return ""
    for row in rows:
        for cell in row.unit_cells:
            for name in split_unit_list(join_wrapped(cell)):
                if same_unit(name, issuer):
                    return name
    return issuer


def same_unit(first: str, second: str) -> bool:
    """Two spellings of one unit (市发改局 / 湛江市发展和改革局); compared, never rewritten."""
    return match_key(first) == match_key(second) or canonical_name(first) == canonical_name(second)
