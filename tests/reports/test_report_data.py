from datetime import date

import pytest

from tests.reports.conftest import LEDGER_POLICY, TODAY
from zjtracker.services.assessment import (
    BEHIND,
    DONE,
    NOT_REPORTED,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
)
from zjtracker.services.ledger import UnitNotFound
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.reporting.data import (
    MOVED_BEHIND,
    MOVED_DONE,
    MOVED_DOWN,
    NothingToReport,
    build_report_data,
)


def test_counts_and_lists_of_the_whole_database(filled):
    data = build_report_data(filled.db, "2023Q3", today=TODAY)
    assert data.totals.total == len(data.rows) == 518
    assert data.totals.counts[DONE] == 1
    assert data.totals.counts[OVERDUE] == 1
    assert data.totals.counts[BEHIND] == 1
    assert data.totals.counts[ON_SCHEDULE] == 5  # dropped, long, formula, plan_long, huge
    assert data.totals.counts[NOT_REPORTED] == 510  # nothing stored: not 未启动
    assert data.totals.counts[NOT_STARTED] == 0
    assert sum(data.totals.counts.values()) == 518
    assert data.totals.reported == 8
    assert data.totals.share(DONE) == pytest.approx(100 / 8)  # over what was reported
    assert data.with_percent == 8
    assert data.average_percent == pytest.approx((70 + 100 + 55 + 50 + 75 + 90 + 80 + 75) / 8)
    assert sum(count for _unit, count in data.silent_units) >= 510
    assert len(data.not_reported) == 510
    assert [r.plan_id for r in data.overdue] == [filled.rows["overdue"].plan_id]
    assert [r.plan_id for r in data.behind] == [filled.rows["behind"].plan_id]
    assert data.title == "关于2023年第三季度政策措施落实情况的报告"
    assert data.multi_policy and len(data.policies) == 4
    assert data.reported == 8


def test_movements_since_the_previous_period(filled):
    data = build_report_data(filled.db, "2023Q3", today=TODAY)
    by_plan = {m.row.plan_id: m.kinds for m in data.movements}
    assert by_plan[filled.rows["done"].plan_id] == [MOVED_DONE]
    assert by_plan[filled.rows["behind"].plan_id] == [MOVED_BEHIND]
    assert by_plan[filled.rows["dropped"].plan_id] == [MOVED_DOWN]
    assert filled.rows["overdue"].plan_id not in by_plan  # no report in 2023Q2: nothing to compare
    assert [m.row.plan_id for m in data.moved(MOVED_DOWN)] == [filled.rows["dropped"].plan_id]
    assert len(data.movements) == 3  # only the rows reported in both periods
    assert data.has_previous


def test_a_first_period_has_no_movements(filled):
    data = build_report_data(filled.db, "2023Q2", today=TODAY)
    assert not data.has_previous and data.movements == []


def test_problems_and_suggestions_grouped_by_lead_unit(filled):
    data = build_report_data(filled.db, "2023Q3", policy_id=LEDGER_POLICY, today=TODAY)
    grouped = {group.unit: [r.plan_id for r in group.rows] for group in data.issues}
    lead = filled.rows["long"].lead_units[0]
    assert filled.rows["long"].plan_id in grouped[lead]
    assert filled.rows["behind"].plan_id in grouped[filled.rows["behind"].lead_units[0]]
    assert sum(len(v) for v in grouped.values()) == 4  # dropped, behind, long, formula
    assert data.scope == "policy" and "优化营商环境" in data.title
    assert [a.name for a in data.policies[0].by_area][:2] == ["（一）市场准入", "（二）办理建筑许可"]


def test_unit_scope_counts_a_unit_under_all_its_names(filled):
    by_alias = build_report_data(filled.db, "2023Q3", unit="市市场监管局", today=TODAY)
    by_name = build_report_data(filled.db, "2023Q3", unit="市市场监督管理局", today=TODAY)
    assert by_alias.scope_name == by_name.scope_name == "市市场监督管理局"
    assert len(by_alias.rows) == len(by_name.rows) > 0
    assert by_alias.title.startswith("关于市市场监督管理局")


def test_indicators_with_numbers_only(sample_db):
    from zjtracker.services.indicators import policy_indicators, set_actual

    gdp = policy_indicators(sample_db, 3)[0]
    set_actual(sample_db, gdp.id, 2021, 7.7)
    data = build_report_data(sample_db, "2021Q4", policy_id=3, today=date(2022, 1, 10))
    names = [info.name for _, info in data.indicators]
    assert len(names) == 10 and names[0] == "地区生产总值增长"
    assert data.indicators[0][1].share_reached(7.7) == 110.0
    ledger = build_report_data(sample_db, "2023Q3", policy_id=2)
    assert ledger.indicators == []  # the ledger's 19 indicator names carry no numbers


def test_bad_scopes_are_refused_with_a_sentence(filled):
    with pytest.raises(PolicyNotFound):
        build_report_data(filled.db, "2023Q3", policy_id=999)
    with pytest.raises(UnitNotFound, match="火星局"):
        build_report_data(filled.db, "2023Q3", unit="火星局")
    with pytest.raises(NothingToReport, match="2019"):
        build_report_data(filled.db, "2019Q1")
