"""The dashboard (总览) of one period and scope: counts by status (落实情况), by area and by
lead unit, and the lists that need attention (超期, 滞后, due within 30 days). Built on one
ledger_rows call, so it costs the ledger's fixed handful of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from zjtracker.db.engine import Database
from zjtracker.services.assessment import BEHIND, DONE, NOT_STARTED, ON_SCHEDULE, OVERDUE
from zjtracker.services.ledger import LedgerRow, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.tree import short_title

# Every row has exactly one of these, in the order the dashboard shows them.
STATUSES = (DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED)
NO_LEAD_UNIT = "未明确"  # measures without a lead unit (牵头单位)
DUE_SOON_DAYS = 30


@dataclass
class StatusCounts:
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))

    def add(self, status: str) -> None:
        self.counts[status] += 1

    def __getitem__(self, status: str) -> int:
        return self.counts[status]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class AreaCounts:
    policy_id: int
    policy_title: str
    area_id: int
    area_label: str  # 一、
    area_title: str
    counts: StatusCounts = field(default_factory=StatusCounts)

    @property
    def name(self) -> str:
        return f"{self.area_label}{self.area_title}"


@dataclass
class UnitCounts:
    unit_id: int | None  # None for 未明确
    name: str
    counts: StatusCounts = field(default_factory=StatusCounts)


@dataclass(frozen=True)
class DashboardItem:
    policy_id: int
    policy_title: str
    area: str  # 一、总体要求
    label: str  # （12）
    text: str  # the measure's heading
    lead_units: tuple[str, ...]
    percent: float | None
    status: str
    deadline: date | None
    deadline_text: str
    plan_id: int
    measure_id: int


@dataclass
class DashboardData:
    period: Period
    policy_id: int | None
    unit_id: int | None
    today: date
    counts: StatusCounts
    areas: list[AreaCounts]  # in document order
    units: list[UnitCounts]  # most items first, 未明确 last
    overdue: list[DashboardItem]  # 超期, earliest deadline first
    behind: list[DashboardItem]  # 滞后, in document order
    due_soon: list[DashboardItem]  # deadline within 30 days of today and not done

    @property
    def total(self) -> int:
        return self.counts.total


def row_status(row: LedgerRow) -> str:
    """The row's status, always one of STATUSES (a stray typed assessment falls back to
    what the numbers support)."""
    return row.status if row.status in STATUSES else (row.suggested or NOT_STARTED)


def dashboard_data(database: Database, period: Period, policy_id: int | None = None,
                   unit_id: int | None = None, today: date | None = None) -> DashboardData:
    today = today or date.today()
    rows = ledger_rows(database, period, policy_id=policy_id, unit_id=unit_id)
    counts = StatusCounts()
    areas: dict[int, AreaCounts] = {}
    units: dict[int | None, UnitCounts] = {}
    overdue, behind, due_soon = [], [], []
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    for row in rows:
        status = row_status(row)
        counts.add(status)
        area = areas.get(row.area_id)
        if area is None:
            area = areas[row.area_id] = AreaCounts(
                row.policy_id, row.policy_title, row.area_id, row.area_label, row.area_title)
        area.counts.add(status)
        for unit_key, unit_name in _lead_units(row):
            unit = units.get(unit_key)
            if unit is None:
                unit = units[unit_key] = UnitCounts(unit_key, unit_name)
            unit.counts.add(status)
        if status == OVERDUE:
            overdue.append(_item(row, status))
        elif status == BEHIND:
            behind.append(_item(row, status))
        if status != DONE and row.deadline is not None and today <= row.deadline <= horizon:
            due_soon.append(_item(row, status))
    overdue.sort(key=lambda item: item.deadline or date.max)  # stable: document order within a day
    due_soon.sort(key=lambda item: item.deadline or date.max)
    unit_list = sorted((u for u in units.values() if u.unit_id is not None),
                       key=lambda u: (-u.counts.total, u.name))
    if None in units:
        unit_list.append(units[None])
    return DashboardData(period, policy_id, unit_id, today, counts, list(areas.values()),
                         unit_list, overdue, behind, due_soon)


def _lead_units(row: LedgerRow) -> list[tuple[int | None, str]]:
    seen: dict[int, str] = {}
    for unit in row.units:
        if unit.role == "lead":
            seen.setdefault(unit.unit_id, unit.name)
    return list(seen.items()) or [(None, NO_LEAD_UNIT)]


def _item(row: LedgerRow, status: str) -> DashboardItem:
    return DashboardItem(
        policy_id=row.policy_id, policy_title=row.policy_title,
        area=f"{row.area_label}{row.area_title}", label=row.measure_label,
        text=short_title(row.measure_text, 60),
        lead_units=tuple(dict.fromkeys(row.lead_units)), percent=row.percent, status=status,
        deadline=row.deadline, deadline_text=row.deadline_text, plan_id=row.plan_id,
        measure_id=row.measure_id,
    )
