"""The unit registry (单位名录) as the clerk manages it: list units with their aliases and how
many measures each leads, rename, add and remove aliases, and merge two entries into one.
Every change is written to the change log with entity 'unit'."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Assignment, Base, ChangeLog, Unit, UnitAlias
from zjtracker.importing.annotations.units import KIND_COLLECTIVE, match_key
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.units.search import is_collective, sorted_by_pinyin

ENTITY = "unit"
NAME_LIMIT = 200  # the length of Unit.name and UnitAlias.alias
_HANDLED_TABLES = {"assignments", "unit_aliases"}


class UnitAdminError(ValueError):
    """A change the registry refuses; the message says why, in Chinese."""


class UnknownUnit(UnitAdminError):
    def __init__(self, unit_id: int):
        super().__init__(f"单位（编号 {unit_id}）不存在，可能已被合并或删除，请刷新单位名录。")


class SameUnit(UnitAdminError):
    def __init__(self, name: str):
        super().__init__(f"不能把“{name}”合并到它自己，请选择两个不同的单位。")


class DuplicateName(UnitAdminError):
    def __init__(self, name: str, other: str):
        text = f"名称“{name}”已被单位“{other}”使用" if name == other else \
            f"名称“{name}”与单位“{other}”的名称或别名相同"
        super().__init__(text + "。如是同一单位，请使用“合并”。")


class AliasTaken(UnitAdminError):
    def __init__(self, alias: str, owner: str, own: bool = False):
        if own:
            super().__init__(f"“{alias}”已是单位“{owner}”的名称或别名。")
        else:
            super().__init__(f"别名“{alias}”已属于单位“{owner}”。如是同一单位，请使用“合并”。")


class BadName(UnitAdminError):
    pass


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    lead_count: int  # measures it leads (牵头)
    cooperating_count: int  # measures it cooperates on (配合)
    responsible_count: int  # measures it is responsible for (责任)


@dataclass
class MergeResult:
    kept_id: int
    kept_name: str
    absorbed_name: str
    moved_assignments: int = 0
    dropped_duplicates: int = 0
    moved_aliases: list[str] = field(default_factory=list)
    moved_references: dict[str, int] = field(default_factory=dict)  # table.column -> rows


def list_units(database: Database) -> list[UnitInfo]:
    """Every unit with its aliases and assignment counts (牵头, 配合 and 责任 apart), in pinyin
    order; a collective word (各县（市、区）, 事项市级主管部门) has the kind 'collective'."""
    with database.session() as session:
        counts: Counter[tuple[int, str]] = Counter()
        for unit_id, role, number in session.execute(
            select(Assignment.unit_id, Assignment.role, func.count(func.distinct(Assignment.measure_id)))
            .group_by(Assignment.unit_id, Assignment.role)
        ):
            counts[(unit_id, role)] = number
        aliases: dict[int, list[str]] = {}
        for unit_id, alias in session.execute(select(UnitAlias.unit_id, UnitAlias.alias)
                                              .order_by(UnitAlias.alias)):
            aliases.setdefault(unit_id, []).append(alias)
        units = [
            UnitInfo(u.id, u.name, KIND_COLLECTIVE if is_collective(u.name, u.kind) else u.kind,
                     tuple(aliases.get(u.id, ())), counts[(u.id, "lead")],
                     counts[(u.id, "cooperating")], counts[(u.id, "responsible")])
            for u in session.scalars(select(Unit))
        ]
    return sorted_by_pinyin(units, lambda u: u.name)


def unit_names(database: Database) -> list[str]:
    """Every name and alias, sorted, for completing a typed unit name."""
    with database.session() as session:
        names = set(session.scalars(select(Unit.name))) | set(session.scalars(select(UnitAlias.alias)))
    return sorted_by_pinyin(names)


def rename_unit(database: Database, unit_id: int, new_name: str) -> None:
    """Give a unit a new canonical name; the old one stays as an alias."""
    new_name = _clean(new_name, "单位名称")
    with database.session() as session:
        unit = _get(session, unit_id)
        if new_name == unit.name:
            return
        _check_free(session, new_name, unit, as_name=True)
        old_name = unit.name
        own = session.scalar(select(UnitAlias).where(UnitAlias.alias == new_name))
        if own is not None:  # an alias of this unit becomes its name
            session.delete(own)
            _log(session, unit.id, "alias", new_name, None)
        unit.name = new_name
        _log(session, unit.id, "name", old_name, new_name)
        session.flush()
        _add_alias_row(session, unit.id, old_name)


def add_alias(database: Database, unit_id: int, alias: str) -> None:
    alias = _clean(alias, "别名")
    with database.session() as session:
        unit = _get(session, unit_id)
        _check_free(session, alias, unit, as_name=False)
        _add_alias_row(session, unit.id, alias)


def remove_alias(database: Database, unit_id: int, alias: str) -> None:
    with database.session() as session:
        unit = _get(session, unit_id)
        row = session.scalar(select(UnitAlias).where(UnitAlias.unit_id == unit.id, UnitAlias.alias == alias))
        if row is None:
            raise UnitAdminError(f"“{alias}”不是单位“{unit.name}”的别名。")
        session.delete(row)
        _log(session, unit.id, "alias", alias, None)


def merge_units(database: Database, keep_id: int, absorb_id: int) -> MergeResult:
    """Fold ``absorb_id`` into ``keep_id`` in one transaction: its assignments (exact
    duplicates of measure and role dropped), aliases and every other reference move over,
    its name becomes an alias of the kept unit, and it is deleted."""
    with database.session() as session:
        kept, absorbed = _get(session, keep_id), _get(session, absorb_id)
        if kept.id == absorbed.id:
            raise SameUnit(kept.name)
        result = MergeResult(kept.id, kept.name, absorbed.name)
        _merge_assignments(session, kept, absorbed, result)
        for alias in session.scalars(select(UnitAlias).where(UnitAlias.unit_id == absorbed.id)).all():
            if alias.alias == kept.name:
                session.delete(alias)
                continue
            alias.unit_id = kept.id
            result.moved_aliases.append(alias.alias)
            _log(session, kept.id, "alias", None, alias.alias)
        session.flush()
        for table in Base.metadata.sorted_tables:
            if table.name in _HANDLED_TABLES:
                continue
            for column in table.columns:
                if any(fk.column.table.name == Unit.__tablename__ for fk in column.foreign_keys):
                    try:
                        moved = session.execute(update(table).where(column == absorbed.id)
                                                .values({column.name: kept.id})).rowcount
                    except IntegrityError as error:  # the whole merge rolls back
                        raise UnitAdminError(
                            f"无法把“{absorbed.name}”合并到“{kept.name}”：两者的其他记录（{table.name}）"
                            "相互冲突，同一项记录不能同时属于两个单位。未作任何修改。") from error
                    if moved:
                        where = f"{table.name}.{column.name}"
                        result.moved_references[where] = moved
                        _log(session, kept.id, where[:40], f"{absorbed.name}（{moved}条）", kept.name)
        session.execute(delete(Unit).where(Unit.id == absorbed.id))
        session.expunge(absorbed)
        _log(session, absorbed.id, "merged_into", absorbed.name, kept.name)
        _add_alias_row(session, kept.id, absorbed.name)
        return result


def _merge_assignments(session: Session, kept: Unit, absorbed: Unit, result: MergeResult) -> None:
    existing = {(a.measure_id, a.role): a for a in session.scalars(
        select(Assignment).where(Assignment.unit_id == kept.id))}
    for assignment in session.scalars(select(Assignment).where(Assignment.unit_id == absorbed.id)).all():
        note = f"措施{assignment.measure_id}/{assignment.role}"
        twin = existing.get((assignment.measure_id, assignment.role))
        if twin is None:
            assignment.unit_id = kept.id
            existing[(assignment.measure_id, assignment.role)] = assignment
            result.moved_assignments += 1
            _log(session, kept.id, "assignment", f"{absorbed.name} {note}", f"{kept.name} {note}")
            continue
        for name in ("leader", "section", "person"):  # keep what only the duplicate knew
            if not getattr(twin, name) and getattr(assignment, name):
                setattr(twin, name, getattr(assignment, name))
        session.delete(assignment)
        result.dropped_duplicates += 1
        _log(session, kept.id, "assignment", f"{absorbed.name} {note}", None)
    session.flush()


def _clean(text: str, what: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise BadName(f"{what}不能为空。")
    if len(text) > NAME_LIMIT:
        raise BadName(f"{what}“{text[:20]}…”太长（{len(text)} 个字），最多 {NAME_LIMIT} 个字。")
    return text


def _get(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise UnknownUnit(unit_id)
    return unit


def _check_free(session: Session, text: str, unit: Unit, as_name: bool) -> None:
    """Refuse a name or alias another unit already answers to (exactly or as a spelling
    variant); an alias this unit already has is refused too, except as its new name."""
    key = match_key(text)
    for other in session.scalars(select(Unit).where(Unit.id != unit.id)):
        if other.name == text or match_key(other.name) == key:
            raise DuplicateName(text, other.name) if as_name else AliasTaken(text, other.name)
    for alias in session.scalars(select(UnitAlias).where(
            (UnitAlias.alias == text) | (UnitAlias.match_key == key))):
        if alias.unit_id != unit.id:
            owner = session.get(Unit, alias.unit_id).name
            raise DuplicateName(text, owner) if as_name else AliasTaken(text, owner)
        if not as_name and alias.alias == text:
            raise AliasTaken(text, unit.name, own=True)
    if not as_name and text == unit.name:
        raise AliasTaken(text, unit.name, own=True)


def _add_alias_row(session: Session, unit_id: int, alias: str) -> None:
    if session.scalar(select(UnitAlias.id).where(UnitAlias.alias == alias)) is not None:
        return
    session.execute(insert(UnitAlias).values(unit_id=unit_id, alias=alias, match_key=match_key(alias)))
    _log(session, unit_id, "alias", None, alias)


def _log(session: Session, unit_id: int, field_name: str, old: str | None, new: str | None) -> None:
    session.add(ChangeLog(user=current_user(), machine=current_machine(), entity=ENTITY,
                          entity_id=unit_id, field=field_name, old=old, new=new, source="typed"))
