"""What the structure editing services share: errors, loading a node, its siblings and
parent, and writing the change log."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, ChangeLog, Measure, Policy, YearlyPlan
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN, KIND_POLICY

MODELS = {KIND_AREA: Area, KIND_MEASURE: Measure, KIND_PLAN: YearlyPlan}
KIND_NAMES = {KIND_POLICY: "政策文件", KIND_AREA: "领域", KIND_MEASURE: "措施", KIND_PLAN: "年度计划"}
SOURCES = ("typed", "undo")


class StructureError(ValueError):
    """An edit the structure cannot take; the message says why, in Chinese."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check_kind(kind: str) -> type:
    if kind not in MODELS:
        raise StructureError(f"不能编辑“{kind}”类型的节点，只能编辑领域、措施和年度计划。")
    return MODELS[kind]


def get_node(session: Session, kind: str, node_id: int):
    node = session.get(check_kind(kind), node_id)
    if node is None:
        raise StructureError(f"{KIND_NAMES[kind]}（编号 {node_id}）不存在，可能已被删除。")
    return node


def get_policy(session: Session, policy_id: int) -> Policy:
    policy = session.get(Policy, policy_id)
    if policy is None:
        raise StructureError(f"政策文件（编号 {policy_id}）不存在，可能已被删除。")
    return policy


def parent_key(kind: str, node) -> tuple[str, int]:
    """The tree node whose children include ``node``."""
    if kind == KIND_AREA:
        return (KIND_POLICY, node.policy_id)
    if kind == KIND_MEASURE:
        return (KIND_MEASURE, node.parent_id) if node.parent_id is not None else (KIND_AREA, node.area_id)
    return (KIND_MEASURE, node.measure_id)


def siblings(session: Session, kind: str, node) -> list:
    """The node and its siblings in display order (areas of a policy, measures of one parent)."""
    if kind == KIND_AREA:
        statement = select(Area).where(Area.policy_id == node.policy_id)
        return list(session.scalars(statement.order_by(Area.position, Area.id)))
    if kind == KIND_MEASURE:
        return measure_siblings(session, node.area_id, node.parent_id)
    raise StructureError("年度计划按年份排列，不能调整顺序。")


def measure_siblings(session: Session, area_id: int, parent_id: int | None) -> list[Measure]:
    statement = select(Measure).where(Measure.area_id == area_id)
    if parent_id is None:
        statement = statement.where(Measure.parent_id.is_(None))
    else:
        statement = statement.where(Measure.parent_id == parent_id)
    return list(session.scalars(statement.order_by(Measure.position, Measure.id)))


def place(nodes: list, node, position: int | None) -> None:
    """Put ``node`` at ``position`` among ``nodes`` (at the end when None) and number all 0..n-1."""
    ordered = [n for n in nodes if n is not node]
    if position is None or position > len(ordered):
        position = len(ordered)
    ordered.insert(max(0, position), node)
    for index, item in enumerate(ordered):
        if item.position != index:
            item.position = index


def as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return f"{value:g}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def log_change(session: Session, entity: str, entity_id: int, field: str, old, new,
               source: str = "typed") -> None:
    session.add(ChangeLog(
        user=current_user(), machine=current_machine(), entity=entity, entity_id=entity_id,
        field=field, old=as_text(old), new=as_text(new), source=source,
    ))


def describe(kind: str, node) -> str:
    """A node as the change log and messages name it: 一、总体要求, （3）推进…, 2025年."""
    if kind == KIND_PLAN:
        return f"{node.year}年"
    text = node.title if kind == KIND_AREA else node.text
    text = " ".join((text or "").split())
    return f"{node.label}{text[:30]}"
