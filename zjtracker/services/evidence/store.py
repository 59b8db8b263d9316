"""Evidence files (佐证材料) attached to a plan's progress for one period, stored inside the
database so every desk sees them (SQLite and PostgreSQL alike).

The bytes are kept once per SHA-256 in ``AttachmentBlob`` however often they are attached;
the same bytes attached twice to the same plan and period are attached once. A file over
``FILE_LIMIT_BYTES``, or one that would take a plan's period over ``PERIOD_LIMIT_BYTES``, is
refused, as is any file that fails the checks of ``evidence.checks``. Every attachment added
or removed goes to the change log (entity "attachment", the plan's id, old = the period,
new = the file name), and a blob no attachment uses any more is deleted with it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Attachment,
    AttachmentBlob,
    ChangeLog,
    YearlyPlan,
    utcnow,
)
from zjtracker.exporting.file_names import safe_file_name, unique_path
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.evidence.checks import (
    EXCEL,
    FILE_LIMIT_BYTES,
    OTHER,
    PDF,
    PERIOD_LIMIT_BYTES,
    WORD,
    EvidenceRefused,
    content_kind,
    limits_text,
    read_evidence,
    size_text,
)
from zjtracker.services.periods import BadPeriod, Period

__all__ = [
    "FILE_LIMIT_BYTES", "PERIOD_LIMIT_BYTES", "AttachmentInfo", "EvidenceRefused", "add_files", "attachment_bytes",
    "counts", "export_copy", "limits_text", "list_attachments", "remove_attachment", "usage",
]

ENTITY = "attachment"
ADDED, REMOVED = "added", "removed"
_HEAD = 64


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    plan_id: int
    period: str
    file_name: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str
    kind: str  # image / pdf / word / excel / other


def _period(period: str) -> str:
    try:
        return str(Period.parse(period))
    except BadPeriod as error:
        raise EvidenceRefused(str(error)) from None


def stored_name(name: str) -> str:
    """The file name as kept: NFC, without control characters, at most 255 characters."""
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    name = name.replace("/", "_").replace("\\", "_").strip() or "未命名"
    if len(name) > 255:
        suffix = Path(name).suffix[:20]
        name = name[:255 - len(suffix)] + suffix
    return name


def kind_of(head: bytes, name: str) -> str:
    """The kind of a stored file from its first bytes (the zip and OLE containers by suffix:
    they were checked when stored)."""
    suffix = Path(name).suffix.lower()
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        if suffix in (".docx", ".doc", ".wps", ".dot"):
            return WORD
        if suffix in (".xlsx", ".xls", ".et", ".xlt"):
            return EXCEL
        return OTHER
    try:
        return content_kind(head, name)
    except EvidenceRefused:
        return PDF if b"%PDF" in head else OTHER


def _info_query():
    head = func.substr(AttachmentBlob.content, 1, _HEAD)
    return (select(Attachment.id, Attachment.plan_id, Attachment.period, Attachment.file_name, AttachmentBlob.size,
                   AttachmentBlob.sha256, Attachment.added_at, Attachment.added_by, head)
            .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id))


def _info(row) -> AttachmentInfo:
    head = bytes(row[8] or b"")
    return AttachmentInfo(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7] or "", kind_of(head, row[3]))


def used_bytes(session: Session, plan_id: int, period: str) -> int:
    return int(session.scalar(
        select(func.coalesce(func.sum(AttachmentBlob.size), 0)).join(Attachment, Attachment.blob_id == AttachmentBlob.id)
        .where(Attachment.plan_id == plan_id, Attachment.period == period)) or 0)


_INSERT_BLOB = insert(AttachmentBlob.__table__)  # compiled once, given its values per row
_INSERT_ATTACHMENT = insert(Attachment.__table__)


@dataclass
class Adder:
    """Attaching files inside one session: blobs found or made by hash, the same bytes on a
    plan and period attached once, the period's total kept under the limit. Rows are written
    with Core inserts (no ORM flush per file); the change-log rows go in at ``finish``."""

    session: Session
    source: str = "typed"
    batch_id: int | None = None

    def __post_init__(self):
        self._used: dict[tuple[int, str], int] = {}
        self._user, self._machine = current_user(), current_machine()
        self._blobs: dict[str, int] = {}  # sha256 → blob id, of the digests looked up
        self._attached: dict[tuple[int, str, int], int] = {}  # (plan, period, blob) → attachment id
        self._logs: list[dict] = []
        self._looked: set[str] = set()  # digests already looked up

    def prefetch(self, digests) -> None:
        """Look up many digests at once (a folder's files): their blobs and attachments."""
        wanted = sorted(set(digests) - self._looked)
        self._looked.update(wanted)
        for start in range(0, len(wanted), 500):
            found = dict(self.session.execute(select(AttachmentBlob.sha256, AttachmentBlob.id).where(
                AttachmentBlob.sha256.in_(wanted[start:start + 500]))).all())
            self._blobs.update(found)
            if not found:
                continue
            for attachment_id, plan_id, period, blob_id in self.session.execute(
                    select(Attachment.id, Attachment.plan_id, Attachment.period, Attachment.blob_id)
                    .where(Attachment.blob_id.in_(list(found.values())))):
                self._attached[(plan_id, period, blob_id)] = attachment_id

    def attach(self, plan_id: int, period: str, name: str, data: bytes) -> tuple[int, bool]:
        """(attachment id, whether it is new)."""
        s = self.session
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._looked:
            self.prefetch([digest])
        blob_id = self._blobs.get(digest)
        if blob_id is not None and (plan_id, period, blob_id) in self._attached:
            return self._attached[(plan_id, period, blob_id)], False
        key = (plan_id, period)
        if key not in self._used:
            self._used[key] = used_bytes(s, plan_id, period)
        if self._used[key] + len(data) > PERIOD_LIMIT_BYTES:
            raise EvidenceRefused(
                f"文件“{name}”（{size_text(len(data))}）加上这项任务本期已有的 {size_text(self._used[key])} 佐证材料，"
                f"超过了每项任务每期合计 {size_text(PERIOD_LIMIT_BYTES)} 的上限，未添加。请删去不需要的材料或压缩后再添加。")
        if blob_id is None:
            blob_id = s.execute(_INSERT_BLOB, {"sha256": digest, "size": len(data), "content": data}
                                ).inserted_primary_key[0]
            self._blobs[digest] = blob_id
        file_name = stored_name(name)
        attachment_id = s.execute(_INSERT_ATTACHMENT, {
            "plan_id": plan_id, "period": period, "blob_id": blob_id, "file_name": file_name, "added_at": utcnow(),
            "added_by": self._user, "import_batch_id": self.batch_id}).inserted_primary_key[0]
        self._attached[(plan_id, period, blob_id)] = attachment_id
        self._used[key] += len(data)
        self._logs.append({"at": utcnow(), "user": self._user, "machine": self._machine, "entity": ENTITY,
                           "entity_id": plan_id, "field": ADDED, "old": period, "new": file_name,
                           "source": self.source, "batch_id": self.batch_id})
        return attachment_id, True

    def finish(self) -> None:
        """Write the change-log rows of the files attached."""
        if self._logs:
            self.session.execute(insert(ChangeLog.__table__), self._logs)
            self._logs = []


def log(session: Session, plan_id: int, field: str, period: str, name: str, source: str = "typed",
        batch_id: int | None = None) -> None:
    """One change-log row (as ``structure.common.log_change`` writes them, with the batch):
    entity "attachment", the plan's id, old = the period, new = the file name."""
    session.add(ChangeLog(user=current_user(), machine=current_machine(), entity=ENTITY, entity_id=plan_id,
                          field=field, old=period, new=name, source=source, batch_id=batch_id))


def check_plan(session: Session, plan_id: int) -> None:
    if session.get(YearlyPlan, plan_id) is None:
        raise EvidenceRefused(f"年度计划（编号 {plan_id}）不存在，可能已被删除，佐证材料未添加。")


def add_files(database: Database, plan_id: int, period: str, paths: list[Path]) -> list[AttachmentInfo]:
    """Attach the files at ``paths`` to the plan's ``period``: all of them or, when any is
    refused (EvidenceRefused naming it), none."""
    period = _period(period)
    read = [(Path(path).name, read_evidence(Path(path))[0]) for path in paths]
    try:
        return _add(database, plan_id, period, read)
    except IntegrityError:  # another desk stored the same bytes at the same moment: now they are there
        return _add(database, plan_id, period, read)


def _add(database: Database, plan_id: int, period: str, read: list[tuple[str, bytes]]) -> list[AttachmentInfo]:
    with database.session() as session:
        check_plan(session, plan_id)
        adder = Adder(session)
        ids = [adder.attach(plan_id, period, name, data)[0] for name, data in read]
        adder.finish()
        found = {row[0]: _info(row) for row in session.execute(_info_query().where(Attachment.id.in_(ids)))}
        return [found[i] for i in ids]


def list_attachments(database: Database, plan_id: int, period: str) -> list[AttachmentInfo]:
    period = _period(period)
    with database.session() as session:
        return [_info(row) for row in session.execute(_info_query().where(
            Attachment.plan_id == plan_id, Attachment.period == period).order_by(Attachment.added_at, Attachment.id))]


def infos(session: Session, plan_ids: list[int], period: str) -> dict[int, list[AttachmentInfo]]:
    """plan id → its attachments in ``period`` (for reports and the 汇编), in chunks."""
    found: dict[int, list[AttachmentInfo]] = {}
    ordered = sorted(set(plan_ids))
    for start in range(0, len(ordered), 500):
        for row in session.execute(_info_query().where(
                Attachment.period == period, Attachment.plan_id.in_(ordered[start:start + 500]))
                .order_by(Attachment.plan_id, Attachment.added_at, Attachment.id)):
            found.setdefault(row[1], []).append(_info(row))
    return found


def remove_in(session: Session, attachment: Attachment, source: str = "typed", batch_id: int | None = None) -> None:
    """Remove one attachment, log it, and delete its blob when nothing else uses it."""
    blob_id = attachment.blob_id
    log(session, attachment.plan_id, REMOVED, attachment.period, attachment.file_name, source, batch_id)
    session.delete(attachment)
    session.flush()
    if session.scalar(select(func.count()).select_from(Attachment).where(Attachment.blob_id == blob_id)) == 0:
        session.execute(delete(AttachmentBlob).where(AttachmentBlob.id == blob_id))


def remove_batch(session: Session, batch_id: int) -> list[str]:
    """Undo an evidence import: remove the attachments it added (logged with source "undo"
    and the batch), and the blobs nothing else uses; the file names removed."""
    attachments = list(session.scalars(select(Attachment).where(Attachment.import_batch_id == batch_id)
                                       .order_by(Attachment.id)))
    blob_ids = {attachment.blob_id for attachment in attachments}
    for attachment in attachments:
        log(session, attachment.plan_id, REMOVED, attachment.period, attachment.file_name, "undo", batch_id)
        session.delete(attachment)
    session.flush()
    ordered = sorted(blob_ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        used = set(session.scalars(select(Attachment.blob_id).where(Attachment.blob_id.in_(chunk)).distinct()))
        orphans = [blob_id for blob_id in chunk if blob_id not in used]
        if orphans:
            session.execute(delete(AttachmentBlob).where(AttachmentBlob.id.in_(orphans)))
    return [attachment.file_name for attachment in attachments]


def remove_attachment(database: Database, attachment_id: int) -> None:
    with database.session() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise EvidenceRefused(f"佐证材料（编号 {attachment_id}）不存在，可能已被删除。")
        remove_in(session, attachment)


def attachment_bytes(database: Database, attachment_id: int) -> bytes:
    with database.session() as session:
        content = session.scalar(select(AttachmentBlob.content).join(Attachment, Attachment.blob_id == AttachmentBlob.id)
                                 .where(Attachment.id == attachment_id))
    if content is None:
        raise EvidenceRefused(f"佐证材料（编号 {attachment_id}）不存在，可能已被删除。")
    return bytes(content)


def export_copy(database: Database, attachment_id: int, folder: Path) -> Path:
    """Write the file into ``folder`` under its own name (made safe, and unique: （2）… when
    a file of that name is there already), to open it with the default program."""
    with database.session() as session:
        row = session.execute(select(Attachment.file_name, AttachmentBlob.content)
                              .join(AttachmentBlob, AttachmentBlob.id == Attachment.blob_id)
                              .where(Attachment.id == attachment_id)).first()
    if row is None:
        raise EvidenceRefused(f"佐证材料（编号 {attachment_id}）不存在，可能已被删除。")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "".join(ch for ch in Path(row[0]).suffix if ch.isalnum() or ch == ".")[:16]
    name = safe_file_name(row[0][: -len(Path(row[0]).suffix) or None], suffix)
    taken = {child.name.casefold() for child in folder.iterdir()}
    target = unique_path(folder, name, taken)
    with open(target, "xb") as handle:
        handle.write(bytes(row[1]))
    return target


def usage(database: Database, plan_id: int, period: str) -> tuple[int, int]:
    """(bytes attached to the plan's period, the limit)."""
    period = _period(period)
    with database.session() as session:
        return used_bytes(session, plan_id, period), PERIOD_LIMIT_BYTES


def counts(database: Database, period: str) -> dict[int, int]:
    """plan id → number of attachments in ``period`` (one query, for the tree)."""
    period = _period(period)
    with database.session() as session:
        return dict(session.execute(select(Attachment.plan_id, func.count()).where(Attachment.period == period)
                                    .group_by(Attachment.plan_id)).all())

