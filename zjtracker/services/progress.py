"""Progress (进展) of a yearly plan in a period: load, validate, save with optimistic
locking, and record every changed field in the change log.

Saving is safe when several desks share one database: the version check and the write
happen under one row lock (SELECT … FOR UPDATE on PostgreSQL; the write lock taken first on
SQLite), the ORM's UPDATE carries ``WHERE version = ?``, and a row created by someone else
in the meantime (a unique-key clash) is reported as a conflict too, never as an error."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime

from sqlalchemy import false, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from zjtracker.db.engine import Database
from zjtracker.db.models import ChangeLog, ProgressReport, YearlyPlan
from zjtracker.services.assessment import CHOICES
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.periods import Period

TEXT_FIELDS = ("status_text", "problems", "suggestions", "remarks")
EDITABLE_FIELDS = (*TEXT_FIELDS, "percent", "assessment")
FIELD_NAMES = {
    "status_text": "落实情况", "problems": "存在问题", "suggestions": "意见建议",
    "percent": "完成进度", "assessment": "评估情况", "remarks": "备注",
}


class InvalidProgress(ValueError):
    """A value the form cannot take; ``field`` names it, the message says why in Chinese."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class PlanGone(LookupError):
    """The yearly plan was deleted (perhaps at another desk): its progress cannot be saved."""

    def __init__(self, plan_id: int):
        super().__init__(f"年度计划 {plan_id} 不存在（可能已被他人删除）。")
        self.plan_id = plan_id


class EditConflict(RuntimeError):
    """Someone saved this progress since it was loaded; ``theirs`` is what is stored now
    (``theirs.version`` None: the stored progress was deleted in the meantime)."""

    def __init__(self, theirs: ProgressForm):
        super().__init__("此进展在您编辑期间已被他人删除。" if theirs.version is None
                         else "此进展在您编辑期间已被他人修改。")
        self.theirs = theirs

    @property
    def deleted(self) -> bool:
        return self.theirs.version is None


@dataclass(frozen=True)
class ProgressForm:
    plan_id: int
    period: str
    status_text: str = ""
    problems: str = ""
    suggestions: str = ""
    percent: float | None = None
    assessment: str = ""
    remarks: str = ""
    version: int | None = None  # None: nothing stored yet
    updated_at: datetime | None = None
    updated_by: str = ""

    def values(self) -> dict:
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


def _form(report: ProgressReport) -> ProgressForm:
    return ProgressForm(
        plan_id=report.plan_id, period=report.period, status_text=report.status_text,
        problems=report.problems, suggestions=report.suggestions, percent=report.percent,
        assessment=report.assessment, remarks=report.remarks, version=report.version,
        updated_at=report.updated_at, updated_by=report.updated_by,
    )


def validate(form: ProgressForm) -> None:
    if form.percent is not None and not 0 <= form.percent <= 100:
        raise InvalidProgress("percent", f"完成进度应在 0 到 100 之间，现在是 {form.percent:g}。")
    if form.assessment and form.assessment not in CHOICES:
        raise InvalidProgress(
            "assessment", f"评估情况“{form.assessment}”不在可选范围内（{'、'.join(CHOICES)}）。"
        )
    Period.parse(form.period)


def load_progress(database: Database, plan_id: int, period: str) -> ProgressForm:
    with database.session() as session:
        report = session.scalar(
            select(ProgressReport).where(ProgressReport.plan_id == plan_id, ProgressReport.period == period)
        )
        return _form(report) if report else ProgressForm(plan_id=plan_id, period=period)


def history(database: Database, plan_id: int) -> list[ProgressForm]:
    """Every stored period of one plan, oldest first (the trend beside the form)."""
    with database.session() as session:
        reports = session.scalars(
            select(ProgressReport).where(ProgressReport.plan_id == plan_id).order_by(ProgressReport.period)
        )
        return sorted((_form(r) for r in reports), key=lambda f: Period.parse(f.period))


def history_across_years(database: Database, plan_id: int) -> list[ProgressForm]:
    """The plan's periods preceded by those of the same task's earlier years (the same
    measure's earlier plans and, through ``Measure.previous_id``, last year's ledger), oldest
    first: the history beside the form when a task runs over several years' ledgers."""
    from zjtracker.services.rollover.earlier_years import earlier_years

    earlier = [item.plan_id for item in reversed(earlier_years(database, plan_id))]
    forms: list[ProgressForm] = []
    for earlier_plan in earlier:
        forms.extend(history(database, earlier_plan))
    return forms + history(database, plan_id)


def save_progress(database: Database, form: ProgressForm, source: str = "typed",
                  batch_id: int | None = None) -> ProgressForm:
    """Store the form in one transaction. Raises EditConflict when the stored version is
    not the one the form was loaded from, InvalidProgress for values out of range, and
    PlanGone (a LookupError) when the yearly plan no longer exists."""
    validate(form)
    try:
        with database.session() as session:
            _claim_write_lock(session)
            return _store(session, form, source, batch_id)
    except (IntegrityError, StaleDataError):
        # Another desk created or changed the row between our check and our write.
        with database.session() as session:
            if session.get(YearlyPlan, form.plan_id) is None:
                raise PlanGone(form.plan_id) from None
        theirs = load_progress(database, form.plan_id, form.period)
        if theirs.version == form.version:
            raise
        raise EditConflict(theirs) from None


def _claim_write_lock(session: Session) -> None:
    """SQLite: take the write lock before reading, so the check and the write see the same
    state (a read transaction that later writes fails at once when another wrote first)."""
    if session.get_bind().dialect.name == "sqlite":
        table = ProgressReport.__table__
        session.execute(update(table).where(false()).values(version=table.c.version))


def _store(session: Session, form: ProgressForm, source: str, batch_id: int | None) -> ProgressForm:
    if session.get(YearlyPlan, form.plan_id) is None:
        raise PlanGone(form.plan_id)
    report = session.scalar(
        select(ProgressReport)
        .where(ProgressReport.plan_id == form.plan_id, ProgressReport.period == form.period)
        .with_for_update()
    )
    if report is not None and report.version != form.version:
        raise EditConflict(_form(report))
    if report is None and form.version is not None:
        raise EditConflict(ProgressForm(plan_id=form.plan_id, period=form.period))
    old = _form(report).values() if report else ProgressForm(form.plan_id, form.period).values()
    if report is None:
        report = ProgressReport(plan_id=form.plan_id, period=form.period)
        session.add(report)
    for name, value in form.values().items():
        setattr(report, name, value)
    report.source = source
    report.import_batch_id = batch_id
    report.updated_by = current_user()
    session.flush()
    for name, value in form.values().items():
        if old[name] != value:
            session.add(ChangeLog(
                user=report.updated_by, machine=current_machine(), entity="progress",
                entity_id=report.id, field=name, old=_text(old[name]), new=_text(value),
                source=source, batch_id=batch_id,
            ))
    session.flush()
    if source == "undo" and not any(v not in (None, "") for v in form.values().values()):
        # Undoing the first save of a period: nothing was reported before, so the report goes
        # (未报送 again, not an empty 未评估); the change log keeps plan, period and the id.
        session.add(ChangeLog(
            user=report.updated_by, machine=current_machine(), entity="plan", entity_id=form.plan_id,
            field="progress_deleted", old=form.period, new=str(report.id), source=source,
        ))
        session.delete(report)
        session.flush()
        return ProgressForm(plan_id=form.plan_id, period=form.period)
    return _form(report)


def _text(value) -> str | None:
    if value is None:
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def with_values(form: ProgressForm, **values) -> ProgressForm:
    known = {f.name for f in fields(ProgressForm)}
    return replace(form, **{k: v for k, v in values.items() if k in known})
