"""Reading a returned workbook into a preview of what it would change. Nothing is stored;
``batches.apply_return`` applies the preview (or the part of it the clerk accepts)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import ImportBatch, Unit
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.returns.reader import read_return
from zjtracker.importing.returns.stamp import Stamp
from zjtracker.services.collector import collector_held
from zjtracker.services.periods import Period
from zjtracker.services.returns.match import match_in
from zjtracker.services.returns.merge import merge
from zjtracker.services.returns.model import EarlierImport, Refusal, ReturnPreview
from zjtracker.services.returns.units import unit_in_name


def preview_return(database: Database, path: str | os.PathLike, period: Period,
                   policy_id: int | None = None, unit_id: int | None = None) -> ReturnPreview:
    """What the file at ``path`` would change for ``period``. A file refused whole comes back
    with ``refused`` set and no rows. ``policy_id`` narrows (or checks) the policy;
    ``unit_id`` is the unit the clerk expects the return from."""
    with collector_held():
        return _preview(database, path, period, policy_id, unit_id)


def _preview(database: Database, path: str | os.PathLike, period: Period, policy_id: int | None,
             unit_id: int | None) -> ReturnPreview:
    preview = ReturnPreview(file_name=Path(path).name, period=str(period))
    try:
        file = read_return(path)
    except ImportRefused as refused:
        preview.refused = Refusal(refused.reason, refused.message)
        return preview
    preview.sha256, preview.kind = file.sha256, file.kind
    with database.session() as session:
        preview.earlier_imports = _earlier_imports(session, file.sha256)
        try:
            match = match_in(session, file, period, policy_id, unit_id)
        except ImportRefused as refused:
            preview.refused = Refusal(refused.reason, refused.message)
            return preview
        preview.policy_id, preview.policy_title = match.policy_id, match.policy_title
        preview.sent_workbook_id = match.sent_workbook_id
        preview.unit_id, preview.unit_name = match.unit_id, match.unit_name
        preview.rows, preview.rejected = merge(file, match, period)
        preview.warnings = list(file.warnings) + match.warnings
        if preview.unit_id is None:
            preview.unit_id = unit_id if unit_id is not None else unit_in_name(session, preview.file_name)
            unit = session.get(Unit, preview.unit_id) if preview.unit_id is not None else None
            preview.unit_name = unit.name if unit else ""
    return preview


def return_stamp(path: str | os.PathLike) -> Stamp | None:
    """The stamp of a fill-in workbook (policy, unit, period) so a caller can preselect
    them, or None for a return in the ledger layout; raises ImportRefused for a file
    refused whole."""
    return read_return(path).stamp


def earlier_imports(database: Database, sha256: str) -> list[EarlierImport]:
    """Every earlier import of the same file (same SHA-256) as a return."""
    with database.session() as session:
        return _earlier_imports(session, sha256)


def _earlier_imports(session: Session, sha256: str) -> list[EarlierImport]:
    batches = session.execute(
        select(ImportBatch.id, ImportBatch.imported_at, ImportBatch.imported_by, ImportBatch.undone_at)
        .where(ImportBatch.sha256 == sha256, ImportBatch.kind == "updates").order_by(ImportBatch.id))
    return [EarlierImport(b.id, b.imported_at, b.imported_by, b.undone_at is not None) for b in batches]
