"""The overview's lists hold the first of their rows, however few it may show: the database
picks the areas whose 滞后 and 未报送 rows can be among them (the first areas in the document
that hold enough), and what it picks for a short list is the start of the longer one."""

from datetime import date, timedelta

from sqlalchemy import select

from tests.dashboard.conftest import fill
from tests.services.factories import result_of
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.importing.model import (
    ParsedArea,
    ParsedMeasure,
    ParsedPlan,
    ParsedPolicy,
    ParsedUnit,
)
from zjtracker.services.dashboard import _Tally
from zjtracker.services.dashboard_lists import Outline, PeriodQuery
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result

Q3 = Period.parse("2024Q3")
TODAY = date(2024, 9, 20)
UNITS = ("市发改局", "市商务局", "市财政局")


def _policy() -> ParsedPolicy:
    """Four areas of five measures; in each area the second and fourth measures are past
    their deadline (2024-05-31 and 2024-08-31) and the fifth is due 2024-10-10."""
    deadlines = {2: date(2024, 5, 31), 4: date(2024, 8, 31), 5: date(2024, 10, 10)}

    def measure(area: int, number: int) -> ParsedMeasure:
        deadline = deadlines.get(number)
        return ParsedMeasure(f"（{number}）", f"推进第{area}区第{number}项。", number=number, deadline=deadline,
                             deadline_text=str(deadline or ""),
                             units=[ParsedUnit(UNITS[(area + number) % 3], "lead")],
                             plans=[ParsedPlan(2024, f"计划{area}-{number}")])

    return ParsedPolicy(
        title="湛江市清单长度测试方案", doc_no="湛府办〔2024〕12号", start_year=2024, end_year=2024,
        areas=[ParsedArea(f"{label}、", f"第{label}部分", measures=[measure(area, n) for n in range(1, 6)])
               for area, label in enumerate("一二三四", start=1)])


def _load(database) -> None:
    """In each area the first measure reports 10 % (滞后), the third 80 % (序时推进) and the
    fourth 20 % (超期); the second (past its deadline) and the fifth are 未报送, and so is
    everything in the last area but its third measure."""
    store_result(database, result_of(_policy()), "s")
    with database.session() as session:
        plans = session.execute(
            select(Measure.area_id, Measure.number, YearlyPlan.id)
            .join(YearlyPlan, YearlyPlan.measure_id == Measure.id).order_by(Measure.area_id, Measure.number)).all()
    last_area = max(area for area, _number, _plan in plans)
    for area, number, plan_id in plans:
        percent = {1: 10.0, 3: 80.0, 4: 20.0}.get(number)
        if percent is not None and (area != last_area or number == 3):
            fill(database, plan_id, str(Q3), percent=percent, status_text="有进展。")


def _lists(database, limit: int) -> list[list[int]]:
    with database.session() as session:
        connection = session.connection()
        query = PeriodQuery(connection, Q3, None, None)
        horizon = TODAY + timedelta(days=30)
        tally = _Tally(query.counts(TODAY, horizon, limit))
        outline = Outline.read(connection, None)
        lists = query.lists(tally.by_area, tally.past_due, outline, TODAY, horizon, limit)
        return [[row.plan_id for row in rows] for rows in lists]


def test_a_short_list_is_the_start_of_the_long_one(database):
    _load(database)
    whole = _lists(database, 1000)
    assert [len(rows) for rows in whole] == [3, 3, 4, 10]
    for limit in range(1, 11):
        assert _lists(database, limit) == [rows[:limit] for rows in whole], limit
