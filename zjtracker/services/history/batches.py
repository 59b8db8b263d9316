"""Import batches of returned workbooks: apply a preview (all, some or none of it) in one
transaction, list the batches for the import history, and undo a whole batch.

A batch records the file name, its SHA-256, who and when, the counts, and — through the
change log — every cell it changed with old and new value, so it can be undone later. A
file whose every row was rejected is refused and leaves no batch behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from zjtracker.db.engine import Database
from zjtracker.db.models import ChangeLog, ImportBatch, Measure, ProgressReport, Unit, YearlyPlan, utcnow
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.collector import collector_held
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.node_status import chunks
from zjtracker.services.returns.backup_before import backed_up_first
from zjtracker.services.returns.model import OURS, THEIRS, ApplyResult, ReturnPreview, Selection
from zjtracker.services.returns.store import (
    ReturnOutdated, Write, id_groups, insert_logs, overtaken_task, reports_by_id, stored_reports, text_of,
    value_of, write_reports,
)

UPDATES = "updates"
EVIDENCE = "evidence"  # a folder of evidence files (services/evidence/folder.py)
TASKS = "tasks"  # in ImportBatch.counts: report id → [task number, task text] as imported
REJECTED_ROWS = "rejected_rows"
_NAMES = {"status_text": "落实情况", "problems": "存在问题", "suggestions": "存在问题的意见建议",
          "percent": "完成进度", "assessment": "评估情况", "remarks": "备注"}


def apply_return(database: Database, preview: ReturnPreview, selection: Selection | None = None) -> ApplyResult:
    """Apply the selected changes of ``preview`` and the conflicts resolved THEIRS, all in
    one transaction with one ImportBatch. Raises ReturnOutdated (nothing applied) when a
    row's stored progress changed after the preview was made — also when another desk
    stored it at the same moment: the report it creates then clashes with ours on the
    unique key (or the server breaks the tie as a deadlock), the transaction is rolled back,
    and the preview is out of date like any other."""
    if preview.refused is not None:
        raise ImportRefused(preview.refused.message, preview.refused.reason)
    if all_rejected(preview):
        raise ImportRefused(nothing_imported(preview), REJECTED_ROWS)
    try:
        return _apply(database, preview, selection or Selection())
    except (IntegrityError, OperationalError) as error:
        task = _overtaken(database, preview, error)
        if task is None:
            raise
        raise ReturnOutdated(task or None) from error


def all_rejected(preview: ReturnPreview) -> bool:
    """Every row of the file was rejected: nothing to apply, and no batch is recorded, so
    the same file can be imported again once what rejected it is put right."""
    return preview.refused is None and not preview.rows and bool(preview.rejected)


def nothing_imported(preview: ReturnPreview) -> str:
    rows = len({(issue.sheet, issue.row) for issue in preview.rejected})
    return (f"文件“{preview.file_name}”的 {rows} 行全部被拒绝，没有导入任何内容，也没有记为已导入。"
            "请按被拒绝的原因改正后再导入。")


def _overtaken(database: Database, preview: ReturnPreview, error: DBAPIError) -> str | None:
    try:
        with database.session() as session:
            return overtaken_task(session, preview.rows, preview.period, error)
    except DBAPIError:  # the database is not answering: the first error is the one to tell
        return None


@dataclass
class Imported:
    """A return applied by ``apply_reading_again``: the preview applied (the file read
    again when another import overtook the first one) and what it did."""

    preview: ReturnPreview
    result: ApplyResult
    read_again: int  # how many times the file was read again


def apply_reading_again(database: Database, preview: ReturnPreview, read_again: Callable[[], ReturnPreview],
                        attempts: int = 3) -> Imported:
    """Apply the whole of ``preview`` (the command line's import). When another desk stored
    progress of the same measures in the meantime, the file is read again with
    ``read_again``: what both changed differently is now a conflict, left for the clerk, and
    the rest is applied. Raises ReturnOutdated when overtaken ``attempts`` times."""
    attempt = 0
    while True:
        try:
            return Imported(preview, apply_return(database, preview), attempt)
        except ReturnOutdated:
            attempt += 1
            if attempt >= attempts:
                raise
            preview = read_again()


def _apply(database: Database, preview: ReturnPreview, selection: Selection) -> ApplyResult:
    counts = dict(updated_rows=0, updated_cells=0, unchanged_rows=len(preview.unchanged_rows),
                  skipped_cells=0, conflicts_taken=0, conflicts_kept=0, conflicts_open=0,
                  rejected=len(preview.rejected), warnings=len(preview.all_warnings), created_reports=[])
    # a SQLite database is copied to backups/ as it was before (started first, finished in the background)
    with collector_held(), database.session() as session, backed_up_first(database):
        batch = ImportBatch(kind=UPDATES, file_name=preview.file_name, sha256=preview.sha256,
                            imported_by=current_user(), policy_id=preview.policy_id, period=preview.period,
                            unit_id=preview.unit_id, sent_workbook_id=preview.sent_workbook_id)
        session.add(batch)
        session.flush()  # the write lock first (SQLite), so the reports read below are current
        chosen = [(row, values) for row in preview.rows if (values := _chosen_values(row, selection, counts))]
        stored = stored_reports(session, [row.plan_id for row, _ in chosen], preview.period)
        writes, seen = [], set()
        for row, values in chosen:
            report = stored.get(row.plan_id) if row.plan_id not in seen else None
            if row.plan_id in seen or (report.version if report else None) != row.version:
                raise ReturnOutdated(row.task)
            seen.add(row.plan_id)
            write = Write(row.plan_id, preview.period, report, values)
            write.check()
            writes.append(write)
        written = write_reports(session, writes, source="import", batch_id=batch.id, unit_id=preview.unit_id)
        insert_logs(session, [log for done in written for log in done.logs])
        counts["created_reports"] = [done.report_id for done in written if done.created]
        # the task's number and text as imported: the history shows them whatever is deleted later
        tasks = _task_texts(session, [w.plan_id for w in writes])
        counts[TASKS] = {str(done.report_id): tasks.get(w.plan_id, ("", "")) for w, done in zip(writes, written)}
        counts["updated_rows"] = len(written)
        counts["updated_cells"] = sum(len(done.logs) for done in written)
        batch.counts = json.dumps(counts, ensure_ascii=False)
        session.flush()
        return ApplyResult(batch.id, **{k: v for k, v in counts.items() if k not in ("warnings", "created_reports",
                                                                                    TASKS)})


def _chosen_values(row, selection: Selection, counts: dict) -> dict:
    """The values of one preview row to write: the selected changes and the conflicts
    resolved THEIRS; the rest counted as skipped, kept or open."""
    values = {}
    for change in row.changes:
        if selection.takes(row.key, change.field):
            values[change.field] = change.new
        else:
            counts["skipped_cells"] += 1
    for conflict in row.conflicts:
        choice = selection.resolution(row.key, conflict.field)
        if choice == THEIRS:
            values[conflict.field] = conflict.theirs
            counts["conflicts_taken"] += 1
        elif choice == OURS:
            counts["conflicts_kept"] += 1
        else:
            counts["conflicts_open"] += 1
    return values


class BatchNotUndoable(LookupError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CellRef:
    report_id: int
    plan_id: int
    task: str  # （12）
    field: str
    old: str | None  # the value before the batch (restored)
    new: str | None  # the value the batch wrote
    now: str | None  # the value stored when undoing


@dataclass
class UndoResult:
    batch_id: int
    restored: list[CellRef] = field(default_factory=list)
    skipped: list[CellRef] = field(default_factory=list)  # changed since; left as they are
    removed_files: list[str] = field(default_factory=list)  # evidence files the undo took away

    @property
    def messages(self) -> list[str]:
        return [f"任务{c.task}的“{_NAMES.get(c.field, c.field)}”在导入后又被改为“{c.now or '（空）'}”，"
                "未撤销，保留现值。" for c in self.skipped]


def undo_batch(database: Database, batch_id: int) -> UndoResult:
    """Restore every cell the batch changed to its old value, unless it changed since
    (those are reported and left alone); mark the batch undone. One transaction; the
    restored cells are logged with source 'undo' and the batch's id."""
    result = UndoResult(batch_id)
    with collector_held(), database.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.kind not in (UPDATES, EVIDENCE):
            raise BatchNotUndoable(f"没有编号为 {batch_id} 的导入记录。")
        if batch.undone_at is not None:
            raise BatchNotUndoable(f"导入记录 {batch_id}（{batch.file_name}）已于 "
                                   f"{batch.undone_at:%Y-%m-%d %H:%M} 撤销过。")
        batch.undone_at = utcnow()
        session.flush()  # the write lock first (SQLite)
        if batch.kind == EVIDENCE:  # its attachments go, and the blobs nothing else uses
            from zjtracker.services.evidence.store import remove_batch

            result.removed_files = remove_batch(session, batch_id)
            return result
        logs = session.execute(select(ChangeLog.entity_id, ChangeLog.field, ChangeLog.old, ChangeLog.new).where(
            ChangeLog.batch_id == batch_id, ChangeLog.source == "import", ChangeLog.entity == "progress")
            .order_by(ChangeLog.id)).all()
        by_report: dict[int, list] = {}
        for log in logs:
            by_report.setdefault(log.entity_id, []).append(log)
        counts = json.loads(batch.counts or "{}")
        created = set(counts.get("created_reports", []))
        reports = reports_by_id(session, list(by_report))
        tasks = _task_labels(session, [report.plan_id for report in reports.values()])
        # batches imported before the snapshot was kept: taken now, before any report is removed
        texts = _task_texts(session, [report.plan_id for report in reports.values()])
        snapshot = counts.setdefault(TASKS, {})
        for report in reports.values():
            snapshot.setdefault(str(report.id), texts.get(report.plan_id, ("", "")))
        batch.counts = json.dumps(counts, ensure_ascii=False)
        steps = []  # (report, write or None), in the order of the batch's log
        for report_id, entries in by_report.items():
            report = reports.get(report_id)
            if report is None:
                continue
            values = {}
            for log in entries:
                now = text_of(report.values[log.field])
                ref = CellRef(report.id, report.plan_id, tasks.get(report.plan_id, f"（计划 {report.plan_id}）"),
                              log.field, log.old, log.new, now)
                if now == log.new or (now in (None, "") and log.new in (None, "")):
                    values[log.field] = value_of(log.field, log.old)
                    result.restored.append(ref)
                else:
                    result.skipped.append(ref)
            write = Write(report.plan_id, report.period, report, values) if values else None
            if write is not None:
                write.check()
            steps.append((report, write))
        written = iter(write_reports(session, [w for _, w in steps if w is not None], source="undo",
                                     batch_id=batch_id))
        entries, removed = [], []
        for report, write in steps:
            after = report.values
            if write is not None:
                done = next(written)
                entries += done.logs
                after = done.after
            if report.id in created and _all_empty(after):
                # the change log keeps the link: plan, period and the id of the removed report
                entries.append({"at": utcnow(), "user": current_user(), "machine": current_machine(),
                                "entity": "plan", "entity_id": report.plan_id, "field": "progress_deleted",
                                "old": report.period, "new": str(report.id), "source": "undo", "batch_id": batch_id})
                removed.append(report.id)
        insert_logs(session, entries)
        for chunk in chunks(removed):
            session.execute(delete(ProgressReport.__table__).where(ProgressReport.__table__.c.id.in_(chunk)))
        session.flush()
    return result


def _all_empty(values: dict) -> bool:
    return values["percent"] is None and not any(
        values[name] for name in ("status_text", "problems", "suggestions", "assessment", "remarks"))


def _task_texts(session, plan_ids) -> dict[int, tuple[str, str]]:
    """plan id → (the measure's number, its text)."""
    found = {}
    for condition in id_groups(session, YearlyPlan.id, sorted(set(plan_ids))):
        for plan_id, label, text in session.execute(select(YearlyPlan.id, Measure.label, Measure.text).join(
                Measure, Measure.id == YearlyPlan.measure_id).where(condition)):
            found[plan_id] = (label or "", text or "")
    return found


def _task_labels(session, plan_ids: list[int]) -> dict[int, str]:
    """The label of each plan's measure, （12）, where it has one."""
    found = {}
    for chunk in chunks(sorted(set(plan_ids))):
        for plan_id, label in session.execute(select(YearlyPlan.id, Measure.label).join(
                Measure, Measure.id == YearlyPlan.measure_id).where(YearlyPlan.id.in_(chunk))):
            if label:
                found[plan_id] = label
    return found


@dataclass(frozen=True)
class BatchSummary:
    """One line of the import history."""

    id: int
    file_name: str
    sha256: str
    imported_at: datetime
    imported_by: str
    policy_id: int | None
    period: str | None
    unit_id: int | None
    unit_name: str
    counts: dict
    undone_at: datetime | None
    number: int = 0  # 1 for the first file (returned workbook, evidence folder) imported, as the clerk counts
    kind: str = UPDATES  # or EVIDENCE: a folder of evidence files; counts["files"] of them


    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def list_batches(database: Database, policy_id: int | None = None, period: str | None = None) -> list[BatchSummary]:
    """The returned files and evidence folders imported so far, newest first."""
    with database.session() as session:
        query = select(ImportBatch, Unit.name).outerjoin(Unit, Unit.id == ImportBatch.unit_id).where(
            ImportBatch.kind.in_((UPDATES, EVIDENCE)))
        if policy_id is not None:
            query = query.where(ImportBatch.policy_id == policy_id)
        if period is not None:
            query = query.where(ImportBatch.period == period)
        numbers = {batch_id: number for number, batch_id in enumerate(session.scalars(
            select(ImportBatch.id).where(ImportBatch.kind.in_((UPDATES, EVIDENCE))).order_by(ImportBatch.id)), start=1)}
        return [BatchSummary(b.id, b.file_name, b.sha256, b.imported_at, b.imported_by, b.policy_id, b.period,
                             b.unit_id, name or "", json.loads(b.counts or "{}"), b.undone_at, numbers[b.id], b.kind)
                for b, name in session.execute(query.order_by(ImportBatch.id.desc()))]


@dataclass(frozen=True)
class BatchChange:
    """One cell a batch changed (or its undo restored)."""

    at: datetime
    task: str
    measure_text: str
    field: str
    old: str | None
    new: str | None
    source: str  # import / undo


def batch_changes(database: Database, batch_id: int) -> list[BatchChange]:
    """Every cell the batch changed and its undo restored, each with the task's number and
    text — as imported (the batch's snapshot) when the report, plan or measure is gone."""
    with database.session() as session:
        counts = json.loads(session.scalar(select(ImportBatch.counts).where(ImportBatch.id == batch_id)) or "{}")
        snapshot = counts.get(TASKS, {})
        rows = list(session.execute(
            select(ChangeLog, Measure.label, Measure.text)
            .outerjoin(ProgressReport, ProgressReport.id == ChangeLog.entity_id)
            .outerjoin(YearlyPlan, YearlyPlan.id == ProgressReport.plan_id)
            .outerjoin(Measure, Measure.id == YearlyPlan.measure_id)
            .where(ChangeLog.batch_id == batch_id, ChangeLog.entity == "progress")
            .order_by(ChangeLog.id)))
        removed = {int(report): plan_id for plan_id, report in session.execute(
            select(ChangeLog.entity_id, ChangeLog.new).where(
                ChangeLog.batch_id == batch_id, ChangeLog.entity == "plan", ChangeLog.field == "progress_deleted"))
            if (report or "").isdigit()}
        plans = _task_texts(session, removed.values()) if removed else {}
        changes = []
        for log, label, text in rows:
            if label is None and text is None:  # the report is gone (removed by the undo)
                label, text = snapshot.get(str(log.entity_id)) or plans.get(removed.get(log.entity_id), ("", ""))
            changes.append(BatchChange(log.at, label or "", text or "", log.field, log.old, log.new, log.source))
        changes += _attachment_changes(session, batch_id)
        return changes


def _attachment_changes(session, batch_id: int) -> list[BatchChange]:
    """The evidence files a batch added (field "added", new = the file name) and its undo
    removed (field "removed", old = the file name)."""
    rows = session.execute(
        select(ChangeLog.at, ChangeLog.entity_id, ChangeLog.field, ChangeLog.new, ChangeLog.source)
        .where(ChangeLog.batch_id == batch_id, ChangeLog.entity == "attachment").order_by(ChangeLog.id)).all()
    tasks = _task_texts(session, {row.entity_id for row in rows}) if rows else {}
    return [BatchChange(row.at, *tasks.get(row.entity_id, ("", "")), row.field,
                        row.new if row.field == "removed" else None, row.new if row.field != "removed" else None,
                        row.source) for row in rows]
