"""The 佐证材料汇编 of a policy and period: every task's evidence files in a zip organised by
area and task number, with an index workbook (rendered by ``exporting/evidence_bundle``).

``iter_export_bundle`` is a plain generator yielding (done, total, file name) and, last,
(total, total, BundleDone). The target is checked before any work (never the database nor a
backup; an existing file only with ``force``); the zip is written into a temporary file
beside it and renamed over it when complete (``reports.output.Spool``), so stopping the
generator (the window's 取消) or a failure leaves nothing behind. The files' bytes are read
one at a time.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Assignment, Attachment, AttachmentBlob, Policy, Unit
from zjtracker.exporting.evidence_bundle import (
    EVIDENCE_BUNDLE,
    BundleEntry,
    BundleWriter,
)
from zjtracker.reports.output import Spool
from zjtracker.services.evidence.checks import EvidenceRefused
from zjtracker.services.evidence.store import AttachmentInfo, infos
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.returns.targets import Target, load_targets
from zjtracker.services.tree import short_title

CHUNK_BYTES = 16 * 1024 * 1024  # the files' bytes held in memory at a time (or one larger file)
_ROLES = {"lead": 0, "responsible": 1, "cooperating": 2}


@dataclass(frozen=True)
class BundleDone:
    path: Path
    files: int
    tasks: int
    size: int


@dataclass(frozen=True)
class TaskEvidence:
    """One task of a policy with its evidence files in a period (document order)."""

    target: Target
    units: str
    files: list[AttachmentInfo]


def policy_evidence(database: Database, policy_id: int, period: str) -> tuple[str, list[TaskEvidence]]:
    """(the policy's title, its tasks that have evidence in ``period``, in document order)."""
    try:
        parsed = Period.parse(period)
    except BadPeriod as error:
        raise EvidenceRefused(str(error)) from None
    with database.session() as session:
        title = session.scalar(select(Policy.title).where(Policy.id == policy_id))
        if title is None:
            raise EvidenceRefused(f"政策文件（编号 {policy_id}）不存在，可能已被删除。")
        targets = load_targets(session, parsed, [policy_id])[policy_id].targets
        files = infos(session, [t.plan_id for t in targets], str(parsed))
        with_files = [t for t in targets if t.plan_id in files]
        units: dict[int, list[tuple[int, str]]] = {}
        measure_ids = sorted({t.measure_id for t in with_files})
        for start in range(0, len(measure_ids), 500):
            for measure_id, role, name in session.execute(
                    select(Assignment.measure_id, Assignment.role, Unit.name).join(Unit, Unit.id == Assignment.unit_id)
                    .where(Assignment.measure_id.in_(measure_ids[start:start + 500]))):
                units.setdefault(measure_id, []).append((_ROLES.get(role, 3), name))
    found = []
    for target in with_files:
        names = list(dict.fromkeys(name for _rank, name in sorted(units.get(target.measure_id, []))))
        found.append(TaskEvidence(target, "、".join(names), files[target.plan_id]))
    return title, found


def iter_export_bundle(database: Database, policy_id: int, period: str, target: Path, force: bool = False,
                       ) -> Generator[tuple[int, int, object], None, None]:
    title, tasks = policy_evidence(database, policy_id, period)  # refuses a period written wrong
    period = str(Period.parse(period))
    spool = Spool(Path(target), EVIDENCE_BUNDLE, database, force)
    total = sum(len(task.files) for task in tasks)
    label = Period.parse(period).label()
    done = size = 0
    writer = None
    try:
        writer = BundleWriter(spool.stream, f"{short_title(title, 40)}佐证材料汇编（{label}）",
                              f"政策文件：{title}；报告期：{label}；共 {len(tasks)} 项任务、{total} 个文件；"
                              f"导出于 {datetime.now():%Y-%m-%d %H:%M}。")
        files = [(task, info) for task in tasks for info in task.files]
        for chunk in _chunks(files):
            contents = _contents(database, [info.id for _task, info in chunk])
            for task, info in chunk:
                yield done, total, info.file_name
                t = task.target
                writer.add(BundleEntry(f"{t.area_label}{t.area_title}", t.measure_label, t.measure_text,
                                       task.units, info.file_name, info.size, info.added_at, info.added_by),
                           contents[info.id])
                done, size = done + 1, size + info.size
        writer.finish()
        path = spool.place()
    except BaseException:
        if writer is not None:
            writer.abandon()
        spool.discard()
        raise
    yield total, total, BundleDone(path, total, len(tasks), size)


def _chunks(files: list, limit: int = CHUNK_BYTES, count: int = 100) -> list[list]:
    """The files in groups read with one query each: at most ``limit`` bytes (or one file)."""
    chunks, current, held = [], [], 0
    for item in files:
        if current and (held + item[1].size > limit or len(current) >= count):
            chunks.append(current)
            current, held = [], 0
        current.append(item)
        held += item[1].size
    if current:
        chunks.append(current)
    return chunks


def _contents(database: Database, attachment_ids: list[int]) -> dict[int, bytes]:
    with database.session() as session:
        found = {attachment_id: bytes(content) for attachment_id, content in session.execute(
            select(Attachment.id, AttachmentBlob.content).join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
            .where(Attachment.id.in_(attachment_ids)))}
    for attachment_id in attachment_ids:
        if attachment_id not in found:
            raise EvidenceRefused(f"佐证材料（编号 {attachment_id}）在导出时已被删除，请重新导出。")
    return found


def export_bundle(database: Database, policy_id: int, period: str, target: Path, force: bool = False) -> BundleDone:
    result = None
    for _done, _total, result in iter_export_bundle(database, policy_id, period, target, force):
        pass
    assert isinstance(result, BundleDone)
    return result
