"""The navigation tree as plain data, one level at a time (the UI loads it lazily)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Indicator, Measure, Policy, YearlyPlan
from zjtracker.services.node_status import measure_statuses, plan_statuses, policy_period
from zjtracker.services.periods import Period

KIND_ROOT, KIND_POLICY, KIND_AREA, KIND_MEASURE, KIND_PLAN = "root", "policy", "area", "measure", "plan"
KIND_INDICATORS, KIND_INDICATOR = "indicators", "indicator"  # 主要指标 under a policy (id = policy id)


@dataclass(frozen=True)
class TreeNode:
    kind: str
    id: int
    label: str  # 一、 / （三） / 2025年
    title: str  # short title or text
    child_count: int
    is_group: bool = False
    status: str = ""  # for measures and plans in the chosen period
    percent: float | None = None

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


def load_children(database: Database, kind: str, node_id: int = 0,
                  period: Period | None = None) -> list[TreeNode]:
    """The children of one node: policies under the root, areas (and the indicators) under a
    policy, top-level measures under an area, sub-measures and yearly plans under a measure.
    With a period, measures and plans carry their status in it."""
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
            nodes = [TreeNode(KIND_AREA, a.id, a.label, short_title(a.title), n) for a, n in rows]
            indicators = session.scalar(select(func.count(Indicator.id)).where(Indicator.policy_id == node_id))
            if indicators:
                nodes.append(TreeNode(KIND_INDICATORS, node_id, "", "主要指标", indicators))
            return nodes
        if kind == KIND_INDICATORS:
            return [
                TreeNode(KIND_INDICATOR, i.id, "", short_title(i.name), 0)
                for i in session.scalars(
                    select(Indicator).where(Indicator.policy_id == node_id).order_by(Indicator.position)
                )
            ]
        if kind == KIND_AREA:
            effective = policy_period(session, node_id, period) if period else None
            return _measures(session, effective, Measure.area_id == node_id, Measure.parent_id.is_(None))
        if kind == KIND_MEASURE:
            measure = session.get(Measure, node_id)
            if measure is None:
                return []
            effective = policy_period(session, measure.area_id, period) if period else None
            nodes = _measures(session, effective, Measure.parent_id == node_id)
            plans = list(session.scalars(
                select(YearlyPlan).where(YearlyPlan.measure_id == node_id).order_by(YearlyPlan.year)
            ))
            statuses = plan_statuses(session, plans, {node_id: measure.deadline}, effective) if effective else {}
            for p in plans:
                state = statuses.get(p.id)
                nodes.append(TreeNode(
                    KIND_PLAN, p.id, f"{p.year}年", short_title(p.text) or "年度计划", 0,
                    status=state.status if state else "", percent=state.percent if state else None,
                ))
            return nodes
        return []


def _policy_label(policy: Policy) -> str:
    """The document number; a document without one (a work report) by its date."""
    if policy.doc_no:
        return policy.doc_no
    if policy.issued_on and policy.title and str(policy.issued_on.year) not in policy.title:
        return f"{policy.issued_on.year}年"
    return ""


def _measures(session, period: Period | None, *conditions) -> list[TreeNode]:
    child = Measure.__table__.alias("child")
    child_count = (
        select(func.count(child.c.id)).where(child.c.parent_id == Measure.id).scalar_subquery()
    )
    plan_count = (
        select(func.count(YearlyPlan.id)).where(YearlyPlan.measure_id == Measure.id).scalar_subquery()
    )
    rows = list(session.execute(
        select(Measure, child_count, plan_count).where(*conditions).order_by(Measure.position, Measure.id)
    ))
    statuses = measure_statuses(session, [m for m, _, _ in rows], period) if period else {}
    nodes = []
    for m, c, p in rows:
        state = statuses.get(m.id)
        nodes.append(TreeNode(
            KIND_MEASURE, m.id, m.label, short_title(m.text), c + p, m.is_group,
            status=state.status if state else "", percent=state.percent if state else None,
        ))
    return nodes


def has_policies(database: Database) -> bool:
    with database.session() as session:
        return bool(session.scalar(select(exists().where(Policy.id.isnot(None)))))
