"""Reading policies for display: summaries with counts, and the whole tree as plain data."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, selectinload

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Area,
    Assignment,
    Indicator,
    Measure,
    Policy,
    ProgressReport,
    Review,
    YearlyPlan,
)
from zjtracker.services.periods import Period


class PolicyNotFound(LookupError):
    def __init__(self, policy_id: int):
        super().__init__(f"没有编号为 {policy_id} 的政策文件，请用 list 命令查看已有的政策。")


@dataclass
class PolicySummary:
    id: int
    title: str
    doc_no: str
    status: str
    areas: int
    groups: int
    measures: int
    yearly_plans: int
    indicators: int
    units: int

    def as_dict(self) -> dict:
        return asdict(self)


def _count_by_policy(session: Session, statement) -> dict[int, int]:
    return {policy_id: count for policy_id, count in session.execute(statement)}


def list_policies(database: Database) -> list[PolicySummary]:
    with database.session() as session:
        areas = _count_by_policy(
            session, select(Area.policy_id, func.count(Area.id)).group_by(Area.policy_id)
        )
        measure_join = select(Area.policy_id, Measure.is_group, func.count(Measure.id)).join(
            Measure, Measure.area_id == Area.id
        )
        groups: dict[int, int] = {}
        measures: dict[int, int] = {}
        for policy_id, is_group, count in session.execute(
            measure_join.group_by(Area.policy_id, Measure.is_group)
        ):
            (groups if is_group else measures)[policy_id] = count
        plans = _count_by_policy(
            session,
            select(Area.policy_id, func.count(YearlyPlan.id))
            .join(Measure, Measure.area_id == Area.id)
            .join(YearlyPlan, YearlyPlan.measure_id == Measure.id)
            .group_by(Area.policy_id),
        )
        indicators = _count_by_policy(
            session,
            select(Indicator.policy_id, func.count(Indicator.id)).group_by(Indicator.policy_id),
        )
        units = _count_by_policy(
            session,
            select(Area.policy_id, func.count(distinct(Assignment.unit_id)))
            .join(Measure, Measure.area_id == Area.id)
            .join(Assignment, Assignment.measure_id == Measure.id)
            .group_by(Area.policy_id),
        )
        rows = session.execute(
            select(Policy.id, Policy.title, Policy.doc_no, Policy.status).order_by(Policy.id)
        )
        return [
            PolicySummary(
                id=pid,
                title=title,
                doc_no=doc_no,
                status=status,
                areas=areas.get(pid, 0),
                groups=groups.get(pid, 0),
                measures=measures.get(pid, 0),
                yearly_plans=plans.get(pid, 0),
                indicators=indicators.get(pid, 0),
                units=units.get(pid, 0),
            )
            for pid, title, doc_no, status in rows
        ]


def label_number(label: str) -> int | None:
    """The integer in a label: 12 for （12）; 3 for （三）."""
    from zjtracker.numerals import chinese_number as parse_number

    match = re.search(r"\d+", label or "")
    if match:
        return int(match.group())
    return parse_number(re.sub(r"[第章节、.．（）()\s]", "", label or ""))


def dump_policy(database: Database, policy_id: int, period: Period | None = None) -> dict:
    """The whole tree of one policy as plain data (the ``dump`` JSON)."""
    with database.session() as session:
        policy = session.scalars(
            select(Policy)
            .where(Policy.id == policy_id)
            .options(
                selectinload(Policy.areas)
                .selectinload(Area.measures)
                .options(
                    selectinload(Measure.plans),
                    selectinload(Measure.assignments).selectinload(Assignment.unit),
                ),
                selectinload(Policy.indicators).selectinload(Indicator.values),
                selectinload(Policy.glossary),
            )
        ).one_or_none()
        if policy is None:
            raise PolicyNotFound(policy_id)
        progress = _progress_for(session, policy_id, period) if period else {}
        by_parent: dict[int | None, list[Measure]] = {}
        for area in policy.areas:
            for measure in area.measures:
                by_parent.setdefault(measure.parent_id, []).append(measure)

        def measure_dict(measure: Measure) -> dict:
            data = {
                "id": measure.id,
                "label": measure.label,
                "number": measure.number if measure.number is not None else label_number(measure.label),
                "text": measure.text,
                "deadline": measure.deadline.isoformat() if measure.deadline else None,
                "units": [
                    {"name": a.unit.name, "role": a.role, "leader": a.leader,
                     "section": a.section, "person": a.person}
                    for a in measure.assignments
                ],
                "plans": [
                    {"id": p.id, "year": p.year, "text": p.text, "target": p.target,
                     "closed": {"on": p.closed_on.isoformat(), "basis": p.closed_basis, "by": p.closed_by}
                     if p.closed_on is not None else None}
                    for p in sorted(measure.plans, key=lambda p: p.year)
                ],
            }
            if period is not None:
                data["progress"] = progress.get(measure.id)
            children = by_parent.get(measure.id, [])
            if children:
                data["children"] = [measure_dict(c) for c in sorted(children, key=lambda m: m.position)]
            return data

        return {
            "id": policy.id,
            "title": policy.title,
            "doc_no": policy.doc_no,
            "issuer": policy.issuer,
            "issued_on": policy.issued_on.isoformat() if policy.issued_on else None,
            "start_year": policy.start_year,
            "end_year": policy.end_year,
            "status": policy.status,
            "frequency": policy.frequency,
            "kind": policy.kind,
            "abolished_by": policy.abolished_by_id,
            "period": str(period) if period else None,
            "areas": [
                {
                    "id": area.id,
                    "label": area.label,
                    "title": area.title,
                    "guiding_text": area.guiding_text,
                    "measures": [
                        measure_dict(m)
                        for m in sorted(area.measures, key=lambda m: m.position)
                        if m.parent_id is None
                    ],
                }
                for area in policy.areas
            ],
            "indicators": [
                {
                    "id": i.id,
                    "category": i.category,
                    "name": i.name,
                    "unit": i.unit,
                    "baseline_year": i.baseline_year,
                    "baseline": i.baseline_value,
                    "baseline_text": i.baseline_text,
                    "target_year": i.target_year,
                    "target": i.target_value,
                    "target_text": i.target_text,
                    "nature": i.nature,
                    "direction": i.direction,
                    "actuals": {str(v.year): v.value for v in i.values},
                }
                for i in policy.indicators
            ],
            "glossary": [{"term": g.term, "definition": g.definition} for g in policy.glossary],
        }


def _progress_for(session: Session, policy_id: int, period: Period) -> dict[int, dict]:
    """Progress of the period for each measure of the policy (through its plan of that year)."""
    rows = session.execute(
        select(YearlyPlan.measure_id, ProgressReport, Review)
        .join(ProgressReport, ProgressReport.plan_id == YearlyPlan.id)
        .outerjoin(Review, (Review.plan_id == YearlyPlan.id) & (Review.period == ProgressReport.period))
        .join(Measure, Measure.id == YearlyPlan.measure_id)
        .join(Area, Area.id == Measure.area_id)
        .where(
            Area.policy_id == policy_id,
            ProgressReport.period == str(period),
            YearlyPlan.year == period.year,
        )
    )
    return {
        measure_id: {
            "status_text": report.status_text,
            "problems": report.problems,
            "suggestions": report.suggestions,
            "percent": report.percent,
            "assessment": report.assessment,
            "remarks": report.remarks,
            "updated_at": report.updated_at.isoformat(timespec="seconds"),
            "updated_by": report.updated_by,
            "version": report.version,
            "review": {"state": review.state, "note": review.note, "at": review.at.isoformat(timespec="seconds"),
                       "by": review.by} if review is not None else None,  # 复核 / 退回
        }
        for measure_id, report, review in rows
    }
