"""The stamp of a fill-in workbook: a very hidden, protected sheet that says what was sent.

Lines of ``name | value`` (STAMP_META), then under a ``rows`` line a table with one row
per measure: its row key (plan id + measure id), the row on the visible sheet, the task
number, the version of the stored progress and the values as sent."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from zjtracker.exporting.cells import set_text
from zjtracker.exporting.template_layout import (
    FIELDS,
    STAMP_FORMAT,
    STAMP_MARK,
    STAMP_ROW_COLUMNS,
    STAMP_ROWS_HEADER,
    STAMP_SHEET,
    TemplateData,
)


def write_stamp(book: Workbook, data: TemplateData, sheet_title: str, header_row: int,
                key_column: int, sheet_rows: dict[str, int]) -> None:
    sheet = book.create_sheet(STAMP_SHEET)
    sheet.append([STAMP_MARK, STAMP_FORMAT])
    meta = {
        "token": data.token, "policy_id": data.policy_id, "policy_title": data.policy_title,
        "unit_id": data.unit_id, "unit": data.unit_name, "period": data.period,
        "exported_at": data.exported_at.isoformat(timespec="seconds"), "sheet": sheet_title,
        "header_row": header_row, "key_column": get_column_letter(key_column),
    }
    for name, value in meta.items():
        sheet.append([name])
        set_text(sheet.cell(row=sheet.max_row, column=2), value)
    sheet.append([STAMP_ROWS_HEADER])
    sheet.append(list(STAMP_ROW_COLUMNS))
    line = sheet.max_row  # counted here: max_row looks at every cell written so far
    for row in data.rows:
        line += 1
        values = [row.key, sheet_rows[row.key], row.plan_id, row.measure_id, row.task,
                  row.version, row.prefill_period, *(row.values.get(name) for name in FIELDS)]
        for column, value in enumerate(values, start=1):
            if value not in (None, ""):
                set_text(sheet.cell(row=line, column=column), value)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True
