"""The policies a clerk works with in the lists of the tracker, the sending of workbooks and
the reports: not abolished (已废止) and with at least one yearly plan. The others are
offered only when asked for (``include_inactive``)."""

from __future__ import annotations

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.services.choices import Choice

ABOLISHED = "abolished"


def active_policy_ids(database: Database) -> set[int]:
    """Policies in force or expired that have yearly plans."""
    with database.session() as session:
        with_plans = set(session.scalars(
            select(Area.policy_id).join(Measure, Measure.area_id == Area.id)
            .join(YearlyPlan, YearlyPlan.measure_id == Measure.id).distinct()))
        abolished = set(session.scalars(select(Policy.id).where(Policy.status == ABOLISHED)))
    return with_plans - abolished


def active_policy_choices(database: Database, include_inactive: bool = False) -> list[Choice]:
    """``Choice`` per policy as services.choices.policy_choices gives them, abolished and
    empty ones left out unless ``include_inactive``; those shown anyway say what they are."""
    from zjtracker.services.choices import policy_choices

    active = active_policy_ids(database)
    with database.session() as session:
        statuses = dict(session.execute(select(Policy.id, Policy.status)).all())
    chosen = []
    for choice in policy_choices(database):
        if choice.id in active:
            chosen.append(choice)
        elif include_inactive:
            note = "（已废止）" if statuses.get(choice.id) == ABOLISHED else "（无年度计划）"
            chosen.append(Choice(choice.id, choice.text + note, choice.extra))
    return chosen
