"""The columns of the Excel ledger (工作任务台账) in the city's layout (the columns of
001_0593ceaf3128112f.txt), what each shows of a ledger row, and widths that fit."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from zjtracker.services.ledger import LedgerRow


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    value: Callable[[LedgerRow], object]
    min_width: float  # Excel character units
    max_width: float
    center: bool = False


def _join(names: list[str]) -> str:
    return "、".join(names)


def ledger_columns(rows: list[LedgerRow], year: int) -> list[Column]:
    """The columns for one policy's rows: the 任务组 column only where measures sit in groups,
    the yearly plan only where plans have text, 责任单位 or 配合单位 as the policy names them."""
    has_groups = any(r.group_label or r.group_text for r in rows)
    has_plans = any(r.plan_text.strip() for r in rows)
    has_responsible = any(r.responsible_units for r in rows)
    others = "责任单位" if has_responsible or not any(r.cooperating_units for r in rows) else "配合单位"
    columns = [
        Column("indicator", "指标名称", lambda r: f"{r.area_label}{r.area_title}", 10, 18),
        Column("lead", "牵头单位", lambda r: _join(r.lead_units), 10, 22),
        Column("others", others, lambda r: _join(r.responsible_units + r.cooperating_units), 10, 30),
    ]
    if has_groups:
        columns.append(Column("group", "任务组", lambda r: f"{r.group_label}{r.group_text}", 10, 24))
    columns += [
        Column("no", "序号", lambda r: r.measure_label, 6, 8, center=True),
        Column("task", "工作任务", lambda r: r.measure_text, 20, 50),
    ]
    if has_plans:
        columns.append(Column("plan", f"{year}年度计划", lambda r: r.plan_text, 16, 40))
    columns += [
        Column("status_text", "落实情况", lambda r: r.status_text, 20, 50),
        Column("problems", "存在问题", lambda r: r.problems, 12, 40),
        Column("suggestions", "存在问题的意见建议", lambda r: r.suggestions, 12, 40),
        Column("percent", "完成进度（%）", lambda r: r.percent, 8, 9, center=True),
        Column("assessment", "评估情况（请选择）", lambda r: r.assessment, 10, 11, center=True),
        Column("remarks", "备注", lambda r: r.remarks, 8, 20),
        Column("status", "系统评估", lambda r: "已销号" if r.closed else r.status, 8, 9, center=True),
    ]
    return columns


def display_width(text: str) -> float:
    """Width in Excel character units: wide (Chinese) characters count two."""
    return sum(2.0 if unicodedata.east_asian_width(c) in "WF" else 1.1 for c in text)


def _longest_line(value) -> float:
    if value is None:
        return 0
    text = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
    return max((display_width(line) for line in text.splitlines()), default=0)


def fit_width(header: str, values, min_width: float, max_width: float) -> float:
    """A width that shows the longest line (or wraps it at ``max_width``); the header wraps
    too, so it needs only its longest four characters."""
    longest = max((_longest_line(v) for v in values), default=0)
    header_need = min(display_width(header), 8.5)
    return round(min(max_width, max(min_width, header_need, longest + 1.5)), 1)


def line_count(value, width: float) -> int:
    """Lines a wrapped cell takes at ``width``."""
    if value is None or value == "":
        return 1
    text = value if isinstance(value, str) else str(value)
    usable = max(1.0, width - 1.2)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.splitlines() or [""])
