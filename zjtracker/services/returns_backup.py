"""The backup taken before a return is stored (as ``services.backup.backup_before_import``),
without making the clerk wait for a copy of the whole database.

On a SQLite database in WAL mode the copy is started first: its source is pinned as last
committed and its file created (a backups folder that cannot be written refuses the import,
with nothing stored), then the pages are copied in a thread while the return is written
and committed (db/snapshot_copy.py). The copy holds the state before the import, as a copy
made first would. ``services.backup.wait_for_backups`` ends such copies (the command line
before it exits, the window when it closes) and gives the errors of any that failed. Elsewhere
(another journal mode, or a server, which is not copied) the backup is simply made first.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from zjtracker.db.engine import Database
from zjtracker.services.backup import backup_before_import, start_backup_before_import


@contextmanager
def backed_up_first(database: Database) -> Iterator[None]:
    """Run the block (the import's transaction) with the database's state before it being
    backed up: started first, finished in the background on SQLite in WAL mode."""
    if database.file is None or not _wal(database):
        backup_before_import(database)
    else:
        start_backup_before_import(database)
    yield


def _wal(database: Database) -> bool:
    with database.engine.connect() as connection:
        return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar()).lower() == "wal"
