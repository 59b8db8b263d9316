"""Writing progress inside a caller's transaction, by the rules of ``services.progress``:
the values are validated the same way, the stored version must be the one the caller saw
(optimistic locking; the version goes up with every write), and every changed field is
recorded in the change log with its batch.

Many reports are written at once: the stored ones are read in one query per 500 (locked
on PostgreSQL), the new ones inserted and the others updated each in one statement for
all rows, and the change-log rows handed back to be inserted together, in order."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Integer, any_, bindparam, insert, literal, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from zjtracker.db.models import ChangeLog, ProgressReport, YearlyPlan, utcnow
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.node_status import chunks
from zjtracker.services.progress import EDITABLE_FIELDS, ProgressForm, validate

_REPORTS = ProgressReport.__table__
_LOGS = ChangeLog.__table__


class ReturnOutdated(RuntimeError):
    """The stored progress changed after the preview was made (another desk saved it, or
    imported a return for the same measure at the same moment); nothing was applied."""

    def __init__(self, task: str | None = None):
        what = f"任务（{task}）的进展" if task else "有任务的进展"
        super().__init__(f"{what}在预览之后已被修改（也许他人刚刚保存，或同时导入了同一任务的另一份报送表），"
                         "本次没有导入任何内容。请重新读取文件后再导入。")
        self.message = str(self)
        self.task = task


_RACE_STATES = {"40P01", "40001"}  # deadlock detected, serialization failure (PostgreSQL)


def overtaken_task(session: Session, rows, period: str, error: DBAPIError) -> str | None:
    """After ``error`` ended the writing of ``rows`` (preview rows, ``version`` None where
    nothing was stored): the task whose report another desk created meanwhile, or whose
    plan it deleted; "" for a race the server broke as a deadlock; None when ``error`` is no
    race but a fault."""
    if isinstance(error, OperationalError):
        state = getattr(error.orig, "sqlstate", None)
        return "" if state in _RACE_STATES else None
    plans = sorted({row.plan_id for row in rows})
    new = sorted({row.plan_id for row in rows if row.version is None})
    existing, created = set(), set()
    for chunk in chunks(plans):
        existing.update(session.scalars(select(YearlyPlan.id).where(YearlyPlan.id.in_(chunk))))
    for chunk in chunks(new):
        created.update(session.scalars(select(_REPORTS.c.plan_id).where(
            _REPORTS.c.plan_id.in_(chunk), _REPORTS.c.period == period)))
    return next((row.task for row in rows if row.plan_id not in existing or row.plan_id in created), None)


def text_of(value) -> str | None:
    if value is None:
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def value_of(field: str, text: str | None):
    """The stored value a change-log text stands for."""
    if field == "percent":
        return float(text) if text not in (None, "") else None
    return text or ""


@dataclass
class StoredReport:
    """A progress report as read for writing."""

    id: int
    plan_id: int
    period: str
    version: int
    import_batch_id: int | None
    values: dict  # field → value, the editable fields


def id_groups(session: Session, column, ids: list[int]):
    """Conditions that together select the rows whose ``column`` is one of ``ids``: on
    PostgreSQL one ``column = ANY(array)`` (one parameter), elsewhere ``IN`` lists of 500
    (SQLite's limit on parameters)."""
    if session.get_bind().dialect.name == "postgresql":
        if ids:
            yield column == any_(literal(list(ids), ARRAY(Integer)))
        return
    for chunk in chunks(ids):
        yield column.in_(chunk)


def _read(session: Session, column, ids: list[int], lock: bool, *also) -> list[StoredReport]:
    found = []
    for condition in id_groups(session, column, ids):
        query = select(_REPORTS.c.id, _REPORTS.c.plan_id, _REPORTS.c.period, _REPORTS.c.version,
                       _REPORTS.c.import_batch_id, *(_REPORTS.c[name] for name in EDITABLE_FIELDS)
                       ).where(condition, *also)
        if lock:
            query = query.with_for_update()
        for row in session.execute(query):
            found.append(StoredReport(row.id, row.plan_id, row.period, row.version, row.import_batch_id,
                                      {name: row._mapping[name] for name in EDITABLE_FIELDS}))
    return found


def stored_reports(session: Session, plan_ids: list[int], period: str, lock: bool = True) -> dict[int, StoredReport]:
    """The stored reports of the plans for the period, by plan id."""
    reports = _read(session, _REPORTS.c.plan_id, sorted(set(plan_ids)), lock, _REPORTS.c.period == period)
    return {report.plan_id: report for report in reports}


def reports_by_id(session: Session, report_ids: list[int], lock: bool = True) -> dict[int, StoredReport]:
    reports = _read(session, _REPORTS.c.id, sorted(set(report_ids)), lock)
    return {report.id: report for report in reports}


@dataclass
class Write:
    """New values for one plan's report in a period (``stored`` None: none stored yet)."""

    plan_id: int
    period: str
    stored: StoredReport | None
    values: dict  # field → new value

    def __post_init__(self) -> None:
        self.old = dict(self.stored.values if self.stored is not None else _EMPTY)
        self.after = {**self.old, **self.values}

    def check(self) -> None:
        """Raises InvalidProgress when the report would hold a value the form cannot take."""
        validate(replace(ProgressForm(self.plan_id, self.period), **self.after))


_EMPTY = ProgressForm(0, "").values()


@dataclass
class Written:
    report_id: int
    created: bool
    logs: list[dict]  # change-log rows for insert_logs, one per changed field
    after: dict  # the editable fields as stored now


def write_reports(session: Session, writes: list[Write], *, source: str, batch_id: int | None,
                  unit_id: int | None = None) -> list[Written]:
    """Store every write (already checked) and return, in the same order, what was written
    with its change-log rows (not inserted yet: see ``insert_logs``)."""
    user, machine, now = current_user(), current_machine(), utcnow()
    # new rows in one order on every desk: two imports racing to create them wait on each
    # other's first row, never each on a row the other holds (a deadlock)
    new = sorted((w for w in writes if w.stored is None), key=lambda w: (w.plan_id, w.period))
    ids = {}
    if new:
        rows = [{**w.after, "plan_id": w.plan_id, "period": w.period, "source": source,
                 "import_batch_id": batch_id if source == "import" else None, "reporting_unit_id": unit_id,
                 "updated_by": user, "updated_at": now, "version": 1} for w in new]
        ids = {(plan_id, period): report_id for report_id, plan_id, period in bulk_insert(
            session, _REPORTS, rows, (_REPORTS.c.id, _REPORTS.c.plan_id, _REPORTS.c.period))}
    old = [w for w in writes if w.stored is not None]
    if old:
        _update(session, old, source, batch_id, unit_id, user, now)
    written = []
    for w in writes:
        before = w.old
        report_id = w.stored.id if w.stored is not None else ids[(w.plan_id, w.period)]
        logs = [{"at": now, "user": user, "machine": machine, "entity": "progress", "entity_id": report_id,
                 "field": name, "old": text_of(before[name]), "new": text_of(value), "source": source,
                 "batch_id": batch_id} for name, value in w.values.items() if before[name] != value]
        written.append(Written(report_id, w.stored is None, logs, w.after))
    return written


def _update(session: Session, writes: list[Write], source: str, batch_id: int | None, unit_id: int | None,
            user: str, now) -> None:
    """One UPDATE for all rows, every editable field set (the unchanged ones to what they
    hold), with the version check of the ORM's optimistic locking."""
    table = _REPORTS
    values = {name: bindparam(f"v_{name}") for name in EDITABLE_FIELDS}
    values.update(source=source, updated_by=user, updated_at=now, version=table.c.version + 1,
                  import_batch_id=bindparam("v_batch"))
    if unit_id is not None:
        values["reporting_unit_id"] = unit_id
    statement = update(table).where(table.c.id == bindparam("b_id"), table.c.version == bindparam("b_version")) \
        .values(**values)
    rows = []
    for w in writes:
        batch = w.stored.import_batch_id
        if source == "import":
            batch = batch_id
        elif source == "undo" and batch == batch_id:
            batch = None
        rows.append({"b_id": w.stored.id, "b_version": w.stored.version, "v_batch": batch,
                     **{f"v_{name}": value for name, value in w.after.items()}})
    result = session.execute(statement, rows)
    if session.get_bind().dialect.supports_sane_multi_rowcount and result.rowcount != len(rows):
        raise ReturnOutdated()


def insert_logs(session: Session, logs: list[dict]) -> None:
    """The change-log rows in the order given (their ids follow it)."""
    if logs:
        bulk_insert(session, _LOGS, logs)


def bulk_insert(session: Session, table, rows: list[dict], returning=()) -> list:
    """Insert ``rows`` (dicts with the same keys) in the order given, in one statement, and
    return the ``returning`` columns of each, in that order. On PostgreSQL one INSERT … SELECT
    FROM json_to_recordset() of the rows as one JSON text: one parameter instead of one per
    cell, which the driver and the server take several times faster than a VALUES list of
    thousands of rows (and faster than an array per column); elsewhere the ORM's
    executemany (SQLite: one prepared statement)."""
    if not rows:
        return []
    if session.get_bind().dialect.name != "postgresql":
        if returning:
            return list(session.execute(insert(table).returning(*returning), rows))
        session.execute(insert(table), rows)
        return []
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    names = list(rows[0])
    columns = ", ".join(quote(name) for name in names)
    types = ", ".join(f"{quote(name)} {table.c[name].type.compile(dialect=dialect)}" for name in names)
    statement = (f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM ROWS FROM "
                 f"(json_to_recordset(CAST(:rows AS json)) AS ({types})) WITH ORDINALITY AS given({columns}, n) "
                 "ORDER BY n")
    if returning:
        statement += " RETURNING " + ", ".join(quote(column.name) for column in returning)
    given = json.dumps(rows, ensure_ascii=False, default=_json_value)
    result = session.execute(text(statement), {"rows": given})
    return list(result) if returning else []


def _json_value(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be written in bulk")
