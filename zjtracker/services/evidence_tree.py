"""How many evidence files (佐证材料) each node of the navigation tree has in the period it
shows: a yearly plan's in its policy's own period holding the anchor, and a measure's the
same for its plan of that period's year (the plan its form edits). One query."""

from __future__ import annotations

from sqlalchemy import func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Attachment, Measure, Policy, YearlyPlan
from zjtracker.services.node_status import effective_period
from zjtracker.services.periods import FREQUENCY_KIND, Period

Key = tuple[str, int]


def node_counts(database: Database, anchor: Period | None) -> dict[Key, int]:
    """("plan", id) and ("measure", id) → number of files; nodes without files are left out."""
    if anchor is None:
        return {}
    periods = {frequency: effective_period(anchor, frequency) for frequency in FREQUENCY_KIND}
    found: dict[Key, int] = {}
    with database.session() as session:
        rows = session.execute(
            select(Attachment.plan_id, YearlyPlan.measure_id, YearlyPlan.year, Attachment.period, Policy.frequency,
                   func.count())
            .join(YearlyPlan, YearlyPlan.id == Attachment.plan_id)
            .join(Measure, Measure.id == YearlyPlan.measure_id)
            .join(Area, Area.id == Measure.area_id)
            .join(Policy, Policy.id == Area.policy_id)
            .where(Attachment.period.in_(sorted({str(p) for p in periods.values()})))
            .group_by(Attachment.plan_id, YearlyPlan.measure_id, YearlyPlan.year, Attachment.period, Policy.frequency))
        for plan_id, measure_id, year, period, frequency, n in rows:
            effective = periods.get(frequency or "quarterly", periods["quarterly"])
            if period != str(effective):
                continue  # another rhythm's period of the same months
            found[("plan", plan_id)] = found.get(("plan", plan_id), 0) + int(n)
            if year == effective.year:
                found[("measure", measure_id)] = found.get(("measure", measure_id), 0) + int(n)
    return found
