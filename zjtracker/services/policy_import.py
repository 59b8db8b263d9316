"""Importing policy documents: parse, then store in one transaction."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import ImportBatch
from zjtracker.importing.model import ParseResult
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policy_store import store_parse_result


@dataclass
class PolicyImportOutcome:
    source: str
    result: ParseResult
    policy_ids: list[int] = field(default_factory=list)
    skipped: bool = False  # the same file was already imported


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def already_imported(database: Database, sha256: str) -> bool:
    with database.session() as session:
        return (
            session.scalar(
                select(ImportBatch.id).where(
                    ImportBatch.sha256 == sha256,
                    ImportBatch.kind.in_(("policy", "sample")),
                    ImportBatch.undone_at.is_(None),
                )
            )
            is not None
        )


def store_result(database: Database, result: ParseResult, sha256: str, kind: str = "policy") -> list[int]:
    """Store what the reader found (perhaps corrected in a preview) in one transaction."""
    with database.session() as session:
        policies = store_parse_result(session, result, sha256, kind)
        session.flush()
        return [p.id for p in policies]


def import_policy_file(database: Database, path: str | os.PathLike, kind: str = "policy",
                       skip_known: bool = False) -> PolicyImportOutcome:
    path = Path(path)
    sha = file_sha256(path) if path.is_file() else ""
    result = read_policy_file(path)
    if skip_known and already_imported(database, sha):
        return PolicyImportOutcome(path.name, result, skipped=True)
    return PolicyImportOutcome(path.name, result, store_result(database, result, sha, kind))


def iter_import_files(database: Database, files: list[Path], kind: str = "policy",
                      skip_known: bool = False) -> Iterator[tuple[int, int, PolicyImportOutcome]]:
    """Import several files, yielding (done, total, outcome) after each: long work that a
    caller can show progress for and stop between files."""
    total = len(files)
    for done, path in enumerate(files, start=1):
        yield done, total, import_policy_file(database, path, kind, skip_known)
