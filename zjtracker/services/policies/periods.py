"""Which reporting periods belong to a policy, and where its data is.

``policy_periods`` gives a policy's own periods (its rhythm, over its years), newest first,
with today's marked and the latest period that holds progress; ``latest_period_with_data``
answers for one policy or for the whole database; ``data_in_anchor`` says whether anything
was reported in the periods holding a month. The period selector, the send dialog and the
window's start use them so that the period follows the data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, ProgressReport, YearlyPlan
from zjtracker.services.periods import FREQUENCY_KIND, BadPeriod, Period


@dataclass(frozen=True)
class PolicyPeriods:
    policy_id: int
    frequency: str  # quarterly / bimonthly / …
    first_year: int
    last_year: int
    periods: list[Period]  # of the policy's rhythm over its years, newest first
    current: Period | None  # today's period when it lies within the policy's years
    latest_with_data: Period | None  # the newest period holding progress of the policy
    years_known: bool = True  # False: no years stated and no yearly plan (today's year is offered)

    @property
    def kind(self) -> str:
        return FREQUENCY_KIND.get(self.frequency, "Q")

    def covers(self, period: Period) -> bool:
        """Whether the period (of any rhythm) falls within the policy's years (any period
        does for a policy whose years are not known)."""
        return not self.years_known or self.first_year <= period.year <= self.last_year

    def years_text(self) -> str:
        """2021—2023年 / 2023年."""
        if self.first_year == self.last_year:
            return f"{self.first_year}年"
        return f"{self.first_year}—{self.last_year}年"


def policy_periods(database: Database, policy_id: int, today: date | None = None) -> PolicyPeriods | None:
    """The policy's own periods, newest first; None when there is no such policy."""
    today = today or date.today()
    with database.session() as session:
        row = session.execute(select(Policy.frequency, Policy.start_year, Policy.end_year)
                              .where(Policy.id == policy_id)).first()
        if row is None:
            return None
        frequency, start, end = row.frequency or "quarterly", row.start_year, row.end_year
        first, last = session.execute(
            select(func.min(YearlyPlan.year), func.max(YearlyPlan.year))
            .join(Measure, Measure.id == YearlyPlan.measure_id).join(Area, Area.id == Measure.area_id)
            .where(Area.policy_id == policy_id)).one()
    known = any(y is not None for y in (start, end, first, last))
    first = min(y for y in (start, first) if y is not None) if (start or first) else (end or today.year)
    last = max(y for y in (end, last) if y is not None) if (end or last) else first
    kind = FREQUENCY_KIND.get(frequency, "Q")
    periods = [p for year in range(last, first - 1, -1) for p in reversed(Period.all_of_year(year, kind))]
    now = Period.containing(today, frequency)
    return PolicyPeriods(policy_id, frequency, first, last, periods, now if now in periods else None,
                         latest_period_with_data(database, policy_id), known)


def reported_periods(database: Database, policy_id: int | None = None) -> list[Period]:
    """Every period holding progress (of one policy, or of any), newest first."""
    with database.session() as session:
        statement = select(ProgressReport.period).distinct()
        if policy_id is not None:
            statement = (statement.join(YearlyPlan, YearlyPlan.id == ProgressReport.plan_id)
                         .join(Measure, Measure.id == YearlyPlan.measure_id)
                         .join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id))
        texts = list(session.scalars(statement))
    periods = []
    for text in texts:
        try:
            periods.append(Period.parse(text))
        except BadPeriod:
            continue
    return sorted(periods, key=lambda p: (p.year, p.last_month, -p.first_month), reverse=True)


def latest_period_with_data(database: Database, policy_id: int | None = None) -> Period | None:
    """The newest period in which progress was reported (for a policy, or anywhere)."""
    periods = reported_periods(database, policy_id)
    return periods[0] if periods else None


def data_in_anchor(database: Database, anchor: Period) -> bool:
    """Whether progress was reported for any period holding the anchor's last month."""
    month = anchor.last_month
    return any(p.year == anchor.year and p.first_month <= month <= p.last_month for p in reported_periods(database))
