"""The backup taken before an import is stored (a return, as ``services.batches``, or a
policy document, as ``services.policies.importer``), without making the clerk wait for a copy
of the whole database.

On a SQLite database in WAL mode the copy is started first: its source is pinned as last
committed and its file created, then, once the import's block is done, the pages are copied
in a thread (db/snapshot_copy.py), not competing with the import for the disk and the
processor. The copy holds the state before the import, as a copy made first would. ``services.backup.wait_for_backups`` ends such copies (the command
line before it exits, the window when it closes) and gives the errors of any that failed.
Elsewhere (another journal mode, or a server, which is not copied) the backup is simply
made first.

A backup that cannot be made (a backups folder that cannot be written, a full disk, an
earlier background copy that failed) stops the import before anything is stored, with
``BackupNotMade``: one sentence, and the clerk decides. Going on without the backup is
asked for explicitly: ``with without_backup(): …`` around the import (the command line's
``--no-backup``, the window's "import without a backup"); it holds for the thread that
runs the import.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from zjtracker.db.engine import Database
from zjtracker.db.safety import DISK_FULL, READ_ONLY, DatabaseProblem, os_error_kind
from zjtracker.services.backups.create import backup_before_import, start_backup_before_import

_skipped: ContextVar[bool] = ContextVar("backup_before_import_skipped", default=False)


class BackupNotMade(DatabaseProblem):
    """The backup before an import could not be made; nothing was imported. ``kind`` is the
    copy's problem (disk full, read-only, …); ``message`` says so and what the clerk can do."""

    def __init__(self, kind: str, where: str, details: str = ""):
        super().__init__(kind, where, details, copy=True)
        folder = Path(where).parent if where.endswith((".db", ".part")) else Path(where or "backups")
        reason = {DISK_FULL: "磁盘已满"}.get(kind, f"备份文件夹“{folder}”无法写入")
        self.message = (f"导入前的自动备份没有做成（{reason}），本次没有导入任何内容。"
                        "请腾出磁盘空间、检查备份文件夹能否写入后再导入；"
                        "也可以选择不备份直接导入（不建议：出了差错时没有导入前的备份可恢复）。")
        self.args = (self.message,)


@contextmanager
def without_backup() -> Iterator[None]:
    """Imports run inside the block make no backup first (the clerk chose so)."""
    token = _skipped.set(True)
    try:
        yield
    finally:
        _skipped.reset(token)


def backup_skipped() -> bool:
    return _skipped.get()


def backup_first(database: Database) -> Path | None:
    """The backup before a policy import, made now; BackupNotMade when it cannot be."""
    if _skipped.get():
        return None
    with _said():
        return backup_before_import(database)


@contextmanager
def backed_up_first(database: Database) -> Iterator[None]:
    """Run the block (the import's transaction) with the database's state before it being
    backed up: started first, copied in the background after the block on SQLite in WAL mode."""
    copy = None
    if not _skipped.get():
        with _said():
            if database.file is None or not _wal(database):
                backup_before_import(database)
            else:
                copy = start_backup_before_import(database)
    try:
        yield
    finally:
        if copy is not None:
            copy.go()


@contextmanager
def _said() -> Iterator[None]:
    """A failed backup as BackupNotMade (the database's own problems, such as a lock, stay
    what they are)."""
    try:
        yield
    except BackupNotMade:
        raise
    except DatabaseProblem as problem:
        if problem.kind not in (DISK_FULL, READ_ONLY) and not _about_a_copy(problem):
            raise
        raise BackupNotMade(problem.kind, problem.where, problem.details) from problem
    except OSError as error:  # the backups folder cannot be made (a file in its place, no rights)
        kind = DISK_FULL if os_error_kind(error) == DISK_FULL else READ_ONLY
        raise BackupNotMade(kind, str(getattr(error, "filename", None) or "backups"), str(error)) from error


def _about_a_copy(problem: DatabaseProblem) -> bool:
    return "backups" in Path(problem.where).parts if problem.where else False


def _wal(database: Database) -> bool:
    with database.engine.connect() as connection:
        return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() == "wal"
