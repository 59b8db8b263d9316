"""The returns tracker: for a policy and a year, a grid of units × periods saying where each
unit's return stands, and the list of units whose return for a period is missing (the
printable 催报 list).

States, from the records of sent workbooks and imported returns (undone imports do not
count): not sent (未发送: no workbook went out, whatever the date: not overdue); sent;
returned (read, nothing of it merged yet); merged; with conflicts (left unresolved);
overdue (逾期未报: a workbook went out and nothing came back by the reporting deadline the
policy states, services/returns/report_deadline.py; a workbook sent after that deadline, for
a past period, is due the usual number of days after it was sent).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Area, Assignment, ImportBatch, Measure, Policy, ProgressReport, SentWorkbook, YearlyPlan)
from zjtracker.services.node_status import chunks
from zjtracker.services.oversight.units import sent_back_counts
from zjtracker.services.periods import FREQUENCY_KIND, Period
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.returns.export import TemplateUnit, template_units
from zjtracker.services.returns.report_deadline import DEFAULT_DAYS, ReportingDeadline, reporting_deadline

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
    due: date | None = None  # the reporting deadline of the period
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
    deadline: ReportingDeadline | None = None  # the policy's reporting deadline (报送时限)
    due: dict[str, date] = field(default_factory=dict)  # period -> its deadline
    short_name: str = ""  # the policy's 简称 as stored ("" = derive one)
    # (unit id, period) -> the unit's lead tasks (牵头) with no progress stored for the period (未报送)
    unreported: dict[tuple[int, str], int] = field(default_factory=dict)
    # (unit id, period) -> the unit's tasks whose report for the period was sent back (退回) and
    # not reported again yet (services/oversight): the tracker shows 已退回
    sent_back: dict[tuple[int, str], int] = field(default_factory=dict)

    def cell(self, unit_id: int, period: str) -> TrackerCell:
        return self.cells[(unit_id, period)]

    def unreported_of(self, unit_id: int, period: str) -> int:
        return self.unreported.get((unit_id, period), 0)

    def sent_back_of(self, unit_id: int, period: str) -> int:
        return self.sent_back.get((unit_id, period), 0)


@dataclass(frozen=True)
class MissingReturn:
    """A line of the 催报 list."""

    unit_id: int
    name: str
    lead: int  # measures it leads (牵头)
    cooperating: int  # 配合
    state: str
    sent_at: datetime | None
    due: date | None = None
    responsible: int = 0  # 责任

    @property
    def overdue(self) -> bool:
        return self.state == OVERDUE

    @property
    def never_sent(self) -> bool:
        return self.state == NOT_SENT


def tracker_grid(database: Database, policy_id: int, year: int, today: date | None = None,
                 default_days: int = DEFAULT_DAYS) -> TrackerGrid:
    """Units × periods of ``year`` for one policy. A return sent for and not back after the
    reporting deadline the policy states (else ``default_days`` after the period's end) is
    overdue."""
    today = today or date.today()
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise PolicyNotFound(policy_id)
        title, kind = policy.title, FREQUENCY_KIND.get(policy.frequency, "Q")
        deadline = reporting_deadline(policy.text or "", policy.frequency or "quarterly", default_days)
        short_name = policy.short_name or ""
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
        unreported = _unreported_leads(session, policy_id, year, names)
        sent_back = sent_back_counts(session, policy_id, year, names)
    grid = TrackerGrid(policy_id, title, year, names, template_units(database, policy_id, periods[0]),
                       deadline=deadline, due={str(p): deadline.due(p) for p in periods}, short_name=short_name,
                       unreported=unreported, sent_back=sent_back)
    for unit in grid.units:
        for period in periods:
            key = (unit.unit_id, str(period))
            grid.cells[key] = _cell(unit.unit_id, period, sent.get(key), latest.get(key), today,
                                    grid.due[str(period)], default_days)
    return grid


def _unreported_leads(session, policy_id: int, year: int, names: list[str]) -> dict[tuple[int, str], int]:
    """How many of each unit's lead tasks of ``year`` have nothing stored for each period."""
    leads: dict[int, set[int]] = {}
    for unit_id, plan_id in session.execute(
            select(Assignment.unit_id, YearlyPlan.id).join(YearlyPlan, YearlyPlan.measure_id == Assignment.measure_id)
            .join(Measure, Measure.id == Assignment.measure_id).join(Area, Area.id == Measure.area_id)
            .where(Area.policy_id == policy_id, YearlyPlan.year == year, Assignment.role == "lead",
                   YearlyPlan.closed_on.is_(None)).distinct()):  # 已销号 tasks are not chased
        leads.setdefault(unit_id, set()).add(plan_id)
    plan_ids = set().union(*leads.values()) if leads else set()
    reported: dict[str, set[int]] = {name: set() for name in names}
    for chunk in chunks(plan_ids):
        for plan_id, period in session.execute(select(ProgressReport.plan_id, ProgressReport.period).where(
                ProgressReport.plan_id.in_(chunk), ProgressReport.period.in_(names))):
            reported[period].add(plan_id)
    return {(unit_id, name): len(plans - reported[name]) for unit_id, plans in leads.items() for name in names}


def _cell(unit_id: int, period: Period, sent_at: datetime | None, batch: ImportBatch | None,
          today: date, due: date, default_days: int = DEFAULT_DAYS) -> TrackerCell:
    if batch is not None:
        counts = json.loads(batch.counts or "{}")
        open_conflicts = int(counts.get("conflicts_open", 0))
        if open_conflicts:
            state = CONFLICTS
        elif not counts.get("updated_cells") and counts.get("skipped_cells"):
            state = RETURNED
        else:
            state = MERGED
        return TrackerCell(unit_id, str(period), state, due, sent_at, batch.imported_at, batch.id, open_conflicts)
    if sent_at is None:  # nothing went out: its own state, never overdue
        return TrackerCell(unit_id, str(period), NOT_SENT, due)
    # a workbook sent late (for a past period) gives the unit the usual days from sending
    due = max(due, sent_at.date() + timedelta(days=default_days))
    return TrackerCell(unit_id, str(period), OVERDUE if today > due else SENT, due, sent_at)


def missing_returns(database: Database, policy_id: int, period: Period, today: date | None = None,
                    default_days: int = DEFAULT_DAYS) -> list[MissingReturn]:
    """The units with nothing returned for ``period``: overdue first, then by the number of
    measures they lead."""
    return missing_in(tracker_grid(database, policy_id, period.year, today, default_days), period)


def missing_in(grid: TrackerGrid, period: Period) -> list[MissingReturn]:
    """The missing returns of ``period`` in a grid already read."""
    name = str(period)
    if name not in grid.periods:
        return []
    found = [MissingReturn(u.unit_id, u.name, u.lead, u.cooperating, grid.cell(u.unit_id, name).state,
                           grid.cell(u.unit_id, name).sent_at, grid.due.get(name), u.responsible)
             for u in grid.units if grid.cell(u.unit_id, name).state in MISSING]
    return sorted(found, key=lambda m: (not m.overdue, -m.lead, -m.responsible, -m.cooperating, m.name))
