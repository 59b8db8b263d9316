"""未报送 (nothing stored for the period) and 未评估 (text only) are states of their own in the
ledger, the tree, the overview and the Excel ledger; shares and the average 完成进度 are of
what was reported; 序时进度 reaches 100 in the quarter of the measure's deadline."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.dashboard.conftest import fill
from zjtracker.db.models import Area, Measure, YearlyPlan
from zjtracker.exporting.ledger_workbook import write_ledger_workbook
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit, ParseResult
from zjtracker.services.assessment import (
    BEHIND, DONE, NOT_REPORTED, NOT_STARTED, ON_SCHEDULE, OVERDUE, UNASSESSED, expected_percent, status_for, suggest)
from zjtracker.services.dashboard import dashboard_data
from zjtracker.services.ledger import ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.tree import load_children

Q3 = Period.parse("2024Q3")
EXPECTED = {1: DONE, 2: BEHIND, 3: UNASSESSED, 4: NOT_REPORTED, 5: NOT_REPORTED, 6: NOT_STARTED, 7: OVERDUE}


def _policy() -> ParsedPolicy:
    def measure(number, deadline=None):
        return ParsedMeasure(f"（{number}）", f"推进第{number}项。", number=number, deadline=deadline,
                             units=[ParsedUnit("市商务局" if number % 2 else "市财政局", "lead")],
                             plans=[ParsedPlan(2024, f"计划{number}")])

    return ParsedPolicy(title="湛江市报送状态测试方案", start_year=2024, end_year=2024, areas=[
        ParsedArea("一、", "报送", measures=[measure(1), measure(2), measure(3), measure(4),
                                          measure(5, date(2024, 6, 30)), measure(6), measure(7, date(2024, 6, 30))])])


@pytest.fixture
def plans(database) -> dict[int, int]:
    store_result(database, ParseResult(source="s.txt", policies=[_policy()]), "s")
    with database.session() as session:
        found = dict(session.execute(select(Measure.number, YearlyPlan.id).join(
            YearlyPlan, YearlyPlan.measure_id == Measure.id)).all())
    fill(database, found[1], "2024Q3", percent=100.0, status_text="已完成。")
    fill(database, found[2], "2024Q3", percent=40.0, status_text="推进中。")
    fill(database, found[3], "2024Q3", status_text="已召开会议，正在推进。")  # text only
    fill(database, found[6], "2024Q3", assessment="未启动")
    fill(database, found[7], "2024Q3", percent=60.0, status_text="推进中。")
    return found


def test_the_ledger_and_the_tree_say_not_reported_and_not_assessed(database, plans):
    rows = {row.number: row for row in ledger_rows(database, Q3)}
    assert {number: row.status for number, row in rows.items()} == EXPECTED
    assert not rows[4].reported and rows[3].reported and rows[3].percent is None
    assert rows[3].suggested == "" and not rows[3].contradiction  # nothing to judge: no percent counted as 0
    with database.session() as session:
        area_id = session.scalar(select(Area.id))
    nodes = {node.label: node.status for node in load_children(database, "area", area_id, Q3)}
    assert nodes == {f"（{n}）": status for n, status in EXPECTED.items()}


def test_the_overview_counts_not_reported_apart_with_the_denominator(database, plans):
    data = dashboard_data(database, Q3, today=date(2024, 10, 1))
    assert data.total == 7 and data.reported == 5 and data.counts[NOT_REPORTED] == 2
    assert data.counts[UNASSESSED] == 1 and data.counts[NOT_STARTED] == 1
    assert data.counts.share(DONE) == pytest.approx(1 / 5)  # of the five reported, not of all seven
    assert data.counts.share(NOT_REPORTED) == pytest.approx(2 / 7)
    # 100, 40 and 60 were given; the text-only report and 未启动 without a percent are not 0
    assert data.percent_count == 3 and data.average_percent == pytest.approx(200 / 3)
    # the 未报送 past its deadline is not called overdue; it heads the 未报送 list
    assert [item.plan_id for item in data.overdue] == [plans[7]]
    assert [item.plan_id for item in data.unreported] == [plans[5], plans[4]]
    assert data.unreported_past_deadline == 1 and data.total_of("unreported") == 2
    nothing = dashboard_data(database, Period.parse("2024Q1"))
    assert nothing.reported == 0 and nothing.counts.share(DONE) is None and nothing.average_percent is None


def test_the_excel_ledger_prints_the_states(database, plans):
    sheet = load_workbook(io.BytesIO(write_ledger_workbook(database, Q3))).worksheets[0]
    header = [cell.value for cell in sheet[2]]
    status, number = header.index("系统评估"), header.index("序号")
    printed = {row[number]: row[status] for row in sheet.iter_rows(min_row=3, values_only=True) if row[number]}
    assert printed == {f"（{n}）": status for n, status in EXPECTED.items()}


def test_status_rules():
    assert status_for(None, "", None, Q3, 2024, reported=False) == NOT_REPORTED
    assert status_for(None, "", date(2024, 1, 1), Q3, 2024, has_text=True, reported=False) == NOT_REPORTED
    assert status_for(None, "", None, Q3, 2024, has_text=True) == UNASSESSED
    assert status_for(None, "", date(2024, 1, 1), Q3, 2024, has_text=True) == UNASSESSED
    assert status_for(0, "", None, Q3, 2024) == NOT_STARTED
    assert status_for(None, BEHIND, date(2024, 1, 1), Q3, 2024) == OVERDUE


def test_expected_progress_reaches_100_in_the_quarter_of_the_deadline():
    june = date(2024, 6, 30)
    assert expected_percent(Period.parse("2024Q1"), 2024, june) == 50
    assert expected_percent(Period.parse("2024Q2"), 2024, date(2024, 5, 10)) == 100  # Q2 holds the deadline
    assert expected_percent(Period.parse("2024Q3"), 2024, june) == 100
    assert expected_percent(Period.parse("2024B2"), 2024, june) == pytest.approx(66.7)
    assert expected_percent(Q3, 2024, date(2024, 11, 15)) == 75  # Q4: the whole year
    assert expected_percent(Q3, 2024, None) == 75 and expected_percent(Q3, 2024, date(2026, 1, 1)) == 75
    assert expected_percent(Q3, 2024, date(2023, 12, 31)) == 100  # due before the plan year began
    assert expected_percent(Period.parse("2023Q4"), 2024, june) == 0
    # the suggestion follows: 60 % in 2024Q1 is behind for a June deadline, on schedule for December
    q1 = Period.parse("2024Q1")
    assert suggest(60, q1, 2024, deadline=date(2024, 3, 31)) == BEHIND
    assert suggest(35, q1, 2024, deadline=june) == BEHIND and suggest(45, q1, 2024, deadline=june) == ON_SCHEDULE
    assert suggest(20, q1, 2024) == ON_SCHEDULE


def test_a_ledger_row_uses_its_own_deadline_for_the_expected_progress(database, plans):
    rows = {row.number: row for row in ledger_rows(database, Period.parse("2024Q1"))}
    assert rows[5].expected == 50 and rows[1].expected == 25
