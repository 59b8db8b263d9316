"""SQLite copies through the online backup API, their names in the backups folder, and
how many of each kind are kept.

A copy is consistent even while the program (or another one) has the database open: it
holds what was committed when the copy began. Copies are written to a ``.part`` file and
renamed when complete, and switched to rollback-journal mode, so each is one
self-contained file that can be carried on a USB stick.

Names: ``<database stem>-<reason>[-<detail>]-<YYYYmmdd-HHMMSS-ffffff>.db``, e.g.
``zjtracker-daily-20251003-081502-123456.db``, ``zjtracker-before-migration-0002-….db``.
Per database stem and reason only the newest ``KEEP[reason]`` copies stay.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from zjtracker import paths
from zjtracker.db.safety import DISK_FULL, LOCKED, READ_ONLY, DatabaseProblem, classify, sqlite_uri

DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_REMOVE = (
    "daily", "before-import", "before-migration", "before-restore", "before-remove")
KEEP = {DAILY: 14, BEFORE_IMPORT: 20, BEFORE_MIGRATION: 10, BEFORE_RESTORE: 10, BEFORE_REMOVE: 10}
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
LOCK_WAIT_SECONDS = 30.0  # how long a copy waits for another program's write lock
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<reason>daily|before-import|before-migration|before-restore|before-remove)"
                   r"(?:-(?P<detail>[\w.]+))?-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$")
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name says: whose, why and when."""

    path: Path
    stem: str
    reason: str
    detail: str
    made_at: datetime


def backup_name(stem: str, reason: str, when: datetime | None = None, detail: str = "") -> str:
    detail = re.sub(r"[^\w.]", "_", detail) if detail else ""
    middle = f"{reason}-{detail}" if detail else reason
    return f"{stem}-{middle}-{(when or datetime.now()).strftime(STAMP_FORMAT)}.db"


def parse_backup_name(path: str | os.PathLike) -> BackupName | None:
    path = Path(path)
    found = _NAME.match(path.name)
    if found is None:
        return None
    made_at = datetime.strptime(found["stamp"], STAMP_FORMAT)
    return BackupName(path, found["stem"], found["reason"], found["detail"] or "", made_at)


def backups_in(folder: Path | None = None, stem: str | None = None, reason: str | None = None) -> list[BackupName]:
    """The named backups in ``folder`` (default: the data folder's backups), newest first."""
    folder = folder or paths.backups_dir()
    if not folder.is_dir():
        return []
    found = [parse_backup_name(p) for p in folder.glob("*.db")]
    found = [b for b in found if b is not None and (stem is None or b.stem == stem)
             and (reason is None or b.reason == reason)]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def rotate(folder: Path, stem: str, reason: str, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of one database and reason."""
    keep = KEEP.get(reason, 10) if keep is None else keep
    removed = []
    for old in backups_in(folder, stem, reason)[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            pass  # open in another program: it goes next time
    return removed


def backup_sqlite_file(source: Path, reason: str, target_dir: Path | None = None, detail: str = "",
                       keep: int | None = None) -> Path:
    """Copy a SQLite database into the backups folder (or ``target_dir``) under a name
    carrying its stem, ``reason`` and the time; then keep only the newest of that reason."""
    target_dir = target_dir or paths.backups_dir(create=True)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / backup_name(source.stem, reason, detail=detail)
    copy_database(source, target)
    rotate(target_dir, source.stem, reason, keep)
    return target


def copy_database(source: Path, target: Path, timeout: float | None = None) -> Path:
    """A consistent copy of the SQLite file ``source`` written to ``target`` (replaced
    when it exists, only once the copy is complete)."""
    timeout = LOCK_WAIT_SECONDS if timeout is None else timeout
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise DatabaseProblem("unreachable", str(source), "no such file")
    part = target.with_name(target.name + ".part")
    _remove(part)
    try:
        src = _open_side(source, readonly=True, timeout=timeout, writing=False)
        try:
            dst = _open_side(part, readonly=False, timeout=timeout, writing=True, shown=target)
            try:
                src.backup(dst, progress=_deadline(timeout, source))
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(part, target)
    except BaseException as error:
        _remove(part)
        if isinstance(error, (sqlite3.Error, OSError)):
            problem = classify(error, source)
            if problem is not None and problem.kind in (DISK_FULL, READ_ONLY):  # the copy's side
                problem = DatabaseProblem(problem.kind, str(target), problem.details, copy=True)
            if problem is not None:
                raise problem from error
        raise
    return target


def _open_side(path: Path, readonly: bool, timeout: float, writing: bool, shown: Path | None = None):
    """Open one side of a copy; a copy that cannot be created is the target's problem."""
    try:
        return _connect(path, readonly=readonly, timeout=timeout)
    except sqlite3.Error as error:
        if writing:
            raise DatabaseProblem(READ_ONLY, str(shown or path), str(error), copy=True) from error
        raise


def replace_content(source: Path, target: Path, timeout: float | None = None) -> None:
    """Overwrite the database in ``target`` with the one in ``source`` through the backup
    API: one write transaction on ``target``, so it is replaced entirely or not at all,
    and its WAL mode and other connections' locks stay consistent."""
    timeout = LOCK_WAIT_SECONDS if timeout is None else timeout
    try:
        with _closing(_connect(source, readonly=False, timeout=timeout)) as src, \
                _closing(_connect(target, readonly=False, timeout=timeout)) as dst:
            mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
            wanted = dst.execute("PRAGMA page_size").fetchone()[0]
            if mode == "wal" and src.execute("PRAGMA page_size").fetchone()[0] != wanted:
                src.execute("PRAGMA journal_mode=DELETE")  # a WAL file's page size cannot change
                src.execute(f"PRAGMA page_size={int(wanted)}")
                src.execute("VACUUM")
            src.backup(dst, progress=_deadline(timeout, target))
    except sqlite3.Error as error:
        raise (classify(error, target) or error) from error


def _connect(path: Path, readonly: bool, timeout: float) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(sqlite_uri(path), uri=True, timeout=min(timeout, 5))
    return sqlite3.connect(path, timeout=min(timeout, 5))


def _deadline(seconds: float, where: Path):
    """A progress callback that gives up when the other side stays locked too long (the
    standard library retries a busy backup step for ever)."""
    give_up = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY_CODES and time.monotonic() > give_up:
            raise DatabaseProblem(LOCKED, str(where), "database is locked")

    return progress


class _closing:
    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *exc) -> None:
        self.connection.close()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
