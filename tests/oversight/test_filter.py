"""The tree's status filter offers 已销号 and 已退回; 已完成 no longer lists a closed task."""

from datetime import date

from tests.oversight.conftest import PERIOD, plan_of, report
from zjtracker.db.models import YearlyPlan
from zjtracker.services.assessment import CLOSED, DONE
from zjtracker.services.oversight.actions import close_task, return_report
from zjtracker.services.oversight.states import RETURNED_FILTER
from zjtracker.services.tree_filter import TreeFilter, visible_nodes


def measures(database, status: str) -> set[int]:
    shown = visible_nodes(database, TreeFilter(status=status), PERIOD)
    return {node_id for kind, node_id in shown.shown if kind == "measure"}


def measure_of(database, plan_id: int) -> int:
    with database.session() as session:
        return session.get(YearlyPlan, plan_id).measure_id


def test_filter_by_closed_and_by_sent_back(database, policy_id):
    done = report(database, "一、", 1, status_text="已办结。", percent=100.0, assessment="已完成")
    closed = report(database, "一、", 3, status_text="已推广。", percent=100.0, assessment="已完成")
    sent_back = report(database, "二、", 1, status_text="推进中。", percent=50.0)
    close_task(database, closed, date(2025, 9, 30), "验收通过")
    return_report(database, sent_back, PERIOD, "请补充数据")
    task = {measure_of(database, p) for p in (done, closed, sent_back)}
    assert measures(database, CLOSED) & task == {measure_of(database, closed)}
    assert measures(database, DONE) & task == {measure_of(database, done)}
    assert measures(database, RETURNED_FILTER) & task == {measure_of(database, sent_back)}
    assert measure_of(database, plan_of(database, "二、", 2)) not in measures(database, CLOSED)
