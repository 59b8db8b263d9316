"""Verdicts counted by unit, for the returns tracker (已退回)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Assignment, Measure, ProgressReport, Review, YearlyPlan
from zjtracker.services.oversight.states import RETURNED, effective_state


def sent_back_counts(session: Session, policy_id: int, year: int, periods: list[str]) -> dict[tuple[int, str], int]:
    """(unit id, period) → how many of the tasks the unit takes part in (any role) had their
    report for the period sent back (退回) and not reported again since; closed tasks left out."""
    rows = session.execute(
        select(Assignment.unit_id, Review.plan_id, Review.period, Review.state, Review.at, ProgressReport.updated_at)
        .select_from(Review)
        .join(YearlyPlan, YearlyPlan.id == Review.plan_id)
        .join(Measure, Measure.id == YearlyPlan.measure_id).join(Area, Area.id == Measure.area_id)
        .join(Assignment, Assignment.measure_id == Measure.id)
        .outerjoin(ProgressReport, and_(ProgressReport.plan_id == Review.plan_id,
                                        ProgressReport.period == Review.period))
        .where(Area.policy_id == policy_id, YearlyPlan.year == year, YearlyPlan.closed_on.is_(None),
               Review.state == RETURNED, Review.period.in_(periods)))
    seen: set[tuple[int, int, str]] = set()
    counts: Counter = Counter()
    for unit_id, plan_id, period, state, at, updated in rows:
        if (unit_id, plan_id, period) in seen or effective_state(state, at, updated) != RETURNED:
            continue
        seen.add((unit_id, plan_id, period))
        counts[(unit_id, period)] += 1
    return dict(counts)
