"""The report's tables as plain rows of text, shared by the PDF and the Word writer: the counts
by area (or policy) and by lead unit in the body, and the lists of the 附件 (超期和滞后,
未报送, what changed, problems). Task texts are given whole: the 附件 is where nothing is cut."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from zjtracker.numerals import chinese_numeral
from zjtracker.reports.clip import is_none_text
from zjtracker.reports.narrative import policy_names
from zjtracker.reports.wording import percent
from zjtracker.services.assessment import NOT_REPORTED
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.reporting.data import (
    STATUSES,
    ReportData,
    StatusCount,
    lead_of,
    report_status,
)

UNITS_IN_BODY = 10  # the body's table by lead unit: the busiest, the rest summed up in one row
AREAS_IN_BODY = 18  # the body's table and chart by area (or policy)
HEADER_LINES = {"序时推进": "序时\n推进"}  # broken where a reader breaks it, not 序时推/进


@dataclass
class Table:
    """Headers, relative column widths (mm on a portrait or landscape page) and rows; a row
    whose ``bands`` entry is set is a heading across the table (a unit, a policy)."""

    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: list[list[str]] = field(default_factory=list)
    bands: dict[int, str] = field(default_factory=dict)  # row index → band text
    centered_from: int = 1

    def band(self, text: str) -> None:
        self.bands[len(self.rows)] = text
        self.rows.append([""] * len(self.headers))


def shown_statuses(totals: StatusCount) -> list[str]:
    """The states that occur, in the report's order, 未报送 last."""
    return [s for s in STATUSES if totals.counts[s] and s != NOT_REPORTED]


def count_table(groups: list[StatusCount], name_header: str, totals: StatusCount, name_width: float) -> Table:
    """名称 | 措施数 | 未报送 | 已报送 | one column per state that occurs: what the charts draw."""
    statuses = shown_statuses(totals)
    headers = (name_header, "措施数", "未报送", "已报送", *(HEADER_LINES.get(s, s) for s in statuses))
    rest = (156 - name_width) / (len(headers) - 1)
    table = Table(headers, (name_width, *([rest] * (len(headers) - 1))))
    for group in [*groups, totals]:
        table.rows.append([group.name, str(group.total), str(group.counts[NOT_REPORTED]), str(group.reported),
                           *(str(group.counts[s]) for s in statuses)])
    return table


def top_units(groups: list[StatusCount], limit: int = UNITS_IN_BODY, noun: str = "单位") -> list[StatusCount]:
    """The ``limit`` largest groups, in their order, and one row for the rest (其他N个单位)."""
    if len(groups) <= limit + 1:
        return list(groups)
    ranked = sorted(range(len(groups)), key=lambda i: -groups[i].total)[:limit]
    kept = set(ranked)
    rest = StatusCount(f"其他{len(groups) - limit}个{noun}")
    for index, group in enumerate(groups):
        if index not in kept:
            for status, count in group.counts.items():
                rest.counts[status] += count
    return [groups[i] for i in sorted(kept)] + [rest]


def area_groups(data: ReportData) -> tuple[str, list[StatusCount]]:
    """The body's first table: by policy when there are several, else by area."""
    if data.multi_policy:
        groups = [StatusCount(f"《{p.title}》", p.totals.counts) for p in data.policies]
        return "政策文件", top_units(groups, AREAS_IN_BODY, "政策文件")
    groups = list(data.policies[0].by_area) if data.policies else []
    return "领域", top_units(groups, AREAS_IN_BODY, "领域")


def task_text(row: LedgerRow, names: dict[int, str] | None = None) -> str:
    """The whole task: （12）便利企业分支机构……, with the policy's name in a report of several."""
    text = f"{row.measure_label}{' '.join(row.measure_text.split())}"
    if names:
        text = f"{names.get(row.policy_id, '')}{text}"
    return text


def _names(data: ReportData) -> dict[int, str] | None:
    return policy_names(data) if data.multi_policy else None


def _deadline(row: LedgerRow) -> str:
    if row.deadline_text:
        return row.deadline_text
    return f"{row.deadline.year}年{row.deadline.month}月{row.deadline.day}日" if row.deadline else "—"


def lagging_table(data: ReportData) -> Table:
    table = Table(("序号", "工作任务", "牵头单位", "完成时限", "完成进度", "序时进度", "评估情况"),
                  (14, 118, 36, 30, 19, 19, 21), centered_from=3)
    names = _names(data)
    for title, rows in (("超期事项", data.overdue), ("滞后事项", data.behind)):
        if not rows:
            continue
        table.band(f"{title}（{len(rows)}项）")
        for n, row in enumerate(rows, 1):
            table.rows.append([str(n), task_text(row, names), "、".join(row.lead_units) or "—", _deadline(row),
                               percent(row.percent), percent(row.expected), report_status(row)])
    return table


def silent_table(data: ReportData) -> Table:
    """未报送: the tasks left empty, under their lead unit, most first (配合单位 where any)."""
    with_others = any(row.cooperating_units for row in data.not_reported)
    table = Table(("序号", "工作任务", "完成时限", "配合单位") if with_others else ("序号", "工作任务", "完成时限"),
                  (14, 160, 30, 53) if with_others else (14, 213, 30), centered_from=2)
    names = _names(data)
    by_unit: dict[str, list[LedgerRow]] = defaultdict(list)
    for row in data.not_reported:
        for unit in row.lead_units or [lead_of(row)]:
            by_unit[unit].append(row)
    for index, (unit, count) in enumerate(data.silent_units, 1):
        table.band(f"（{chinese_numeral(index)}）{unit}（未报送{count}项）")
        for n, row in enumerate(by_unit.get(unit, []), 1):
            cells = [str(n), task_text(row, names), _deadline(row)]
            table.rows.append(cells + ["、".join(row.cooperating_units)] if with_others else cells)
    return table


def _progress_change(row: LedgerRow) -> str:
    """80%→70%; a report of either period without 完成进度 says 未填 (both periods reported)."""
    def said(value):
        return "未填" if value is None else percent(value)

    return f"{said(row.previous_percent)}→{said(row.percent)}"


def changes_table(data: ReportData) -> Table:
    table = Table(("序号", "工作任务", "牵头单位", "上期进度→本期进度", "评估变化"),
                  (14, 138, 40, 33, 32), centered_from=3)
    names = _names(data)
    for n, move in enumerate(data.movements, 1):
        name = task_text(move.row, names)
        if move.kinds:
            name += f"（{'、'.join(move.kinds)}）"
        before = move.row.previous_status or "—"
        status = report_status(move.row)
        table.rows.append([str(n), name, "、".join(move.row.lead_units) or "—", _progress_change(move.row),
                           status if before == status else f"{before}→{status}"])
    return table


def issues_table(data: ReportData) -> Table:
    """存在问题和意见建议 in full, under their lead unit (numbered （一）…（一百一十一）)."""
    table = Table(("序号", "工作任务", "存在问题", "意见建议"), (14, 81, 81, 81), centered_from=9)
    names = _names(data)
    groups = [(g.unit, [r for r in g.rows if not (is_none_text(r.problems) and is_none_text(r.suggestions))])
              for g in data.issues]
    for index, (unit, rows) in enumerate([g for g in groups if g[1]], 1):
        table.band(f"（{chinese_numeral(index)}）{unit}")
        for n, row in enumerate(rows, 1):
            table.rows.append([str(n), task_text(row, names),
                               "" if is_none_text(row.problems) else row.problems.strip(),
                               "" if is_none_text(row.suggestions) else row.suggestions.strip()])
    return table

