"""A backup of a SQLite database (in WAL mode) as it stands now, copied while others go on
writing: the source is opened and a read transaction begun at once, which pins the database
as last committed; the target file is created at once too, so a backups folder that cannot
be written is said before anything else happens. The pages are then copied in a thread,
at once or, for a copy started ``held``, once ``go()`` is called (an import lets its copy go
when its transaction is done, so the two do not compete for the disk and the processor).
Writers commit meanwhile (WAL keeps the pages the snapshot still reads), and the copy holds
the state from the moment it was started. ``wait()`` ends it and gives its error, if any."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from zjtracker import paths
from zjtracker.db.backup_file import LOCK_WAIT_SECONDS, _deadline, _remove, backup_name, rotate
from zjtracker.db.safety import DISK_FULL, READ_ONLY, DatabaseProblem, classify, sqlite_uri


class SnapshotCopy:
    def __init__(self, source: Path, reason: str, target_dir: Path | None = None, detail: str = "",
                 keep: int | None = None, held: bool = False):
        self.source, self.reason, self.keep = Path(source), reason, keep
        self._going = threading.Event()
        if not held:
            self._going.set()
        self.folder = target_dir or paths.backups_dir(create=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.target = self.folder / backup_name(self.source.stem, reason, detail=detail)
        self.part = self.target.with_name(self.target.name + ".part")
        self.error: BaseException | None = None
        self._source = self._pin()
        try:
            self._target = self._create_target()
        except BaseException:
            self._source.close()
            raise
        self._thread = threading.Thread(target=self._copy, name=f"backup-{reason}", daemon=False)
        self._thread.start()

    def _pin(self) -> sqlite3.Connection:
        try:
            connection = sqlite3.connect(sqlite_uri(self.source), uri=True, timeout=5, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("BEGIN")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        except sqlite3.Error as error:
            raise (classify(error, self.source) or error) from error
        return connection

    def _create_target(self) -> sqlite3.Connection:
        _remove(self.part)
        try:
            return sqlite3.connect(self.part, timeout=5, check_same_thread=False)
        except (sqlite3.Error, OSError) as error:
            problem = classify(error, self.target)
            kind = problem.kind if problem is not None and problem.kind == DISK_FULL else READ_ONLY
            raise DatabaseProblem(kind, str(self.target), str(error), copy=True) from error

    def _copy(self) -> None:
        self._going.wait()
        try:
            try:
                self._source.backup(self._target, progress=_deadline(LOCK_WAIT_SECONDS, self.source))
                self._target.execute("PRAGMA journal_mode=DELETE")
            finally:
                self._target.close()
                self._source.close()
            os.replace(self.part, self.target)
            rotate(self.folder, self.source.stem, self.reason, self.keep)
        except BaseException as error:  # kept for wait(); the half-made copy is removed
            _remove(self.part)
            if isinstance(error, (sqlite3.Error, OSError)):
                problem = classify(error, self.target)
                if problem is not None:
                    error = DatabaseProblem(problem.kind, str(self.target), problem.details, copy=True)
            self.error = error

    def running(self) -> bool:
        return self._thread.is_alive()

    def go(self) -> None:
        """Let a held copy begin copying its pages."""
        self._going.set()

    def wait(self, timeout: float | None = None) -> BaseException | None:
        """Wait for the copy to end (a held one goes first); its error, or None when it is
        complete."""
        self._going.set()
        self._thread.join(timeout)
        return self.error
