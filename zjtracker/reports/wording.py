"""The sentences of the progress report, shared by the PDF and the Word writer so that both
say the same thing: section titles, the summary, how a task and its numbers are written."""

from __future__ import annotations

from datetime import date

from zjtracker.numerals import chinese_numeral
from zjtracker.services.assessment import BEHIND, DONE, NOT_STARTED, ON_SCHEDULE, OVERDUE
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.report_data import (
    MOVED_BEHIND,
    MOVED_DONE,
    MOVED_DOWN,
    ReportData,
    StatusCount,
    lead_of,
)
from zjtracker.services.tree import short_title

# The sections a report may hold, in the order they are printed.
SUMMARY, CHARTS, LAGGING, CHANGES, ISSUES, INDICATORS, DETAILS = (
    "summary", "charts", "lagging", "changes", "issues", "indicators", "details")
SECTIONS = (SUMMARY, CHARTS, LAGGING, CHANGES, ISSUES, INDICATORS, DETAILS)
SECTION_TITLES = {
    SUMMARY: "总体情况",
    CHARTS: "分领域和分牵头单位推进情况",
    LAGGING: "超期和滞后事项",
    CHANGES: "与上期相比的变化",
    ISSUES: "存在问题和意见建议",
    INDICATORS: "主要指标完成情况",
    DETAILS: "落实情况明细表",
}
DETAIL_HEADERS = ("序号", "工作任务/具体措施", "牵头单位", "本年度计划", "落实情况", "完成进度", "评估情况")
CHANGE_HEADERS = ("序号", "工作任务", "牵头单位", "上期进度→本期进度", "评估变化")
INDICATOR_HEADERS = ("序号", "指标名称", "单位", "基期值", "目标值", "最新实际值", "完成目标比例")
COUNT_HEADERS = ("名称", "措施数", DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED)

def chinese_index(n: int) -> str:
    """1 → 一, 12 → 十二, 110 → 一百一十 (headings 一、 and （一）)."""
    return chinese_numeral(n)


def written_date(day: date) -> str:
    """The date as official documents write it: 2025年10月20日."""
    return f"{day.year}年{day.month}月{day.day}日"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def share(value: float) -> str:
    return f"{value:.1f}%"


def counts_sentence(counts: StatusCount) -> str:
    """已完成 3 项（占 5.0%），序时推进 …"""
    parts = [f"{status}{counts.counts[status]}项（占{share(counts.share(status))}）"
             for status in (DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED)]
    return "，".join(parts)


def scope_words(data: ReportData) -> str:
    if data.scope == "policy":
        return f"《{data.scope_name}》"
    if data.scope == "unit":
        return f"{data.scope_name}牵头或参与、"
    return f"{len(data.policies)}项政策文件"


def summary_paragraphs(data: ReportData) -> list[str]:
    totals = data.totals
    first = (f"截至{data.period.label()}末，{scope_words(data)}纳入统计的工作措施共{totals.total}项"
             f"（按{data.period.year}年度计划计），其中{counts_sentence(totals)}。"
             f"本期报送落实情况{data.reported}项，平均完成进度{data.average_percent:.1f}%。")
    paragraphs = [first]
    if data.multi_policy:
        for part in data.policies:
            paragraphs.append(f"《{part.title}》{part.totals.total}项：{counts_sentence(part.totals)}。")
    return paragraphs


def changes_sentence(data: ReportData) -> str:
    previous = data.previous.label()
    return (f"与上期（{previous}）相比，本期新完成{len(data.moved(MOVED_DONE))}项，"
            f"转为滞后或超期{len(data.moved(MOVED_BEHIND))}项，"
            f"完成进度下降{len(data.moved(MOVED_DOWN))}项；进度或评估有变化的共{len(data.movements)}项。")


def lagging_sentence(data: ReportData) -> str:
    return (f"本期超期事项{len(data.overdue)}项、滞后事项{len(data.behind)}项，"
            "请牵头单位加快推进，按时限完成。")


def issues_sentence(data: ReportData) -> str:
    count = sum(len(group.rows) for group in data.issues)
    if not count:
        return "本期各单位未报送存在问题和意见建议。"
    return f"本期{len(data.issues)}个牵头单位对{count}项措施反映了存在问题或提出了意见建议，按牵头单位归纳如下。"


def task_name(row: LedgerRow, with_policy: bool = False, limit: int = 40) -> str:
    """A task as the lists name it: （12）便利企业分支机构、连锁门店信息变更."""
    name = f"{row.measure_label}{short_title(row.measure_text, limit)}"
    if with_policy:
        name = f"《{short_title(row.policy_title, 16)}》{name}"
    return name


def overdue_line(row: LedgerRow) -> str:
    deadline = row.deadline_text or (f"{row.deadline.year}年{row.deadline.month}月" if row.deadline else "")
    return f"牵头单位：{lead_of(row)}；完成时限：{deadline}；完成进度：{percent(row.percent)}。"


def behind_line(row: LedgerRow) -> str:
    return (f"牵头单位：{lead_of(row)}；完成进度：{percent(row.percent)}，"
            f"序时进度：{percent(row.expected)}。")


def progress_change(row: LedgerRow) -> str:
    return f"{percent(row.previous_percent)}→{percent(row.percent)}"


def status_change(row: LedgerRow) -> str:
    before = row.previous_status or "—"
    return row.status if before == row.status else f"{before}→{row.status}"


def issue_lines(row: LedgerRow) -> list[str]:
    lines = []
    if row.problems.strip():
        lines.append(f"存在问题：{row.problems.strip()}")
    if row.suggestions.strip():
        lines.append(f"意见建议：{row.suggestions.strip()}")
    return lines


def number(value: float | None, text: str = "") -> str:
    if value is None:
        return text or "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def indicator_cells(info, up_to_year: int) -> list[str]:
    """名称, 单位, 基期值, 目标值, 最新实际值 (year), 完成目标比例 of an IndicatorInfo, with the
    latest actual value known for a year up to ``up_to_year``."""
    baseline = info.baseline_text.strip() or number(info.baseline_value)
    if info.baseline_year and baseline != "—":
        baseline = f"{baseline}（{info.baseline_year}年）"
    target = info.target_text.strip() or number(info.target_value)  # as the policy words it: 20%左右
    if info.target_year and target != "—":
        target = f"{target}（{info.target_year}年）"
    years = [year for year in info.actuals if year <= up_to_year]
    latest, reached = "—", None
    if years:
        year = max(years)
        latest = f"{number(info.actuals[year])}（{year}年）"
        reached = info.share_reached(info.actuals[year])
    return [info.name, info.unit or "", baseline, target, latest, "—" if reached is None else f"{reached:g}%"]
