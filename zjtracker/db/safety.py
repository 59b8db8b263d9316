"""What can go wrong with the database that the clerk can do something about.

``classify(exc)`` turns a sqlite3 / psycopg / SQLAlchemy / OS error into a
``DatabaseProblem`` (locked, read-only, disk full, damaged, unreachable, denied) with one
Chinese sentence saying what to do; anything else is a bug and classifies to None.
``check_integrity`` runs SQLite's ``PRAGMA integrity_check`` (0.45 s on a 230 MB file);
``on_network_share`` tells whether a file sits on a network drive, where SQLite's file
locking is unreliable and the database can be damaged.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path, PurePath
from urllib.parse import quote

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from zjtracker.db.network_share import on_network_share
from zjtracker.url_secrets import hide_password

__all__ = ["DatabaseProblem", "check_integrity", "classify", "describe_target", "ensure_intact",
           "on_network_share", "os_error_kind", "sqlite_uri"]

LOCKED, READ_ONLY, DISK_FULL, DAMAGED, UNREACHABLE, DENIED = (
    "locked", "read_only", "disk_full", "damaged", "unreachable", "denied")

_SENTENCES = {
    LOCKED: "数据库“{where}”正被其他程序占用（也许另一个窗口或另一台电脑上的本程序正在写入）。"
            "请稍等片刻再试；一直如此时，请关闭其他使用它的程序。",
    READ_ONLY: "数据库“{where}”只能读、不能写（文件或所在文件夹是只读的，或没有写入权限）。"
               "请在文件属性中取消“只读”，或把文件复制到可以写入的文件夹后再打开。",
    DISK_FULL: "磁盘已满，数据库“{where}”无法写入，刚才的修改没有保存。"
               "请删除不需要的文件、清空回收站，腾出空间后再试。",
    DAMAGED: "数据库“{where}”已损坏，或不是本程序的数据库。"
             "请从备份恢复（菜单“文件 › 从备份恢复…”，或命令 zjtracker restore 备份文件）；"
             "备份在数据目录的 backups 文件夹中。",
    UNREACHABLE: "无法访问数据库“{where}”。请检查网络连接、网络驱动器和服务器地址，"
                 "或请管理员确认数据库服务器已经启动。",
    DENIED: "数据库“{where}”拒绝了访问（用户名、密码或权限不对）。请向管理员确认账号和权限。",
}

# A SQLite file that cannot be opened or read: only a file on a network share is the network's.
_UNREACHABLE_FILE = {
    "network": "无法访问数据库“{where}”：它所在的网络驱动器断开了或无法访问。请检查网络连接、网络驱动器是否还连着，"
               "或请管理员确认共享文件夹可以访问。",
    "missing": "无法访问数据库“{where}”：找不到这个文件（也许被移动、改名或删除了）。请确认文件所在的位置，或从备份恢复。",
    "local": "无法访问数据库“{where}”：它或它的附属文件（{name}-wal、{name}-shm）无法读写，可能被删除、改名或被其他"
             "程序占用，或者磁盘出了错。请关闭本程序后重新打开；一直如此时，请检查磁盘，或从备份恢复。",
}

# Writing a copy (a backup) rather than the database itself.
_COPY_SENTENCES = {
    DISK_FULL: "磁盘已满，无法写入“{where}”。请腾出空间，或换一个位置（例如另一个磁盘或 U 盘）后再试。",
    READ_ONLY: "无法写入“{where}”（位置是只读的，或没有写入权限）。请换一个可以写入的位置后再试。",
}

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xff).
_SQLITE_CODES = {3: READ_ONLY, 5: LOCKED, 6: LOCKED, 8: READ_ONLY, 10: UNREACHABLE, 11: DAMAGED,
                 13: DISK_FULL, 14: UNREACHABLE, 23: DENIED, 26: DAMAGED}
# When the error code is missing, the message text decides.
_SQLITE_TEXTS = (("database is locked", LOCKED), ("database table is locked", LOCKED),
                 ("readonly", READ_ONLY), ("read-only", READ_ONLY), ("disk is full", DISK_FULL),
                 ("disk image is malformed", DAMAGED), ("not a database", DAMAGED),
                 ("unable to open database", UNREACHABLE), ("disk i/o error", UNREACHABLE))
# PostgreSQL SQLSTATE classes and codes.
_PG_STATES = {"53100": DISK_FULL, "53000": DISK_FULL, "XX001": DAMAGED, "XX002": DAMAGED,
              "25006": READ_ONLY, "55P03": LOCKED, "40P01": LOCKED, "57P03": UNREACHABLE,
              "57P01": UNREACHABLE, "28000": DENIED, "28P01": DENIED, "42501": DENIED, "3D000": UNREACHABLE}
_OS_ERRNOS = {errno.ENOSPC: DISK_FULL, errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY,
              errno.EPERM: READ_ONLY, errno.EIO: UNREACHABLE, errno.ENOENT: UNREACHABLE,
              errno.ENOTDIR: UNREACHABLE, errno.EHOSTUNREACH: UNREACHABLE, errno.ENETUNREACH: UNREACHABLE,
              errno.ETIMEDOUT: UNREACHABLE, errno.ECONNREFUSED: UNREACHABLE, errno.EBUSY: LOCKED,
              getattr(errno, "EDQUOT", -1): DISK_FULL}
_PG_DENIALS = ("password authentication failed", "no pg_hba.conf entry", "role \"", "permission denied")
# Windows: sharing/lock violation, disk full, network path gone.
_WINERRORS = {32: LOCKED, 33: LOCKED, 39: DISK_FULL, 112: DISK_FULL, 19: READ_ONLY, 5: READ_ONLY,
              53: UNREACHABLE, 64: UNREACHABLE, 67: UNREACHABLE, 1231: UNREACHABLE}


class DatabaseProblem(Exception):
    """A database error the clerk can act on: ``kind`` and a sentence saying what to do."""

    def __init__(self, kind: str, where: str = "", details: str = "", copy: bool = False):
        self.kind = kind
        self.where = where
        self.details = details  # the original error text, for the curious and for support
        sentences = _COPY_SENTENCES if copy and kind in _COPY_SENTENCES else _SENTENCES
        sentence = sentences[kind]
        if kind == UNREACHABLE and not copy:
            sentence = _unreachable_sentence(where)
        self.message = sentence.format(where=where or "数据库", name=PurePath(where or "").name)
        super().__init__(self.message)


def _unreachable_sentence(where: str) -> str:
    """A server, or a file on a network share, is blamed on the network; a local file that
    is gone, or whose -wal/-shm file cannot be made or read, is said as what it is."""
    if not where or "://" in where:
        return _SENTENCES[UNREACHABLE]
    try:
        if on_network_share(where):
            return _UNREACHABLE_FILE["network"]
        return _UNREACHABLE_FILE["local" if Path(where).exists() else "missing"]
    except (OSError, ValueError):
        return _SENTENCES[UNREACHABLE]


def describe_target(target: str | os.PathLike | None) -> str:
    """A path or a URL as the clerk may see it (no password)."""
    if target is None:
        return ""
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except Exception:
        return hide_password(text)
    if url.get_backend_name() == "sqlite":
        return url.database or text
    return hide_password(text)


def classify(exc: BaseException, where: str | os.PathLike | None = None) -> DatabaseProblem | None:
    """The user-actionable problem behind ``exc`` (following causes), or None for a bug.

    Database driver errors are always classified; a plain OSError only when ``where`` says
    it came from touching the database (elsewhere it is a file problem, not a database's)."""
    place = describe_target(where)
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseProblem):
            return current
        kind = _kind_of(current, os_errors=where is not None)
        if kind is not None:
            place = place or _where_of(current)
            if kind == UNREACHABLE and isinstance(current, sqlite3.Error):
                kind = _why_cannot_open(place)
            return DatabaseProblem(kind, place, str(current).strip())
        if isinstance(current, DBAPIError) and current.orig is not None:
            current = current.orig
        else:
            current = current.__cause__ or current.__context__
    return None


def _why_cannot_open(place: str) -> str:
    """SQLite says only "unable to open": a WAL database in a read-only place cannot be
    opened at all (its -shm file cannot be made), which is not the same as a lost drive."""
    if not place or "://" in place:
        return UNREACHABLE
    file = Path(place)
    if not file.exists():
        return UNREACHABLE
    writable = os.access(file, os.W_OK) and os.access(file.parent, os.W_OK)
    return UNREACHABLE if writable else READ_ONLY


def _kind_of(exc: BaseException, os_errors: bool) -> str | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(exc).lower()
        return next((kind for words, kind in _SQLITE_TEXTS if words in text), None)
    if _is_psycopg(exc):
        state = getattr(exc, "sqlstate", None)
        if state in _PG_STATES:
            return _PG_STATES[state]
        if state and state.startswith("08"):
            return UNREACHABLE
        if state is None and type(exc).__name__ == "OperationalError":  # no connection at all
            text = str(exc)
            if any(words in text for words in _PG_DENIALS):
                return DENIED
            return UNREACHABLE  # server down, wrong host, port or database name
        return None
    return os_error_kind(exc) if isinstance(exc, OSError) and os_errors else None


def os_error_kind(exc: OSError) -> str | None:
    """locked / read_only / disk_full / unreachable for an OSError, None otherwise."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERRORS:
        return _WINERRORS[winerror]
    return _OS_ERRNOS.get(exc.errno)


def _is_psycopg(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("psycopg", "psycopg2")


def _where_of(exc: BaseException) -> str:
    return str(getattr(exc, "filename", None) or "")


# integrity ------------------------------------------------------------------------------
def sqlite_uri(path: str | os.PathLike, query: str = "mode=ro") -> str:
    """A SQLite URI for a file (with ``query``), right for Windows drive letters and UNC
    paths (file:////server/share/… keeps the authority empty, as SQLite requires)."""
    pure = path if isinstance(path, PurePath) and not isinstance(path, Path) else Path(path).absolute()
    text = pure.as_posix()
    if not text.startswith("/"):
        text = "/" + text  # C:/… → /C:/…
    return "file://" + quote(text, safe="/:") + (f"?{query}" if query else "")



def check_integrity(database, limit: int = 50, quick: bool = False) -> list[str]:
    """The problems ``PRAGMA integrity_check`` finds in a SQLite database (a Database or a
    file path); an empty list when it is sound, and always for other engines. A file that
    is not a database at all is one problem. Locks and unreadable files raise
    DatabaseProblem. ``quick``: ``PRAGMA quick_check``, every page and record read but the
    indexes not compared with their tables (a third of the time), for a file just written
    by SQLite from one already checked or in use."""
    path = _sqlite_path(database)
    if path is None:
        return []
    if not path.exists():
        raise DatabaseProblem(UNREACHABLE, str(path), "no such file")
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
    except sqlite3.Error as error:
        raise classify(error, path) or error
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = connection.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.Error as error:
        problem = classify(error, path)
        if problem is not None and problem.kind == DAMAGED:
            return [str(error)]
        raise problem or error
    finally:
        connection.close()
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    lines = [line for line in lines if line and not line.startswith("***")]
    return [] if lines == ["ok"] else lines


def ensure_intact(database) -> None:
    """Raise DatabaseProblem(damaged) when the integrity check finds anything."""
    problems = check_integrity(database)
    if problems:
        raise DatabaseProblem(DAMAGED, str(_sqlite_path(database)), "\n".join(problems[:10]))


def _sqlite_path(database) -> Path | None:
    if isinstance(database, (str, os.PathLike)):
        text = str(database)
        if "://" not in text:
            return Path(text)
        url = make_url(text)
        return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    return database.file
