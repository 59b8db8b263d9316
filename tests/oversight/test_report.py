"""The quarterly report counts 已销号 apart from 已完成 (read back from the PDF), leaves a closed
task out of 超期 and 未报送, and says it as a sentence reads; reopening restores the counts."""

from datetime import date

from tests.oversight.conftest import plan_of, report
from tests.reports.pdf_text import pages, squeeze
from zjtracker.services.assessment import CLOSED, DONE, NOT_REPORTED
from zjtracker.services.oversight.actions import close_task, reopen_task
from zjtracker.services.reporting.data import build_report_data
from zjtracker.services.reporting.job import ReportRequest, run_report

TODAY = date(2025, 10, 15)


def pdf_text(database, policy_id, target) -> str:
    run_report(database, ReportRequest("2025Q3", target, policy_id=policy_id, today=TODAY))
    return "".join(squeeze(page.text()) for page in pages(target))


def test_closed_counted_apart_from_done_in_the_data_and_the_pdf(database, policy_id, tmp_path):
    report(database, "一、", 1, status_text="已实现集中统一办理。", percent=100.0, assessment="已完成")
    closed = report(database, "一、", 3, status_text="电子发票全面推广。", percent=100.0, assessment="已完成")
    report(database, "二、", 1, status_text="办税事项全程网办。", percent=60.0, assessment="序时推进")
    silent = plan_of(database, "二、", 2)  # nothing reported, then closed on the unit's word
    close_task(database, closed, date(2025, 9, 28), "市税务局验收报告")
    close_task(database, silent, date(2025, 9, 29), "经核实已完成")

    data = build_report_data(database, "2025Q3", policy_id=policy_id, today=TODAY)
    assert (data.totals.counts[CLOSED], data.totals.counts[DONE], data.totals.counts[NOT_REPORTED]) == (2, 1, 1)
    assert silent not in [row.plan_id for row in data.not_reported]
    text = pdf_text(database, policy_id, tmp_path / "报告.pdf")
    assert "已销号2项" in text and "已完成1项" in text
    assert "已办结销号1项，已完成1项，序时推进0项。" in text  # 一、市场准入 in 主要进展

    reopen_task(database, closed)
    reopen_task(database, silent)
    data = build_report_data(database, "2025Q3", policy_id=policy_id, today=TODAY)
    assert (data.totals.counts[CLOSED], data.totals.counts[DONE], data.totals.counts[NOT_REPORTED]) == (0, 2, 2)
    text = pdf_text(database, policy_id, tmp_path / "报告2.pdf")
    assert "已销号" not in text and "已完成2项" in text


def test_the_excel_ledger_says_closed_in_its_status_column(database, policy_id, tmp_path):
    from openpyxl import load_workbook

    closed = report(database, "一、", 3, status_text="电子发票全面推广。", percent=100.0, assessment="已完成")
    close_task(database, closed, date(2025, 9, 28), "验收通过")
    target = tmp_path / "台账.xlsx"
    run_report(database, ReportRequest("2025Q3", target, policy_id=policy_id, today=TODAY))
    sheet = load_workbook(target).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if "系统评估" in r)
    status, task = header.index("系统评估"), header.index("工作任务")
    by_task = {r[task]: r[status] for r in rows[rows.index(header) + 1:] if r[task]}
    assert by_task["全面推广数字化电子发票，引导企业通过电子发票服务平台开具发票。"] == "已销号"
    assert by_task["便利企业分支机构信息变更，在全市范围内实行集中统一办理。"] == "未报送"
