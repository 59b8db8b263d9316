"""The clerk's steps: 复核, 退回, clear a verdict, 销号, 重新打开. Each is one transaction and
writes the change log (entity ``plan``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import ProgressReport, Review, YearlyPlan, utcnow
from zjtracker.services.context import current_user
from zjtracker.services.oversight.queries import PlanNotFound
from zjtracker.services.oversight.states import RETURNED, REVIEWED, STATE_WORDS, Closing, Verdict
from zjtracker.services.periods import Period
from zjtracker.services.structure.common import log_change

REVIEW_FIELD = "review"


class OversightRefused(ValueError):
    """A step the clerk cannot take as asked; the message says why, in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def review_report(database: Database, plan_id: int, period: Period | str, note: str = "") -> Verdict:
    """已复核: the report of ``plan_id`` for ``period`` is verified (``note``: 复核意见)."""
    return _verdict(database, plan_id, str(period), REVIEWED, (note or "").strip())


def return_report(database: Database, plan_id: int, period: Period | str, reason: str) -> Verdict:
    """退回: the report goes back to the unit with ``reason`` (required)."""
    reason = (reason or "").strip()
    if not reason:
        raise OversightRefused("退回须写明退回原因，填报单位会在下一份报送表中看到它。")
    return _verdict(database, plan_id, str(period), RETURNED, reason)


def clear_verdict(database: Database, plan_id: int, period: Period | str) -> bool:
    """Remove the verdict on the plan's report for ``period``; False when there was none."""
    period = str(period)
    with database.session() as session:
        review = session.scalar(select(Review).where(Review.plan_id == plan_id, Review.period == period))
        if review is None:
            return False
        log_change(session, "plan", plan_id, REVIEW_FIELD, _as_text(period, review.state, review.note), None)
        session.delete(review)
        return True


def close_task(database: Database, plan_id: int, closed_on: date | None = None, basis: str = "",
               by: str | None = None) -> Closing:
    """办结销号: close the plan for its year (closing it again replaces date, basis and who)."""
    closed_on = closed_on or date.today()
    basis = (basis or "").strip()
    by = (by if by is not None else current_user()).strip() or current_user()
    with database.session() as session:
        plan = _plan(session, plan_id)
        for field, value in (("closed_on", closed_on), ("closed_basis", basis), ("closed_by", by)):
            old = getattr(plan, field)
            if old != value:
                log_change(session, "plan", plan_id, field, old if old != "" else None, value if value != "" else None)
                setattr(plan, field, value)
        return Closing(plan_id, closed_on, basis, by)


def reopen_task(database: Database, plan_id: int) -> bool:
    """重新打开: clear the plan's 销号; False when it was open."""
    with database.session() as session:
        plan = _plan(session, plan_id)
        if plan.closed_on is None:
            return False
        for field, empty in (("closed_on", None), ("closed_basis", ""), ("closed_by", "")):
            old = getattr(plan, field)
            if old not in (None, ""):
                log_change(session, "plan", plan_id, field, old, None)
            setattr(plan, field, empty)
        return True


def _verdict(database: Database, plan_id: int, period: str, state: str, note: str) -> Verdict:
    Period.parse(period)  # a bad period is refused before anything is stored
    with database.session() as session:
        plan = _plan(session, plan_id)
        if state == RETURNED and plan.closed_on is not None:
            raise OversightRefused(
                f"{plan.year}年计划已于 {plan.closed_on.isoformat()} 办结销号，不能再退回；"
                "确需填报单位重报，请先重新打开该任务。")
        reported = session.scalar(select(ProgressReport.id).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == period))
        if reported is None:
            word = "复核" if state == REVIEWED else "退回"
            raise OversightRefused(
                f"{plan.year}年计划在 {Period.parse(period).label()} 还没有报送进展，无可{word}的内容。")
        review = session.scalar(select(Review).where(Review.plan_id == plan_id, Review.period == period))
        old = _as_text(period, review.state, review.note) if review is not None else None
        if review is None:
            review = Review(plan_id=plan_id, period=period)
            session.add(review)
        review.state, review.note, review.at, review.by = state, note, utcnow(), current_user()
        log_change(session, "plan", plan_id, REVIEW_FIELD, old, _as_text(period, state, note))
        session.flush()
        return Verdict(plan_id, period, state, state, note, review.at, review.by)


def _plan(session, plan_id: int) -> YearlyPlan:
    plan = session.get(YearlyPlan, plan_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if plan is None:
        raise PlanNotFound(plan_id)
    return plan


def _as_text(period: str, state: str, note: str) -> str:
    """2025Q3 已退回：原因…  (as the change log keeps it)."""
    word = STATE_WORDS.get(state, state)
    return f"{period} {word}" + (f"：{note}" if note else "")
