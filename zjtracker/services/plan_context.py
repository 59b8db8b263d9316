"""Which yearly plan the progress form edits, and what it needs to know about it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.services.node_status import effective_period
from zjtracker.services.periods import Period


@dataclass(frozen=True)
class PlanContext:
    plan_id: int
    year: int
    plan_text: str
    measure_id: int
    measure_label: str
    measure_text: str
    deadline: date | None
    policy_id: int
    frequency: str

    def period_for(self, anchor: Period) -> Period:
        """The period of the policy's own rhythm that holds the anchor's last month."""
        return effective_period(anchor, self.frequency)


def plan_context(database: Database, plan_id: int) -> PlanContext | None:
    with database.session() as session:
        row = session.execute(
            select(YearlyPlan, Measure, Policy)
            .join(Measure, Measure.id == YearlyPlan.measure_id)
            .join(Area, Area.id == Measure.area_id)
            .join(Policy, Policy.id == Area.policy_id)
            .where(YearlyPlan.id == plan_id)
        ).first()
        if row is None:
            return None
        plan, measure, policy = row
        return PlanContext(plan.id, plan.year, plan.text, measure.id, measure.label, measure.text,
                           measure.deadline, policy.id, policy.frequency or "quarterly")


def plan_of_measure(database: Database, measure_id: int, anchor: Period) -> int | None:
    """The plan of a measure for the year of the period the form works in."""
    with database.session() as session:
        frequency = session.scalar(
            select(Policy.frequency).join(Area, Area.policy_id == Policy.id)
            .join(Measure, Measure.area_id == Area.id).where(Measure.id == measure_id)
        )
        if frequency is None:
            return None
        year = effective_period(anchor, frequency).year
        return session.scalar(
            select(YearlyPlan.id).where(YearlyPlan.measure_id == measure_id, YearlyPlan.year == year)
        )


def policy_frequency(database: Database, kind: str, node_id: int) -> str | None:
    """The reporting rhythm of the policy a node belongs to."""
    from zjtracker.services.tree_filter import node_path

    path = node_path(database, kind, node_id)
    if not path:
        return None
    with database.session() as session:
        return session.scalar(select(Policy.frequency).where(Policy.id == path[0][1]))
