"""Reading the change log (修改记录): the history of one tree node and what it holds, and
the whole log searched by text, user, machine, kind, source, dates and policy, a page at a
time. Every row comes back as a plain ``LogEntry`` in words (labels, field names and sources
in Chinese, the time in local time); labels are resolved for a whole page in a few queries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Area,
    ChangeLog,
    ImportBatch,
    Indicator,
    Measure,
    ProgressReport,
    YearlyPlan,
)
from zjtracker.services.history.labels import (
    KIND_NAMES,
    SOURCE_NAMES,
    STRUCTURE,
    Labels,
    earlier_life,
    field_name,
    kind_name,
    removal_after,
    removals,
    source_text,
    structure_markers,
    value_text,
)
from zjtracker.services.history.log_search import kept_values, surely_more_than, text_condition
from zjtracker.services.search_index import searchable

PAGE = 200
HISTORY_LIMIT = 5000


@dataclass(frozen=True)
class LogEntry:
    """One changed field, as the history and the log view show it."""

    id: int
    at: datetime  # local time
    user: str
    machine: str
    entity: str  # progress / plan / measure / assignment / area / policy / indicator / unit
    entity_id: int
    kind_name: str  # 进展
    label: str  # （3）推进… / 2025年 / 2025年第三季度
    policy: str  # the policy's short title ("" for units)
    field: str
    field_name: str  # 落实情况
    old: str  # as shown ("" for none)
    new: str
    source: str  # typed / import / undo
    source_name: str  # 手工录入 / 导入（市商务局.xlsx） / 撤销（…）
    batch_id: int | None
    node_kind: str | None  # the tree node that shows it; None when it is gone
    node_id: int | None
    period: str = ""  # the report period of a progress change (2025年第三季度), else ""

    @property
    def description(self) -> str:
        return f"{self.label} {self.field_name}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass(frozen=True)
class LogFilter:
    """What the log view asks for; empty fields do not filter."""

    text: str = ""  # in the old or new value, or the field (落实情况)
    user: str = ""
    machine: str = ""
    kind: str = ""  # an entity: progress, plan, measure …
    source: str = ""  # typed / import / undo
    date_from: date | None = None  # local dates, both included
    date_to: date | None = None
    policy_id: int | None = None


@dataclass(frozen=True)
class FilterChoices:
    users: list[str]
    machines: list[str]
    sources: list[tuple[str, str]]  # (code, 手工录入)
    kinds: list[tuple[str, str]]  # (entity, 进展)


def local_time(at: datetime) -> datetime:
    """A stored UTC time in the computer's local time (naive)."""
    return at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def utc_bound(day: date) -> datetime:
    """Local midnight at the start of ``day`` as a stored (UTC, naive) time."""
    return datetime.combine(day, time.min).astimezone(timezone.utc).replace(tzinfo=None)


# the whole log -------------------------------------------------------------------------
def search_log(database: Database, log_filter: LogFilter, limit: int = PAGE, offset: int = 0) -> list[LogEntry]:
    """One page of the rows matching ``log_filter``, newest first."""
    with database.session() as session:
        rows = list(session.scalars(
            select(ChangeLog).where(*_conditions(session, log_filter))
            .order_by(ChangeLog.at.desc(), ChangeLog.id.desc()).limit(limit).offset(offset)))
        return _entries(session, rows)


def count_log(database: Database, log_filter: LogFilter, cap: int | None = None) -> int:
    """How many rows match; with ``cap``, counting stops past it (cap + 1 means "more than
    cap"): the dialog says 1000+ without reading a million rows."""
    with database.session() as session:
        if cap is None:
            return session.scalar(select(func.count(ChangeLog.id)).where(*_conditions(session, log_filter))) or 0
        text = searchable(log_filter.text or "").strip()
        if text and log_filter == LogFilter(text=log_filter.text) and surely_more_than(session, text, cap):
            return cap + 1  # a text alone of one or two characters, counted from the index
        first = select(ChangeLog.id).where(*_conditions(session, log_filter)).limit(cap + 1).subquery()
        return session.scalar(select(func.count()).select_from(first)) or 0


def iter_log(database: Database, log_filter: LogFilter, page: int = 1000) -> Iterator[list[LogEntry]]:
    """Every matching row, a page at a time (for the export). Paging by id keeps the pages
    apart even while new rows are written."""
    last: tuple[datetime, int] | None = None
    while True:
        with database.session() as session:
            statement = select(ChangeLog).where(*_conditions(session, log_filter))
            if last is not None:
                statement = statement.where(or_(ChangeLog.at < last[0],
                                                and_(ChangeLog.at == last[0], ChangeLog.id < last[1])))
            rows = list(session.scalars(statement.order_by(ChangeLog.at.desc(), ChangeLog.id.desc()).limit(page)))
            if not rows:
                return
            last = (rows[-1].at, rows[-1].id)
            entries = _entries(session, rows)
        yield entries
        if len(rows) < page:
            return


def log_filter_choices(database: Database) -> FilterChoices:
    """The users, machines and sources found in the log, for the view's combo boxes (from
    the small table the database keeps on every write, not a scan of the log)."""
    with database.session() as session:
        kept = kept_values(session)
    users, machines, found = sorted(kept["user"]), sorted(kept["machine"]), set(kept["source"])
    sources = [(code, name) for code, name in SOURCE_NAMES.items() if code in found]
    sources += [(code, code) for code in sorted(found - set(SOURCE_NAMES)) if code]
    return FilterChoices(users, machines, sources, list(KIND_NAMES.items()))


def _conditions(session: Session, log_filter: LogFilter) -> list:
    conditions = []
    text = searchable(log_filter.text or "").strip()  # a NUL typed or pasted is no text
    if text:
        conditions.append(text_condition(session, text))
    for column, value in ((ChangeLog.user, log_filter.user), (ChangeLog.machine, log_filter.machine),
                          (ChangeLog.entity, log_filter.kind), (ChangeLog.source, log_filter.source)):
        if value:
            conditions.append(column == value)
    if log_filter.date_from is not None:
        conditions.append(ChangeLog.at >= utc_bound(log_filter.date_from))
    if log_filter.date_to is not None:
        conditions.append(ChangeLog.at < utc_bound(log_filter.date_to + timedelta(days=1)))
    if log_filter.policy_id is not None:
        conditions.append(_in_policy(log_filter.policy_id))
    return conditions


def _in_policy(policy_id: int):
    """The rows about a policy and what it holds now (rows of deleted nodes are not found)."""
    areas = select(Area.id).where(Area.policy_id == policy_id)
    measures = select(Measure.id).join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id)
    plans = select(YearlyPlan.id).join(Measure, Measure.id == YearlyPlan.measure_id) \
        .join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id)
    reports = select(ProgressReport.id).join(YearlyPlan, YearlyPlan.id == ProgressReport.plan_id) \
        .join(Measure, Measure.id == YearlyPlan.measure_id).join(Area, Area.id == Measure.area_id) \
        .where(Area.policy_id == policy_id)
    indicators = select(Indicator.id).where(Indicator.policy_id == policy_id)
    return or_(
        and_(ChangeLog.entity == "policy", ChangeLog.entity_id == policy_id),
        and_(ChangeLog.entity == "area", ChangeLog.entity_id.in_(areas)),
        and_(ChangeLog.entity.in_(("measure", "assignment")), ChangeLog.entity_id.in_(measures)),
        and_(ChangeLog.entity == "plan", ChangeLog.entity_id.in_(plans)),
        and_(ChangeLog.entity == "progress", ChangeLog.entity_id.in_(reports)),
        and_(ChangeLog.entity == "indicator", ChangeLog.entity_id.in_(indicators)),
    )


# one node ----------------------------------------------------------------------------
def history_of(database: Database, kind: str, node_id: int, limit: int = HISTORY_LIMIT) -> list[LogEntry]:
    """The changes of a tree node and of what it holds, newest first: a policy with its areas;
    an area with its measures; a measure with its sub-measures, units, yearly plans and their
    progress; a plan with its progress; an indicator (or a policy's 主要指标) with its values."""
    with database.session() as session:
        keys = _held(session, kind, node_id)
        if not keys:
            return []
        plan_ids = keys.get("plan", set())
        removed = {int(report): log_id for log_id, report in session.execute(
            select(ChangeLog.id, ChangeLog.new).where(
                ChangeLog.entity == "plan", ChangeLog.field == "progress_deleted",
                ChangeLog.entity_id.in_(sorted(plan_ids)))) if (report or "").isdigit()} if plan_ids else {}
        current = keys.get("progress", set())
        keys["progress"] = current | set(removed)
        condition = or_(*(and_(ChangeLog.entity == entity, ChangeLog.entity_id.in_(sorted(ids)))
                          for entity, ids in keys.items() if ids)) if any(keys.values()) else false()
        rows = list(session.scalars(select(ChangeLog).where(condition)
                                    .order_by(ChangeLog.at.desc(), ChangeLog.id.desc()).limit(limit)))
        found = removals(session, keys["progress"])
        markers = structure_markers(session, {(r.entity, r.entity_id) for r in rows if r.entity in STRUCTURE})

        def belongs(row: ChangeLog) -> bool:
            if row.entity == "progress":
                removal = removal_after(found, row.entity_id, row.id)
                if removal is None:
                    return row.entity_id in current
                return removed.get(row.entity_id) == removal.log_id
            if row.entity in STRUCTURE:
                return earlier_life(markers.get((row.entity, row.entity_id), []), row.id) is None
            return True

        return _entries(session, [r for r in rows if belongs(r)])


def _held(session: Session, kind: str, node_id: int) -> dict[str, set[int]]:
    """entity → ids whose rows make up the history of the node."""
    def ids(statement) -> set[int]:
        return set(session.scalars(statement))

    if kind == "policy":
        return {"policy": {node_id}, "area": ids(select(Area.id).where(Area.policy_id == node_id))}
    if kind == "indicators":  # 主要指标 of a policy
        return {"indicator": ids(select(Indicator.id).where(Indicator.policy_id == node_id))}
    if kind == "area":
        return {"area": {node_id}, "measure": ids(select(Measure.id).where(Measure.area_id == node_id))}
    if kind == "measure":
        plans = ids(select(YearlyPlan.id).where(YearlyPlan.measure_id == node_id))
        return {"measure": {node_id} | ids(select(Measure.id).where(Measure.parent_id == node_id)),
                "assignment": {node_id}, "plan": plans,
                "progress": ids(select(ProgressReport.id).where(ProgressReport.plan_id.in_(sorted(plans))))
                if plans else set()}
    if kind == "plan":
        return {"plan": {node_id},
                "progress": ids(select(ProgressReport.id).where(ProgressReport.plan_id == node_id))}
    if kind in ("indicator", "unit"):
        return {kind: {node_id}}
    return {}


# entries -----------------------------------------------------------------------------
def _entries(session: Session, rows: list[ChangeLog]) -> list[LogEntry]:
    targets = Labels(session).resolve(rows)
    batch_ids = sorted({r.batch_id for r in rows if r.batch_id is not None})
    files = dict(session.execute(select(ImportBatch.id, ImportBatch.file_name)
                                 .where(ImportBatch.id.in_(batch_ids))).all()) if batch_ids else {}
    return [
        LogEntry(
            id=r.id, at=local_time(r.at), user=r.user or "", machine=r.machine or "", entity=r.entity,
            entity_id=r.entity_id, kind_name=kind_name(r.entity), label=t.label, policy=t.policy,
            field=r.field, field_name=field_name(r.entity, r.field), old=value_text(r.entity, r.field, r.old),
            new=value_text(r.entity, r.field, r.new), source=r.source,
            source_name=source_text(r.source, files.get(r.batch_id)), batch_id=r.batch_id,
            node_kind=t.node_kind, node_id=t.node_id, period=t.period)
        for r, t in zip(rows, targets)
    ]
