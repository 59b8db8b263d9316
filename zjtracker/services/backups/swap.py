"""The quick way of a restore: the checked stage is renamed into the database's place and the
database it replaces stays as it is, under a second name (a hard link) in the backups folder.
No byte of either is copied.

Only when nothing else has the database open: the window's engine is disposed before a
restore (ui/backups/restore_actions.py), the CLI ``restore`` opens none, and one program per
database keeps other windows away (ui/database/single_instance.py). That is proved by
SQLite itself: a database in WAL mode can be switched to rollback mode only by its one
connection (every connection holds a shared lock on the file while it is open), and the
switch writes every committed page into the file, so the file alone is the whole database.
Holding ``BEGIN EXCLUSIVE`` then keeps everyone out until the stage is in place. Otherwise
(another connection, a database in rollback mode where an idle reader cannot be seen, a
backups folder on another drive where no link can be made, Windows refusing to rename a
file some program opened meanwhile) ``put_in_place`` answers None having changed nothing
but the journal mode, and the restore writes through SQLite's backup API as before.

A failure half-way leaves the database as it was: the link is made first (the database
itself untouched), the rename is atomic, and a link whose rename failed is removed again.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from zjtracker import paths
from zjtracker.db.backup_file import BEFORE_RESTORE, backup_name, rotate

LOCK_WAIT_SECONDS = 0.5  # a database busy for longer is restored the slow way


def put_in_place(stage: Path, target: Path) -> Path | None:
    """Rename ``stage`` (checked, complete) over ``target``, keeping ``target``'s content in
    the backups folder; the kept file, or None when this could not be done (nothing changed)."""
    page_size = _self_contained(stage)
    if not target.is_file() or target.stat().st_size == 0 or page_size is None:
        return None
    folder = paths.backups_dir(create=True)
    kept = folder / backup_name(target.stem, BEFORE_RESTORE)
    _sync(stage)
    try:
        shutil.copymode(target, stage)
    except OSError:
        pass
    hold = _alone(target, page_size)
    if hold is None:
        return None
    linked = False
    try:
        os.link(target, kept)
        linked = True
        if os.name == "nt":  # Windows renames no file that is open, not even by us
            hold.close()
        os.replace(stage, target)
        linked = False  # the kept name is now the only one of the replaced database
    except OSError:
        return None
    finally:
        if linked:
            kept.unlink(missing_ok=True)
        hold.close()
    _sync_folder(target.parent)
    _sync_folder(folder)
    rotate(folder, target.stem, BEFORE_RESTORE)
    return kept


def _self_contained(stage: Path) -> int | None:
    """The stage as one file in WAL mode, as the program keeps its database (so that the next
    restore can see whether anyone has it open): the last connection closing writes the WAL
    into the file and removes it. Its page size, or None when it cannot be made so."""
    try:
        connection = sqlite3.connect(stage, isolation_level=None)
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if mode != "wal" or any(Path(str(stage) + extra).exists() for extra in ("-wal", "-shm", "-journal")):
        return None
    return page_size


def _alone(target: Path, page_size: int) -> sqlite3.Connection | None:
    """A connection holding ``target`` exclusively, in rollback mode with every committed
    page in the file; None when another connection has it open, when it is not in WAL mode,
    or when its page size is not the stage's (the database keeps its own: the slow way)."""
    try:
        connection = sqlite3.connect(target, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            raise sqlite3.OperationalError("not in WAL mode: an idle reader cannot be seen")
        if connection.execute("PRAGMA page_size").fetchone()[0] != page_size:
            raise sqlite3.OperationalError("another page size")
        if connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
            raise sqlite3.OperationalError("in use")
        connection.execute("BEGIN EXCLUSIVE")
        if (connection.execute("PRAGMA journal_mode").fetchone()[0] != "delete"
                or Path(str(target) + "-wal").exists()):
            raise sqlite3.OperationalError("opened meanwhile")
        Path(str(target) + "-shm").unlink(missing_ok=True)  # no one uses it in rollback mode
        return connection
    except (sqlite3.Error, OSError):
        connection.close()
        return None


def _sync(path: Path) -> None:
    """The stage on the disk before its name replaces the database's."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":  # NTFS writes a rename through its journal; folders cannot be opened
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
