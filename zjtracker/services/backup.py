"""Backups: the automatic ones kept in the data folder's ``backups`` (daily at start,
before every import, before every migration, before every restore; the newest
``KEEP[reason]`` of each kind stay), and a backup to a file the clerk chooses.

A file the clerk chooses is written according to its suffix:
``.db`` / ``.sqlite`` / ``.sqlite3`` — a SQLite database (from a SQLite database through
the online backup API; from PostgreSQL by loading every row into a new SQLite file);
anything else (``.zjtbak`` is offered) — the portable backup (gzip JSON lines, see
``zjtracker.db.portable``), which restores into an empty database of either engine.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from zjtracker import paths
from zjtracker.db.backup_file import (
    BEFORE_IMPORT,
    DAILY,
    KEEP,
    backup_sqlite_file,
    backups_in,
    copy_database,
)
from zjtracker.db.engine import Database, database_url, make_engine, sqlite_file
from zjtracker.db.migrate import foreign_keys_off
from zjtracker.db.models import Policy
from zjtracker.db.portable import database_tables, write_portable
from zjtracker.db.portable_load import load_tables
from zjtracker.db.safety import (
    DISK_FULL,
    READ_ONLY,
    UNREACHABLE,
    DatabaseProblem,
    classify,
    describe_target,
    os_error_kind,
)
from zjtracker.db.snapshot_copy import SnapshotCopy

_running: list[SnapshotCopy] = []  # backups before import still copying in the background

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
PORTABLE_SUFFIX = ".zjtbak"

__all__ = ["KEEP", "SQLITE_SUFFIXES", "PORTABLE_SUFFIX", "make_backup", "backup_daily", "backup_before_import",
           "backup_to_file", "iter_backup_to_file", "writes_sqlite", "start_backup_before_import",
           "wait_for_backups"]


def make_backup(database: Database, reason: str, detail: str = "") -> Path | None:
    """An automatic backup of a SQLite database into the backups folder; None for other
    engines (a server has its own backups) and for a file not created yet."""
    file = database.file
    if file is None or not file.exists():
        return None
    return backup_sqlite_file(file, reason, detail=detail)


def backup_daily(database: Database, today: date | None = None) -> Path | None:
    """The day's backup, unless one was made today already."""
    file = database.file
    if file is None or not file.exists():
        return None
    today = today or date.today()
    if any(b.made_at.date() == today for b in backups_in(paths.backups_dir(), file.stem, DAILY)):
        return None
    return make_backup(database, DAILY)


def backup_before_import(database: Database) -> Path | None:
    """Called before an import batch is stored: nothing to keep while no policy exists."""
    if not _worth_keeping(database):
        return None
    return make_backup(database, BEFORE_IMPORT)


def start_backup_before_import(database: Database) -> SnapshotCopy | None:
    """As backup_before_import, with the copy finished in the background (SQLite in WAL
    mode, see services/returns_backup.py); errors of the start are raised now.

    One copy at a time: while the copy started by an earlier import is still running, none
    is started (that copy plus the earlier batch, in the import history and undoable, hold
    the state before this import), so returns imported one after another never wait for a
    whole-file copy. A copy that failed refuses the next import with its reason (the
    clerk has a backup to see to first)."""
    if not _worth_keeping(database):
        return None
    earlier = wait_for_backups(timeout=0)
    if earlier:
        raise earlier[0]
    if any(copy.source == database.file for copy in _running):
        return None
    copy = SnapshotCopy(database.file, BEFORE_IMPORT)
    _running.append(copy)
    return copy


def wait_for_backups(timeout: float | None = None) -> list[BaseException]:
    """End the backups still copying in the background; the errors of those that failed."""
    errors = []
    for copy in list(_running):
        error = copy.wait(timeout)
        if not copy.running():
            _running.remove(copy)
            if error is not None:
                errors.append(error)
    return errors


def _worth_keeping(database: Database) -> bool:
    if database.file is None or not database.file.exists():
        return False
    with database.session() as session:
        return session.scalar(select(Policy.id).limit(1)) is not None


def writes_sqlite(target: str | os.PathLike) -> bool:
    return Path(target).suffix.lower() in SQLITE_SUFFIXES


def backup_to_file(source: Database | str | os.PathLike | None, target: str | os.PathLike) -> Path:
    """Write a backup of ``source`` (an open Database, or a path/URL as ``--db`` takes)
    to ``target``; the suffix chooses the format (see the module's text)."""
    for _done, _total, result in iter_backup_to_file(source, target):
        pass
    return result


def iter_backup_to_file(source, target) -> Iterator[tuple[int, int, object]]:
    """``backup_to_file`` as steps (done, total, what) for a progress dialog; the last
    item is the written file's path."""
    target = Path(target).expanduser()
    url = source.url if isinstance(source, Database) else database_url(source)
    file = sqlite_file(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    yield 0, 2, "正在写入备份……"
    if writes_sqlite(target) and file is not None:
        copy_database(file, target)
    elif file is not None and not file.exists():
        raise DatabaseProblem(UNREACHABLE, str(file), "no such file")
    else:
        engine = make_engine(url) if not isinstance(source, Database) else source.engine
        try:
            _export_rows(engine, target, describe_target(url))
        except DBAPIError as error:
            raise (classify(error, url) or error) from error
        except OSError as error:  # writing the file
            kind = os_error_kind(error)
            if kind in (DISK_FULL, READ_ONLY):
                raise DatabaseProblem(kind, str(target), str(error), copy=True) from error
            raise
        finally:
            if not isinstance(source, Database):
                engine.dispose()
    yield 2, 2, target


def _export_rows(engine, target: Path, source_name: str) -> None:
    """Rows of every table, read in one snapshot, into a portable file or a new SQLite file."""
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as connection, connection.begin():
        revision = current_revision_on(connection)
        if writes_sqlite(target):
            _rows_into_sqlite(target, revision, database_tables(connection))
        else:
            write_portable(target, revision, source_name, database_tables(connection))


def current_revision_on(connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _rows_into_sqlite(target: Path, revision: str | None, tables) -> None:
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    engine = make_engine("sqlite:///" + str(part.absolute()))
    try:
        with engine.connect() as connection, foreign_keys_off(connection), connection.begin():
            load_tables(connection, revision, tables)
        engine.dispose()
        single = sqlite3.connect(part)
        single.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        single.close()
        part.replace(target)
    except BaseException:
        engine.dispose()
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(str(part) + extra).unlink(missing_ok=True)
        raise
