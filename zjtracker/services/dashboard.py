"""The dashboard (总览) of one period and scope: counts by status (落实情况), by area and by
lead unit, with 未报送 apart from what was reported (shares and the average 完成进度 are of
what was reported), and the lists that need attention (超期, 滞后, due within 30 days, 未报送).

The rows are the ledger's (services/ledger.py: one per yearly plan of the period's year, in
document order, with the same status), but read lean (dashboard_rows): a few queries of
integers, short labels and the period's progress numbers, and the task texts only for the
items listed. So a period over a whole archive (30,000 measures) costs a fraction of a second."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Assignment, Measure, Policy, ProgressReport, Unit, YearlyPlan
from zjtracker.services.assessment import (
    BEHIND, CLOSED, DONE, NOT_REPORTED, NOT_STARTED, ON_SCHEDULE, OVERDUE, UNASSESSED, period_end, status_for, suggest)
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.node_status import as_date, chunks, fetch_tuples
from zjtracker.services.periods import Period
from zjtracker.services.policies.short_names import file_short_name
from zjtracker.services.tree import short_title

# Every row has exactly one of these, in the order the dashboard shows them. 已销号 (closed by
# the clerk, services/oversight) is counted apart from 已完成 (reported done, not yet verified).
STATUSES = (CLOSED, DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED, UNASSESSED, NOT_REPORTED)
NO_LEAD_UNIT = "未明确"  # measures without a lead unit (牵头单位)
DUE_SOON_DAYS = 30
LIST_LIMIT = 500  # items in each list (超期, 滞后, due soon); the counts say how many there are


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
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    with database.session() as session:
        connection = session.connection()
        rows = _Rows.read(connection, period, policy_id, unit_id)
        items = rows.items
        overdue = sorted((row for row in items if row[_STATUS] == OVERDUE),  # stable: document order
                         key=lambda row: row[_DEADLINE] or date.max)  # within a day
        behind = [row for row in items if row[_STATUS] == BEHIND]
        due_soon = sorted((row for row in items if row[_DEADLINE] is not None and row[_STATUS] not in (DONE, CLOSED)
                           and today <= row[_DEADLINE] <= horizon), key=lambda row: row[_DEADLINE])
        end = period_end(period)
        unreported = sorted((row for row in items if row[_STATUS] == NOT_REPORTED),  # stable: document order
                            key=lambda row: row[_DEADLINE] if row[_DEADLINE] and row[_DEADLINE] < end else date.max)
        listed = [rows_of[:LIST_LIMIT] for rows_of in (overdue, behind, due_soon, unreported)]
        texts = rows.texts(connection, {row[_MEASURE] for rows_of in listed for row in rows_of})
    counts = StatusCounts()
    counts.counts.update(Counter(row[_STATUS] for row in items))
    areas = []
    by_area = Counter((row[_AREA], row[_STATUS]) for row in items)
    for area_id in dict.fromkeys(row[_AREA] for row in items):
        owner, label, title = rows.areas[area_id]
        area = AreaCounts(owner, rows.policies[owner], area_id, label, title,
                          policy_short=file_short_name(rows.policies[owner], rows.shorts.get(owner, "")))
        area.counts.counts.update({status: by_area[(area_id, status)] for status in STATUSES})
        areas.append(area)
    percents = [row[_PERCENT] for row in items if row[_PERCENT] is not None]
    overdue_items, behind_items, due_items, unreported_items = ([rows.item(row, texts) for row in rows_of]
                                                                for rows_of in listed)
    return DashboardData(period, policy_id, unit_id, today, counts, areas, _unit_counts(items),
                         overdue_items, behind_items, due_items, unreported=unreported_items,
                         overdue_total=len(overdue), behind_total=len(behind), due_soon_total=len(due_soon),
                         unreported_total=len(unreported),
                         unreported_past_deadline=sum(1 for row in unreported if row[_DEADLINE]
                                                      and row[_DEADLINE] < end),
                         percent_count=len(percents), percent_sum=float(sum(percents)))


def _unit_counts(items: list[tuple]) -> list[UnitCounts]:
    """Counts by lead unit (牵头单位), the busiest first and 未明确 last; a row with two lead
    units counts for both."""
    names: dict[int | None, str] = {None: NO_LEAD_UNIT}
    by_unit: Counter = Counter()
    for row in items:
        for lead_id, name in row[_LEADS] or _NO_LEAD:
            by_unit[(lead_id, row[_STATUS])] += 1
            names[lead_id] = name
    units: dict[int | None, UnitCounts] = {}
    for (lead_id, status), count in by_unit.items():
        unit = units.get(lead_id)
        if unit is None:
            unit = units[lead_id] = UnitCounts(lead_id, names[lead_id])
        unit.counts.counts[status] = count
    ordered = sorted((u for u in units.values() if u.unit_id is not None), key=lambda u: (-u.counts.total, u.name))
    return ordered + ([units[None]] if None in units else [])


# A row: its place in the document, plan id, measure id, area id, 完成进度, status, deadline,
# lead units ((id, name), ...).
_PLACE, _PLAN, _MEASURE, _AREA, _PERCENT, _STATUS, _DEADLINE, _LEADS = range(8)
_NO_LEAD = ((None, NO_LEAD_UNIT),)


@dataclass
class _Rows:
    """The ledger rows of a period as the dashboard needs them, read lean: integers, the
    period's numbers from covering indexes, texts only where they decide a status or for
    the items listed."""

    policies: dict[int, str]  # id -> title
    areas: dict[int, tuple[int, str, str]]  # id -> policy id, label, title
    items: list[tuple]  # the rows, in document order
    shorts: dict[int, str] = field(default_factory=dict)  # id -> 简称 as stored ("" = derive)

    @classmethod
    def read(cls, connection, period: Period, policy_id: int | None, unit_id: int | None) -> _Rows:
        in_policy = [Area.policy_id == policy_id] if policy_id is not None else []
        named = connection.execute(select(Policy.id, Policy.title, Policy.short_name).where(
            *([Policy.id == policy_id] if in_policy else []))).all()
        policies = {row[0]: row[1] for row in named}
        shorts = {row[0]: row[2] or "" for row in named}
        area_rows = connection.execute(
            select(Area.id, Area.policy_id, Area.position, Area.label, Area.title).where(*in_policy)).all()
        # The outline columns only (the covering index ix_measures_outline has them all).
        outline = select(Measure.id, Measure.area_id, Measure.parent_id, Measure.position, Measure.deadline)
        if in_policy:
            outline = outline.join(Area, Area.id == Measure.area_id).where(*in_policy)
        measures = {row[0]: row[1:] for row in fetch_tuples(connection, outline)}
        places = {measure_id: place for place, measure_id in enumerate(_document_order(area_rows, measures, policies))}
        names = dict(connection.execute(select(Unit.id, Unit.name)).all())
        leads: dict[int, tuple[tuple[int, str], ...]] = {}
        for measure_id, lead_id in fetch_tuples(connection, select(Assignment.measure_id, Assignment.unit_id)
                                                .where(Assignment.role == "lead").order_by(Assignment.id)):
            known = leads.get(measure_id, ())
            if all(lead_id != other for other, _name in known):
                leads[measure_id] = (*known, (lead_id, names[lead_id]))
        if unit_id is not None:
            wanted = set(connection.scalars(select(Assignment.measure_id).where(Assignment.unit_id == unit_id)))
            places = {measure_id: place for measure_id, place in places.items() if measure_id in wanted}
        items = _plan_rows(connection, period, measures, places, leads)
        items.sort()
        return cls(policies, {a[0]: (a[1], a[3], a[4]) for a in area_rows}, items, shorts)

    @staticmethod
    def texts(connection, measure_ids: set[int]) -> dict[int, tuple[str, str, str]]:
        """Label, heading and deadline as written, of the measures listed."""
        texts: dict[int, tuple[str, str, str]] = {}
        for chunk in chunks(measure_ids):
            for measure_id, label, text, deadline_text in fetch_tuples(connection, select(
                    Measure.id, Measure.label, Measure.text, Measure.deadline_text).where(Measure.id.in_(chunk))):
                texts[measure_id] = (label, short_title(text, 60), deadline_text)
        return texts

    def item(self, row: tuple, texts: dict[int, tuple[str, str, str]]) -> DashboardItem:
        policy_id, area_label, area_title = self.areas[row[_AREA]]
        label, heading, deadline_text = texts[row[_MEASURE]]
        return DashboardItem(
            policy_id=policy_id, policy_title=self.policies[policy_id], area=f"{area_label}{area_title}",
            label=label, text=heading, lead_units=tuple(dict.fromkeys(name for _id, name in row[_LEADS])),
            percent=row[_PERCENT], status=row[_STATUS], deadline=row[_DEADLINE],
            deadline_text=deadline_text, plan_id=row[_PLAN], measure_id=row[_MEASURE],
        )


def _plan_rows(connection, period: Period, measures: dict, places: dict[int, int],
               leads: dict[int, tuple]) -> list[tuple]:
    """A row for each plan of the period's year whose measure has a place in the document.
    The period's numbers come from the covering index ix_progress_reports_period_values; a
    report's text is read only where it decides the status (no 完成进度 but an assessment:
    滞后 with text, else 未启动). No report for the period: 未报送."""
    reported = {plan_id: (report_id, percent, typed) for report_id, plan_id, percent, typed in fetch_tuples(
        connection, select(ProgressReport.id, ProgressReport.plan_id, ProgressReport.percent,
                           ProgressReport.assessment).where(ProgressReport.period == str(period)))}
    written: set[int] = set()
    for chunk in chunks([report_id for report_id, percent, _typed in reported.values() if not percent]):
        written.update(connection.scalars(select(ProgressReport.id).where(
            ProgressReport.id.in_(chunk), ProgressReport.status_text != "")))
    closed = {plan_id for (plan_id,) in fetch_tuples(connection, select(YearlyPlan.id).where(
        YearlyPlan.year == period.year, YearlyPlan.closed_on.isnot(None)))}
    deadlines: dict[object, date | None] = {None: None}
    statuses: dict[tuple, str] = {}  # the same few values over and over: work each out once
    rows = []
    nothing = (None, None, "")
    for plan_id, measure_id in fetch_tuples(
            connection, select(YearlyPlan.id, YearlyPlan.measure_id).where(YearlyPlan.year == period.year)):
        place = places.get(measure_id)
        if place is None:
            continue
        area_id, _parent, _position, stored_deadline = measures[measure_id]
        deadline = deadlines.get(stored_deadline)
        if deadline is None and stored_deadline is not None:
            deadline = deadlines[stored_deadline] = as_date(stored_deadline)
        report_id, percent, typed = reported.get(plan_id, nothing)
        key = (percent, typed, deadline, report_id in written, report_id is not None)
        status = statuses.get(key)
        if status is None:
            status = statuses[key] = status_of(percent, typed or "", deadline, period, key[3], key[4])
        if plan_id in closed:
            status = CLOSED
        rows.append((place, plan_id, measure_id, area_id, percent, status, deadline, leads.get(measure_id, ())))
    return rows


def _document_order(area_rows, measures: dict[int, tuple], policies: dict[int, str]) -> list[int]:
    """Measure ids depth-first in the order of the document, as the ledger walks them."""
    children: dict[tuple[int, int | None], list[tuple[int, int]]] = defaultdict(list)
    for measure_id, (area_id, parent_id, position, _deadline) in measures.items():
        children[(area_id, parent_id)].append((position, measure_id))
    below = {key: [measure_id for _position, measure_id in sorted(siblings, reverse=True)]
             for key, siblings in children.items()}
    order: list[int] = []
    for area_id, policy_id, _position, _label, _title in sorted(area_rows, key=lambda a: (a[1], a[2], a[0])):
        if policy_id not in policies:
            continue
        stack = list(below.get((area_id, None), ()))
        while stack:
            measure_id = stack.pop()
            order.append(measure_id)
            more = below.get((area_id, measure_id))
            if more:
                stack.extend(more)
    return order
