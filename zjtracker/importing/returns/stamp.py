"""Reading the stamp of a fill-in workbook the program wrote (see exporting.template_layout)."""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.exporting.template_layout import (
    FIELDS, STAMP_MARK, STAMP_ROW_COLUMNS, STAMP_ROWS_HEADER, STAMP_SHEET, TEXT_FIELDS,
)
from zjtracker.importing.errors import ImportRefused


class BadStamp(ImportRefused):
    reason = "unreadable_file"


@dataclass
class StampRow:
    key: str
    sheet_row: int | None
    plan_id: int
    measure_id: int
    task: str
    version: int | None
    prefill_period: str
    shown: dict  # the values as pre-filled in the file

    @property
    def base(self) -> dict:
        """What the database held for the period when the file was sent: the values shown,
        unless they were carried over from an earlier period (then nothing)."""
        if self.prefill_period:
            return {name: (None if name == "percent" else "") for name in FIELDS}
        return dict(self.shown)


@dataclass
class Stamp:
    token: str
    policy_id: int
    policy_title: str
    unit_id: int | None
    unit_name: str
    period: str
    exported_at: str
    sheet: str
    header_row: int | None
    key_column: str
    rows: dict[str, StampRow] = field(default_factory=dict)

    _by_row: dict | None = field(default=None, init=False, repr=False, compare=False)

    def row_at(self, sheet_row: int) -> StampRow | None:
        if self._by_row is None:
            self._by_row = {}
            for row in self.rows.values():
                self._by_row.setdefault(row.sheet_row, row)
        return self._by_row.get(sheet_row)


def has_stamp(book) -> bool:
    return STAMP_SHEET in book.sheetnames and book[STAMP_SHEET].cell(row=1, column=1).value == STAMP_MARK


def is_stamp(rows: list[tuple[int, list]]) -> bool:
    """Whether the stamp sheet's rows (``returns_workbook.read_rows``) begin with the mark."""
    return bool(rows) and rows[0][0] == 1 and rows[0][1][0] == STAMP_MARK


def _int(value) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _text(value) -> str:
    return "" if value is None else str(value)


def read_stamp(book, file_name: str) -> Stamp:
    """The stamp of an openpyxl workbook (any mode)."""
    sheet = book[STAMP_SHEET]
    rows = [(number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)
            if any(value is not None for value in row)]
    return stamp_of(rows, file_name)


def stamp_of(rows: list[tuple[int, list]], file_name: str) -> Stamp:
    """The stamp from the stamp sheet's rows that hold something, as (row number, values)
    in order: the metadata from row 2 to the rows header, the rows below its column names."""
    meta: dict[str, object] = {}
    index = 1
    while index < len(rows) and rows[index][1][0] != STAMP_ROWS_HEADER:
        line = rows[index][1]
        meta[_text(line[0])] = line[1] if len(line) > 1 else None
        index += 1
    header_row = rows[index][0] if index < len(rows) else None
    lines = [line for number, line in rows[index:] if header_row is not None and number >= header_row + 2]
    policy_id = _int(meta.get("policy_id"))
    if policy_id is None or not meta.get("period"):
        raise BadStamp(f"文件“{file_name}”的报送表标记已损坏，无法确定政策和报告期。"
                       "请重新导出报送表，或把内容复制到台账格式的表格中再导入。")
    stamp = Stamp(
        token=_text(meta.get("token")), policy_id=policy_id, policy_title=_text(meta.get("policy_title")),
        unit_id=_int(meta.get("unit_id")), unit_name=_text(meta.get("unit")),
        period=_text(meta.get("period")), exported_at=_text(meta.get("exported_at")),
        sheet=_text(meta.get("sheet")), header_row=_int(meta.get("header_row")),
        key_column=_text(meta.get("key_column")),
    )
    positions = {name: i for i, name in enumerate(STAMP_ROW_COLUMNS)}
    for line in lines:
        cells = list(line) + [None] * (len(STAMP_ROW_COLUMNS) - len(line))
        key = _text(cells[positions["key"]])
        plan_id, measure_id = _int(cells[positions["plan_id"]]), _int(cells[positions["measure_id"]])
        if not key or plan_id is None or measure_id is None:
            continue
        shown = {}
        for name in FIELDS:
            value = cells[positions[name]]
            if name in TEXT_FIELDS or name == "assessment":
                shown[name] = _text(value)
            else:
                shown[name] = float(value) if isinstance(value, (int, float)) else None
        stamp.rows[key] = StampRow(
            key=key, sheet_row=_int(cells[positions["sheet_row"]]), plan_id=plan_id,
            measure_id=measure_id, task=_text(cells[positions["task"]]),
            version=_int(cells[positions["version"]]),
            prefill_period=_text(cells[positions["prefill_period"]]), shown=shown,
        )
    return stamp
