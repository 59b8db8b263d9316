"""The overview reads its rows lean (dashboard._Rows); it must count exactly what the ledger
says, row by row, on a generated archive with five years of progress (both engines)."""

from collections import Counter
from datetime import date

from sqlalchemy import func, select

from zjtracker.db.models import Assignment
from zjtracker.services.dashboard import LIST_LIMIT, NO_LEAD_UNIT, STATUSES, dashboard_data, row_status
from zjtracker.services.ledger import ledger_rows
from zjtracker.services.periods import Period

TODAY = date(2025, 9, 20)


def reference(database, period, policy_id=None, unit_id=None):
    """The overview as the ledger gives it: counts by status, by area and by lead unit, and
    the three lists (plan ids, in their order)."""
    rows = ledger_rows(database, period, policy_id=policy_id, unit_id=unit_id)
    statuses = [row_status(r) for r in rows]
    areas: dict[int, Counter] = {}
    units: dict[int | None, Counter] = {}
    for row, status in zip(rows, statuses):
        areas.setdefault(row.area_id, Counter())[status] += 1
        leads = list(dict.fromkeys(u.unit_id for u in row.units if u.role == "lead")) or [None]
        for lead in leads:
            units.setdefault(lead, Counter())[status] += 1
    overdue = sorted((r for r, s in zip(rows, statuses) if s == "超期"), key=lambda r: r.deadline or date.max)
    behind = [r for r, s in zip(rows, statuses) if s == "滞后"]
    soon = sorted((r for r, s in zip(rows, statuses) if s != "已完成" and r.deadline is not None
                   and TODAY <= r.deadline <= date(2025, 10, 20)), key=lambda r: r.deadline)
    return {
        "counts": Counter(statuses), "areas": {a: dict(c) for a, c in areas.items()}, "area_order": list(areas),
        "units": {u: dict(c) for u, c in units.items()},
        "lists": [[r.plan_id for r in rows_of] for rows_of in (overdue, behind, soon)],
        "leads": {r.plan_id: tuple(dict.fromkeys(r.lead_units)) for r in rows},
        "texts": {r.plan_id: (r.measure_label, r.deadline_text) for r in rows},
    }


def observed(data):
    drop_zero = lambda counts: {s: n for s, n in counts.items() if n}  # noqa: E731
    return {
        "counts": Counter(drop_zero(data.counts.counts)),
        "areas": {a.area_id: drop_zero(a.counts.counts) for a in data.areas},
        "area_order": [a.area_id for a in data.areas],
        "units": {u.unit_id: drop_zero(u.counts.counts) for u in data.units},
        "lists": [[i.plan_id for i in items] for items in (data.overdue, data.behind, data.due_soon)],
    }


PERIODS = ("2023Q3", "2024Q4", "2025Q2", "2026Q1", "2025B3")


def test_overview_counts_every_ledger_row_as_the_ledger_does(generated):
    for period in PERIODS:
        _compare(generated, Period.parse(period))


def _compare(generated, period):
    expected, data = reference(generated, period), dashboard_data(generated, period, today=TODAY)
    got = observed(data)
    assert sum(expected["counts"].values()) == data.total > 0
    for key in ("counts", "areas", "area_order", "units"):
        assert got[key] == expected[key], key
    for got_list, expected_list, name in zip(got["lists"], expected["lists"], ("overdue", "behind", "due_soon")):
        assert got_list == expected_list[:LIST_LIMIT], name
        assert data.total_of(name) == len(expected_list)
    for item in (*data.overdue, *data.behind):
        assert item.lead_units == expected["leads"][item.plan_id]
        assert (item.label, item.deadline_text) == expected["texts"][item.plan_id]
    assert {s for s in data.counts.counts} == set(STATUSES)
    if None in got["units"]:
        assert data.units[-1].name == NO_LEAD_UNIT


def test_overview_of_one_policy_and_of_one_unit(generated):
    period = Period.parse("2024Q3")
    with generated.session() as session:
        unit_id = session.execute(select(Assignment.unit_id, func.count()).group_by(Assignment.unit_id)
                                  .order_by(func.count().desc())).first()[0]
    for scope in ({"policy_id": 11}, {"policy_id": 2}, {"unit_id": unit_id}):
        expected = reference(generated, period, **scope)
        got = observed(dashboard_data(generated, period, today=TODAY, **scope))
        assert got["counts"] == expected["counts"], scope
        assert got["area_order"] == expected["area_order"], scope
        assert got["units"] == expected["units"], scope
        assert got["lists"] == [ids[:LIST_LIMIT] for ids in expected["lists"]], scope
