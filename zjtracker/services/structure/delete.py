"""Deleting an area, measure or yearly plan with everything under it, and putting it back.

``delete_node`` returns a ``Snapshot``: the deleted rows (area → measures → sub-measures →
yearly plans → progress reports → assignments) as plain JSON-safe data with their ids and
the positions of the siblings, so that ``restore_snapshot`` recreates the subtree exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Date, DateTime, delete, func, insert, select
from sqlalchemy.orm import Session

from zjtracker.db.models import (
    Area,
    Assignment,
    Attachment,
    ImportBatch,
    Measure,
    Policy,
    ProgressReport,
    Review,
    Unit,
    YearlyPlan,
)
from zjtracker.services.structure.common import (
    KIND_NAMES,
    StructureError,
    describe,
    get_node,
    log_change,
    parent_key,
    siblings,
)
from zjtracker.services.structure.snapshot_links import (
    keep_valid_attachments,
    plan_rows_wanted,
    previous_links,
    relink,
    without_previous,
)
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN, KIND_POLICY

# Restored in this order: parents before the rows that refer to them.
TABLES = (Area, Measure, YearlyPlan, Assignment, ProgressReport, Review, Attachment)
_TABLE_BY_NAME = {model.__tablename__: model for model in TABLES}
_PARENT_MODEL = {KIND_POLICY: Policy, KIND_AREA: Area, KIND_MEASURE: Measure}
_NODE_MODEL = {KIND_AREA: Area, KIND_MEASURE: Measure, KIND_PLAN: YearlyPlan}


@dataclass
class DeleteImpact:
    """What deleting a node would remove (the confirmation dialog's text)."""

    kind: str
    node_id: int
    name: str  # 一、总体要求 / （3）推进… / 2025年
    measures: int = 0  # measures and groups under it (a measure counts itself)
    plans: int = 0
    progress_reports: int = 0
    assignments: int = 0
    attachments: int = 0  # 佐证材料


@dataclass
class Snapshot:
    """A deleted subtree as plain data: ``rows`` maps table name to row dicts."""

    kind: str
    node_id: int
    parent: tuple[str, int]
    sibling_positions: list[tuple[int, int]] = field(default_factory=list)  # (id, position)
    rows: dict[str, list[dict]] = field(default_factory=dict)
    previous_links: list[tuple[int, int]] = field(default_factory=list)  # (task, earlier task)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "node_id": self.node_id, "parent": list(self.parent),
                "sibling_positions": [list(p) for p in self.sibling_positions], "rows": self.rows,
                "previous_links": [list(p) for p in self.previous_links]}

    @classmethod
    def from_dict(cls, data: dict) -> Snapshot:
        return cls(data["kind"], data["node_id"], tuple(data["parent"]),
                   [tuple(p) for p in data["sibling_positions"]], data["rows"],
                   [tuple(p) for p in data.get("previous_links", [])])


def delete_impact(database, kind: str, node_id: int) -> DeleteImpact:
    with database.session() as session:
        node = get_node(session, kind, node_id)
        measures, plans = _subtree_ids(session, kind, node)
        impact = DeleteImpact(kind, node_id, describe(kind, node), len(measures), len(plans))
        if plans:
            impact.progress_reports = session.scalar(
                select(func.count(ProgressReport.id)).where(ProgressReport.plan_id.in_(plans)))
            impact.attachments = session.scalar(
                select(func.count(Attachment.id)).where(Attachment.plan_id.in_(plans)))
        if measures:
            impact.assignments = session.scalar(
                select(func.count(Assignment.id)).where(Assignment.measure_id.in_(measures)))
        return impact


def delete_node(database, kind: str, node_id: int, source: str = "typed") -> Snapshot:
    """Delete the node and everything under it in one transaction; the snapshot undoes it."""
    with database.session() as session:
        node = get_node(session, kind, node_id)
        snapshot = Snapshot(kind, node_id, parent_key(kind, node))
        others = siblings(session, kind, node) if kind != KIND_PLAN else []
        snapshot.sibling_positions = [(n.id, n.position) for n in others if n is not node]
        measures, plans = _subtree_ids(session, kind, node)
        snapshot.rows = _dump(session, kind, node_id, measures, plans)
        snapshot.previous_links = previous_links(session, measures)
        name = describe(kind, node)
        session.expunge(node)  # the database cascades the delete to everything under it
        model = type(node)
        session.execute(delete(model).where(model.id == node_id))
        for index, sibling in enumerate(n for n in others if n is not node):
            sibling.position = index
        log_change(session, kind, node_id, "deleted", name, None, source)
        return snapshot


def restore_snapshot(database, snapshot: Snapshot, source: str = "undo") -> None:
    """Put a deleted subtree back with the same ids, positions and progress."""
    with database.session() as session:
        parent_kind, parent_id = snapshot.parent
        if session.get(_PARENT_MODEL[parent_kind], parent_id) is None:
            raise StructureError(
                f"无法恢复已删除的{KIND_NAMES[snapshot.kind]}：它的上级{KIND_NAMES[parent_kind]}已不存在。")
        for model in TABLES:
            rows = snapshot.rows.get(model.__tablename__, [])
            ids = [row["id"] for row in rows]
            if ids and session.scalar(select(func.count(model.id)).where(model.id.in_(ids))):
                raise StructureError(
                    f"无法恢复已删除的{KIND_NAMES[snapshot.kind]}：它原来的编号已被新建的内容占用。")
        for sibling_id, position in snapshot.sibling_positions:
            sibling = session.get(_NODE_MODEL[snapshot.kind], sibling_id)
            if sibling is not None:
                sibling.position = position
        session.flush()
        for model in TABLES:
            rows = [_load(model, row) for row in snapshot.rows.get(model.__tablename__, [])]
            rows = _keep_valid_references(session, model, rows)
            if rows:
                session.execute(insert(model.__table__), rows)
        relink(session, snapshot.previous_links)
        node = get_node(session, snapshot.kind, snapshot.node_id)
        log_change(session, snapshot.kind, snapshot.node_id, "restored", None, describe(snapshot.kind, node),
                   source)


def _subtree_ids(session: Session, kind: str, node) -> tuple[list[int], list[int]]:
    """Ids of the measures (the node's own included) and yearly plans the delete removes."""
    if kind == KIND_PLAN:
        return [], [node.id]
    if kind == KIND_AREA:
        measures = list(session.scalars(select(Measure.id).where(Measure.area_id == node.id)))
    else:
        measures, frontier = [node.id], [node.id]
        while frontier:
            frontier = list(session.scalars(select(Measure.id).where(Measure.parent_id.in_(frontier))))
            measures.extend(frontier)
    plans = list(session.scalars(select(YearlyPlan.id).where(YearlyPlan.measure_id.in_(measures)))) \
        if measures else []
    return measures, plans


def _dump(session: Session, kind: str, node_id: int, measures: list[int], plans: list[int]) -> dict:
    wanted = {
        Area: [Area.id == node_id] if kind == KIND_AREA else None,
        Measure: [Measure.id.in_(measures)] if measures else None,
        YearlyPlan: [YearlyPlan.id.in_(plans)] if plans else None,
        Assignment: [Assignment.measure_id.in_(measures)] if measures else None,
        ProgressReport: [ProgressReport.plan_id.in_(plans)] if plans else None,
        **plan_rows_wanted(plans),
    }
    rows: dict[str, list[dict]] = {}
    for model, conditions in wanted.items():
        if conditions is None:
            continue
        table = model.__table__
        result = session.execute(select(table).where(*conditions).order_by(table.c.id)).mappings()
        rows[table.name] = [{key: _plain(value) for key, value in row.items()} for row in result]
    if Measure.__tablename__ in rows:  # parents first, so each row's parent exists when inserted
        rows[Measure.__tablename__] = _parents_first(rows[Measure.__tablename__])
    return rows


def _parents_first(rows: list[dict]) -> list[dict]:
    ids = {row["id"] for row in rows}
    done: set[int] = set()
    ordered: list[dict] = []
    pending = list(rows)
    while pending:
        ready = [r for r in pending if r["parent_id"] is None or r["parent_id"] not in ids
                 or r["parent_id"] in done]
        for row in ready:
            done.add(row["id"])
        ordered.extend(ready)
        pending = [r for r in pending if r["id"] not in done]
        if not ready:  # a cycle cannot be stored, but never loop forever
            ordered.extend(pending)
            break
    return ordered


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _load(model, row: dict) -> dict:
    loaded = {}
    for column in model.__table__.columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        loaded[column.name] = value
    return loaded


def _keep_valid_references(session: Session, model, rows: list[dict]) -> list[dict]:
    """Units and import batches are not part of the snapshot: an assignment whose unit is
    gone is dropped, a progress report keeps its text but forgets a vanished batch or unit,
    an attachment whose bytes are gone is dropped; links to earlier tasks come last."""
    if model is Assignment:
        units = _existing(session, Unit, {r["unit_id"] for r in rows})
        return [r for r in rows if r["unit_id"] in units]
    if model is Measure:
        return without_previous(rows)
    if model is Attachment:
        return keep_valid_attachments(session, rows)
    if model is ProgressReport:
        units = _existing(session, Unit, {r["reporting_unit_id"] for r in rows} - {None})
        batches = _existing(session, ImportBatch, {r["import_batch_id"] for r in rows} - {None})
        for row in rows:
            if row["reporting_unit_id"] not in units:
                row["reporting_unit_id"] = None
            if row["import_batch_id"] not in batches:
                row["import_batch_id"] = None
    return rows


def _existing(session: Session, model, ids: set) -> set:
    if not ids:
        return set()
    return set(session.scalars(select(model.id).where(model.id.in_(ids))))
