"""The words of the progress report shared by the PDF and the Word writer: the sections a
report may hold, column headers, how dates, percents and indicator values are written. The
paragraphs themselves are generated in narrative.py."""

from __future__ import annotations

from datetime import date

from zjtracker.numerals import chinese_numeral
from zjtracker.services.ledger import LedgerRow

# What a report may hold: the tables (SUMMARY) and the chart (CHARTS) of 一、总体情况 in the
# body, and the 附件 (LAGGING: the lists of 超期/滞后 and 未报送; CHANGES; ISSUES in full;
# INDICATORS; DETAILS: the ledger). 二、三、四 and the 附件说明 are always printed.
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
INDICATOR_HEADERS = ("序号", "指标名称", "单位", "基期值", "目标值", "最新实际值", "完成目标比例")


def chinese_index(n: int) -> str:
    """1 → 一, 12 → 十二, 110 → 一百一十 (headings 一、 and （一）)."""
    return chinese_numeral(n)


def written_date(day: date) -> str:
    """The date as official documents write it: 2025年10月20日."""
    return f"{day.year}年{day.month}月{day.day}日"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def progress_change(row: LedgerRow) -> str:
    return f"{percent(row.previous_percent)}→{percent(row.percent)}"


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
