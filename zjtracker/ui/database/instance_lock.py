"""The first half of "one running program per database", taken before the window is painted:
a lock file per user and database, held with an operating-system lock (released by the system
when the process ends, however it ends). No Qt and no database code: the local server that
brings a running window forward (single_instance, QtNetwork, about 10 ms to load) starts just
after the first paint.

The names come from the database's identity (the same file however it is named; a URL
without its password) and the user, as a short hash: the lock file and the local server share
that name."""

from __future__ import annotations

import os
import sys

from zjtracker import paths


def database_identity(target: str | None) -> str:
    """The same database gives the same identity however it was named (relative path,
    symbolic link, different case on Windows); URLs are compared without the password."""
    if target is None or str(target) == "":
        file = paths.default_database_path()
    elif "://" not in str(target):  # a path: no URL parsing (and no database code) needed
        file = os.path.expanduser(str(target))
    else:  # a URL: read with plain string work, no database code loaded at start
        from zjtracker.url_secrets import hide_password, sqlite_path

        file = sqlite_path(str(target))
        if file is None:
            return hide_password(str(target))
    return "sqlite:" + os.path.normcase(os.path.realpath(file))


def user_name() -> str:
    """The user, as getpass.getuser() finds it (the same environment variables, then the
    password database), without loading getpass and termios before the first paint."""
    for key in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(key):
            return os.environ[key]
    try:
        import pwd

        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, AttributeError, KeyError, OSError):  # no user known: still one name per database
        return "user"


def server_name(target: str | None) -> str:
    key = f"{user_name()}\n{database_identity(target)}".encode()
    return f"zjtracker-{_fnv1a_64(key):016x}"


def _fnv1a_64(data: bytes) -> int:
    """A short, stable name for a user's database (FNV-1a, 64 bits): hashlib would load
    OpenSSL, about 7 ms, before the window's first paint; a name needs no cryptography."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def lock_folder() -> str:
    """A local folder of this user's session: the lock never sits on a network share."""
    if sys.platform == "win32":
        return os.environ.get("LOCALAPPDATA") or os.environ.get("TEMP") or os.getcwd()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return runtime
    return os.environ.get("TMPDIR") or "/tmp"


class InstanceLock:
    """An exclusive, non-blocking lock on ``<lock folder>/<name>.lock``. The file stays when
    released (removing it would let two processes lock two different files of one name)."""

    def __init__(self, name: str):
        self.name = name
        self.path = os.path.join(lock_folder(), f"{name}.lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True when this process now holds the lock (or already did); False when another
        process holds it. A lock that cannot be made at all (a folder that cannot be written)
        counts as held: opening the database is still better than refusing."""
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return True
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        except OSError:
            pass
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
