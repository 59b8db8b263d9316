"""What a progress report (进展报告) says, as plain data: the ledger rows of one period and
scope (all policies, one policy, one unit), the counts by status, by area and by lead unit,
the problems and suggestions by lead unit, the overdue, behind and not-reported lists, what
moved since the period before (only when that period has reports), and the indicators. The
PDF, Word and Excel writers only lay it out.

未报送 (nothing stored for the period) is a state of its own, and 未评估 (text only, neither
完成进度 nor 评估情况) another: shares and averages are over what was reported."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Policy, Unit
from zjtracker.services.assessment import (
    BEHIND,
    CLOSED,
    DONE,
    NOT_REPORTED,
    NOT_STARTED,
    ON_SCHEDULE,
    OVERDUE,
    UNASSESSED,
)
from zjtracker.services.evidence.report import file_names_by_plan
from zjtracker.services.indicators import IndicatorInfo, policy_indicators
from zjtracker.services.ledger import LedgerRow, find_unit_id, ledger_rows
from zjtracker.services.oversight.queries import closed_plan_ids
from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import PolicyNotFound

# 已销号 (closed by the clerk after verifying) apart from 已完成 (reported done, not yet verified).
STATUSES = (CLOSED, DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED, UNASSESSED, NOT_REPORTED)
ASSESSED = (DONE, ON_SCHEDULE, BEHIND, OVERDUE, NOT_STARTED)
NO_LEAD_UNIT = "未明确牵头单位"
SCOPE_ALL, SCOPE_POLICY, SCOPE_UNIT = "all", "policy", "unit"
MOVED_DONE, MOVED_BEHIND, MOVED_DOWN = "新完成", "转为滞后", "进度下降"


class NothingToReport(LookupError):
    """The scope holds no yearly plan for the period's year."""


@dataclass
class StatusCount:
    """How many rows of a group (an area, a unit, the whole report) have each status."""

    name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def reported(self) -> int:
        """Rows with progress stored for the period: the denominator of every share."""
        return self.total - self.counts[NOT_REPORTED]

    def share(self, status: str) -> float:
        """Percent of the group's reported rows with ``status`` (未报送: of all rows)."""
        base = self.total if status == NOT_REPORTED else self.reported
        return self.counts[status] / base * 100 if base else 0.0


@dataclass
class Movement:
    """A row whose 完成进度 or status changed since the previous period."""

    row: LedgerRow
    kinds: list[str]  # MOVED_DONE / MOVED_BEHIND / MOVED_DOWN, may be empty (just moved)


@dataclass
class UnitIssues:
    """The 存在问题 and 意见建议 of the measures one unit leads."""

    unit: str
    rows: list[LedgerRow]


@dataclass
class PolicyPart:
    policy_id: int
    title: str
    doc_no: str
    totals: StatusCount
    by_area: list[StatusCount]
    indicators: list[IndicatorInfo]
    issuer: str = ""  # 发文机关 of the policy
    short_name: str = ""  # 简称 as the clerk set it, "" = derived by the writers


@dataclass
class ReportData:
    period: Period
    scope: str  # SCOPE_ALL / SCOPE_POLICY / SCOPE_UNIT
    scope_name: str  # the policy title or the unit name; "" for all policies
    title: str
    today: date
    rows: list[LedgerRow]
    totals: StatusCount
    policies: list[PolicyPart]
    by_unit: list[StatusCount]
    issues: list[UnitIssues]
    overdue: list[LedgerRow]
    behind: list[LedgerRow]
    movements: list[Movement]
    not_reported: list[LedgerRow] = field(default_factory=list)
    # lead units with tasks left without a report: (unit, tasks left empty), most first
    silent_units: list[tuple[str, int]] = field(default_factory=list)
    has_previous: bool = False  # the period before has any report in scope
    # The default 成文日期: the period's reporting deadline (the policy's 报送时限, else ten days
    # after the period's end); never the day of printing.
    deadline: date | None = None
    # 佐证材料: plan id → the names of its evidence files in the period (the 附件 佐证材料清单)
    evidence: dict[int, list[str]] = field(default_factory=dict)
    # 往年情况: plan id → the task's earlier years in words, when asked for (build_report_data)
    earlier_years: dict[int, str] = field(default_factory=dict)

    @property
    def previous(self) -> Period:
        return self.period.previous()

    @property
    def reported(self) -> int:
        """Rows with progress stored for the period."""
        return sum(1 for r in self.rows if r.reported)

    @property
    def with_percent(self) -> int:
        """Reported rows that give a 完成进度 (the denominator of the average)."""
        return sum(1 for r in self.rows if r.reported and r.percent is not None)

    @property
    def average_percent(self) -> float:
        """The mean 完成进度 of the rows that gave one; a missing percent is not 0."""
        values = [r.percent for r in self.rows if r.reported and r.percent is not None]
        return sum(values) / len(values) if values else 0.0

    @property
    def multi_policy(self) -> bool:
        return len(self.policies) > 1

    def moved(self, kind: str) -> list[Movement]:
        return [m for m in self.movements if kind in m.kinds]

    @property
    def indicators(self) -> list[tuple[PolicyPart, IndicatorInfo]]:
        return [(part, info) for part in self.policies for info in part.indicators]


def lead_of(row: LedgerRow) -> str:
    """The unit a row is counted under: its first lead unit (牵头单位)."""
    return row.lead_units[0] if row.lead_units else NO_LEAD_UNIT


def report_status(row: LedgerRow) -> str:
    """The row's state as the report counts it: 已销号 when closed, 未报送 without a report,
    未评估 for text only."""
    if row.closed:
        return CLOSED
    if not row.reported:
        return NOT_REPORTED
    if row.status in STATUSES and row.status != NOT_REPORTED:
        if row.percent is None and not row.assessment and row.status != OVERDUE:
            return UNASSESSED
        return row.status
    return NOT_STARTED


def _count(name: str, rows: list[LedgerRow]) -> StatusCount:
    group = StatusCount(name)
    for row in rows:
        group.counts[report_status(row)] += 1
    return group


def _title(period: Period, scope: str, scope_name: str) -> str:
    if scope == SCOPE_POLICY:
        name = scope_name if scope_name.startswith("《") else f"《{scope_name}》"
        return f"关于{name}{period.label()}落实情况的报告"
    if scope == SCOPE_UNIT:
        return f"关于{scope_name}{period.label()}政策措施落实情况的报告"
    return f"关于{period.label()}政策措施落实情况的报告"


def _movements(rows: list[LedgerRow]) -> list[Movement]:
    """Rows reported in both periods whose 完成进度 or status changed (nothing is invented
    for a row without a report on either side)."""
    moved = []
    for row in rows:
        if not row.reported or row.previous_status in ("", NOT_REPORTED):
            continue
        status = report_status(row)
        kinds = []
        if status == DONE and row.previous_status != DONE:
            kinds.append(MOVED_DONE)
        if status in (BEHIND, OVERDUE) and row.previous_status not in (BEHIND, OVERDUE):
            kinds.append(MOVED_BEHIND)
        if row.percent_dropped:
            kinds.append(MOVED_DOWN)
        if kinds or row.percent != row.previous_percent or status != row.previous_status:
            moved.append(Movement(row, kinds))
    return moved


def _with_numbers(info: IndicatorInfo) -> bool:
    """Indicators worth a line in the report: those with a target, baseline or actual."""
    return info.target_value is not None or info.baseline_value is not None or bool(info.actuals) \
        or bool(info.target_text.strip("-— "))


def build_report_data(database: Database, period: Period | str, policy_id: int | None = None,
                      unit: str | None = None, today: date | None = None,
                      earlier_years: bool = False) -> ReportData:
    """Everything the report of ``period`` says, for all policies, one policy or the
    measures one unit (any of its names) takes part in. Raises PolicyNotFound,
    UnitNotFound (services.ledger) or NothingToReport with a sentence for the clerk."""
    period = Period.parse(period) if isinstance(period, str) else period
    policies = _policies(database, policy_id)
    unit_id, unit_name = None, ""
    if unit:
        unit_id = find_unit_id(database, unit)
        with database.session() as session:
            unit_name = session.get(Unit, unit_id).name
    rows = ledger_rows(database, period, policy_id=policy_id, unit_id=unit_id)
    closed = closed_plan_ids(database, [row.plan_id for row in rows])
    for row in rows:
        row.closed = row.plan_id in closed
    if not rows:
        where = f"单位“{unit_name}”参与的措施" if unit_name else (
            f"政策“{policies[policy_id][0]}”" if policy_id is not None else "数据库中的政策")
        raise NothingToReport(f"{where}没有 {period.year} 年的年度计划，{period.label()}无可报告的内容。")
    scope = SCOPE_UNIT if unit_name else SCOPE_POLICY if policy_id is not None else SCOPE_ALL
    scope_name = unit_name or (policies[policy_id][0] if policy_id is not None else "")

    by_policy: dict[int, list[LedgerRow]] = defaultdict(list)
    for row in rows:
        by_policy[row.policy_id].append(row)
    parts = []
    for pid, policy_rows in by_policy.items():
        by_area: dict[int, list[LedgerRow]] = defaultdict(list)
        for row in policy_rows:
            by_area[row.area_id].append(row)
        areas = [_count(f"{r[0].area_label}{r[0].area_title}", r) for r in by_area.values()]
        indicators = [] if scope == SCOPE_UNIT else [
            i for i in policy_indicators(database, pid) if _with_numbers(i)]
        title, doc_no, issuer, short_name = policies[pid]
        parts.append(PolicyPart(pid, title, doc_no, _count(title, policy_rows), areas, indicators,
                                issuer, short_name))

    by_lead: dict[str, list[LedgerRow]] = defaultdict(list)
    issues: dict[str, list[LedgerRow]] = defaultdict(list)
    silent: dict[str, int] = defaultdict(int)
    for row in rows:
        for name in row.lead_units or [NO_LEAD_UNIT]:
            by_lead[name].append(row)
            if not row.reported and not row.closed:
                silent[name] += 1
        if row.reported and (row.problems.strip() or row.suggestions.strip()):
            issues[lead_of(row)].append(row)
    units = sorted((_count(name, r) for name, r in by_lead.items()), key=lambda c: (-c.total, c.name))
    title = _title(period, scope, scope_name)
    return ReportData(
        period=period, scope=scope, scope_name=scope_name, title=title,
        today=today or date.today(), rows=rows, totals=_count("合计", rows), policies=parts,
        by_unit=units, issues=[UnitIssues(name, r) for name, r in issues.items()],
        overdue=[r for r in rows if report_status(r) == OVERDUE],
        behind=[r for r in rows if report_status(r) == BEHIND], movements=_movements(rows),
        not_reported=[r for r in rows if report_status(r) == NOT_REPORTED],
        silent_units=sorted(silent.items(), key=lambda item: (-item[1], item[0])),
        has_previous=any(r.previous_status not in ("", NOT_REPORTED) for r in rows),
        deadline=_deadline(database, period, policy_id),
        evidence=file_names_by_plan(database, [r.plan_id for r in rows], str(period)),
        earlier_years=_earlier_years(database, rows, period.year) if earlier_years else {},
    )


def _earlier_years(database: Database, rows: list[LedgerRow], year: int) -> dict[int, str]:
    """Each row's 往年情况 (its task's earlier years, across linked ledgers), by plan id."""
    from zjtracker.services.rollover.earlier_years import (
        earlier_years_in,
        earlier_years_text,
    )

    with database.session() as session:
        found = earlier_years_in(session, sorted({row.measure_id for row in rows}), year)
    texts = {row.plan_id: earlier_years_text(found.get(row.measure_id, [])) for row in rows}
    return {plan_id: text for plan_id, text in texts.items() if text}


def _deadline(database: Database, period: Period, policy_id: int | None) -> date:
    """When the returns of ``period`` were due: what the policy states, else the default."""
    from zjtracker.services.returns.report_deadline import DEFAULT, reporting_deadline

    if policy_id is None:
        return DEFAULT.due(period)
    with database.session() as session:
        text, frequency = session.execute(
            select(Policy.text, Policy.frequency).where(Policy.id == policy_id)).one()
    return reporting_deadline(text or "", frequency or "quarterly").due(period)


def _policies(database: Database, policy_id: int | None) -> dict[int, tuple[str, str, str, str]]:
    """id → (title, 文号, issuer, 简称) of every policy."""
    with database.session() as session:
        found = {p.id: (p.title, p.doc_no or "", p.issuer or "", p.short_name or "") for p in session.execute(
            select(Policy.id, Policy.title, Policy.doc_no, Policy.issuer, Policy.short_name))}
    if policy_id is not None and policy_id not in found:
        raise PolicyNotFound(policy_id)
    return found


def status_of_rows(rows: list[LedgerRow]) -> StatusCount:
    """Counts for any list of rows (used by the writers for sub-totals)."""
    return _count("", rows)

