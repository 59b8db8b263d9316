"""Writing progress inside a caller's transaction, by the rules of ``services.progress``:
the values are validated the same way, the stored version must be the one the caller saw
(optimistic locking; the version goes up with every write), and every changed field is
recorded in the change log with its batch."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import ChangeLog, ProgressReport
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.progress import EDITABLE_FIELDS, ProgressForm, validate


class ReturnOutdated(RuntimeError):
    """The stored progress changed after the preview was made; nothing was applied."""

    def __init__(self, task: str):
        super().__init__(f"任务（{task}）的进展在预览之后已被修改，本次没有导入任何内容。请重新读取文件后再导入。")
        self.message = str(self)


def text_of(value) -> str | None:
    if value is None:
        return None
    return f"{value:g}" if isinstance(value, float) else str(value)


def value_of(field: str, text: str | None):
    """The stored value a change-log text stands for."""
    if field == "percent":
        return float(text) if text not in (None, "") else None
    return text or ""


def load_report(session: Session, plan_id: int, period: str) -> ProgressReport | None:
    return session.scalar(
        select(ProgressReport)
        .where(ProgressReport.plan_id == plan_id, ProgressReport.period == period)
        .with_for_update()
    )


def write_progress(session: Session, report: ProgressReport | None, plan_id: int, period: str,
                   values: dict, *, source: str, batch_id: int | None,
                   unit_id: int | None = None) -> tuple[ProgressReport, list[ChangeLog]]:
    """Set ``values`` (field → new value) on the report (created when None) and log them."""
    old = {name: getattr(report, name) for name in EDITABLE_FIELDS} if report is not None else \
        ProgressForm(plan_id, period).values()
    form = replace(ProgressForm(plan_id, period), **{**old, **values})
    validate(form)
    if report is None:
        report = ProgressReport(plan_id=plan_id, period=period)
        session.add(report)
    for name, value in values.items():
        setattr(report, name, value)
    report.source = source
    if source == "import":
        report.import_batch_id = batch_id
    elif source == "undo" and report.import_batch_id == batch_id:
        report.import_batch_id = None
    if unit_id is not None:
        report.reporting_unit_id = unit_id
    report.updated_by = current_user()
    session.flush()
    logs = []
    for name, value in values.items():
        if old[name] != value:
            logs.append(ChangeLog(
                user=report.updated_by, machine=current_machine(), entity="progress",
                entity_id=report.id, field=name, old=text_of(old[name]), new=text_of(value),
                source=source, batch_id=batch_id,
            ))
    session.add_all(logs)
    session.flush()
    return report, logs
