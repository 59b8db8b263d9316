"""What the returns reader hands on: the rows of a returned workbook, as read, with the
problems found in each cell. Nothing here knows the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.importing.returns.stamp import Stamp

# Reason codes (DESIGN.md), and the extra ones this reader and the merge add.
UNREADABLE_FILE = "unreadable_file"
NO_HEADER = "no_header"
WRONG_LEDGER = "wrong_ledger"
WRONG_PERIOD = "wrong_period"
WRONG_UNIT = "wrong_unit"
UNKNOWN_TASK = "unknown_task"
AMBIGUOUS_TASK = "ambiguous_task"
NO_PLAN = "no_plan"
TASK_CLOSED = "task_closed"  # 已销号: reopen it to take a change
DUPLICATE_TASK = "duplicate_task"
NOT_A_NUMBER = "not_a_number"
PERCENT_OUT_OF_RANGE = "percent_out_of_range"
BAD_ASSESSMENT = "bad_assessment"
ERROR_VALUE = "error_value"  # #N/A, #DIV/0! … in a fill-in cell
TOO_LONG = "too_long"  # a text longer than a cell may hold
CONFLICT = "conflict"
# warnings: shown, never refused
TASK_TEXT_DIFFERS = "task_text_differs"
PERCENT_AS_FRACTION = "percent_as_fraction"
DONE_NOT_100 = "done_not_100"
BEHIND_WITHOUT_PROBLEMS = "behind_without_problems"
PERCENT_DROPPED = "percent_dropped"
UNKNOWN_STAMP = "unknown_stamp"
UNIT_DIFFERS = "unit_differs"

STAMPED, LEDGER = "stamped", "ledger"


def where(file_name: str, sheet: str = "", row: int | None = None, column: str = "") -> str:
    """文件“X.xlsx”，工作表“Sheet1”第 7 行“完成进度（%）”列 — as much as is known."""
    text = f"文件“{file_name}”"
    if sheet:
        text += f"，工作表“{sheet}”"
    if row is not None:
        text += f"{'' if sheet else '，'}第 {row} 行"
    if column:
        text += f"“{column}”列"
    return text


@dataclass
class Issue:
    """A rejected row or a warning, with a Chinese sentence naming where it is."""

    reason: str
    message: str
    sheet: str = ""
    row: int | None = None
    task: str = ""  # the 序号 as written, "" when there is none
    field: str = ""  # progress field, "" for the whole row
    column: str = ""  # the column header as printed


@dataclass
class ReturnRow:
    """One data row of a returned workbook."""

    sheet: str
    row: int  # Excel row number
    task: str  # the 序号 as written, normalised: "12"
    number: int | None
    key: str | None = None  # row key of a stamped file (plan id:measure id)
    area: str = ""  # 指标名称 / area heading above the row
    group: str = ""
    text: str = ""  # 工作任务 as written, without its leading number
    values: dict = field(default_factory=dict)  # field → value; blank cells are left out
    labels: dict = field(default_factory=dict)  # field → column header as printed
    problems: list[Issue] = field(default_factory=list)  # any problem rejects the row
    warnings: list[Issue] = field(default_factory=list)

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


@dataclass
class ReturnFile:
    file_name: str
    sha256: str
    kind: str  # STAMPED or LEDGER
    rows: list[ReturnRow] = field(default_factory=list)
    stamp: Stamp | None = None
    sheets: list[str] = field(default_factory=list)  # the sheets rows were read from
    warnings: list[Issue] = field(default_factory=list)
    has_task_text: bool = False  # a 工作任务 column was found
