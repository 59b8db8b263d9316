"""Every file the program writes for the clerk (fill-in workbooks, the ledger, reports, the
change log, the 催报 list, backups) goes through here, so that writing one can never cost
the database or a file the clerk did not mean to give up.

``check_target`` is the guard. The target must end in one of its kind's suffixes. Always
refused: the database in use, its ``-wal``/``-shm``/``-journal``, anything inside the
backups folder, a folder, and (except for a backup replacing an older backup) any existing
SQLite database. Any other existing file is replaced only when the caller says so
(``force``: ``--force`` on the command line, the clerk's confirmation in the GUI).

The writers (``write_bytes``, ``write_stream``, ``write_file``) check the target, write
into a new temporary file in the target's folder, flush it to disk, give it the database
file's permissions (a private database keeps its exports private), check it when asked,
and only then rename it over the target. On any error the temporary file goes and the
target stays as it was; the error is an ``OutputFailed`` whose sentence tells a full disk
from a folder that cannot be written from a file held open by another program.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from zjtracker import paths

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
DISK_FULL, READ_ONLY, LOCKED, OTHER = "disk_full", "read_only", "locked", "other"
# why a target is refused
SUFFIX, DATABASE, BACKUPS_FOLDER, SQLITE_FILE, FOLDER, EXISTS = (
    "suffix", "database", "backups_folder", "sqlite_file", "folder", "exists")

_UMASK = os.umask(0o022)
os.umask(_UMASK)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG}
_DENIED = {errno.EACCES, errno.EPERM, errno.EROFS}
_WIN_LOCKED, _WIN_FULL, _WIN_DENIED = {32, 33}, {39, 112}, {5, 19}


@dataclass(frozen=True)
class OutputKind:
    name: str  # what the file is, in the clerk's words
    suffixes: tuple[str, ...]
    backup: bool = False  # an older backup (a SQLite file) may be replaced with force


TEMPLATE = OutputKind("报送表", (".xlsx",))
LEDGER = OutputKind("工作台账", (".xlsx",))
CHANGE_LOG = OutputKind("修改记录", (".xlsx",))
REPORT = OutputKind("报告", (".pdf", ".docx"))
REMINDER = OutputKind("催报清单", (".pdf", ".xlsx"))
BACKUP = OutputKind("备份", (".db", ".sqlite", ".sqlite3", ".zjtbak"), backup=True)


class OutputError(Exception):
    """A file the program was asked to write and did not: ``message`` is one sentence."""

    def __init__(self, message: str, target: Path, reason: str):
        super().__init__(message)
        self.message, self.target, self.reason = message, Path(target), reason


class OutputRefused(OutputError):
    """The target may not be written; ``confirmable`` when the clerk may say yes to it
    (it exists, and replacing it is allowed with force)."""

    def __init__(self, message: str, target: Path, reason: str, confirmable: bool = False):
        super().__init__(message, target, reason)
        self.confirmable = confirmable


class OutputFailed(OutputError):
    """Writing failed (``reason``: disk_full, read_only, locked, other); nothing was replaced."""


def database_file(database) -> Path | None:
    """The SQLite file of ``database`` (a Database, a path, or None)."""
    if database is None:
        return None
    file = getattr(database, "file", database)
    if file is None or "://" in str(file):
        return None
    return Path(file)


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _inside(path: Path, folder: Path) -> bool:
    real, top = os.path.normcase(os.path.realpath(path)), os.path.normcase(os.path.realpath(folder))
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _refused(target: Path, reason: str, message: str, confirmable: bool = False) -> OutputRefused:
    return OutputRefused(message, target, reason, confirmable)


def check_target(target, kind: OutputKind, database=None, force: bool = False) -> Path:
    """``target`` as a Path when it may be written; OutputRefused otherwise."""
    target = Path(target).expanduser()
    live = database_file(database)
    if live is not None:
        for extra in ("", *SIDECARS):
            if _same(target, Path(str(live) + extra)):
                raise _refused(target, DATABASE, f"“{target}”是正在使用的数据库{'的附属文件' if extra else ''}，"
                                                 f"不能用{kind.name}覆盖。请另选一个文件名。")
    if _inside(target, paths.backups_dir()):
        raise _refused(target, BACKUPS_FOLDER, f"“{target}”在自动备份文件夹中，那里的文件由程序自己管理，"
                                               f"不能写入{kind.name}。请另选一个位置。")
    if target.is_dir():
        raise _refused(target, FOLDER, f"“{target}”是一个文件夹，不能写成{kind.name}文件。请写出文件名。")
    sqlite = target.exists() and is_sqlite_file(target)
    if sqlite and not kind.backup:
        raise _refused(target, SQLITE_FILE, f"“{target}”是一个数据库文件，不能用{kind.name}覆盖。请另选一个文件名。")
    if target.suffix.lower() not in kind.suffixes:
        raise _refused(target, SUFFIX, f"{kind.name}文件“{target.name}”的扩展名应为 {'、'.join(kind.suffixes)}。")
    if not target.exists() or force:
        return target
    if sqlite:
        raise _refused(target, SQLITE_FILE, f"“{target}”已经是一个数据库文件（也许是以前的备份）。"
                                            "确实要用新的备份替换它，请确认（命令行加 --force）。", confirmable=True)
    raise _refused(target, EXISTS, f"文件“{target}”已经存在，没有替换。确实要替换它，请确认（命令行加 --force），"
                                   "或另选一个文件名。", confirmable=True)


# writing ------------------------------------------------------------------------------------
def failure(error: BaseException, target: Path, replacing: bool = False) -> OutputFailed:
    """The sentence for an OSError met while writing ``target`` (``replacing``: at the rename)."""
    target = Path(target)
    number, win = getattr(error, "errno", None), getattr(error, "winerror", None)
    if number in _FULL or win in _WIN_FULL:
        return output_failed(DISK_FULL, target)
    held = win in _WIN_LOCKED or number == errno.EBUSY
    if held or (replacing and (number in _DENIED or win in _WIN_DENIED) and target.exists()):
        return output_failed(LOCKED, target)
    if number in _DENIED or win in _WIN_DENIED:
        return output_failed(READ_ONLY, target)
    return output_failed(OTHER, target, getattr(error, "strerror", None) or str(error))


def output_failed(reason: str, target: Path, detail: str = "") -> OutputFailed:
    target = Path(target)
    sentences = {
        DISK_FULL: f"磁盘已满，“{target}”没有写成（原有文件保持不变）。请腾出空间，或换一个磁盘后再试。",
        LOCKED: f"文件“{target}”正被其他程序打开（例如 Excel、WPS 或 PDF 阅读器），或是只读文件，无法替换。"
                "请关闭它后再试，或另选一个文件名。",
        READ_ONLY: f"无法写入文件夹“{target.parent}”（它是只读的，或没有写入权限），“{target.name}”没有保存。"
                   "请换一个可以写入的文件夹。",
    }
    message = sentences.get(reason) or f"无法写入“{target}”：{detail}。请检查位置是否存在、能否访问。"
    return OutputFailed(message, target, reason)


def file_mode(database=None) -> int:
    """The permissions a written file gets: the database file's own, else the usual ones."""
    live = database_file(database)
    if live is not None:
        try:
            return live.stat().st_mode & 0o777
        except OSError:
            pass
    return 0o666 & ~_UMASK


def remove(path: Path) -> None:
    """A temporary file, with what writers make beside it (``.part``, SQLite's side files)."""
    for base in (str(path), str(path) + ".part"):
        for extra in ("", *SIDECARS):
            try:
                os.unlink(base + extra)
            except OSError:
                pass  # absent, or held: a temporary file nothing depends on


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.stem[:40]}.{secrets.token_hex(6)}{target.suffix}.tmp")


@contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise failure(error, target) from error
    temp = _temporary_name(target)
    remove(temp)  # never inherit a stale -wal of an earlier file of that name
    try:
        yield temp
    except BaseException:
        remove(temp)
        raise


def _sync(path: Path, mode: int) -> None:
    # Windows flushes only a handle opened for writing (a read-only one is refused).
    access = os.O_RDWR if os.name == "nt" else os.O_RDONLY
    fd = os.open(path, access | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF):  # some file systems cannot fsync
            raise
    finally:
        os.close(fd)
    os.chmod(path, mode)


def _put_in_place(temp: Path, target: Path, sqlite: bool) -> None:
    """Rename ``temp`` over ``target``. Before a SQLite file replaces another, the old one's
    -wal/-shm/-journal are moved aside so SQLite never replays them into the new file; they
    come back when the rename fails."""
    aside: list[tuple[Path, Path]] = []
    try:
        if sqlite:
            for extra in SIDECARS:
                stale = Path(str(target) + extra)
                if stale.exists():
                    moved = Path(str(temp) + ".old" + extra)
                    os.replace(stale, moved)
                    aside.append((moved, stale))
        os.replace(temp, target)
    except OSError as error:
        for moved, stale in reversed(aside):
            try:
                os.replace(moved, stale)
            except OSError:
                pass
        raise failure(error, target, replacing=True) from error
    for moved, _stale in aside:
        try:
            os.unlink(moved)
        except OSError:
            pass


def write_file(target, make: Callable[[Path], None], kind: OutputKind, database=None, force: bool = False,
               verify: Callable[[Path], None] | None = None, sqlite: bool = False) -> Path:
    """``make(temp)`` writes the whole file at ``temp``; ``verify(temp)`` may refuse it by
    raising; then it replaces ``target``. ``sqlite``: the file is a SQLite database."""
    target = check_target(target, kind, database, force)
    with _temporary(target) as temp:
        try:
            make(temp)
            _sync(temp, file_mode(database))
        except OSError as error:
            raise failure(error, target) from error
        if verify is not None:
            verify(temp)
        check_target(target, kind, database, force)  # nothing took its place meanwhile
        _put_in_place(temp, target, sqlite)
    return target


def write_stream(target, write: Callable[[BinaryIO], None], kind: OutputKind, database=None,
                 force: bool = False) -> Path:
    """``write(stream)`` writes the whole file into an open binary stream."""

    def make(temp: Path) -> None:
        with open(temp, "xb") as stream:
            write(stream)
            stream.flush()

    return write_file(target, make, kind, database, force)


def write_bytes(target, data: bytes, kind: OutputKind, database=None, force: bool = False) -> Path:
    return write_stream(target, lambda stream: stream.write(data), kind, database, force)
