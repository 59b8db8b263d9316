"""The files of the SQLite databases this process has open, so that no reader opens one.

On Linux and macOS, closing any handle on a file drops every lock this process holds on it
(the POSIX rule for fcntl locks, which SQLite uses). The open database chosen by mistake as
an input file — evidence, a return, a policy document — would be opened and closed by the
reader, and another program could then checkpoint and delete the write-ahead log while this
one still writes into it: the writes that follow are lost. Readers ask here first; the
answer comes from the files' identities (device and inode, from ``os.stat``, which opens
nothing)."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

_SIDE_FILES = ("", "-wal", "-shm", "-journal")
_open: Counter[str] = Counter()  # database file -> how many Database objects hold it


def opened(file: Path) -> None:
    _open[str(file)] += 1


def closed(file: Path) -> None:
    key = str(file)
    if _open[key] <= 1:
        _open.pop(key, None)
    else:
        _open[key] -= 1


def is_open_database_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is (a link to) a database file this process has open, or its
    write-ahead log, shared-memory index or rollback journal."""
    if not _open:
        return False
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return False
    for base in list(_open):
        for suffix in _SIDE_FILES:
            try:
                other = os.stat(base + suffix)
            except OSError:
                continue
            if (found.st_dev, found.st_ino) == (other.st_dev, other.st_ino):
                return True
    return False
