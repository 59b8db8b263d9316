from collections import Counter
from datetime import date

from sqlalchemy import select

from tests.dashboard.conftest import (
    LONG_AREA, PERCENTS, SAMPLE_PERIOD, SAMPLE_TODAY, dashboard_policy, fill, plan_ids_by_number)
from tests.services.factories import result_of, small_policy
from zjtracker.db.models import Area, Assignment, Measure, ProgressReport, YearlyPlan
from zjtracker.services.assessment import status_for
from zjtracker.services.dashboard import NO_LEAD_UNIT, STATUSES, dashboard_data
from zjtracker.services.ledger import find_unit_id
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result

Q3 = Period.parse("2024Q3")


def _load(database) -> dict[int, int]:
    store_result(database, result_of(dashboard_policy(), small_policy()), "s")
    plans = plan_ids_by_number(database, "湛江市看板测试实施方案")
    for number, percent in PERCENTS.items():
        fill(database, plans[number], "2024Q3", percent=percent, status_text="有进展。")
    return plans


def _plans_of(database, year: int, unit_id: int | None = None, role: str | None = None) -> set[int]:
    query = select(YearlyPlan.id).where(YearlyPlan.year == year)
    if unit_id is not None:
        query = query.join(Assignment, Assignment.measure_id == YearlyPlan.measure_id).where(
            Assignment.unit_id == unit_id, *([Assignment.role == role] if role else []))
    with database.session() as session:
        return set(session.scalars(query))


def _counts(data) -> dict[str, int]:
    return dict(data.counts.counts)


def test_every_plan_is_counted_once_by_status_area_and_lead_unit(database):
    plans = _load(database)
    data = dashboard_data(database, Q3, today=date(2024, 10, 1))
    # small_policy adds two plans for 2024 with nothing reported, and measure 5 has no report: 未报送
    assert _counts(data) == {"已销号": 0, "已完成": 1, "序时推进": 1, "滞后": 1, "超期": 1, "未启动": 0, "未评估": 0,
                             "未报送": 3}
    assert data.total == len(_plans_of(database, 2024)) == 7
    assert [a.name for a in data.areas] == ["一、稳定增长", "二、" + LONG_AREA, "二、重点任务"]
    assert [dict(a.counts.counts) for a in data.areas][:2] == [
        {"已销号": 0, "已完成": 1, "序时推进": 0, "滞后": 1, "超期": 1, "未启动": 0, "未评估": 0, "未报送": 0},
        {"已销号": 0, "已完成": 0, "序时推进": 1, "滞后": 0, "超期": 0, "未启动": 0, "未评估": 0, "未报送": 1}]
    assert sum(a.counts.total for a in data.areas) == data.total
    by_unit = {u.name: dict(u.counts.counts) for u in data.units}
    # 市发改局 and 市发展和改革局 are one unit; measure 2 has two lead units and counts for both.
    assert by_unit["市发展和改革局"] == {"已销号": 0, "已完成": 1, "序时推进": 0, "滞后": 1, "超期": 0, "未启动": 0,
                                      "未评估": 0, "未报送": 2}
    assert by_unit["市商务局"] == {"已销号": 0, "已完成": 0, "序时推进": 0, "滞后": 1, "超期": 0, "未启动": 0,
                                "未评估": 0, "未报送": 1}
    assert by_unit["市财政局"]["序时推进"] == 1 and by_unit[NO_LEAD_UNIT]["超期"] == 1
    assert [u.name for u in data.units] == ["市发展和改革局", "市商务局", "市财政局", NO_LEAD_UNIT]
    [overdue] = data.overdue
    assert (overdue.plan_id, overdue.label, overdue.lead_units, overdue.deadline) == (
        plans[3], "（3）", (), date(2024, 6, 30))
    [behind] = data.behind
    assert behind.plan_id == plans[2] and behind.lead_units == ("市发展和改革局", "市商务局")
    assert behind.percent == 40 and behind.text == "推进第二项"
    assert [i.plan_id for i in data.due_soon] == [plans[4]]


def test_due_soon_means_a_deadline_within_thirty_days_and_not_done(database):
    plans = _load(database)
    assert [i.plan_id for i in dashboard_data(database, Q3, today=date(2024, 9, 15)).due_soon] == [plans[4]]
    assert dashboard_data(database, Q3, today=date(2024, 9, 14)).due_soon == []
    assert dashboard_data(database, Q3, today=date(2024, 10, 16)).due_soon == []
    later = dashboard_data(database, Q3, today=date(2024, 12, 1)).due_soon  # small_policy's task 2
    assert [(i.label, i.deadline) for i in later] == [("2.", date(2024, 12, 31))]
    # an item already past the period's deadline is both overdue and due soon while not done
    early = dashboard_data(database, Q3, today=date(2024, 6, 20))
    assert [i.plan_id for i in early.due_soon] == [plans[3]] and early.due_soon[0].status == "超期"
    fill(database, plans[4], "2024Q3", percent=100.0, assessment="已完成")
    assert dashboard_data(database, Q3, today=date(2024, 10, 1)).due_soon == []


def test_scope_by_policy_and_by_unit_through_an_alias(database):
    _load(database)
    data = dashboard_data(database, Q3)
    with database.session() as session:
        policy_id = session.scalar(select(Area.policy_id).join(Measure, Measure.area_id == Area.id)
                                   .where(Measure.text == "完成第一项。"))
    mine = dashboard_data(database, Q3, policy_id=policy_id)
    assert mine.total == 5 and mine.policy_id == policy_id
    assert {a.policy_id for a in mine.areas} == {policy_id} and len(data.areas) == 3
    unit_id = find_unit_id(database, "市发改局")
    scoped = dashboard_data(database, Q3, unit_id=unit_id)
    assert scoped.total == len(_plans_of(database, 2024, unit_id)) == 4
    assert _counts(scoped) == {"已销号": 0, "已完成": 1, "序时推进": 0, "滞后": 1, "超期": 0, "未启动": 0, "未评估": 0,
                               "未报送": 2}
    commerce = dashboard_data(database, Q3, unit_id=find_unit_id(database, "市商务局"))
    assert commerce.total == len(_plans_of(database, 2024, find_unit_id(database, "市商务局"))) == 4
    both = dashboard_data(database, Q3, policy_id=policy_id, unit_id=unit_id)
    assert both.total == 2


def test_an_empty_period_has_zero_counts(database):
    _load(database)
    data = dashboard_data(database, Period.parse("2019Q1"))
    assert data.total == 0 and data.areas == [] and data.units == [] and data.overdue == []
    assert set(data.counts.counts) == set(STATUSES)


def _independent_status(database, period: Period) -> dict[int, str]:
    """Each 2023 plan's status, from a direct query and the assessment rules."""
    with database.session() as session:
        rows = session.execute(
            select(YearlyPlan.id, YearlyPlan.year, Measure.deadline, ProgressReport.percent,
                   ProgressReport.assessment, ProgressReport.status_text, ProgressReport.id)
            .join(Measure, Measure.id == YearlyPlan.measure_id)
            .outerjoin(ProgressReport, (ProgressReport.plan_id == YearlyPlan.id)
                       & (ProgressReport.period == str(period)))
            .where(YearlyPlan.year == period.year)).all()
    return {plan_id: status_for(percent, assessment or "", deadline, period, year, bool(text),
                                reported=report_id is not None)
            for plan_id, year, deadline, percent, assessment, text, report_id in rows}


def test_counts_on_the_sample_match_the_database(filled_sample):
    database = filled_sample.database
    period = Period.parse(SAMPLE_PERIOD)
    statuses = _independent_status(database, period)
    data = dashboard_data(database, period, today=SAMPLE_TODAY)
    assert data.total == len(statuses) == 518
    assert _counts(data) == {s: Counter(statuses.values())[s] for s in STATUSES}
    assert _counts(data)["已完成"] == 3 and _counts(data)["超期"] == 1
    assert _counts(data)["未报送"] == 518 - 14 and data.reported == 14
    assert [i.plan_id for i in data.overdue] == [filled_sample.overdue_plan]
    assert {i.plan_id for i in data.behind} == {p for p, s in statuses.items() if s == "滞后"}
    assert filled_sample.soon_plan in {i.plan_id for i in data.due_soon}
    unit_id = find_unit_id(database, "市发改局")
    lead = _plans_of(database, 2023, unit_id, "lead")
    [unit] = [u for u in data.units if u.unit_id == unit_id]
    assert unit.counts.total == len(lead) > 0
    assert dict(unit.counts.counts) == {s: sum(1 for p in lead if statuses[p] == s) for s in STATUSES}
    scoped = dashboard_data(database, period, unit_id=unit_id)
    assert scoped.total == len(_plans_of(database, 2023, unit_id))
