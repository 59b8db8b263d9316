"""The data rows of one sheet of a return, under a recognised header.

Columns are found by their headers in any order (``headers``); extra columns are ignored.
The 序号 may sit in a column of its own or lead the task text (（12）推行…); blank
指标名称 and group cells carry the value of the row above, and a row holding one lone
heading (一、… or （一）…) sets the area of the rows below it. Every fill-in cell is read
with ``returns_values``; a cell that cannot be read rejects its row with a message naming
file, sheet, row and column.
"""

from __future__ import annotations

import unicodedata

from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables.columns import GROUP_VALUE, LEADING_TASK_NO, cell_text, resolve_columns, task_number
from zjtracker.importing.returns.model import PERCENT_AS_FRACTION, Issue, ReturnRow, where
from zjtracker.importing.returns.values import (
    BLANK, BadValue, assessment_value, check_percent, percent_value, text_value,
)
from zjtracker.importing.returns.workbook import SheetGrid

FIELD_OF_KEY = {H.STATUS_TEXT: "status_text", H.PROBLEMS: "problems", H.SUGGESTIONS: "suggestions",
                H.PERCENT: "percent", H.ASSESSMENT: "assessment", H.REMARKS: "remarks"}
_NOT_DONE_PERCENT = ("序时", "计划", "上期", "目标", "预期")


def label_of(header: H.HeaderMatch, col: int) -> str:
    return "".join(str(header.labels.get(col, "")).split())


def fill_columns(header: H.HeaderMatch) -> dict[str, int]:
    """The column of each progress field; for 完成进度 not 序时进度 or 上期进度."""
    found: dict[str, int] = {}
    for col, key in sorted(header.columns.items()):
        name = FIELD_OF_KEY.get(key)
        if name is None:
            continue
        label = label_of(header, col)
        if name == "percent" and any(word in label for word in _NOT_DONE_PERCENT):
            continue
        if name not in found or (name == "percent" and "完成" in label
                                 and "完成" not in label_of(header, found[name])):
            found[name] = col
    return found


class SheetReader:
    def __init__(self, grid: SheetGrid, header: H.HeaderMatch, file_name: str):
        self.grid, self.header, self.file_name = grid, header, file_name
        self.roles = resolve_columns(grid.values, header)
        self.fill = fill_columns(header)
        self.labels = {name: label_of(header, col) for name, col in self.fill.items()}

    def where(self, row: int, column: str = "") -> str:
        return where(self.file_name, self.grid.title, row, column)

    def rows(self, key_column: int | None = None) -> list[ReturnRow]:
        rows: list[ReturnRow] = []
        area = group = ""
        for index in range(self.header.first_data_row, len(self.grid.values)):
            cells = self.grid.values[index]
            if not any(_shows(v) for v in cells):
                continue
            number, raw_task, text = self._task(cells)
            key = cell_text(self.grid.value(index, key_column)) if key_column is not None else ""
            if number is None and not key and self._heading(texts := [cell_text(v) for v in cells],
                                                            filled := [t for t in texts if t]):
                if GROUP_VALUE.match(filled[0]):
                    group = filled[0]
                else:
                    area, group = filled[0], ""
                continue
            area = self._carried(cells, H.INDICATOR, area)
            group = self._carried(cells, H.GROUP, group)
            row = ReturnRow(sheet=self.grid.title, row=index + 1,
                            task=str(number) if number is not None else raw_task,
                            number=number, key=key or None, area=area, group=group, text=text,
                            labels=dict(self.labels))
            self._read_values(index, row)
            rows.append(row)
        return rows

    def _heading(self, texts: list[str], filled: list[str]) -> bool:
        """One value alone on the row, outside the fill-in columns or spread over several cells."""
        if len(set(filled)) != 1:
            return False
        columns = [col for col, text in enumerate(texts) if text]
        return len(columns) > 1 or columns[0] not in self.fill.values()

    def _carried(self, cells: list, key: str, previous: str) -> str:
        col = self.roles.get(key)
        value = cell_text(cells[col]) if col is not None and col < len(cells) else ""
        return value or previous

    def _task(self, cells: list) -> tuple[int | None, str, str]:
        """(number, 序号 as written when it is no number, task text without its number)."""
        col = self.roles.get(H.TASK_NO)
        raw = cells[col] if col is not None and col < len(cells) else None
        number = task_number(raw)
        raw_text = "" if number is not None else cell_text(raw)
        col = self.roles.get(H.TASK_TEXT)
        text = cell_text(cells[col]) if col is not None and col < len(cells) else ""
        leading = LEADING_TASK_NO.match(text)
        if leading:
            number = number if number is not None else int(leading.group(1))
            text = text[leading.end():].strip()
        if number is None and raw_text:
            full_width = unicodedata.normalize("NFKC", raw_text)
            number = task_number(full_width)
            raw_text = "" if number is not None else raw_text
        return number, raw_text, text

    def _read_values(self, index: int, row: ReturnRow) -> None:
        for name, col in self.fill.items():
            raw = self.grid.value(index, col)
            label = self.labels[name]
            try:
                if name == "percent":
                    value = percent_value(raw, (index, col) in self.grid.percent_cells)
                    if value is not BLANK:
                        check_percent(value)
                        if 0 < value < 1 and (index, col) not in self.grid.percent_cells:
                            row.warnings.append(Issue(
                                PERCENT_AS_FRACTION, f"{self.where(row.row, label)}：完成进度写的是 {value:g}，"
                                f"按 {value:g}% 处理；如果指的是 {value * 100:g}%，请改填 {value * 100:g}。",
                                row.sheet, row.row, row.task, name, label))
                elif name == "assessment":
                    value = assessment_value(raw)
                else:
                    value = text_value(raw)
            except BadValue as bad:
                row.problems.append(Issue(bad.reason, f"{self.where(row.row, label)}：{bad.detail}，"
                                          f"{_ADVICE[bad.reason]}", row.sheet, row.row, row.task, name, label))
                continue
            if value is not BLANK:
                row.values[name] = value


def _shows(value) -> bool:
    """Whether the cell's text (``cell_text``) is not empty, without building it."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, (int, float)) or bool(cell_text(value))


_ADVICE = {
    "not_a_number": "请填写 0 到 100 之间的数字（如 80）。",
    "percent_out_of_range": "请填写 0 到 100 之间的数字（百分号可写可不写）。",
    "bad_assessment": "请填写已完成、序时推进、滞后或未启动之一。",
    "error_value": "请改正出错的公式，或直接填写内容。",
    "too_long": "请精简后再报送（一个单元格最多 32,767 个字）。",
}
