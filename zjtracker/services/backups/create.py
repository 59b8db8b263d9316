"""Backups: the automatic ones kept in the data folder's ``backups`` (daily at start,
before every import, before every migration, before every restore, before a policy is
removed on the command line; the newest
``KEEP[reason]`` of each kind stay), and a backup to a file the clerk chooses.

A file the clerk chooses is written according to its suffix:
``.db`` / ``.sqlite`` / ``.sqlite3`` — a SQLite database (from a SQLite database through
the online backup API; from PostgreSQL by loading every row into a new SQLite file);
``.zjtbak`` — the portable backup (gzip JSON lines, see
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
    BEFORE_REMOVE,
    DAILY,
    KEEP,
    backup_sqlite_file,
    backups_in,
    copy_database,
)
from zjtracker.db.copy_check import copy_problems
from zjtracker.db.engine import Database, database_url, make_engine, sqlite_file
from zjtracker.db.migrate import foreign_keys_off
from zjtracker.db.models import Policy
from zjtracker.db.portable import PortableFileError, PortableReader, database_tables, write_portable
from zjtracker.db.portable_load import load_tables
from zjtracker.db.safety import (
    DISK_FULL,
    READ_ONLY,
    UNREACHABLE,
    DatabaseProblem,
    classify,
    describe_target,
)
from zjtracker.db.snapshot_copy import SnapshotCopy
from zjtracker.exporting.safe_write import BACKUP, OutputFailed, check_target, output_failed, write_file

_running: list[SnapshotCopy] = []  # backups before import still copying in the background

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
PORTABLE_SUFFIX = ".zjtbak"

__all__ = ["KEEP", "SQLITE_SUFFIXES", "PORTABLE_SUFFIX", "make_backup", "backup_daily", "backup_before_import", "backup_before_remove",
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


def backup_before_remove(database: Database) -> Path | None:
    """Called before a policy is deleted (remove-policy): its own reason, so the clerk can
    tell it from the backups before imports."""
    return make_backup(database, BEFORE_REMOVE)


def start_backup_before_import(database: Database) -> SnapshotCopy | None:
    """As backup_before_import, with the copy finished in the background (SQLite in WAL
    mode, see services/returns/backup_before.py); errors of the start are raised now. The
    copy's pages are copied once the caller calls ``go()`` on it (or it is waited for).

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
    copy = SnapshotCopy(database.file, BEFORE_IMPORT, held=True)  # its pages copied once the import lets it go
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


def backup_to_file(source: Database | str | os.PathLike | None, target: str | os.PathLike,
                   force: bool = False) -> Path:
    """Write a backup of ``source`` (an open Database, or a path/URL as ``--db`` takes)
    to ``target``; the suffix chooses the format (see the module's text)."""
    for _done, _total, result in iter_backup_to_file(source, target, force):
        pass
    return result


def iter_backup_to_file(source, target, force: bool = False) -> Iterator[tuple[int, int, object]]:
    """``backup_to_file`` as steps (done, total, what) for a progress dialog; the last
    item is the written file's path.

    The target is checked first (exporting.safe_write: never the database, its side files or
    the backups folder; a file that exists only with ``force``). The backup is written under
    a new temporary name, checked (SQLite: db/copy_check.py on the copy; portable:
    read back to its last line), and only then renamed over the target, the old file's stale
    -wal/-shm moved away first. A check that fails is BackupCheckFailed, and nothing is replaced."""
    target = Path(target).expanduser()
    url = source.url if isinstance(source, Database) else database_url(source)
    file = sqlite_file(url)
    target = check_target(target, BACKUP, file, force)
    as_sqlite = writes_sqlite(target)
    if file is not None and not file.exists():
        raise DatabaseProblem(UNREACHABLE, str(file), "no such file")
    yield 0, 2, "正在写入备份……"
    engine = None
    if not (as_sqlite and file is not None):
        engine = make_engine(url) if not isinstance(source, Database) else source.engine

    def make(temp: Path) -> None:
        try:
            if engine is None:
                copy_database(file, temp)
            else:
                _export_rows(engine, temp, describe_target(url), as_sqlite)
        except DBAPIError as error:
            raise (classify(error, url) or error) from error
        except DatabaseProblem as problem:  # the copy's side: said of the file the clerk chose
            if problem.kind in (DISK_FULL, READ_ONLY) and problem.where.startswith(str(temp)):
                raise output_failed(problem.kind, target) from problem
            raise

    try:
        write_file(target, make, BACKUP, file, force, verify=lambda temp: _verify(temp, target, as_sqlite),
                   sqlite=as_sqlite)
    finally:
        if engine is not None and not isinstance(source, Database):
            engine.dispose()
    yield 2, 2, target


class BackupCheckFailed(OutputFailed):
    """The backup just written does not pass its check; nothing was replaced."""


def _verify(temp: Path, target: Path, as_sqlite: bool) -> None:
    if as_sqlite:  # a page copy of the database in use: every page holding rows read back
        problems = copy_problems(temp)
        detail = problems[0] if problems else ""
    else:
        try:
            with PortableReader(temp) as reader:
                for block in reader.tables():
                    for _row in block.rows:
                        pass
            detail = ""
        except PortableFileError as error:
            detail = str(error)
    if detail:
        raise BackupCheckFailed(
            f"刚写出的备份没有通过完整性检查（{detail}），所以没有保存为“{target}”，原有文件保持不变。"
            "请再备份一次；仍然如此时，数据库本身可能已损坏，请先不要删除以前的备份。", target, "check_failed")


def _export_rows(engine, target: Path, source_name: str, as_sqlite: bool) -> None:
    """Rows of every table, read in one snapshot, into a portable file or a new SQLite file."""
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect().execution_options(**options) as connection, connection.begin():
        revision = current_revision_on(connection)
        if as_sqlite:
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
