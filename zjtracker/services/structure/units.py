"""The units of a measure (牵头/配合/责任单位) set by hand, through the unit registry, and
put back on undo."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select

from zjtracker.db.models import Assignment, ProgressReport, Unit, UnitAlias
from zjtracker.services.structure.common import StructureError, get_node, log_change
from zjtracker.services.tree import KIND_MEASURE
from zjtracker.services.units.registry import UnitResolver

ROLES = ("lead", "cooperating", "responsible")
ROLE_NAMES = {"lead": "牵头", "cooperating": "配合", "responsible": "责任"}
NAME_LIMIT = 200


@dataclass(frozen=True)
class UnitAssignment:
    """One unit of a measure: its name (as typed, or canonical when read back) and role."""

    name: str
    role: str
    leader: str | None = None  # 分管领导
    section: str | None = None  # 责任科室
    person: str | None = None  # 责任人


@dataclass
class UnitsChange:
    """What ``set_units`` replaced: the old assignment rows (with ids) and the units and
    aliases it had to create, so that ``restore_units`` puts everything back."""

    measure_id: int
    previous_rows: list[dict] = field(default_factory=list)
    created_units: list[int] = field(default_factory=list)
    created_aliases: list[int] = field(default_factory=list)

    @property
    def previous(self) -> list[UnitAssignment]:
        return [UnitAssignment(r["name"], r["role"], r["leader"], r["section"], r["person"])
                for r in self.previous_rows]


def unit_name_choices(database) -> list[str]:
    """Every unit name and alias the registry knows (for a completer)."""
    with database.session() as session:
        names = set(session.scalars(select(Unit.name))) | set(session.scalars(select(UnitAlias.alias)))
        return sorted(n for n in names if n)


def measure_units(database, measure_id: int) -> list[UnitAssignment]:
    with database.session() as session:
        get_node(session, KIND_MEASURE, measure_id)
        return [UnitAssignment(name, a.role, a.leader, a.section, a.person)
                for a, name in _assignments(session, measure_id)]


def set_units(database, measure_id: int, assignments, source: str = "typed") -> UnitsChange:
    """Replace the units of a measure. ``assignments`` are UnitAssignment or tuples
    (name, role, leader, section, person); names resolve through the registry (aliases
    give one unit; an unknown name creates a unit). The rows are stored in the order given."""
    wanted = _clean(assignments)
    with database.session() as session:
        get_node(session, KIND_MEASURE, measure_id)
        current = _assignments(session, measure_id)
        change = UnitsChange(measure_id, [_row(a, name) for a, name in current])
        resolver = UnitResolver(session)
        resolved: dict[tuple[int, str], tuple[Unit, UnitAssignment]] = {}
        for item in wanted:
            unit = resolver.resolve(item.name)
            resolved.setdefault((id(unit), item.role), (unit, item))
        pending = [o for o in session.new if isinstance(o, (Unit, UnitAlias))]
        session.flush()
        change.created_units = sorted(o.id for o in pending if isinstance(o, Unit))
        change.created_aliases = sorted(o.id for o in pending if isinstance(o, UnitAlias))
        for item in pending:  # the registry grew: new units and spellings are logged too
            if isinstance(item, Unit):
                log_change(session, "unit", item.id, "created", None, item.name, source)
            else:
                log_change(session, "unit", item.unit_id, "alias", None, item.alias, source)
        target = [(unit.id, item.role, item.leader, item.section, item.person)
                  for unit, item in resolved.values()]
        if target == [(a.unit_id, a.role, a.leader, a.section, a.person) for a, _name in current]:
            return change  # nothing to change
        session.execute(delete(Assignment).where(Assignment.measure_id == measure_id))
        for unit_id, role, leader, section, person in target:  # in the order given
            session.add(Assignment(measure_id=measure_id, unit_id=unit_id, role=role, leader=leader,
                                   section=section, person=person))
        session.flush()
        old, new = _describe(change.previous), _describe(_now(session, measure_id))
        if old != new:
            log_change(session, "assignment", measure_id, "units", old, new, source)
        return change


def restore_units(database, change: UnitsChange, source: str = "undo") -> None:
    """Undo ``set_units``: the old rows with their ids, and the units it created removed
    again unless something else uses them by now."""
    with database.session() as session:
        get_node(session, KIND_MEASURE, change.measure_id)
        before = _describe(_now(session, change.measure_id))
        session.execute(delete(Assignment).where(Assignment.measure_id == change.measure_id))
        rows = [{k: v for k, v in row.items() if k != "name"} for row in change.previous_rows]
        known = set(session.scalars(select(Unit.id).where(Unit.id.in_([r["unit_id"] for r in rows]))))
        rows = [r for r in rows if r["unit_id"] in known]
        if rows:
            session.execute(insert(Assignment), rows)
        for alias in session.scalars(select(UnitAlias).where(UnitAlias.id.in_(change.created_aliases))):
            log_change(session, "unit", alias.unit_id, "alias", alias.alias, None, source)
        if change.created_aliases:
            session.execute(delete(UnitAlias).where(UnitAlias.id.in_(change.created_aliases)))
        for unit_id in change.created_units:
            if not _unit_in_use(session, unit_id):
                name = session.scalar(select(Unit.name).where(Unit.id == unit_id))
                session.execute(delete(Unit).where(Unit.id == unit_id))
                if name is not None:
                    log_change(session, "unit", unit_id, "deleted", name, None, source)
        after = _describe(_now(session, change.measure_id))
        if before != after:
            log_change(session, "assignment", change.measure_id, "units", before, after, source)


def _clean(assignments) -> list[UnitAssignment]:
    cleaned = []
    for item in assignments:
        if not isinstance(item, UnitAssignment):
            item = UnitAssignment(*item)
        name = (item.name or "").strip()
        if not name:
            continue
        if len(name) > NAME_LIMIT:
            raise StructureError(f"单位名称“{name[:20]}…”过长（最多 {NAME_LIMIT} 个字）。")
        if item.role not in ROLES:
            raise StructureError(f"单位“{name}”的角色“{item.role}”无效，应为牵头、配合或责任单位。")
        cleaned.append(UnitAssignment(name, item.role, *(_optional(v) for v in
                                                         (item.leader, item.section, item.person))))
    return cleaned


def _optional(value) -> str | None:
    value = (value or "").strip()
    if len(value) > 100:
        raise StructureError(f"“{value[:20]}…”过长（最多 100 个字）。")
    return value or None


def _assignments(session, measure_id: int) -> list[tuple[Assignment, str]]:
    return [(assignment, name) for assignment, name in session.execute(
        select(Assignment, Unit.name).join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.measure_id == measure_id).order_by(Assignment.id)
    )]


def _now(session, measure_id: int) -> list[UnitAssignment]:
    return [UnitAssignment(name, a.role, a.leader, a.section, a.person)
            for a, name in _assignments(session, measure_id)]


def _row(assignment: Assignment, name: str) -> dict:
    return {"id": assignment.id, "measure_id": assignment.measure_id, "unit_id": assignment.unit_id,
            "role": assignment.role, "leader": assignment.leader, "section": assignment.section,
            "person": assignment.person, "name": name}


def _describe(items: list[UnitAssignment]) -> str:
    """市商务局（牵头）、市财政局（配合：王局长/财务科/李四）"""
    parts = []
    for item in items:
        people = "/".join(p or "" for p in (item.leader, item.section, item.person)).strip("/")
        parts.append(f"{item.name}（{ROLE_NAMES.get(item.role, item.role)}{'：' + people if people else ''}）")
    return "、".join(parts)


def _unit_in_use(session, unit_id: int) -> bool:
    used = session.scalar(select(func.count(Assignment.id)).where(Assignment.unit_id == unit_id))
    reported = session.scalar(
        select(func.count(ProgressReport.id)).where(ProgressReport.reporting_unit_id == unit_id))
    return bool(used or reported)
