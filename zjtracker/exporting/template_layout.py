"""The fill-in workbook (报送表): its columns, and the data one file is written from.

The visible sheet keeps the city's ledger columns (指标名称, 牵头单位, 责任单位, 序号, 工作任务,
this year's plan, 落实情况 … 备注); only the fill-in columns are unlocked. A very hidden
sheet stamps the file (policy, unit, period, one row per measure with the values as sent
and their version) so the return merges cell by cell. The stamp's layout is defined here
and read back by ``zjtracker.importing.returns.stamp``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

FILL_SHEET = "报送表"
STAMP_SHEET = "zjtracker_stamp"
STAMP_MARK = "zjtracker-fill-in"
STAMP_FORMAT = 1

# Progress fields, in the order of the city's ledger columns.
FIELDS = ("status_text", "problems", "suggestions", "percent", "assessment", "remarks")
TEXT_FIELDS = ("status_text", "problems", "suggestions", "remarks")
FIELD_LABELS = {
    "status_text": "落实情况", "problems": "存在问题", "suggestions": "存在问题的意见建议",
    "percent": "完成进度（%）", "assessment": "评估情况", "remarks": "备注",
}
ASSESSMENTS = ("已完成", "序时推进", "滞后", "未启动")
ROLE_LABELS = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}
KEY_HEADER = "行标识（请勿修改）"
RETURNED_HEADER = "退回原因"  # shown (locked) where the last report was sent back; the reader ignores it


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float  # in Excel character widths
    fill_in: bool = False
    min_width: float = 0.0  # how narrow it may get to print at 9 pt or more (0: as wide as ``width``)

    @property
    def narrowest(self) -> float:
        return self.min_width or self.width


def columns(plan_year: int, with_plan_text: bool = True, units_width: float = 16,
            leads_width: float = 10, with_returned: bool = False) -> list[Column]:
    """The visible columns of the city's layout; the yearly plan only where a row has a plan
    text (ledgers such as the 2023 台账 carry none), 责任单位 and 牵头单位 as wide as their
    longest lists need (``units_width``, ``leads_width``); 退回原因 only where a row was sent back
    (``with_returned``)."""
    plan = [Column("plan", f"{plan_year}年工作计划", 22, min_width=14)] if with_plan_text else []
    plan += [Column("returned", RETURNED_HEADER, 18, min_width=12)] if with_returned else []
    return [
        Column("area", "指标名称", 12, min_width=8),
        Column("lead_units", "牵头单位", leads_width, min_width=max(8.0, round(leads_width * 0.7))),
        Column("other_units", "责任单位", units_width, min_width=max(12.0, round(units_width * 0.7))),
        Column("role", "本单位职责", 6),
        Column("task", "序号", 6),
        Column("text", "工作任务", 34, min_width=22),
        *plan,
        Column("status_text", FIELD_LABELS["status_text"], 34, True, min_width=24),
        Column("problems", FIELD_LABELS["problems"], 18, True, min_width=12),
        Column("suggestions", FIELD_LABELS["suggestions"], 18, True, min_width=12),
        Column("percent", FIELD_LABELS["percent"], 8, True),
        Column("assessment", FIELD_LABELS["assessment"], 9, True),
        Column("remarks", FIELD_LABELS["remarks"], 10, True, min_width=8),
        Column("key", KEY_HEADER, 12),
    ]


def units_width(texts: list[str], least: float = 16, most: float = 44) -> float:
    """A 责任单位 column wide enough that a long list of units takes a few lines, not the
    dozens that made rows 180 pt tall: about eight lines for the longest list."""
    longest = max((sum(2 if ord(ch) > 0x2E7F else 1 for ch in text) for text in texts), default=0)
    return float(min(most, max(least, round(longest / 8 + 1))))


# Stamp sheet: "name | value" lines first, then a table of rows under STAMP_ROWS_HEADER.
STAMP_META = ("token", "policy_id", "policy_title", "unit_id", "unit", "period", "exported_at",
              "sheet", "header_row", "key_column")
STAMP_ROW_COLUMNS = ("key", "sheet_row", "plan_id", "measure_id", "task", "version",
                     "prefill_period", *FIELDS)
STAMP_ROWS_HEADER = "rows"


def row_key(plan_id: int, measure_id: int) -> str:
    return f"{plan_id}:{measure_id}"


@dataclass
class TemplateRow:
    plan_id: int
    measure_id: int
    area: str  # （一）市场准入, with the group on a second line
    lead_units: str
    other_units: str
    role: str  # lead / cooperating / responsible: this unit's part
    task: str  # （12）
    text: str
    plan_text: str
    values: dict = field(default_factory=dict)  # shown (pre-filled) progress values
    version: int | None = None  # ProgressReport.version in the period, None if none
    prefill_period: str = ""  # the earlier period pre-filled values come from, "" if this one
    returned_reason: str = ""  # 退回原因 of a report sent back (services/oversight), "" if none

    @property
    def key(self) -> str:
        return row_key(self.plan_id, self.measure_id)


@dataclass
class TemplateData:
    token: str
    policy_id: int
    policy_title: str
    unit_id: int
    unit_name: str
    period: str  # 2025Q3
    period_label: str  # 2025年第三季度
    plan_year: int
    exported_at: datetime
    rows: list[TemplateRow] = field(default_factory=list)
