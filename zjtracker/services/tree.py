"""The navigation tree as plain data, one level at a time (the UI loads it lazily)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, YearlyPlan

KIND_ROOT, KIND_POLICY, KIND_AREA, KIND_MEASURE, KIND_PLAN = "root", "policy", "area", "measure", "plan"


@dataclass(frozen=True)
class TreeNode:
    kind: str
    id: int
    label: str  # 一、 / （三） / 2025年
    title: str  # short title or text
    child_count: int
    is_group: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


def short_title(text: str, limit: int = 40) -> str:
    """The heading of a text: up to the first 。 or the limit."""
    text = " ".join((text or "").split())
    head = text.split("。", 1)[0]
    if len(head) > limit:
        return head[: limit - 1] + "…"
    return head


def load_children(database: Database, kind: str, node_id: int = 0) -> list[TreeNode]:
    """The children of one node: policies under the root, areas under a policy, top-level
    measures under an area, sub-measures and yearly plans under a measure."""
    with database.session() as session:
        if kind == KIND_ROOT:
            area_count = (
                select(func.count(Area.id)).where(Area.policy_id == Policy.id).scalar_subquery()
            )
            rows = session.execute(select(Policy, area_count).order_by(Policy.id))
            return [
                TreeNode(KIND_POLICY, p.id, _policy_label(p), short_title(p.title, 60), count)
                for p, count in rows
            ]
        if kind == KIND_POLICY:
            count = (
                select(func.count(Measure.id))
                .where(Measure.area_id == Area.id, Measure.parent_id.is_(None))
                .scalar_subquery()
            )
            rows = session.execute(
                select(Area, count).where(Area.policy_id == node_id).order_by(Area.position)
            )
            return [TreeNode(KIND_AREA, a.id, a.label, short_title(a.title), n) for a, n in rows]
        if kind == KIND_AREA:
            return _measures(session, Measure.area_id == node_id, Measure.parent_id.is_(None))
        if kind == KIND_MEASURE:
            nodes = _measures(session, Measure.parent_id == node_id)
            plans = session.scalars(
                select(YearlyPlan).where(YearlyPlan.measure_id == node_id).order_by(YearlyPlan.year)
            )
            nodes.extend(
                TreeNode(KIND_PLAN, p.id, f"{p.year}年", short_title(p.text) or "年度计划", 0)
                for p in plans
            )
            return nodes
        return []


def _policy_label(policy: Policy) -> str:
    """The document number; a document without one (a work report) by its date."""
    if policy.doc_no:
        return policy.doc_no
    if policy.issued_on and policy.title and str(policy.issued_on.year) not in policy.title:
        return f"{policy.issued_on.year}年"
    return ""


def _measures(session, *conditions) -> list[TreeNode]:
    child = Measure.__table__.alias("child")
    child_count = (
        select(func.count(child.c.id)).where(child.c.parent_id == Measure.id).scalar_subquery()
    )
    plan_count = (
        select(func.count(YearlyPlan.id)).where(YearlyPlan.measure_id == Measure.id).scalar_subquery()
    )
    rows = session.execute(
        select(Measure, child_count, plan_count).where(*conditions).order_by(Measure.position)
    )
    return [
        TreeNode(KIND_MEASURE, m.id, m.label, short_title(m.text), c + p, m.is_group)
        for m, c, p in rows
    ]


def has_policies(database: Database) -> bool:
    with database.session() as session:
        return bool(session.scalar(select(exists().where(Policy.id.isnot(None)))))
