"""Writing a fill-in workbook (报送表) for one unit and one period.

Title, a line naming unit and period, a short instruction row, then the city's ledger
columns with the last reported values pre-filled. Only the fill-in cells are unlocked;
完成进度 takes 0–100 and 评估情况 is a dropdown. The frozen rows above the table are kept
low (about a fifth of a laptop's Excel window); wrapped text; landscape A4 or A3 printed at
9 pt or more (exporting/print_fit.py) with the header repeated on every page. The stamp goes
on a very hidden sheet.
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange

from zjtracker.exporting.cells import set_text
from zjtracker.exporting.print_fit import PrintFit, apply_print, plan_print
from zjtracker.exporting.safe_write import TEMPLATE, write_bytes
from zjtracker.exporting.template_layout import (
    ASSESSMENTS,
    FILL_SHEET,
    ROLE_LABELS,
    Column,
    TemplateData,
    TemplateRow,
    columns,
    units_width,
)
from zjtracker.exporting.template_stamp import write_stamp
from zjtracker.exporting.xlsx_bytes import workbook_bytes

TITLE_ROW, INFO_ROW, INSTRUCTION_ROW, HEADER_ROW = 1, 2, 3, 4
FIRST_DATA_ROW = HEADER_ROW + 1

INSTRUCTION = (
    "填报说明：只填浅黄色列；已填的是上次报送的情况，没有变化的可不改，留空表示“不变”；"
    "完成进度填 0 到 100 的数字，评估情况从下拉列表选（已完成时进度为 100，滞后的在“存在问题”中说明原因）；"
    "请勿增删行列或改表名，填好后保存为 .xlsx 发回。"
)

_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_FILL_IN = PatternFill("solid", fgColor="FFF2CC")  # light yellow: "write here"
_LINE_PT = 13.5  # one line of 10 pt text
FONT = "宋体"
BODY_PT = 10
_BODY = Font(name=FONT, size=BODY_PT)
_TITLE_PT = 14
_TITLE_FONT = Font(name=FONT, bold=True, size=_TITLE_PT)
_INFO_FONT = Font(name=FONT, size=11)
_INFO_ALIGN = Alignment(vertical="center")
_INSTRUCTION_FONT = Font(name=FONT, size=BODY_PT, color="C00000")
_UNLOCKED = Protection(locked=False)


def write_template(data: TemplateData, path: str | os.PathLike, database=None, force: bool = False) -> Path:
    """Write ``data`` as a fill-in workbook at ``path`` and return the path (through
    ``safe_write``: ``database`` is the database in use, never overwritten; an existing file
    is replaced only with ``force``)."""
    return write_bytes(Path(path), template_bytes(data), TEMPLATE, database, force)


def template_bytes(data: TemplateData) -> bytes:
    """The fill-in workbook of ``data`` as the bytes of its .xlsx file."""
    return workbook_bytes(build_template(data))


def build_template(data: TemplateData) -> Workbook:
    """The fill-in workbook of ``data``, in memory."""
    book = Workbook()
    sheet = book.active
    sheet.title = FILL_SHEET
    cols, fit = _columns(data)
    printed = sum(c.width for c in cols[:-1])
    last = get_column_letter(len(cols))

    title = f"{data.policy_title}　{data.period_label}落实情况报送表"
    _banner(sheet, TITLE_ROW, title, _TITLE_FONT, _CENTER, 20 * _lines(title, printed * BODY_PT / _TITLE_PT) + 4,
            len(cols))
    _banner(sheet, INFO_ROW, f"报送单位：{data.unit_name}　　报告期：{data.period_label}（{data.period}）"
            f"　　共 {len(data.rows)} 项任务", _INFO_FONT, _INFO_ALIGN, 18, len(cols))
    _banner(sheet, INSTRUCTION_ROW, INSTRUCTION, _INSTRUCTION_FONT, _WRAP_TOP,
            _LINE_PT * _lines(INSTRUCTION, printed) + 3, len(cols))

    looks = _Looks(book)
    for index, column in enumerate(cols, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index)
        cell._style = looks.of(_HEADER_FILL_IN if column.fill_in else _HEADER)
        set_text(cell, column.header)
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[HEADER_ROW].height = _LINE_PT * max(_lines(c.header, c.width) for c in cols[:-1]) + 4
    key_index = len(cols)
    sheet.column_dimensions[get_column_letter(key_index)].hidden = True

    task_index = next(i for i, c in enumerate(cols, start=1) if c.key == "task")
    column_looks = [(index, column, _body_look(column)) for index, column in enumerate(cols, start=1)]
    sheet_rows: dict[str, int] = {}
    for offset, row in enumerate(data.rows):
        line = FIRST_DATA_ROW + offset
        sheet_rows[row.key] = line
        values = _row_values(row)
        height = 3
        for index, column, look in column_looks:
            cell = sheet.cell(row=line, column=index)
            if row.role == "lead" and index == task_index:  # the measures the unit leads: 序号 in bold
                look = _TASK_LEAD
            cell._style = looks.of(look)
            set_text(cell, values[column.key])
            height = max(height, _lines(values[column.key], column.width))
        sheet.row_dimensions[line].height = min(409, _LINE_PT * height + 4)
    last_row = FIRST_DATA_ROW + max(len(data.rows), 1) - 1

    _validations(sheet, cols, last_row)
    _print_setup(sheet, fit, last, last_row)
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # colleagues may widen columns and rows
    sheet.protection.formatRows = False
    write_stamp(book, data, sheet.title, HEADER_ROW, key_index, sheet_rows)
    book.security = WorkbookProtection(lockStructure=True)
    return book


def _columns(data: TemplateData) -> tuple[list[Column], PrintFit]:
    """The columns at the widths that print at 9 pt or more (the hidden key column last)."""
    cols = columns(data.plan_year, any(row.plan_text.strip() for row in data.rows),
                   units_width([row.other_units for row in data.rows]),
                   units_width([row.lead_units for row in data.rows], least=10),
                   with_returned=any(row.returned_reason for row in data.rows))
    shown = cols[:-1]
    fit = plan_print([c.width for c in shown], [c.narrowest for c in shown], BODY_PT)
    cols = [Column(c.key, c.header, width, c.fill_in, c.min_width) for c, width in zip(shown, fit.widths)]
    return cols + [columns(data.plan_year)[-1]], fit


def _row_values(row: TemplateRow) -> dict:
    values = {
        "area": row.area, "lead_units": row.lead_units, "other_units": row.other_units,
        "role": ROLE_LABELS.get(row.role, ""), "task": row.task, "text": row.text,
        "plan": row.plan_text, "key": row.key, "returned": row.returned_reason or None,
    }
    for name, value in row.values.items():
        values[name] = value if value not in ("",) else None
    for name in ("status_text", "problems", "suggestions", "percent", "assessment", "remarks"):
        values.setdefault(name, None)
    return values


def _banner(sheet, row: int, text: str, font: Font, alignment: Alignment, height: float, width: int):
    cell = sheet.cell(row=row, column=1)
    # What sheet.merge_cells does for a cell without borders, less restyling every merged
    # cell with the (default) protection of the first.
    sheet.merged_cells.add(MergedCellRange(sheet, f"A{row}:{get_column_letter(width)}{row}"))
    for column in range(2, width + 1):
        sheet._cells[row, column] = MergedCell(sheet, row, column)
    set_text(cell, text)  # the title begins with the policy's title, which may begin with =
    cell.font, cell.alignment = font, alignment
    sheet.row_dimensions[row].height = height


@lru_cache(maxsize=65536, typed=True)  # the same measure's texts come again in each of its units' workbooks
def _lines(value, width: float) -> int:
    """How many printed lines a value takes in a column ``width`` characters wide (a CJK
    character counts two)."""
    if value in (None, ""):
        return 1
    per_line = max(1.0, width - 1)
    total = 0
    for part in str(value).split("\n"):
        size = len(part) + len(_WIDE.findall(part))
        total += max(1, math.ceil(size / per_line))
    return total


_WIDE = re.compile("[\u2e80-\U0010ffff]")  # a character wider than U+2E7F counts two

# The looks of the sheet's cells: (font, alignment, fill, unlocked), each turned into a
# style record of the workbook once and copied onto its cells (openpyxl otherwise looks
# every font, border and fill up again for every cell it is assigned to).
_HEADER = (Font(name=FONT, bold=True, size=BODY_PT), _CENTER, _HEADER_FILL, False)
_HEADER_FILL_IN = (_HEADER[0], _CENTER, _FILL_IN, False)
_TASK_LEAD = (Font(name=FONT, size=10, bold=True), _CENTER, None, False)
_RETURNED = (Font(name=FONT, size=BODY_PT, color="C00000"), _WRAP_TOP, None, False)  # 退回原因 in red
_BODY_LOOKS = {(centered, fill_in): (_BODY, _CENTER if centered else _WRAP_TOP, _FILL_IN if fill_in else None, fill_in)
               for centered in (False, True) for fill_in in (False, True)}


def _body_look(column: Column) -> tuple:
    if column.key == "returned":
        return _RETURNED
    return _BODY_LOOKS[column.key in ("task", "role", "percent", "assessment"), column.fill_in]


class _Looks:
    """The looks (all module constants) as style records of one workbook, each font,
    alignment, border, fill and protection registered once (registering one hashes it)."""

    def __init__(self, book: Workbook):
        self.book, self.made, self.ids = book, {}, {}

    def of(self, look: tuple) -> StyleArray:
        """A new copy of the look's style record (a cell's own, which set_text may mark)."""
        made = self.made.get(id(look))
        if made is None:
            font, alignment, fill, unlocked = look
            made = StyleArray()
            made.fontId = self._id(self.book._fonts, font)
            made.alignmentId = self._id(self.book._alignments, alignment)
            made.borderId = self._id(self.book._borders, _BORDER)
            if fill is not None:
                made.fillId = self._id(self.book._fills, fill)
            if unlocked:
                made.protectionId = self._id(self.book._protections, _UNLOCKED)
            self.made[id(look)] = made
        return StyleArray(made)

    def _id(self, table, item) -> int:
        found = self.ids.get(id(item))
        if found is None:
            found = self.ids[id(item)] = table.add(item)
        return found


def _validations(sheet, cols, last_row: int) -> None:
    index = {c.key: i for i, c in enumerate(cols, start=1)}
    percent = DataValidation(
        type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
        showErrorMessage=True, errorTitle="完成进度", error="完成进度请填写 0 到 100 之间的数字，如 80。",
        showInputMessage=True, promptTitle="完成进度（%）", prompt="填 0 到 100 之间的数字",
    )
    assessment = DataValidation(
        type="list", formula1='"' + ",".join(ASSESSMENTS) + '"', allow_blank=True,
        showErrorMessage=True, errorTitle="评估情况", error="请从下拉列表中选择评估情况。",
    )
    for validation, key in ((percent, "percent"), (assessment, "assessment")):
        letter = get_column_letter(index[key])
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
        sheet.add_data_validation(validation)


def _print_setup(sheet, fit: PrintFit, last: str, last_row: int) -> None:
    apply_print(sheet, fit, f"{HEADER_ROW}:{HEADER_ROW}")
    sheet.print_area = f"A1:{get_column_letter(_visible_columns(last))}{last_row}"


def _visible_columns(last: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(last) - 1  # the hidden key column is not printed
