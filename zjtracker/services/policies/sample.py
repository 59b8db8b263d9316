"""The bundled sample: the five Zhanjiang source documents in resources/seeds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from zjtracker import paths
from zjtracker.db.engine import Database
from zjtracker.services.policies.importer import PolicyImportOutcome, iter_import_files


def sample_files() -> list[Path]:
    folder = paths.sample_documents_dir()
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


def iter_init_sample(database: Database) -> Iterator[tuple[int, int, PolicyImportOutcome]]:
    """Load every sample document not loaded yet (idempotent: matched by content hash)."""
    return iter_import_files(database, sample_files(), kind="sample", skip_known=True)


def init_sample(database: Database) -> list[PolicyImportOutcome]:
    return [outcome for _done, _total, outcome in iter_init_sample(database)]


def database_is_empty(database: Database) -> bool:
    from sqlalchemy import func, select

    from zjtracker.db.models import Policy

    with database.session() as session:
        return not session.scalar(select(func.count(Policy.id)))
