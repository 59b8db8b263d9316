"""Rebuild the rows of a task-division table (任务分工表) flattened from PDF.

The extraction emits a row's cells column by column, each wrapped at its column width;
blank cells (merged with the row above) emit nothing. A row ends at a blank-cell marker
line, at a new 指标 label, or when a fragment belongs to a column left of the current one
while that column's cell is already complete. A row cut by a page break (the new page's
lines start with a space) continues in the columns whose cells are still incomplete.
Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.importing.tables.task_division import cells
from zjtracker.importing.tables.task_division.cells import (
    DEADLINE, INDICATOR, LEADER, PERSON, SECTION, TASK, UNIT_KINDS,
)
from zjtracker.importing.tables.task_division.layout import TableLayout, is_header_line

_STAFF_ZONE = (LEADER, SECTION, PERSON, DEADLINE)


@dataclass
class TableRow:
    """One row of the table as found: cell pieces before carry-over is applied."""

    line: int
    area_label: str = ""
    area_number: int | None = None
    area_pieces: list[str] = field(default_factory=list)
    area_line: int | None = None
    unit_cells: list[list[str]] = field(default_factory=list)
    unit_lines: list[int] = field(default_factory=list)
    task: list[str] = field(default_factory=list)
    task_line: int | None = None
    leaders: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    deadline: list[str] = field(default_factory=list)
    deadline_line: int | None = None
    unsure_names: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.area_label or self.unit_cells or self.task or self.leaders
                    or self.sections or self.persons or self.deadline)


def _split_line(raw: str) -> list[str]:
    """A line may hold several cells: `` 市金融工作局 通关，扩大…`` → unit + task text."""
    tokens = raw.split()
    if len(tokens) >= 2 and cells.is_whole_unit(tokens[0]):
        rest = " ".join(tokens[1:])
        if cells.is_prose(rest):
            return [tokens[0], rest]
    return [raw.strip()]


class RowBuilder:
    """Feeds fragments through a small state machine; ``rows`` holds the result."""

    def __init__(self, layout: TableLayout, lines: list[str]):
        self.layout = layout
        self.unit_columns = [k for k in layout.columns if k in UNIT_KINDS] or ["lead"]
        body = [lines[i - 1] for i in range(layout.first_line, layout.end_line + 1)]
        label_widths = [cells.display_width(x) for x in body if cells.area_label(x.strip())]
        single = [cells.display_width(x) for x in body if len(x.split()) == 1]
        self.indicator_cap = (max(label_widths) if label_widths else 8) + 2
        self.unit_cap = max(12, int(0.8 * max(single, default=28)))
        self.rows: list[TableRow] = []
        self.row: TableRow | None = None
        self.column: str | None = None
        self.known_leaders: set[str] = set()
        self.known_persons: set[str] = set()

    # -- row handling -------------------------------------------------------------------
    def new_row(self, number: int) -> TableRow:
        self.close_row()
        self.row = TableRow(line=number)
        self.column = None
        return self.row

    def close_row(self) -> None:
        if self.row is not None and not self.row.is_empty():
            row = self.row
            if row.leaders and not row.sections and not row.persons:
                # a lone name: 分管领导 or 责任人? Unsure unless seen as a leader before
                row.unsure_names = [n for n in row.leaders if n not in self.known_leaders]
            self.known_leaders.update(self.row.leaders)
            self.known_persons.update(self.row.persons)
            self.rows.append(self.row)
        self.row = None
        self.column = None

    def current(self, number: int) -> TableRow:
        return self.row if self.row is not None else self.new_row(number)

    # -- feeding --------------------------------------------------------------------------
    def feed_line(self, number: int, raw: str) -> None:
        if not raw.strip():
            if len(raw) >= 2 and self.row is not None:  # the empty 落实情况/备注 cells
                self.close_row()
            return
        if is_header_line(raw) and len(raw.split()) >= 2:
            return  # a header repeated at the top of a page
        page_break = raw[:1].isspace()
        for index, fragment in enumerate(_split_line(raw)):
            self.feed(number, fragment, page_break and index == 0)

    def feed(self, number: int, fragment: str, page_break: bool) -> None:
        label = cells.area_label(fragment)
        if label:
            row = self.new_row(number)
            row.area_label, row.area_number, rest = label
            row.area_line = number
            if rest:
                row.area_pieces.append(rest)
            self.column = INDICATOR
            return
        row = self.current(number)
        if self.column == INDICATOR and cells.display_width(fragment) <= self.indicator_cap \
                and not cells.is_whole_unit(fragment):
            row.area_pieces.append(fragment)
            return
        if self._feed_deadline(number, fragment):
            return
        if self.column in UNIT_KINDS and row.unit_cells \
                and not cells.is_complete_unit_text("".join(row.unit_cells[-1])) \
                and not cells.is_prose(fragment) \
                and cells.display_width(fragment) <= self.unit_cap:
            row.unit_cells[-1].append(fragment)
            return
        if self._feed_staff(number, fragment):
            return
        if cells.looks_like_unit_list(fragment, self.unit_cap):
            self._feed_unit(number, fragment)
        else:
            self._feed_prose(number, fragment, page_break)

    def _feed_deadline(self, number: int, fragment: str) -> bool:
        row = self.row
        if cells.is_deadline_start(fragment) and cells.staff_tokens(fragment) is not None:
            if row.deadline:
                row = self.new_row(number)
            tokens = cells.staff_tokens(fragment)
            if all(kind == "deadline" for kind, _ in tokens):
                row.deadline.append(fragment.strip())
                row.deadline_line = row.deadline_line or number
                self.column = DEADLINE
                return True
            return False
        if self.column == DEADLINE and cells.is_deadline_tail(fragment) \
                and "月" not in "".join(row.deadline):
            row.deadline.append(fragment.strip())
            return True
        return False

    def _staff_allowed(self, fragment: str, tokens: list[tuple[str, str]]) -> bool:
        row = self.row
        kinds = {kind for kind, _ in tokens}
        if self.column in _STAFF_ZONE:
            return True
        if "section" in kinds or len(tokens) >= 2 or cells.is_spaced_name(fragment):
            return True
        name = tokens[0][1]
        if self.column == TASK:
            return cells.ends_sentence("".join(row.task)) or \
                name in self.known_leaders | self.known_persons
        return False

    def _feed_staff(self, number: int, fragment: str) -> bool:
        tokens = cells.staff_tokens(fragment)
        if not tokens or not self._staff_allowed(fragment, tokens):
            return False
        row = self.row
        for kind, text in tokens:
            if kind == "section":
                row.sections.append(cells.squeeze(text))
                self.column = SECTION
            elif kind == "deadline":
                row.deadline.append(text)
                row.deadline_line = row.deadline_line or number
                self.column = DEADLINE
            else:
                self._add_name(text)
        return True

    def _add_name(self, name: str) -> None:
        row = self.row
        if row.sections or row.persons or self.column in (SECTION, PERSON):
            row.persons.append(name)
            self.column = PERSON
        elif name in self.known_persons and name not in self.known_leaders:
            row.persons.append(name)
            self.column = PERSON
        else:
            row.leaders.append(name)
            self.column = LEADER

    def _feed_unit(self, number: int, fragment: str) -> None:
        row = self.row
        if self.column in (None, INDICATOR) or (
                self.column in UNIT_KINDS and len(row.unit_cells) < len(self.unit_columns)):
            self._open_unit_cell(number, fragment)
            return
        open_cell = next((c for c in reversed(row.unit_cells)
                          if not cells.is_complete_unit_text("".join(c))), None)
        if open_cell is not None and self.column not in UNIT_KINDS:
            open_cell.append(fragment)  # the row was cut by a page break
            return
        if self.column == TASK and not cells.ends_sentence("".join(row.task)) \
                and "、" not in fragment:
            row.task.append(fragment)
            return
        self.new_row(number)
        self._open_unit_cell(number, fragment)

    def _open_unit_cell(self, number: int, fragment: str) -> None:
        self.row.unit_cells.append([fragment])
        self.row.unit_lines.append(number)
        self.column = self.unit_columns[min(len(self.row.unit_cells), len(self.unit_columns)) - 1]

    def _feed_prose(self, number: int, fragment: str, page_break: bool) -> None:
        row = self.row
        if not row.task:
            row.task.append(fragment)
            row.task_line = number
            self.column = TASK
            return
        finished = cells.ends_sentence("".join(row.task))
        if self.column == TASK and not (page_break and finished):
            row.task.append(fragment)
            return
        if self.column != TASK and not finished:
            row.task.append(fragment)  # the task text continues after a page break
            self.column = TASK
            return
        row = self.new_row(number)
        row.task.append(fragment)
        row.task_line = number
        self.column = TASK


def read_rows(lines: list[str], layout: TableLayout) -> list[TableRow]:
    builder = RowBuilder(layout, lines)
    for number in range(layout.first_line, layout.end_line + 1):
        builder.feed_line(number, lines[number - 1])
    builder.close_row()
    return builder.rows
