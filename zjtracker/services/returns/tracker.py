"""The returns tracker: for a policy and a year, a grid of units × periods saying where each
unit's return stands, and the list of units whose return for a period is missing (the
printable 催报 list).

States, from the records of sent workbooks and imported returns (undone imports do not
count): not sent; sent; returned (read, nothing of it merged yet); merged; with
conflicts (left unresolved); overdue (the period has ended and nothing came back).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import ImportBatch, Policy, SentWorkbook
from zjtracker.services.assessment import period_end
from zjtracker.services.periods import FREQUENCY_KIND, Period
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.returns.export import TemplateUnit, template_units

NOT_SENT, SENT, RETURNED, MERGED, CONFLICTS, OVERDUE = (
    "not_sent", "sent", "returned", "merged", "conflicts", "overdue")
STATE_LABELS = {NOT_SENT: "未发送", SENT: "已发送", RETURNED: "已报回", MERGED: "已合并",
                CONFLICTS: "有冲突", OVERDUE: "逾期未报"}
MISSING = (NOT_SENT, SENT, OVERDUE)


@dataclass(frozen=True)
class TrackerCell:
    unit_id: int
    period: str
    state: str
    sent_at: datetime | None = None  # the last workbook sent
    returned_at: datetime | None = None  # the last return imported
    batch_id: int | None = None
    open_conflicts: int = 0

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass
class TrackerGrid:
    policy_id: int
    policy_title: str
    year: int
    periods: list[str] = field(default_factory=list)
    units: list[TemplateUnit] = field(default_factory=list)
    cells: dict[tuple[int, str], TrackerCell] = field(default_factory=dict)

    def cell(self, unit_id: int, period: str) -> TrackerCell:
        return self.cells[(unit_id, period)]


@dataclass(frozen=True)
class MissingReturn:
    """A line of the 催报 list."""

    unit_id: int
    name: str
    lead: int  # measures it leads
    cooperating: int
    state: str
    sent_at: datetime | None

    @property
    def overdue(self) -> bool:
        return self.state == OVERDUE


def tracker_grid(database: Database, policy_id: int, year: int, today: date | None = None,
                 grace_days: int = 0) -> TrackerGrid:
    """Units × periods of ``year`` for one policy. ``grace_days`` after a period's end a
    missing return counts as overdue."""
    today = today or date.today()
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise PolicyNotFound(policy_id)
        title, kind = policy.title, FREQUENCY_KIND.get(policy.frequency, "Q")
        periods = Period.all_of_year(year, kind)
        names = [str(p) for p in periods]
        sent: dict[tuple[int, str], datetime] = {}
        for record in session.scalars(select(SentWorkbook).where(
                SentWorkbook.policy_id == policy_id, SentWorkbook.period.in_(names))):
            key = (record.unit_id, record.period)
            sent[key] = max(sent.get(key, record.sent_at), record.sent_at)
        latest: dict[tuple[int, str], ImportBatch] = {}
        for batch in session.scalars(select(ImportBatch).where(
                ImportBatch.kind == "updates", ImportBatch.policy_id == policy_id,
                ImportBatch.period.in_(names), ImportBatch.undone_at.is_(None)).order_by(ImportBatch.id)):
            latest[(batch.unit_id, batch.period)] = batch
    grid = TrackerGrid(policy_id, title, year, names, template_units(database, policy_id, periods[0]))
    for unit in grid.units:
        for period in periods:
            key = (unit.unit_id, str(period))
            grid.cells[key] = _cell(unit.unit_id, period, sent.get(key), latest.get(key), today, grace_days)
    return grid


def _cell(unit_id: int, period: Period, sent_at: datetime | None, batch: ImportBatch | None,
          today: date, grace_days: int) -> TrackerCell:
    if batch is not None:
        counts = json.loads(batch.counts or "{}")
        open_conflicts = int(counts.get("conflicts_open", 0))
        if open_conflicts:
            state = CONFLICTS
        elif not counts.get("updated_cells") and counts.get("skipped_cells"):
            state = RETURNED
        else:
            state = MERGED
        return TrackerCell(unit_id, str(period), state, sent_at, batch.imported_at, batch.id, open_conflicts)
    if period_end(period) + timedelta(days=grace_days) < today:
        return TrackerCell(unit_id, str(period), OVERDUE, sent_at)
    return TrackerCell(unit_id, str(period), SENT if sent_at else NOT_SENT, sent_at)


def missing_returns(database: Database, policy_id: int, period: Period, today: date | None = None,
                    grace_days: int = 0) -> list[MissingReturn]:
    """The units with nothing returned for ``period``: overdue first, then by the number of
    measures they lead."""
    grid = tracker_grid(database, policy_id, period.year, today, grace_days)
    name = str(period)
    if name not in grid.periods:
        return []
    found = [MissingReturn(u.unit_id, u.name, u.lead, u.cooperating, grid.cell(u.unit_id, name).state,
                           grid.cell(u.unit_id, name).sent_at)
             for u in grid.units if grid.cell(u.unit_id, name).state in MISSING]
    return sorted(found, key=lambda m: (not m.overdue, -m.lead, -m.cooperating, m.name))
