"""A file written as ``safe_write.write_bytes`` writes it, in steps a caller can spread over
two threads: the writing and the flush to disk, the slow part, in a second thread, and the
checks and the rename in the caller's.

``stage`` checks the target and names a new temporary file beside it; ``Staged.write``
writes the bytes into that file, flushes it to disk and gives it its permissions (a few
system calls and nothing else, so a thread doing it seldom waits for the interpreter behind
the caller's work); ``Staged.put_in_place`` checks the target again and renames the file
over it; ``discard`` removes the temporary file. The same checks, temporary names and
sentences as write_bytes: a target is never half written, and on any error the target
stays as it was."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from zjtracker.exporting.safe_write import (
    OutputKind,
    _put_in_place,
    _temporary_name,
    check_target,
    failure,
    file_mode,
    remove,
)


@dataclass
class Staged:
    """A file to be written under a temporary name, then put in place."""

    target: Path
    temp: Path
    kind: OutputKind
    database: object
    force: bool
    mode: int

    def write(self, data: bytes) -> None:
        """Write ``data`` into the temporary file (a new one) and flush it to disk."""
        try:
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                try:
                    os.fsync(fd)
                except OSError as error:
                    if error.errno not in (errno.EINVAL, errno.EBADF):  # some file systems cannot fsync
                        raise
            finally:
                os.close(fd)
            os.chmod(self.temp, self.mode)
        except OSError as error:
            remove(self.temp)
            raise failure(error, self.target) from error
        except BaseException:
            remove(self.temp)
            raise

    def put_in_place(self) -> Path:
        """Check the target again (nothing took its place meanwhile) and rename over it."""
        check_target(self.target, self.kind, self.database, self.force)
        _put_in_place(self.temp, self.target, False)
        return self.target

    def discard(self) -> None:
        remove(self.temp)


def stage(target, kind: OutputKind, database=None, force: bool = False) -> Staged:
    """Check ``target`` and name the temporary file it is first written into."""
    target = check_target(target, kind, database, force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise failure(error, target) from error
    return Staged(target, _temporary_name(target), kind, database, force, file_mode(database))
