"""The tracker says 已退回; a closed task leaves the 催报 list, the overdue list and is counted
已销号 apart from 已完成 in the overview; reopening restores it all."""

from datetime import date

from tests.oversight.conftest import PERIOD, plan_of, report, unit_id
from zjtracker.services.assessment import CLOSED, DONE, OVERDUE
from zjtracker.services.dashboard import dashboard_data
from zjtracker.services.oversight.actions import close_task, reopen_task, return_report
from zjtracker.services.returns.reminder_list import reminder_list
from zjtracker.services.returns.tracker import tracker_grid

AFTER_Q3 = date(2025, 10, 20)


def due_in_june(database, plan_id: int) -> None:
    """完成时限 2025-06-30: unfinished in Q4, the task is 超期."""
    from zjtracker.db.models import Measure, YearlyPlan

    with database.session() as session:
        session.get(Measure, session.get(YearlyPlan, plan_id).measure_id).deadline = date(2025, 6, 30)


def test_the_tracker_counts_the_reports_sent_back_until_reported_again(database, policy_id):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    return_report(database, plan_id, PERIOD, "请补充数据")
    grid = tracker_grid(database, policy_id, 2025, AFTER_Q3)
    assert grid.sent_back_of(unit_id(database, "市商务局"), "2025Q3") == 1
    assert grid.sent_back_of(unit_id(database, "市税务局"), "2025Q3") == 0
    report(database, "一、", 2, status_text="已排查 32 家。", percent=60.0)
    assert tracker_grid(database, policy_id, 2025, AFTER_Q3).sent_back == {}


def test_a_closed_task_leaves_the_reminder_list_and_the_overdue_list(database, policy_id):
    before = reminder_list(database, policy_id, PERIOD, AFTER_Q3)
    assert "市发改局" not in [m.name for m in before.missing]  # 二、（4） has no 2025 plan
    tax = [plan_of(database, "一、", 3), plan_of(database, "二、", 1)]  # 市税务局 leads both
    assert "市税务局" in [m.name for m in before.missing]
    for plan_id in tax:
        close_task(database, plan_id, date(2025, 9, 30), "验收通过")
    assert "市税务局" not in [m.name for m in reminder_list(database, policy_id, PERIOD, AFTER_Q3).missing]
    for plan_id in tax:
        reopen_task(database, plan_id)
    assert "市税务局" in [m.name for m in reminder_list(database, policy_id, PERIOD, AFTER_Q3).missing]


def test_the_overview_counts_closed_apart_from_done_and_drops_it_from_overdue(database, policy_id):
    done = report(database, "一、", 1, "2025Q4", status_text="已办结。", percent=100.0, assessment="已完成")
    late = report(database, "一、", 2, "2025Q4", status_text="仍在排查。", percent=50.0, assessment="滞后")
    due_in_june(database, late)
    closed = report(database, "二、", 1, "2025Q4", status_text="全部网办。", percent=100.0, assessment="已完成")
    close_task(database, closed, date(2025, 12, 20), "验收通过")
    from zjtracker.services.periods import Period

    q4 = Period.parse("2025Q4")
    data = dashboard_data(database, q4, policy_id, today=date(2026, 1, 10))
    assert (data.counts[CLOSED], data.counts[DONE]) == (1, 1)
    assert [i.plan_id for i in data.overdue] == [late]
    close_task(database, late, date(2025, 12, 31), "经研究不再推进")
    data = dashboard_data(database, q4, policy_id, today=date(2026, 1, 10))
    assert (data.counts[CLOSED], data.counts[DONE], data.counts[OVERDUE]) == (2, 1, 0) and data.overdue == []
    assert done not in [i.plan_id for i in data.overdue]
    reopen_task(database, late)
    reopen_task(database, closed)
    data = dashboard_data(database, q4, policy_id, today=date(2026, 1, 10))
    assert (data.counts[CLOSED], data.counts[DONE]) == (0, 2) and [i.plan_id for i in data.overdue] == [late]
