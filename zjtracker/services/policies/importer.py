"""Importing policy documents: parse, then store in one transaction."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Area,
    Assignment,
    GlossaryTerm,
    ImportBatch,
    Indicator,
    Measure,
    Policy,
    Unit,
)
from zjtracker.importing.model import ParsedPolicy, ParseResult, ParseWarning
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.policies.store import store_parse_result
from zjtracker.services.returns.backup_before import backed_up_first


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
    fit_to_columns(result)  # before anything is written, even the backup
    backup = backed_up_first(database) if kind != "sample" else nullcontext()
    with backup, database.session() as session:  # the state before it backed up (in the background on WAL)
        policies = store_parse_result(session, result, sha256, kind)
        session.flush()
        return [p.id for p in policies]


def fit_to_columns(result: ParseResult) -> None:
    """Cut every text longer than the column it goes into (PostgreSQL refuses it whole; a
    garbled or hostile file can hold a 'title' of 100,000 characters), with a warning."""
    limit = _length(ImportBatch.__table__.c.file_name)
    if len(result.source) > limit:
        result.source = result.source[: limit - 1] + "…"
    for policy in result.policies:
        _fit(policy, Policy, policy, result)
        title = _length(Policy.__table__.c.title)
        policy.abolishes = [name[:title] for name in policy.abolishes]
        for area in policy.areas:
            _fit(area, Area, policy, result)
        for measure in policy.iter_measures():
            _fit(measure, Measure, policy, result)
            for unit in measure.units:
                _fit(unit, Unit, policy, result)
                _fit(unit, Assignment, policy, result)
        for indicator in policy.indicators:
            _fit(indicator, Indicator, policy, result)
        for entry in policy.glossary:
            _fit(entry, GlossaryTerm, policy, result)


def _length(column) -> int:
    return getattr(column.type, "length", None) or 0


@cache
def _limits(kind: type, model) -> tuple[tuple[str, int], ...]:
    """The fields of a parsed ``kind`` that go into a column of ``model`` with a length."""
    columns = model.__table__.c
    return tuple((spec.name, _length(columns[spec.name])) for spec in dataclasses.fields(kind)
                 if spec.name in columns and _length(columns[spec.name]))


def _fit(item, model, policy: ParsedPolicy, result: ParseResult) -> None:
    for name, limit in _limits(type(item), model):
        value = getattr(item, name)
        if not isinstance(value, str) or len(value) <= limit:
            continue
        setattr(item, name, value[: limit - 1] + "…")
        warning = ParseWarning(line=getattr(item, "line", None), code="too_long",
                               message=f"“{value[:20]}…”有 {len(value)} 个字，超过了 {limit} 个字的上限，已截短。")
        policy.warnings.append(warning)
        result.warnings.append(warning)


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


def iter_read_again(path: str | os.PathLike, column_map: dict) -> Iterator[tuple[int, int, ParseResult]]:
    """Read ``path`` again with the clerk's column map (the preview's 表格列): work for a
    progress dialog, yielding (1, 1, result) once the file is read."""
    yield 1, 1, read_policy_file(path, column_map=column_map)
