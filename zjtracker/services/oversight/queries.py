"""Reading verdicts (复核 / 退回) and closings (销号) for many plans at once, and what the
dialogs show of one plan."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Measure, ProgressReport, Review, YearlyPlan
from zjtracker.services.node_status import chunks
from zjtracker.services.oversight.states import Closing, Verdict, effective_state
from zjtracker.services.periods import Period


def verdicts(session: Session, plan_ids: Iterable[int], period: str) -> dict[int, Verdict]:
    """The verdict of each plan's report for ``period`` (plans without one are left out)."""
    found: dict[int, Verdict] = {}
    for chunk in chunks(plan_ids):
        rows = session.execute(
            select(Review.plan_id, Review.state, Review.note, Review.at, Review.by, ProgressReport.updated_at)
            .outerjoin(ProgressReport, and_(ProgressReport.plan_id == Review.plan_id,
                                            ProgressReport.period == Review.period))
            .where(Review.plan_id.in_(chunk), Review.period == period))
        for plan_id, state, note, at, by, updated in rows:
            found[plan_id] = Verdict(plan_id, period, state, effective_state(state, at, updated),
                                     note or "", at, by or "")
    return found


def closed_plans(session: Session, plan_ids: Iterable[int] | None = None) -> dict[int, Closing]:
    """The closed (已销号) plans among ``plan_ids`` (all of them with None)."""
    statement = select(YearlyPlan.id, YearlyPlan.closed_on, YearlyPlan.closed_basis, YearlyPlan.closed_by).where(
        YearlyPlan.closed_on.isnot(None))
    batches = [statement] if plan_ids is None else [
        statement.where(YearlyPlan.id.in_(chunk)) for chunk in chunks(plan_ids)]
    found: dict[int, Closing] = {}
    for batch in batches:
        for plan_id, closed_on, basis, by in session.execute(batch):
            found[plan_id] = Closing(plan_id, closed_on, basis or "", by or "")
    return found


def closed_plan_ids(database: Database, plan_ids: Iterable[int] | None = None) -> set[int]:
    with database.session() as session:
        return set(closed_plans(session, plan_ids))


def returned_reasons(database: Database, plan_ids: Iterable[int], period: Period) -> dict[int, str]:
    """The 退回原因 a unit's workbook for ``period`` shows per plan: a 退回 still standing for
    that period (the workbook sent again), else for the period before."""
    plan_ids = list(plan_ids)
    reasons: dict[int, str] = {}
    with database.session() as session:
        for when in (period.previous(), period):  # the same period's verdict wins
            for plan_id, verdict in verdicts(session, plan_ids, str(when)).items():
                if verdict.standing_return:
                    reasons[plan_id] = verdict.note
                elif when == period:
                    reasons.pop(plan_id, None)  # answered or reviewed since: nothing to show
    return reasons


@dataclass(frozen=True)
class PlanOversight:
    """What the 销号, 复核 and 退回 dialogs show of one plan."""

    plan_id: int
    year: int
    task: str  # （12）推进……
    plan_text: str
    period: str  # the period asked about
    has_report: bool  # a report stored for ``period``
    latest_period: str  # the latest period with a report, "" when none
    latest_percent: float | None
    latest_assessment: str
    latest_text: str
    closing: Closing | None
    verdict: Verdict | None

    @property
    def closed(self) -> bool:
        return self.closing is not None


class PlanNotFound(LookupError):
    def __init__(self, plan_id: int):
        super().__init__(f"年度计划 {plan_id} 不存在（可能已被他人删除）。")
        self.message = str(self)


def plan_oversight(database: Database, plan_id: int, period: Period | str) -> PlanOversight:
    period = str(period)
    with database.session() as session:
        plan = session.get(YearlyPlan, plan_id)
        if plan is None:
            raise PlanNotFound(plan_id)
        label, text = session.execute(select(Measure.label, Measure.text).where(Measure.id == plan.measure_id)).one()
        reports = list(session.execute(
            select(ProgressReport.period, ProgressReport.percent, ProgressReport.assessment,
                   ProgressReport.status_text).where(ProgressReport.plan_id == plan_id)))
        latest = max(reports, key=lambda r: _order(r[0]), default=None)
        closing = closed_plans(session, [plan_id]).get(plan_id)
        verdict = verdicts(session, [plan_id], period).get(plan_id)
        return PlanOversight(
            plan_id, plan.year, f"{label}{' '.join((text or '').split())}", plan.text or "", period,
            any(r[0] == period for r in reports), latest[0] if latest else "",
            latest[1] if latest else None, (latest[2] or "") if latest else "", (latest[3] or "") if latest else "",
            closing, verdict)


def _order(name: str) -> tuple:
    try:
        period = Period.parse(name)
    except ValueError:
        return (0, date.min)
    from zjtracker.services.assessment import period_end

    return (1, period_end(period))
