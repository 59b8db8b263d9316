"""The choices the filter bar and the period selector offer, as plain lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Assignment, Policy, Unit, UnitAlias, YearlyPlan
from zjtracker.services.periods import FREQUENCY_KIND, Period


@dataclass(frozen=True)
class Choice:
    id: int
    text: str
    extra: tuple[str, ...] = ()  # other spellings a completer should accept (aliases)


def unit_choices(database: Database) -> list[Choice]:
    """Units that have measures, the busiest first, each with its aliases."""
    with database.session() as session:
        counts = dict(session.execute(
            select(Assignment.unit_id, func.count(Assignment.id)).group_by(Assignment.unit_id)).all())
        aliases: dict[int, list[str]] = {}
        for unit_id, alias in session.execute(select(UnitAlias.unit_id, UnitAlias.alias)):
            aliases.setdefault(unit_id, []).append(alias)
        units = [(u.id, u.name) for u in session.scalars(select(Unit)) if counts.get(u.id)]
    units.sort(key=lambda u: (-counts[u[0]], u[1]))
    return [Choice(unit_id, name, tuple(aliases.get(unit_id, ()))) for unit_id, name in units]


def policy_choices(database: Database) -> list[Choice]:
    with database.session() as session:
        return [
            Choice(p.id, f"{p.title}{'（' + p.doc_no + '）' if p.doc_no else ''}", (p.frequency,))
            for p in session.scalars(select(Policy).order_by(Policy.id))
        ]


def plan_years(database: Database) -> list[int]:
    with database.session() as session:
        return sorted(y for (y,) in session.execute(select(YearlyPlan.year).distinct()))


def period_choices(kind: str, years: list[int], today: date | None = None) -> list[Period]:
    """Every period of ``kind`` over the plan years and the current year, newest last."""
    today = today or date.today()
    span = set(years) | {today.year}
    first, last = min(span), max(span)
    return [p for year in range(first, last + 1) for p in Period.all_of_year(year, kind)]


def frequency_kind(frequency: str) -> str:
    return FREQUENCY_KIND.get(frequency, "Q")
