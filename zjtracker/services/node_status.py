"""The status of measures and yearly plans in a period, for the nodes the tree shows.

The period the clerk chooses is an anchor: a policy reported on another rhythm (two-month
periods for the 004 plan) is judged in its own period that contains the anchor's last month."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Measure, Policy, ProgressReport, YearlyPlan
from zjtracker.services.assessment import period_end, status_for
from zjtracker.services.periods import Period


@dataclass(frozen=True)
class NodeStatus:
    status: str  # 已完成 / 序时推进 / 滞后 / 超期 / 未启动
    percent: float | None


def effective_period(anchor: Period, frequency: str) -> Period:
    """The period of a policy's own reporting rhythm that holds the anchor's last month."""
    return Period.containing(period_end(anchor), frequency)


def policy_period(session: Session, area_id: int, anchor: Period) -> Period:
    frequency = session.scalar(
        select(Policy.frequency).join(Area, Area.policy_id == Policy.id).where(Area.id == area_id)
    )
    return effective_period(anchor, frequency or "quarterly")


def plan_statuses(session: Session, plans: Iterable[YearlyPlan], deadlines: dict[int, object],
                  period: Period) -> dict[int, NodeStatus]:
    """Status of each plan of ``period.year``, keyed by plan id."""
    current = [p for p in plans if p.year == period.year]
    if not current:
        return {}
    reports = {
        r.plan_id: r
        for r in session.scalars(
            select(ProgressReport).where(
                ProgressReport.plan_id.in_([p.id for p in current]),
                ProgressReport.period == str(period),
            )
        )
    }
    result = {}
    for plan in current:
        report = reports.get(plan.id)
        percent = report.percent if report else None
        typed = report.assessment if report else ""
        has_text = bool(report and report.status_text)
        status = status_for(percent, typed, deadlines.get(plan.measure_id), period, plan.year, has_text)
        result[plan.id] = NodeStatus(status, percent)
    return result


def measure_statuses(session: Session, measures: list[Measure], period: Period) -> dict[int, NodeStatus]:
    """Status of each measure through its plan of ``period.year``, keyed by measure id."""
    if not measures:
        return {}
    plans = list(session.scalars(
        select(YearlyPlan).where(
            YearlyPlan.measure_id.in_([m.id for m in measures]), YearlyPlan.year == period.year
        )
    ))
    deadlines = {m.id: m.deadline for m in measures}
    by_plan = plan_statuses(session, plans, deadlines, period)
    return {plan.measure_id: by_plan[plan.id] for plan in plans if plan.id in by_plan}
