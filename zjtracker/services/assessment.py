"""评估情况 (assessment): what the program proposes from 完成进度 against 序时进度 (the share
of the plan year elapsed at the end of the period), and whether a typed one contradicts it."""

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
CHOICES = (DONE, ON_SCHEDULE, BEHIND, NOT_STARTED)

# How far 完成进度 may trail 序时进度 and still count as on schedule (percentage points).
TOLERANCE = 10.0


def period_end(period: Period) -> date:
    return date(period.year, period.last_month, calendar.monthrange(period.year, period.last_month)[1])


def expected_percent(period: Period, plan_year: int) -> float:
    """序时进度: 100 for a period after the plan year, 0 before it, else the months elapsed."""
    if period.year > plan_year:
        return 100.0
    if period.year < plan_year:
        return 0.0
    return round(period.last_month / 12 * 100, 1)


def suggest(percent: float | None, period: Period, plan_year: int, has_text: bool = False) -> str:
    """The assessment the numbers support."""
    if percent is not None and percent >= 100:
        return DONE
    if not percent:
        return NOT_STARTED if not has_text else BEHIND
    if percent + TOLERANCE >= expected_percent(period, plan_year):
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
    """超期: the deadline lies before the end of the period and the work is not done."""
    return deadline is not None and assessment != DONE and deadline < period_end(period)


def status_for(percent: float | None, typed: str, deadline: date | None, period: Period,
               plan_year: int, has_text: bool = False) -> str:
    """The status shown in the tree and counted on the dashboard."""
    assessment = typed or suggest(percent, period, plan_year, has_text)
    if is_overdue(deadline, assessment, period):
        return OVERDUE
    return assessment
