"""The dashboard (总览) of one period and scope: counts by status (落实情况), by area and by
lead unit, with 未报送 apart from what was reported (shares and the average 完成进度 are of
what was reported), and the lists that need attention (超期, 滞后, due within 30 days, 未报送).

The rows are the ledger's (services/ledger.py: one per yearly plan of the period's year, in
document order, with the same status), but the database works out each one's status and
counts them (dashboard_sql); only the rows the lists may show are read one by one
(dashboard_lists). So a period over a whole archive (30,000 measures) is one pass over its
plans in the database and a few thousand rows in Python."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from zjtracker.db.engine import Database
from zjtracker.services.assessment import (
    BEHIND,
    NOT_REPORTED,
    NOT_STARTED,
    OVERDUE,
    status_for,
    suggest,
)
from zjtracker.services.dashboard_lists import (
    LIST_LIMIT,  # noqa: F401  (re-exported)
    Outline,
    PeriodQuery,
)
from zjtracker.services.dashboard_sql import PAST_DUE, STATUSES, UNIT, status_of_code
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.periods import Period
from zjtracker.services.policies.short_names import file_short_name
from zjtracker.services.tree import short_title

# Every row has exactly one of STATUSES (dashboard_sql), in the order the dashboard shows them.
# 已销号 (closed by the clerk, services/oversight) is counted apart from 已完成 (reported done).
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

    @property
    def reported(self) -> int:
        """已报送: the plans with progress stored for the period (the denominator of shares)."""
        return self.total - self.counts[NOT_REPORTED]

    def share(self, status: str) -> float | None:
        """The share of ``status`` among the plans reported; None when nothing was reported
        (and for 未报送 itself, whose share is of all plans: ``unreported_share``)."""
        if status == NOT_REPORTED:
            return self.unreported_share
        return self.counts[status] / self.reported if self.reported else None

    @property
    def unreported_share(self) -> float | None:
        return self.counts[NOT_REPORTED] / self.total if self.total else None


@dataclass
class AreaCounts:
    policy_id: int
    policy_title: str
    area_id: int
    area_label: str  # 一、
    area_title: str
    counts: StatusCounts = field(default_factory=StatusCounts)
    policy_short: str = ""  # the policy's 简称 (set by the clerk, else derived from the title)

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
    # 未报送: those whose deadline has passed first (earliest first), then in document order.
    # They are not in 超期: nobody has said the work is unfinished.
    unreported: list[DashboardItem] = field(default_factory=list)
    # How many items each list has in all; the lists hold the first LIST_LIMIT of them.
    overdue_total: int | None = None
    behind_total: int | None = None
    due_soon_total: int | None = None
    unreported_total: int | None = None
    unreported_past_deadline: int = 0  # 未报送 plans whose deadline lay before the period's end
    # 完成进度 over the plans that reported one (a missing percent is not 0).
    percent_count: int = 0
    percent_sum: float = 0.0

    @property
    def total(self) -> int:
        return self.counts.total

    @property
    def reported(self) -> int:
        return self.counts.reported

    @property
    def average_percent(self) -> float | None:
        """The mean 完成进度 of the plans that reported one, None when none did."""
        return self.percent_sum / self.percent_count if self.percent_count else None

    def total_of(self, name: str) -> int:
        """The number of items in the list ``name`` (overdue, behind, due_soon, unreported),
        shown or not."""
        total = getattr(self, f"{name}_total")
        return len(getattr(self, name)) if total is None else total


def row_status(row: LedgerRow) -> str:
    """The row's status, always one of STATUSES (a stray typed assessment falls back to
    what the numbers support)."""
    return row.status if row.status in STATUSES else (row.suggested or NOT_STARTED)


def status_of(percent: float | None, typed: str, deadline: date | None, period: Period, has_text: bool,
              reported: bool = True) -> str:
    """``row_status`` of a ledger row with these values, for a plan of ``period.year``."""
    status = status_for(percent, typed, deadline, period, period.year, has_text, reported)
    if status in STATUSES:
        return status
    return suggest(percent, period, period.year, has_text, deadline) or NOT_STARTED


def dashboard_data(database: Database, period: Period, policy_id: int | None = None,
                   unit_id: int | None = None, today: date | None = None) -> DashboardData:
    """The dashboard of ``period`` for everything, one policy or one unit: the rows of the
    ledger (one per yearly plan of the period's year, in document order) counted by status."""
    today = today or date.today()
    with database.session() as session:
        connection = session.connection()
        if connection.dialect.name == "postgresql":
            # Compiling the one pass (JIT) would cost more than running it, and a second process
            # building its own copy of the lead units costs more than it saves.
            connection.exec_driver_sql("SET LOCAL jit = off")
            connection.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")
        query = PeriodQuery(connection, period, policy_id, unit_id)
        horizon = today + timedelta(days=DUE_SOON_DAYS)
        tally = _Tally(query.counts(today, horizon))
        outline = Outline.read(connection, policy_id)
        lists = query.lists(tally.by_area, tally.past_due, outline, today, horizon)
    leads = outline.lead_names(lists.lead_ids)
    areas = []
    shorts = {owner: file_short_name(title, outline.shorts.get(owner, "")) for owner, title in outline.policies.items()}
    for area_id in sorted(tally.by_area, key=outline.rank.__getitem__):
        owner, _position, label, title = outline.areas[area_id]
        area = AreaCounts(owner, outline.policies[owner], area_id, label, title, policy_short=shorts[owner])
        area.counts.counts.update(tally.statuses(tally.by_area[area_id]))
        areas.append(area)
    overdue, behind, due_soon, unreported = ([_item(row, outline, leads) for row in rows] for rows in lists)
    totals = tally.by_status
    return DashboardData(period, policy_id, unit_id, today, tally.counts, areas, tally.units(outline.unit_names),
                         overdue, behind, due_soon, unreported=unreported,
                         overdue_total=totals[OVERDUE], behind_total=totals[BEHIND], due_soon_total=lists.due_total,
                         unreported_total=totals[NOT_REPORTED], unreported_past_deadline=tally.past_due,
                         percent_count=tally.percent_count, percent_sum=tally.percent_sum)


def _item(row, outline: Outline, leads: dict[int, tuple[str, ...]]) -> DashboardItem:
    policy_id, _position, area_label, area_title = outline.areas[row.area_id]
    return DashboardItem(
        policy_id=policy_id, policy_title=outline.policies[policy_id], area=f"{area_label}{area_title}",
        label=row.label, text=short_title(row.text, 60), lead_units=leads.get(row.measure_id, ()),
        percent=row.percent, status=status_of_code(row.code), deadline=row.deadline, deadline_text=row.deadline_text,
        plan_id=row.plan_id, measure_id=row.measure_id,
    )


class _Tally:
    """The counts by area and status (codes) as the database gave them, summed up."""

    def __init__(self, counted):
        self.counts = StatusCounts()
        self.by_area: dict[int, Counter] = defaultdict(Counter)
        self.by_unit: Counter = Counter()
        self.past_due = self.percent_count = 0
        self.percent_sum = 0.0
        for kind, owner, code, plans, percent_sum, percent_count in counted:
            status = status_of_code(code)
            if kind == UNIT:  # owner: the lead unit, None for the plans without one
                self.by_unit[(owner, status)] += plans
                continue
            self.counts.counts[status] += plans
            self.by_area[owner][code] += plans
            self.past_due += plans if code == PAST_DUE else 0
            self.percent_sum += percent_sum or 0.0
            self.percent_count += percent_count
        self.percent_sum = float(self.percent_sum)

    @property
    def by_status(self) -> dict[str, int]:
        return self.counts.counts

    @staticmethod
    def statuses(codes: Counter) -> dict[str, int]:
        result = dict.fromkeys(STATUSES, 0)
        for code, count in codes.items():
            result[status_of_code(code)] += count
        return result

    def units(self, names: dict[int, str]) -> list[UnitCounts]:
        """Counts by lead unit (牵头单位), the busiest first and 未明确 last; a row with two
        lead units counts for both."""
        units: dict[int | None, UnitCounts] = {}
        for (lead_id, status), count in self.by_unit.items():
            unit = units.get(lead_id)
            if unit is None:
                unit = units[lead_id] = UnitCounts(lead_id, NO_LEAD_UNIT if lead_id is None else names[lead_id])
            unit.counts.counts[status] += count
        ordered = sorted((u for u in units.values() if u.unit_id is not None), key=lambda u: (-u.counts.total, u.name))
        return ordered + ([units[None]] if None in units else [])
