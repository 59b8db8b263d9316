"""The stored side of a return: the yearly plans of a policy for the period's year, each
with its measure, area and enclosing group, the period's progress and the previous
period's 完成进度, in the order of the document (as ``services.ledger`` lists them).

Read as plain tuples in a fixed handful of queries, with only the columns that matching and
merging a return use; a ledger row carries far more (units, statuses) and costs far more.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Measure, Policy, ProgressReport, YearlyPlan
from zjtracker.services.ledger import document_order
from zjtracker.services.periods import Period

PROGRESS_FIELDS = ("status_text", "problems", "suggestions", "percent", "assessment", "remarks")


@dataclass
class Target:
    """One yearly plan a returned row may be matched to, with what is stored for it."""

    policy_id: int
    area_label: str  # 一、
    area_title: str
    group_label: str  # the enclosing measure (（三）), "" when the measure sits in the area
    group_text: str
    measure_id: int
    measure_label: str  # （12）
    number: int | None
    measure_text: str
    plan_id: int
    plan_year: int
    status_text: str = ""  # 落实情况 of the period
    problems: str = ""
    suggestions: str = ""
    percent: float | None = None
    assessment: str = ""
    remarks: str = ""
    version: int | None = None  # None: nothing stored for the period
    previous_percent: float | None = None  # 完成进度 of the period before
    closed_on: date | None = None  # 已销号: a verified, closed task takes no returned change


@dataclass
class PolicyTargets:
    policy_id: int
    title: str
    targets: list[Target] = field(default_factory=list)  # document order
    unplanned: set[int] = field(default_factory=set)  # numbers of tasks without a plan in the year


def load_targets(session: Session, period: Period, policy_ids: list[int]) -> dict[int, PolicyTargets]:
    """The plans of ``period.year`` of each existing policy of ``policy_ids``."""
    wanted = sorted(set(policy_ids))
    if not wanted:
        return {}
    titles = dict(session.execute(select(Policy.id, Policy.title).where(Policy.id.in_(wanted))).all())
    if not titles:
        return {}
    areas = {row.id: row for row in session.execute(
        select(Area.id, Area.policy_id, Area.position, Area.label, Area.title).where(Area.policy_id.in_(titles)))}
    measures = {row.id: row for row in session.execute(
        select(Measure.id, Measure.area_id, Measure.parent_id, Measure.position, Measure.label, Measure.number,
               Measure.text, Measure.is_group).join(Area, Area.id == Measure.area_id)
        .where(Area.policy_id.in_(titles)))}
    in_scope = (select(Measure.id).join(Area, Area.id == Measure.area_id).where(Area.policy_id.in_(titles))
                .scalar_subquery())
    plans: dict[int, list[int]] = defaultdict(list)
    closed: dict[int, date] = {}
    for plan_id, measure_id, closed_on in session.execute(
            select(YearlyPlan.id, YearlyPlan.measure_id, YearlyPlan.closed_on)
            .where(YearlyPlan.year == period.year, YearlyPlan.measure_id.in_(in_scope))):
        plans[measure_id].append(plan_id)
        if closed_on is not None:
            closed[plan_id] = closed_on
    current, previous = str(period), str(period.previous())
    reports = {}
    for report in session.execute(
            select(ProgressReport.plan_id, ProgressReport.period, ProgressReport.version,
                   *(getattr(ProgressReport, name) for name in PROGRESS_FIELDS))
            .join(YearlyPlan, YearlyPlan.id == ProgressReport.plan_id)
            .where(YearlyPlan.year == period.year, YearlyPlan.measure_id.in_(in_scope),
                   ProgressReport.period.in_((current, previous)))):
        reports[(report.plan_id, report.period)] = report
    found = {pid: PolicyTargets(pid, title) for pid, title in titles.items()}
    for measure in document_order(areas, measures):
        area = areas[measure.area_id]
        group = measures.get(measure.parent_id) if measure.parent_id else None
        for plan_id in sorted(plans.get(measure.id, ())):
            stored = reports.get((plan_id, current))
            before = reports.get((plan_id, previous))
            progress = {name: getattr(stored, name) for name in PROGRESS_FIELDS} if stored is not None else {}
            found[area.policy_id].targets.append(Target(
                policy_id=area.policy_id, area_label=area.label, area_title=area.title,
                group_label=group.label if group else "", group_text=group.text if group else "",
                measure_id=measure.id, measure_label=measure.label, number=measure.number,
                measure_text=measure.text, plan_id=plan_id, plan_year=period.year, **progress,
                version=stored.version if stored is not None else None,
                previous_percent=before.percent if before is not None else None,
                closed_on=closed.get(plan_id)))
    numbers: dict[int, set[int]] = defaultdict(set)
    planned: dict[int, set[int]] = defaultdict(set)
    for measure in measures.values():
        policy_id = areas[measure.area_id].policy_id
        if measure.number is not None and not measure.is_group:
            numbers[policy_id].add(measure.number)
        if measure.id in plans:
            planned[policy_id].add(measure.number)
    for policy_id, policy in found.items():
        policy.unplanned = numbers[policy_id] - planned[policy_id]
    return found
