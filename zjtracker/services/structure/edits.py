"""Editing the structure of a policy by hand: add, edit, reorder areas, measures and yearly
plans. One transaction per call; every change goes to the change log (entity ``area``,
``measure``, ``plan`` or ``assignment``; source ``typed`` or ``undo``).

Deleting (with a snapshot to undo it) lives in ``structure_delete``, units in
``structure_units``; both are re-exported here so callers need one module."""

from __future__ import annotations

import math

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, YearlyPlan
from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.services.policies.queries import label_number
from zjtracker.services.structure.common import (
    KIND_NAMES,
    StructureError,
    check_kind,
    get_node,
    get_policy,
    log_change,
    measure_siblings,
    parent_key,
    place,
    siblings,
)
from zjtracker.services.structure.delete import (
    DeleteImpact,
    Snapshot,
    delete_impact,
    delete_node,
    restore_snapshot,
)
from zjtracker.services.structure.units import (
    ROLES,
    UnitAssignment,
    UnitsChange,
    measure_units,
    restore_units,
    set_units,
    unit_name_choices,
)
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN

__all__ = [
    "StructureError", "add_area", "add_measure", "add_plan", "update_area", "update_measure",
    "update_plan", "move", "node_fields", "parent_of",
    "DeleteImpact", "Snapshot", "delete_impact", "delete_node", "restore_snapshot",
    "ROLES", "UnitAssignment", "UnitsChange", "measure_units", "restore_units", "set_units",
    "unit_name_choices",
]

AREA_FIELDS = ("label", "title", "guiding_text")
MEASURE_FIELDS = ("label", "number", "text", "deadline", "deadline_text", "is_group")
PLAN_FIELDS = ("year", "text", "target")
FIELDS = {KIND_AREA: AREA_FIELDS, KIND_MEASURE: MEASURE_FIELDS, KIND_PLAN: PLAN_FIELDS}
LABEL_LIMIT = 40  # the label columns hold 40 characters
DEADLINE_TEXT_LIMIT = 100
YEARS = range(1949, 2201)


# reading ----------------------------------------------------------------------------
def node_fields(database: Database, kind: str, node_id: int) -> dict:
    """The editable fields of one node as they are stored (to fill an editor dialog),
    and the position of an area or measure among its siblings."""
    with database.session() as session:
        node = get_node(session, kind, node_id)
        fields = {name: getattr(node, name) for name in FIELDS[kind]}
        if kind != KIND_PLAN:
            fields["position"] = node.position
        return fields


def parent_of(database: Database, kind: str, node_id: int) -> tuple[str, int]:
    """The tree node (kind, id) whose children include this node."""
    with database.session() as session:
        return parent_key(kind, get_node(session, kind, node_id))


# adding -------------------------------------------------------------------------------
def add_area(database: Database, policy_id: int, label: str, title: str, position: int | None = None,
             guiding_text: str = "", source: str = "typed") -> int:
    label, title = _label(label), (title or "").strip()
    if not label and not title:
        raise StructureError("请填写领域的编号或标题。")
    with database.session() as session:
        policy = get_policy(session, policy_id)
        area = Area(policy_id=policy.id, label=label, title=title, guiding_text=guiding_text or "",
                    position=0)
        session.add(area)
        session.flush()
        place(siblings(session, KIND_AREA, area), area, position)
        log_change(session, KIND_AREA, area.id, "created", None, f"{label}{title}", source)
        return area.id


def add_measure(database: Database, area_id: int | None, parent_id: int | None, label: str, text: str,
                position: int | None = None, is_group: bool = False, deadline_text: str = "",
                source: str = "typed") -> int:
    """A measure under an area (``parent_id`` None) or under another measure, which then
    becomes a group. ``area_id`` may be None when ``parent_id`` is given."""
    label, text = _label(label), (text or "").strip()
    if not label and not text:
        raise StructureError("请填写措施的编号或内容。")
    deadline_text = _deadline_text(deadline_text)
    with database.session() as session:
        if parent_id is not None:
            parent = get_node(session, KIND_MEASURE, parent_id)
            if area_id is not None and parent.area_id != area_id:
                raise StructureError("上级措施不属于这个领域。")
            area_id = parent.area_id
            if not parent.is_group:
                parent.is_group = True
                log_change(session, KIND_MEASURE, parent.id, "is_group", False, True, source)
        elif area_id is None:
            raise StructureError("请指定措施所属的领域。")
        area = get_node(session, KIND_AREA, area_id)
        measure = Measure(area_id=area.id, parent_id=parent_id, label=label, number=label_number(label),
                          text=text, is_group=bool(is_group), deadline_text=deadline_text,
                          deadline=deadline_date(deadline_text), position=0)
        session.add(measure)
        session.flush()
        place(measure_siblings(session, area.id, parent_id), measure, position)
        log_change(session, KIND_MEASURE, measure.id, "created", None, f"{label}{text[:30]}", source)
        return measure.id


def add_plan(database: Database, measure_id: int, year: int, text: str, target: float | None = None,
             source: str = "typed") -> int:
    year, target = _year(year), _target(target)
    with database.session() as session:
        measure = get_node(session, KIND_MEASURE, measure_id)
        _check_free_year(session, measure.id, year)
        plan = YearlyPlan(measure_id=measure.id, year=year, text=(text or "").strip(), target=target)
        session.add(plan)
        session.flush()
        log_change(session, KIND_PLAN, plan.id, "created", None, f"{year}年", source)
        return plan.id


# editing ------------------------------------------------------------------------------
def update_area(database: Database, area_id: int, source: str = "typed", **fields) -> dict:
    """Change label, title or guiding_text; returns the old values of what changed."""
    return _update(database, KIND_AREA, area_id, fields, source)


def update_measure(database: Database, measure_id: int, source: str = "typed", **fields) -> dict:
    """Change label, text, deadline, deadline_text or is_group. ``number`` follows the label
    unless given; ``deadline`` follows ``deadline_text`` unless given. Returns the old values."""
    if "label" in fields and "number" not in fields:
        fields["number"] = label_number(_label(fields["label"]))
    if "deadline_text" in fields and "deadline" not in fields:
        fields["deadline"] = deadline_date(_deadline_text(fields["deadline_text"]))
    return _update(database, KIND_MEASURE, measure_id, fields, source)


def update_plan(database: Database, plan_id: int, source: str = "typed", **fields) -> dict:
    """Change text, target or year (one plan per measure and year). Returns the old values."""
    return _update(database, KIND_PLAN, plan_id, fields, source)


def _update(database: Database, kind: str, node_id: int, fields: dict, source: str) -> dict:
    unknown = set(fields) - set(FIELDS[kind])
    if unknown:
        raise StructureError(f"{KIND_NAMES[kind]}没有可修改的字段：{'、'.join(sorted(unknown))}。")
    values = {name: _clean(kind, name, value) for name, value in fields.items()}
    with database.session() as session:
        node = get_node(session, kind, node_id)
        changed = {name: value for name, value in values.items() if getattr(node, name) != value}
        if kind == KIND_PLAN and "year" in changed:
            _check_free_year(session, node.measure_id, changed["year"])
        if kind in (KIND_AREA, KIND_MEASURE) and {"label", "title", "text"} & set(changed):
            merged = {n: changed.get(n, getattr(node, n, "")) for n in ("label", "title", "text")
                      if hasattr(node, n)}
            if not any(merged.values()):
                raise StructureError(f"{KIND_NAMES[kind]}的编号和内容不能都为空。")
        old = {}
        for name, value in changed.items():
            old[name] = getattr(node, name)
            setattr(node, name, value)
            log_change(session, kind, node.id, name, old[name], value, source)
        return old


def _clean(kind: str, name: str, value):
    if name == "label":
        return _label(value)
    if name == "deadline_text":
        return _deadline_text(value)
    if name == "year":
        return _year(value)
    if name == "target":
        return _target(value)
    if name == "is_group":
        return bool(value)
    if name in ("title", "text", "guiding_text"):
        return (value or "").strip()
    return value


# reordering ---------------------------------------------------------------------------
def move(database: Database, kind: str, node_id: int, new_position: int, source: str = "typed") -> int:
    """Move an area or measure to ``new_position`` among its siblings (numbered 0..n-1
    afterwards); returns its old position."""
    check_kind(kind)
    if kind == KIND_PLAN:
        raise StructureError("年度计划按年份排列，不能调整顺序。")
    with database.session() as session:
        node = get_node(session, kind, node_id)
        nodes = siblings(session, kind, node)
        old = nodes.index(node)
        new_position = max(0, min(int(new_position), len(nodes) - 1))
        place(nodes, node, new_position)
        if old != new_position:
            log_change(session, kind, node.id, "position", old, new_position, source)
        return old


# validation ---------------------------------------------------------------------------
def _label(label) -> str:
    label = (label or "").strip()
    if len(label) > LABEL_LIMIT:
        raise StructureError(f"编号“{label[:20]}…”过长（最多 {LABEL_LIMIT} 个字）。")
    return label


def _deadline_text(text) -> str:
    text = (text or "").strip()
    if len(text) > DEADLINE_TEXT_LIMIT:
        raise StructureError(f"完成时限过长（最多 {DEADLINE_TEXT_LIMIT} 个字）。")
    return text


def _year(year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise StructureError(f"年份“{year}”不是一个整数。") from None
    if year not in YEARS:
        raise StructureError(f"年份 {year} 不在 {YEARS.start} 到 {YEARS.stop - 1} 之间。")
    return year


def _target(target) -> float | None:
    if target is None or (isinstance(target, str) and not target.strip()):
        return None
    try:
        value = float(str(target).strip().rstrip("%％"))
    except ValueError:
        raise StructureError(f"目标值“{target}”不是一个数字。") from None
    if not math.isfinite(value):
        raise StructureError(f"目标值“{target}”不是一个有限的数字。")
    return value


def _check_free_year(session, measure_id: int, year: int) -> None:
    taken = session.scalar(
        select(YearlyPlan.id).where(YearlyPlan.measure_id == measure_id, YearlyPlan.year == year)
    )
    if taken is not None:
        raise StructureError(f"这项措施已有 {year} 年的年度计划，请直接修改该计划。")
