"""An input file that cannot be read to its end — the disk or USB stick failing, a network
drive dropping, the file taken away or locked while it is read — is refused in one
sentence naming the file and saying what to do, like any other file that cannot be read."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from zjtracker.db.live_files import is_open_database_file
from zjtracker.db.network_share import on_network_share
from zjtracker.importing.errors import UnreadableFile

_GONE = {errno.ENOENT, errno.ENOTDIR}
_DENIED = {errno.EACCES, errno.EPERM}
_WIN_LOCKED = {32, 33}  # sharing / lock violation: open in another program


def read_fault(path: str | os.PathLike, error: OSError) -> UnreadableFile:
    """The refusal of ``path`` for an OSError met while reading it."""
    name = Path(path).name
    # Python's open() on Windows reports a file another program holds open (a sharing
    # violation) as errno 13 without the Windows code; the clerk's own files are readable.
    held = sys.platform == "win32" and error.errno in _DENIED and Path(path).is_file()
    if getattr(error, "winerror", None) in _WIN_LOCKED or held:
        return UnreadableFile(f"文件“{name}”正被其他程序占用，无法读取。请在 Excel、WPS 等程序中关闭它后再试。")
    if error.errno in _GONE:
        return UnreadableFile(f"读取时找不到文件“{name}”了（也许被移动、改名或删除）。请确认文件位置后再试。")
    if error.errno in _DENIED:
        return UnreadableFile(f"没有读取文件“{name}”的权限。请把它复制到自己的文件夹（例如“文档”）后再试。")
    where = "文件所在的网络驱动器断开了或读不出来" if on_network_share(path) else \
        "文件所在的磁盘或 U 盘读不出来（也许已拔出或已损坏）"
    return UnreadableFile(f"读取文件“{name}”时出错，没有读完：{where}。请确认它还连着，"
                          "或把文件复制到本机磁盘后再试。")


@contextmanager
def reading(path: str | os.PathLike) -> Iterator[None]:
    """Run the block that reads ``path``; an OSError in it becomes its refusal. The database
    this program has open is refused before anything opens it (db/live_files.py)."""
    if is_open_database_file(path):
        raise UnreadableFile(f"文件“{Path(path).name}”是本程序正在使用的数据库文件（或它的日志文件），"
                             "不能当作要导入的文件读取。请选择别的文件。")
    try:
        yield
    except OSError as error:
        raise read_fault(path, error) from error
