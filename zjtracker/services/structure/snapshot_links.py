"""What a deleted subtree or policy takes along beyond its own tree, so that undo puts it
all back: the clerk's verdicts (复核/退回) and evidence files (佐证材料) of its yearly plans,
and the links between a task and the same task in an earlier year's ledger
(``Measure.previous_id``), in both directions.

An evidence file's bytes (``AttachmentBlob``) are not deleted with the attachment row (the
database only cascades to the rows that refer to a plan), so an attachment restored finds
its bytes again; one whose bytes have gone since is left out.
"""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from zjtracker.db.models import Attachment, AttachmentBlob, ImportBatch, Measure, Review

PLAN_TABLES = (Review, Attachment)  # restored after the plans they belong to


def plan_rows_wanted(plans: list[int]) -> dict:
    """The select conditions of the rows hanging on ``plans`` (for the snapshot's dump)."""
    return {model: [model.plan_id.in_(plans)] if plans else None for model in PLAN_TABLES}


def previous_links(session: Session, measures: list[int]) -> list[tuple[int, int]]:
    """Every (task, earlier task) pair with either side among ``measures``."""
    if not measures:
        return []
    rows = session.execute(select(Measure.id, Measure.previous_id).where(
        Measure.previous_id.is_not(None),
        or_(Measure.id.in_(measures), Measure.previous_id.in_(measures)))).all()
    return [(int(measure), int(previous)) for measure, previous in rows]


def without_previous(rows: list[dict]) -> list[dict]:
    """Measures are inserted unlinked (an earlier task may come later in the same
    snapshot); ``relink`` sets the links once every row is back."""
    for row in rows:
        row["previous_id"] = None
    return rows


def relink(session: Session, links: list[tuple[int, int]]) -> None:
    """Put back the links whose two tasks both exist again."""
    if not links:
        return
    wanted = {m for pair in links for m in pair}
    present = set(session.scalars(select(Measure.id).where(Measure.id.in_(wanted))))
    for measure, previous in links:
        if measure in present and previous in present:
            session.execute(update(Measure).where(Measure.id == measure).values(previous_id=previous))


def keep_valid_attachments(session: Session, rows: list[dict]) -> list[dict]:
    """Attachments whose bytes still exist; a vanished import batch is forgotten."""
    if not rows:
        return rows
    blobs = set(session.scalars(select(AttachmentBlob.id).where(
        AttachmentBlob.id.in_({r["blob_id"] for r in rows}))))
    batch_ids = {r["import_batch_id"] for r in rows} - {None}
    batches = set(session.scalars(select(ImportBatch.id).where(ImportBatch.id.in_(batch_ids)))) \
        if batch_ids else set()
    kept = [r for r in rows if r["blob_id"] in blobs]
    for row in kept:
        if row["import_batch_id"] not in batches:
            row["import_batch_id"] = None
    return kept
