"""The words and the derived state of a verdict (复核 / 退回) on a plan's report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from zjtracker.services.assessment import CLOSED

REVIEWED, RETURNED = "reviewed", "returned"  # as stored in reviews.state
# Derived: a report saved after the verdict.
RESUBMITTED = "resubmitted"  # 退回 then reported again: 已重报（待复核）
CHANGED = "changed"  # 复核 then changed: 复核后已修改（待复核）
STATE_WORDS = {REVIEWED: "已复核", RETURNED: "已退回", RESUBMITTED: "已重报（待复核）",
               CHANGED: "复核后已修改（待复核）"}
RETURNED_FILTER = "已退回"  # the tree's status filter: reports sent back and not answered yet


def status_matches(state, wanted: str) -> bool:
    """Whether a node's state (services.node_status.NodeStatus) passes the tree's status
    filter: 已销号 the closed ones, 已退回 those sent back, any other status the open ones
    with it (a closed task is counted apart from 已完成)."""
    if wanted == CLOSED:
        return state.closed
    if wanted == RETURNED_FILTER:
        return state.review == RETURNED
    return state.status == wanted and not state.closed


def effective_state(state: str, verdict_at: datetime | None, report_updated_at: datetime | None) -> str:
    """The verdict as the clerk sees it now: a report saved after it turns 退回 into 已重报
    and 复核 into 复核后已修改."""
    if verdict_at is not None and report_updated_at is not None and report_updated_at > verdict_at:
        return RESUBMITTED if state == RETURNED else CHANGED
    return state


@dataclass(frozen=True)
class Verdict:
    plan_id: int
    period: str
    stored: str  # reviewed / returned
    state: str  # stored, or resubmitted / changed (a report saved after it)
    note: str  # 复核意见 or 退回原因
    at: datetime
    by: str

    @property
    def word(self) -> str:
        return STATE_WORDS.get(self.state, self.state)

    @property
    def standing_return(self) -> bool:
        """A 退回 the unit has not answered yet."""
        return self.state == RETURNED


@dataclass(frozen=True)
class Closing:
    """A task's 办结销号."""

    plan_id: int
    closed_on: date
    basis: str
    by: str
