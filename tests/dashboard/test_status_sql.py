"""The overview's status worked out by the database (dashboard_sql.status_case) is the status
the ledger gives (dashboard.status_of), for every kind of value a plan can have, in periods
of every rhythm, on both engines."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product

from sqlalchemy import insert

from zjtracker.db.models import Area, Measure, Policy, ProgressReport, YearlyPlan
from zjtracker.services.dashboard import status_of
from zjtracker.services.dashboard_sql import (
    CLOSED,
    plans_from,
    statement,
    status_case,
    status_of_code,
    status_params,
)
from zjtracker.services.periods import Period

YEAR = 2024
DEADLINES = (None, date(2023, 6, 30), date(2024, 1, 1), date(2024, 3, 31), date(2024, 5, 15), date(2024, 6, 30),
             date(2024, 8, 31), date(2024, 9, 30), date(2024, 10, 1), date(2024, 11, 30), date(2024, 12, 31),
             date(2025, 3, 31))
PERCENTS = (None, 0.0, 5.0, 12.9, 15.0, 40.0, 64.9, 65.0, 80.0, 89.9, 90.0, 99.9, 100.0, 120.0)
TYPED = ("", "已完成", "序时推进", "滞后", "未启动", "超期", "未评估", "未报送", "已销号", "基本完成")
PERIODS = ("2024Q1", "2024Q3", "2024Q4", "2024B3", "2024M11", "2024H1", "2024")


def _fill(database) -> dict[int, tuple]:
    """A plan for every combination; returns plan id -> (deadline, percent, typed, text, reported, closed)."""
    values = {}
    with database.session() as session:
        policy_id = session.execute(insert(Policy).values(title="状态对照", frequency="quarterly")
                                    .returning(Policy.id)).scalar_one()
        area_id = session.execute(insert(Area).values(policy_id=policy_id, position=0, label="一、", title="对照")
                                  .returning(Area.id)).scalar_one()
        combos = [(deadline, percent, typed, text, True, False)
                  for deadline, percent, typed, text in product(DEADLINES, PERCENTS, TYPED, ("", "已推进"))]
        combos += [(deadline, None, "", "", False, closed) for deadline in DEADLINES for closed in (False, True)]
        combos += [(deadline, 50.0, "滞后", "", True, True) for deadline in DEADLINES]
        measures = [{"area_id": area_id, "position": n, "label": f"{n}.", "text": "任务", "deadline": combo[0]}
                    for n, combo in enumerate(combos)]
        measure_ids = session.scalars(insert(Measure).returning(Measure.id, sort_by_parameter_order=True),
                                      measures).all()
        plans = [{"measure_id": measure_id, "year": YEAR, "text": "",
                  "closed_on": date(2024, 12, 1) if combo[5] else None}
                 for measure_id, combo in zip(measure_ids, combos)]
        plan_ids = session.scalars(insert(YearlyPlan).returning(YearlyPlan.id, sort_by_parameter_order=True),
                                   plans).all()
        reports = []
        for plan_id, combo in zip(plan_ids, combos):
            values[plan_id] = combo
            if combo[4]:
                reports += [{"plan_id": plan_id, "period": period, "percent": combo[1], "assessment": combo[2],
                             "status_text": combo[3], "updated_at": datetime(2024, 12, 1)} for period in PERIODS]
        session.execute(insert(ProgressReport), reports)
    return values


def test_the_database_judges_every_plan_as_the_ledger_does(database):
    values = _fill(database)
    for text in PERIODS:
        period = Period.parse(text)
        with database.session() as session:
            connection = session.connection()
            sql = f"SELECT p.id, {status_case()}{plans_from(connection.dialect.name, '')}"
            codes = dict(connection.execute(statement(sql), {**status_params(period), "year": YEAR}).all())
        assert codes.keys() == values.keys()
        for plan_id, (deadline, percent, typed, status_text, reported, closed) in values.items():
            expected = CLOSED if closed else status_of(percent, typed, deadline, period, bool(status_text), reported)
            assert status_of_code(codes[plan_id]) == expected, (text, deadline, percent, typed, status_text, reported)
