"""The ledger (台账) of one period: every yearly plan of the period's year with its measure,
units, progress and status, in document order. The dashboard, the reports, the Excel ledger
and the fill-in workbooks all read it; it costs a fixed handful of queries however large
the database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Assignment, Measure, Policy, ProgressReport, Unit, UnitAlias, YearlyPlan
from zjtracker.importing.annotations.units import canonical_name, match_key
from zjtracker.services.assessment import contradicts, expected_percent, status_for, suggest
from zjtracker.services.periods import FREQUENCY_KIND, Period

LEAD, COOPERATING, RESPONSIBLE = "lead", "cooperating", "responsible"


@dataclass(frozen=True)
class UnitRole:
    unit_id: int
    name: str  # canonical name
    role: str  # lead / cooperating / responsible
    leader: str = ""  # 分管领导
    section: str = ""  # 责任科室
    person: str = ""  # 责任人


@dataclass(slots=True)  # tens of thousands in a report of the whole archive
class LedgerRow:
    policy_id: int
    policy_title: str
    area_id: int
    area_label: str  # 一、
    area_title: str
    group_label: str  # the enclosing measure group (（三）), "" when the measure sits in the area
    group_text: str
    measure_id: int
    measure_label: str  # （12） / 1.
    number: int | None  # 12
    measure_text: str
    deadline: date | None
    deadline_text: str
    plan_id: int
    plan_year: int
    plan_text: str
    target: float | None
    units: list[UnitRole] = field(default_factory=list)
    # progress (进展) in the period; empty strings and None where nothing is reported
    status_text: str = ""  # 落实情况
    problems: str = ""  # 存在问题
    suggestions: str = ""  # 存在问题的意见建议
    percent: float | None = None  # 完成进度
    assessment: str = ""  # 评估情况 as typed
    remarks: str = ""  # 备注
    version: int | None = None
    updated_at: datetime | None = None
    updated_by: str = ""
    previous_percent: float | None = None  # 完成进度 of the period before
    previous_status: str = ""
    expected: float = 0.0  # 序时进度
    suggested: str = ""  # what the numbers support
    status: str = ""  # 已完成 / 序时推进 / 滞后 / 超期 / 未启动 / 未评估 / 未报送
    closed: bool = False  # 已销号 (services/oversight; set by the report and the fill-in workbooks)

    @property
    def reported(self) -> bool:
        return self.version is not None

    @property
    def contradiction(self) -> bool:
        return contradicts(self.assessment, self.suggested)

    @property
    def percent_dropped(self) -> bool:
        return (self.percent is not None and self.previous_percent is not None
                and self.percent < self.previous_percent)

    def unit_names(self, role: str) -> list[str]:
        return [u.name for u in self.units if u.role == role]

    @property
    def lead_units(self) -> list[str]:
        return self.unit_names(LEAD)

    @property
    def cooperating_units(self) -> list[str]:
        return self.unit_names(COOPERATING)

    @property
    def responsible_units(self) -> list[str]:
        return self.unit_names(RESPONSIBLE)

    def role_of(self, unit_id: int) -> str | None:
        roles = [u.role for u in self.units if u.unit_id == unit_id]
        for role in (LEAD, RESPONSIBLE, COOPERATING):
            if role in roles:
                return role
        return None


class UnitNotFound(LookupError):
    def __init__(self, name: str):
        super().__init__(f"单位“{name}”不在单位名录中。请检查名称，或先在单位名录中添加。")
        self.name = name


def find_unit_id(database: Database, name: str) -> int:
    """The unit a name (or any of its aliases) stands for."""
    with database.session() as session:
        for candidate in (name, canonical_name(name)):
            unit_id = session.scalar(select(Unit.id).where(Unit.name == candidate))
            if unit_id is not None:
                return unit_id
        for key in (match_key(name), match_key(canonical_name(name))):
            unit_id = session.scalar(select(UnitAlias.unit_id).where(UnitAlias.match_key == key).limit(1))
            if unit_id is not None:
                return unit_id
    raise UnitNotFound(name)


def policy_period_kind(frequency: str) -> str:
    return FREQUENCY_KIND.get(frequency, "Q")


def ledger_rows(database: Database, period: Period, policy_id: int | None = None,
                unit_id: int | None = None, today: date | None = None) -> list[LedgerRow]:
    """The rows of the ledger for ``period``: one per yearly plan of ``period.year``.

    ``policy_id`` narrows to one policy, ``unit_id`` to the measures a unit leads, is
    responsible for or cooperates on. Rows come in document order. The columns are read as
    plain rows (no ORM objects): a fixed handful of queries, narrowed to the policy in SQL.
    """
    previous = str(period.previous())
    with database.session() as session:
        policy_filter = [Policy.id == policy_id] if policy_id is not None else []
        policies = dict(session.execute(select(Policy.id, Policy.title).where(*policy_filter)).all())
        area_query = select(Area.id, Area.policy_id, Area.position, Area.label, Area.title)
        if policy_filter:
            area_query = area_query.where(Area.policy_id.in_(policies))
        areas = {a.id: a for a in session.execute(area_query)}
        measure_query = select(Measure.id, Measure.area_id, Measure.parent_id, Measure.position, Measure.label,
                               Measure.number, Measure.text, Measure.deadline, Measure.deadline_text)
        if policy_filter:
            measure_query = measure_query.where(Measure.area_id.in_(areas))
        measures = {m.id: m for m in session.execute(measure_query)}
        plan_query = select(YearlyPlan.id, YearlyPlan.measure_id, YearlyPlan.year, YearlyPlan.text,
                            YearlyPlan.target).where(YearlyPlan.year == period.year)
        assignment_query = select(Assignment.measure_id, Assignment.unit_id, Assignment.role, Assignment.leader,
                                  Assignment.section, Assignment.person).order_by(Assignment.id)
        report_query = select(*_REPORT_COLUMNS).where(ProgressReport.period.in_((str(period), previous)))
        if policy_filter:  # one policy out of many: let the database narrow plans, units, reports
            in_scope = select(Measure.id).join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id)
            plan_query = plan_query.where(YearlyPlan.measure_id.in_(in_scope))
            assignment_query = assignment_query.where(Assignment.measure_id.in_(in_scope))
            report_query = report_query.where(ProgressReport.plan_id.in_(
                select(YearlyPlan.id).where(YearlyPlan.year == period.year, YearlyPlan.measure_id.in_(in_scope))))
        plans_by_measure: dict[int, list] = defaultdict(list)
        for plan in session.execute(plan_query):
            if plan.measure_id in measures:
                plans_by_measure[plan.measure_id].append(plan)
        units: dict[int, list[UnitRole]] = defaultdict(list)
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        roles: dict[tuple, UnitRole] = {}  # one (frozen) UnitRole for every distinct assignment
        for a in session.execute(assignment_query):
            if a.measure_id in measures:
                key = (a.unit_id, a.role, a.leader or "", a.section or "", a.person or "")
                role = roles.get(key)
                if role is None:
                    role = roles[key] = UnitRole(key[0], names[a.unit_id], *key[1:])
                units[a.measure_id].append(role)
        plan_ids = {p.id for plans in plans_by_measure.values() for p in plans}
        reports: dict[tuple[int, str], tuple] = {}
        for report in session.execute(report_query):
            if report.plan_id in plan_ids:
                reports[(report.plan_id, report.period)] = report

    before_period = Period.parse(previous)
    rows: list[LedgerRow] = []
    for measure in document_order(areas, measures, policies):
        if unit_id is not None and all(u.unit_id != unit_id for u in units[measure.id]):
            continue
        area = areas[measure.area_id]
        group = measures.get(measure.parent_id) if measure.parent_id else None
        for plan in sorted(plans_by_measure.get(measure.id, ()), key=lambda p: p.id):
            row = LedgerRow(
                policy_id=area.policy_id, policy_title=policies[area.policy_id],
                area_id=area.id, area_label=area.label, area_title=area.title,
                group_label=group.label if group else "", group_text=group.text if group else "",
                measure_id=measure.id, measure_label=measure.label, number=measure.number,
                measure_text=measure.text, deadline=measure.deadline,
                deadline_text=measure.deadline_text, plan_id=plan.id, plan_year=plan.year,
                plan_text=plan.text, target=plan.target, units=list(units[measure.id]),
            )
            _fill_progress(row, reports.get((plan.id, str(period))), reports.get((plan.id, previous)),
                           period, before_period)
            rows.append(row)
    return rows


_REPORT_COLUMNS = (ProgressReport.plan_id, ProgressReport.period, ProgressReport.status_text,
                   ProgressReport.problems, ProgressReport.suggestions, ProgressReport.percent,
                   ProgressReport.assessment, ProgressReport.remarks, ProgressReport.version,
                   ProgressReport.updated_at, ProgressReport.updated_by)


def document_order(areas: dict, measures: dict, policies: dict[int, str] | None = None):
    """Every measure (of ``policies``, else of every area given), depth-first in the order
    of the document (groups carry no plans)."""
    children: dict[tuple[int, int | None], list] = defaultdict(list)
    for measure in measures.values():
        children[(measure.area_id, measure.parent_id)].append(measure)
    for siblings in children.values():
        siblings.sort(key=lambda m: (m.position, m.id))

    def walk(area_id: int, parent_id: int | None):
        for measure in children.get((area_id, parent_id), ()):
            yield measure
            yield from walk(area_id, measure.id)

    for area in sorted(areas.values(), key=lambda a: (a.policy_id, a.position, a.id)):
        if policies is None or area.policy_id in policies:
            yield from walk(area.id, None)


def _fill_progress(row: LedgerRow, report, before, period: Period, previous: Period) -> None:
    """The period's progress of a row, the previous period's 完成进度 and status, and what
    the numbers support (``report`` and ``before`` are rows of _REPORT_COLUMNS or None)."""
    if report is not None:
        row.status_text, row.problems = report.status_text, report.problems
        row.suggestions, row.percent = report.suggestions, report.percent
        row.assessment, row.remarks = report.assessment, report.remarks
        row.version, row.updated_at, row.updated_by = report.version, report.updated_at, report.updated_by
    if before is not None:
        row.previous_percent = before.percent
        row.previous_status = status_for(before.percent, before.assessment, row.deadline,
                                         previous, row.plan_year, bool(before.status_text))
    row.expected = expected_percent(period, row.plan_year, row.deadline)
    # Nothing to judge without a 完成进度 or 评估情况: no suggestion (a missing percent is not 0).
    assessed = row.percent is not None or bool(row.assessment)
    row.suggested = suggest(row.percent, period, row.plan_year, bool(row.status_text), row.deadline) \
        if assessed else ""
    row.status = status_for(row.percent, row.assessment, row.deadline, period, row.plan_year,
                            bool(row.status_text), reported=report is not None)
