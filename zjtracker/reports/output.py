"""Writing a finished report, never anywhere but where it was asked.

The bytes go through ``exporting.safe_write`` (a temporary file in the target's folder,
renamed over the target in one step; never over the database, a backup or, without
``force``, a file that exists). When the target is held open by another program or its
folder cannot be written, the error says so; the report dialog then offers the names
below and writes there only when the clerk agrees."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from zjtracker.exporting.safe_write import (  # the same steps as write_bytes
    OutputFailed,
    OutputKind,
    _put_in_place,
    _sync,
    _temporary_name,
    check_target,
    failure,
    file_mode,
    remove,
    write_bytes,
)


def alternatives(target: Path, limit: int = 99):
    """名称（2）.pdf, 名称（3）.pdf … that do not exist yet."""
    for n in range(2, limit + 1):
        candidate = target.with_name(f"{target.stem}（{n}）{target.suffix}")
        if not candidate.exists():
            yield candidate


def free_name(path: Path) -> Path:
    return path if not path.exists() else next(alternatives(path), path)


def fallback_folders() -> list[Path]:
    from platformdirs import user_documents_dir

    return [Path(user_documents_dir()), Path(tempfile.gettempdir())]


def save_bytes(data: bytes, target: Path, kind: OutputKind, database=None, force: bool = False) -> Path:
    """Write ``data`` to ``target`` (OutputRefused / OutputFailed when it cannot be)."""
    return write_bytes(target, data, kind, database, force)


class Spool:
    """A report written into its file as it is made (a long PDF, page by page), never held
    whole in memory: an open temporary file beside the target (as ``save_bytes`` makes one),
    put in place by ``place`` when finished, removed by ``discard`` (a cancelled or failed
    report leaves nothing behind). When the target's folder cannot be written, the file is
    made in the system's temporary folder and ``place`` then fails as ``save_bytes`` does,
    the finished report in the error's ``content`` so that it can be saved elsewhere."""

    def __init__(self, target: Path, kind: OutputKind, database=None, force: bool = False):
        self.target = check_target(target, kind, database, force)
        self.kind, self.database, self.force = kind, database, force
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            self.path = _temporary_name(self.target)
            self.stream = open(self.path, "xb")  # noqa: SIM115  (closed by place or discard)
            self.beside = True
        except OSError:
            handle, name = tempfile.mkstemp(prefix="zjtracker-", suffix=self.target.suffix + ".tmp")
            self.path, self.stream, self.beside = Path(name), os.fdopen(handle, "w+b"), False

    def place(self) -> Path:
        """Put the finished file at the target (OutputFailed when it cannot be)."""
        try:
            if not self.beside:
                self.stream.seek(0)
                content = self.stream.read()
                self.discard()
                try:
                    return save_bytes(content, self.target, self.kind, self.database, self.force)
                except OutputFailed as error:
                    error.content = content
                    raise
            try:
                self.stream.flush()
                self.stream.close()
                _sync(self.path, file_mode(self.database))
            except OSError as error:
                raise failure(error, self.target) from error
            check_target(self.target, self.kind, self.database, self.force)  # nothing took its place meanwhile
            try:
                _put_in_place(self.path, self.target, False)
            except OutputFailed as error:
                error.content = self.path.read_bytes()  # finished: the dialog may offer another place
                raise
            return self.target
        finally:
            self.discard()

    def discard(self) -> None:
        if not self.stream.closed:
            try:
                self.stream.close()
            except OSError:  # a full disk fails the last flush too: the file goes anyway
                pass
        remove(self.path)
