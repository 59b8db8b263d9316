"""复核, 退回, clear, 销号 and 重新打开 as services: each found in the database and the change log."""

from datetime import date

import pytest

from tests.oversight.conftest import closed_columns, log_rows, plan_of, report, review_row
from zjtracker.services.context import current_user
from zjtracker.services.oversight.actions import (
    OversightRefused,
    clear_verdict,
    close_task,
    reopen_task,
    return_report,
    review_report,
)
from zjtracker.services.oversight.queries import plan_oversight, returned_reasons, verdicts
from zjtracker.services.oversight.states import CHANGED, RESUBMITTED, RETURNED, REVIEWED
from zjtracker.services.periods import Period


def test_review_return_and_clear_are_stored_and_logged(database, policy_id):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    review_report(database, plan_id, "2025Q3", "  数据已核  ")
    assert review_row(database, plan_id) == ("reviewed", "数据已核", current_user())
    return_report(database, plan_id, "2025Q3", "未写明排查数量")
    assert review_row(database, plan_id)[:2] == ("returned", "未写明排查数量")  # one verdict per plan and period
    assert clear_verdict(database, plan_id, "2025Q3") is True
    assert review_row(database, plan_id) is None
    assert clear_verdict(database, plan_id, "2025Q3") is False
    assert log_rows(database, plan_id) == [
        ("review", None, "2025Q3 已复核：数据已核"),
        ("review", "2025Q3 已复核：数据已核", "2025Q3 已退回：未写明排查数量"),
        ("review", "2025Q3 已退回：未写明排查数量", None)]


def test_a_verdict_needs_a_report_and_a_return_needs_a_reason(database, policy_id):
    plan_id = plan_of(database, "一、", 3)
    with pytest.raises(OversightRefused, match="还没有报送进展"):
        review_report(database, plan_id, "2025Q3")
    report(database, "一、", 3, status_text="推进中。")
    with pytest.raises(OversightRefused, match="退回原因"):
        return_report(database, plan_id, "2025Q3", "   ")
    assert review_row(database, plan_id) is None and log_rows(database, plan_id) == []


def test_a_report_after_the_verdict_turns_it_into_to_review_and_keeps_the_reason(database, policy_id):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    return_report(database, plan_id, "2025Q3", "请补充数据")
    assert verdicts_of(database, plan_id).state == RETURNED
    assert returned_reasons(database, [plan_id], Period.parse("2025Q4")) == {plan_id: "请补充数据"}
    assert returned_reasons(database, [plan_id], Period.parse("2025Q3")) == {plan_id: "请补充数据"}
    report(database, "一、", 2, status_text="已排查 32 家。", percent=60.0)  # the unit answered
    verdict = verdicts_of(database, plan_id)
    assert (verdict.stored, verdict.state, verdict.note) == (RETURNED, RESUBMITTED, "请补充数据")
    assert returned_reasons(database, [plan_id], Period.parse("2025Q4")) == {}
    review_report(database, plan_id, "2025Q3", "")
    assert verdicts_of(database, plan_id).state == REVIEWED
    report(database, "一、", 2, status_text="已排查 33 家。", percent=60.0)
    assert verdicts_of(database, plan_id).state == CHANGED


def verdicts_of(database, plan_id):
    with database.session() as session:
        return verdicts(session, [plan_id], "2025Q3")[plan_id]


def test_close_and_reopen_a_task(database, policy_id):
    plan_id = report(database, "二、", 1, status_text="已全程网办。", percent=80.0)
    close_task(database, plan_id, date(2025, 9, 20), "市政务服务数据管理局验收意见", "张三")
    assert closed_columns(database, plan_id) == (date(2025, 9, 20), "市政务服务数据管理局验收意见", "张三")
    seen = plan_oversight(database, plan_id, "2025Q3")
    assert seen.closed and seen.latest_percent == 80.0 and seen.latest_period == "2025Q3"
    assert seen.task.startswith("（1）")
    assert reopen_task(database, plan_id) is True
    assert closed_columns(database, plan_id) == (None, "", "")
    assert reopen_task(database, plan_id) is False
    assert log_rows(database, plan_id) == [
        ("closed_on", None, "2025-09-20"), ("closed_basis", None, "市政务服务数据管理局验收意见"),
        ("closed_by", None, "张三"),
        ("closed_on", "2025-09-20", None), ("closed_basis", "市政务服务数据管理局验收意见", None),
        ("closed_by", "张三", None)]


def test_closing_defaults_to_today_and_the_current_user(database, policy_id):
    plan_id = plan_of(database, "二、", 2)  # closing needs no report (the GUI asks to confirm)
    closing = close_task(database, plan_id, basis="")
    assert (closing.closed_on, closing.by) == (date.today(), current_user())
    assert closed_columns(database, plan_id) == (date.today(), "", current_user())


def test_a_closed_task_cannot_be_sent_back_until_reopened(database, policy_id):
    plan_id = report(database, "二、", 1, status_text="已全程网办。", percent=100.0)
    close_task(database, plan_id, date(2025, 9, 20), "验收意见", "张三")
    with pytest.raises(OversightRefused, match="2025-09-20 办结销号.*重新打开"):
        return_report(database, plan_id, "2025Q3", "材料不全")
    assert review_row(database, plan_id, "2025Q3") is None  # nothing stored
    review_report(database, plan_id, "2025Q3", "已核实")  # a 复核 of the closed task's last report is fine
    reopen_task(database, plan_id)
    return_report(database, plan_id, "2025Q3", "材料不全")
    assert verdicts_of(database, plan_id).state == RETURNED
