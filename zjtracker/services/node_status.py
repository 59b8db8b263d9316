"""The status of measures and yearly plans in a period, for the nodes the tree shows.

The period the clerk chooses is an anchor: a policy reported on another rhythm (two-month
periods for the 004 plan) is judged in its own period that contains the anchor's last month.

Statuses come from one query per few hundred measures (each measure's plan of the year with
the period's progress joined to it), reading only the columns the status needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Policy, ProgressReport, Review, YearlyPlan
from zjtracker.services.assessment import period_end, status_for
from zjtracker.services.oversight.states import effective_state
from zjtracker.services.periods import Period

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class NodeStatus:
    status: str  # 已完成 / 序时推进 / 滞后 / 超期 / 未启动 / 未评估 / 未报送
    percent: float | None
    closed: bool = False  # 已销号 (services/oversight): the status is still the reported one
    review: str = ""  # the verdict on the period's report: reviewed / returned / resubmitted / changed


def effective_period(anchor: Period, frequency: str) -> Period:
    """The period of a policy's own reporting rhythm that holds the anchor's last month."""
    return Period.containing(period_end(anchor), frequency)


def policy_period(session: Session, area_id: int, anchor: Period) -> Period:
    frequency = session.scalar(
        select(Policy.frequency).join(Area, Area.policy_id == Policy.id).where(Area.id == area_id)
    )
    return effective_period(anchor, frequency or "quarterly")


def chunks(ids: Iterable[int], size: int = CHUNK):
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def measure_states(session: Session, deadlines: dict[int, date | None],
                   period: Period) -> tuple[dict[int, NodeStatus], dict[int, NodeStatus]]:
    """Status of each measure's plan of ``period.year``: (by measure id, by plan id).
    ``deadlines`` holds the measures asked about with their deadlines (完成时限)."""
    by_measure: dict[int, NodeStatus] = {}
    by_plan: dict[int, NodeStatus] = {}
    for chunk in chunks(deadlines):
        rows = session.execute(
            select(YearlyPlan.id, YearlyPlan.measure_id, ProgressReport.id, ProgressReport.percent,
                   ProgressReport.assessment, ProgressReport.status_text != "", YearlyPlan.closed_on,
                   Review.state, Review.at, ProgressReport.updated_at)
            .outerjoin(ProgressReport, and_(ProgressReport.plan_id == YearlyPlan.id,
                                            ProgressReport.period == str(period)))
            .outerjoin(Review, and_(Review.plan_id == YearlyPlan.id, Review.period == str(period)))
            .where(YearlyPlan.measure_id.in_(chunk), YearlyPlan.year == period.year)
        )
        for plan_id, measure_id, report_id, percent, typed, has_text, closed_on, verdict, at, updated in rows:
            status = status_for(percent, typed or "", deadlines[measure_id], period, period.year, bool(has_text),
                                reported=report_id is not None)
            review = effective_state(verdict, at, updated) if verdict else ""
            by_measure[measure_id] = by_plan[plan_id] = NodeStatus(status, percent, closed_on is not None, review)
    return by_measure, by_plan


def plan_statuses(session: Session, plans: Iterable[YearlyPlan], deadlines: dict[int, object],
                  period: Period) -> dict[int, NodeStatus]:
    """Status of each plan of ``period.year``, keyed by plan id."""
    current = [p for p in plans if p.year == period.year]
    if not current:
        return {}
    _, by_plan = measure_states(session, {p.measure_id: deadlines.get(p.measure_id) for p in current}, period)
    return {p.id: by_plan[p.id] for p in current if p.id in by_plan}


def measure_statuses(session: Session, measures, period: Period) -> dict[int, NodeStatus]:
    """Status of each measure (anything with ``id`` and ``deadline``) through its plan of
    ``period.year``, keyed by measure id."""
    if not measures:
        return {}
    by_measure, _ = measure_states(session, {m.id: m.deadline for m in measures}, period)
    return by_measure


def fetch_tuples(connection, statement) -> list[tuple]:
    """The rows of a Core ``statement`` as plain tuples straight from the driver, inside the
    connection's transaction: no Row objects and no type conversion per row (SQLite returns
    dates as 'YYYY-MM-DD' text here). For reading tens of thousands of ids and numbers."""
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.params
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(compiled.string, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def as_date(value) -> date | None:
    """A date column's value as ``fetch_tuples`` returns it, as a date."""
    return date.fromisoformat(value) if isinstance(value, str) else value
