"""Attaching real files to a plan's period: kinds told from content, dedupe by hash, the
change log, removal deleting the orphan blob, a copy written to open."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.evidence.conftest import (
    PERIOD,
    png_bytes,
    write_docx,
    write_pdf,
    write_png,
    write_xlsx,
)
from zjtracker.db.models import AttachmentBlob, ChangeLog
from zjtracker.services.evidence import store


def _blobs(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(AttachmentBlob))


def test_add_list_kinds(database, plans, tmp_path):
    plan = plans[12]
    files = [write_png(tmp_path / "现场照片.png"), write_pdf(tmp_path / "通知.pdf"),
             write_docx(tmp_path / "会议纪要.docx"), write_xlsx(tmp_path / "台账.xlsx")]
    added = store.add_files(database, plan, PERIOD, files)
    assert [(a.file_name, a.kind) for a in added] == [
        ("现场照片.png", "image"), ("通知.pdf", "pdf"), ("会议纪要.docx", "word"), ("台账.xlsx", "excel")]
    assert all(a.plan_id == plan and a.period == PERIOD and a.size == f.stat().st_size for a, f in zip(added, files))
    listed = store.list_attachments(database, plan, "2025q3")
    assert listed == added
    assert store.attachment_bytes(database, added[0].id) == files[0].read_bytes()
    used, limit = store.usage(database, plan, PERIOD)
    assert used == sum(f.stat().st_size for f in files) and limit == store.PERIOD_LIMIT_BYTES == 200 * 1024 * 1024
    assert store.counts(database, PERIOD) == {plan: 4}
    assert store.counts(database, "2025Q2") == {}
    assert store.limits_text() == "单个文件不超过 20 MB，每项任务每期合计不超过 200 MB"


def test_same_bytes_stored_once(database, plans, tmp_path):
    photo = write_png(tmp_path / "a.png")
    copy = tmp_path / "副本.png"
    copy.write_bytes(photo.read_bytes())
    [first] = store.add_files(database, plans[1], PERIOD, [photo])
    again = store.add_files(database, plans[1], PERIOD, [copy, photo])
    assert [a.id for a in again] == [first.id, first.id]  # attached once: the existing one returned
    [other] = store.add_files(database, plans[2], PERIOD, [copy])  # another task: a new attachment, same blob
    assert other.id != first.id and other.sha256 == first.sha256
    assert _blobs(database) == 1
    assert store.counts(database, PERIOD) == {plans[1]: 1, plans[2]: 1}


def test_change_log_and_orphan_blob(database, plans, tmp_path):
    shared = write_png(tmp_path / "共享.png")
    [a] = store.add_files(database, plans[3], PERIOD, [shared])
    [b] = store.add_files(database, plans[4], PERIOD, [shared])
    [c] = store.add_files(database, plans[3], PERIOD, [write_pdf(tmp_path / "单独.pdf")])
    with database.session() as session:
        rows = session.execute(select(ChangeLog.entity, ChangeLog.entity_id, ChangeLog.field, ChangeLog.old,
                                      ChangeLog.new, ChangeLog.source).order_by(ChangeLog.id)).all()
    assert [tuple(r) for r in rows if r.entity == "attachment"] == [
        ("attachment", plans[3], "added", PERIOD, "共享.png", "typed"),
        ("attachment", plans[4], "added", PERIOD, "共享.png", "typed"),
        ("attachment", plans[3], "added", PERIOD, "单独.pdf", "typed")]
    store.remove_attachment(database, a.id)
    assert _blobs(database) == 2  # still used by b
    store.remove_attachment(database, b.id)
    assert _blobs(database) == 1  # the orphan went with it
    store.remove_attachment(database, c.id)
    assert _blobs(database) == 0
    with database.session() as session:
        removed = session.execute(select(ChangeLog.entity_id, ChangeLog.new).where(
            ChangeLog.field == "removed").order_by(ChangeLog.id)).all()
    assert [tuple(r) for r in removed] == [(plans[3], "共享.png"), (plans[4], "共享.png"), (plans[3], "单独.pdf")]
    assert store.counts(database, PERIOD) == {}


def test_export_copy_safe_and_unique(database, plans, tmp_path):
    odd = tmp_path / "CON.png"
    odd.write_bytes(png_bytes(shade=9))
    [a] = store.add_files(database, plans[5], PERIOD, [odd, write_png(tmp_path / "照片 1.png")])[:1]
    out = tmp_path / "open"
    first = store.export_copy(database, a.id, out)
    second = store.export_copy(database, a.id, out)
    assert first.parent == out and second.parent == out and first != second
    assert first.name == "_CON.png" and second.name == "_CON（2）.png"
    assert second.read_bytes() == odd.read_bytes()
