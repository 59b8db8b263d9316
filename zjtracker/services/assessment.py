"""评估情况 (assessment): what the program proposes from 完成进度 against 序时进度 (the share
of the time up to the measure's deadline elapsed at the end of the period), whether a typed
one contradicts it, and the status of a plan in a period (未报送 and 未评估 included)."""

from __future__ import annotations

import calendar
from datetime import date

from zjtracker.services.periods import Period

DONE = "已完成"
ON_SCHEDULE = "序时推进"
BEHIND = "滞后"
NOT_STARTED = "未启动"
NOT_REPORTED = "未报送"  # no progress stored for the period: not the same as 未启动
UNASSESSED = "未评估"  # reported as text only: no 完成进度 and no 评估情况
OVERDUE = "超期"  # derived from the deadline, never typed
CLOSED = "已销号"  # 办结销号: verified and closed by the clerk (services/oversight), apart from 已完成
CHOICES = (DONE, ON_SCHEDULE, BEHIND, NOT_STARTED)

# How far 完成进度 may trail 序时进度 and still count as on schedule (percentage points).
TOLERANCE = 10.0


def period_end(period: Period) -> date:
    return date(period.year, period.last_month, calendar.monthrange(period.year, period.last_month)[1])


def deadline_month(deadline: date | None, plan_year: int) -> int:
    """The month of the plan year by whose end the work is due in full: the last month of the
    quarter holding the measure's own deadline (完成时限), 12 when the deadline lies in a later
    year or is not known, 0 when it lay before the plan year began."""
    if deadline is None or deadline.year > plan_year:
        return 12
    if deadline.year < plan_year:
        return 0
    return (deadline.month - 1) // 3 * 3 + 3


def expected_percent(period: Period, plan_year: int, deadline: date | None = None) -> float:
    """序时进度: the share of the time to the deadline elapsed at the end of the period. 100
    from the quarter of the measure's deadline on (the plan year's end without one) and for
    a period after the plan year, 0 for a period before it."""
    if period.year > plan_year:
        return 100.0
    if period.year < plan_year:
        return 0.0
    horizon = deadline_month(deadline, plan_year)
    if horizon == 0 or period.last_month >= horizon:
        return 100.0
    return round(period.last_month / horizon * 100, 1)


def suggest(percent: float | None, period: Period, plan_year: int, has_text: bool = False,
            deadline: date | None = None) -> str:
    """The assessment the numbers support (for a progress typed or imported; a plan with no
    progress at all is 未报送, which ``status_for`` says, not this)."""
    if percent is not None and percent >= 100:
        return DONE
    if not percent:
        return NOT_STARTED if not has_text else BEHIND
    if percent + TOLERANCE >= expected_percent(period, plan_year, deadline):
        return ON_SCHEDULE
    return BEHIND


def contradicts(typed: str, suggested: str) -> bool:
    """A typed assessment that the numbers do not support (已完成 without 100%, 序时推进
    when well behind, ...). Saying 滞后 where the numbers look fine is allowed: the clerk
    may know more."""
    if not typed or typed == suggested:
        return False
    if typed == BEHIND:
        return False
    return True


def is_overdue(deadline: date | None, assessment: str, period: Period) -> bool:
    """超期: the deadline lies before the end of the period and the work is assessed and not
    done. A plan not reported (未报送) or not assessed (未评估) is not called overdue: nobody
    has said the work is unfinished; the lists of those past their deadline say so instead."""
    return (deadline is not None and assessment not in (DONE, NOT_REPORTED, UNASSESSED)
            and deadline < period_end(period))


def status_for(percent: float | None, typed: str, deadline: date | None, period: Period,
               plan_year: int, has_text: bool = False, reported: bool = True) -> str:
    """The status shown in the tree and counted on the dashboard: 未报送 when no progress is
    stored for the period (``reported`` False), 未评估 when a report has neither 完成进度 nor
    评估情况, else the typed assessment or what the numbers support, 超期 past the deadline."""
    if not reported:
        return NOT_REPORTED
    if percent is None and not typed:
        return UNASSESSED
    assessment = typed or suggest(percent, period, plan_year, has_text, deadline)
    if is_overdue(deadline, assessment, period):
        return OVERDUE
    return assessment

