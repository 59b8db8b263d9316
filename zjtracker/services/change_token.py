"""A cheap fingerprint of "what is stored now", so an idle window can tell in one small
query whether anyone (another desk on the shared database, an import, an undo) changed
anything since it last looked, and reload only then."""

from __future__ import annotations

from sqlalchemy import func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import ChangeLog, ImportBatch, Policy, ProgressReport


def change_token(database: Database) -> tuple:
    """Equal tokens: nothing was saved in between. Every progress save bumps a version
    (and writes the change log); structure edits, unit merges and indicator values write
    the change log; policy imports add policies; returns add or undo import batches."""
    columns = (
        select(func.max(ChangeLog.id)).scalar_subquery(),
        select(func.count(ProgressReport.id)).scalar_subquery(),
        select(func.coalesce(func.sum(ProgressReport.version), 0)).scalar_subquery(),
        select(func.max(ProgressReport.updated_at)).scalar_subquery(),
        select(func.count(Policy.id)).scalar_subquery(),
        select(func.max(Policy.id)).scalar_subquery(),
        select(func.count(ImportBatch.id)).scalar_subquery(),
        select(func.count(ImportBatch.undone_at)).scalar_subquery(),
    )
    with database.session() as session:
        return tuple(session.execute(select(*columns)).one())
