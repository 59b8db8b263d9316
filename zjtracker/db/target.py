"""Checking what ``--db`` names before anything is opened: a SQLite file in a folder that
exists, or a PostgreSQL address with a database name and a driver this program has.
Anything else is wrong usage, said in one sentence (the command line exits 2), never a
traceback from deep inside the driver and never a silently created folder or file."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from zjtracker.db.engine import database_url, sqlite_file
from zjtracker.db.safety import describe_target

EXAMPLE = "postgresql+psycopg://用户@主机/库名"
_ENGINES = ("sqlite", "postgresql")


class BadTarget(ValueError):
    """``--db`` names nothing this program can open; ``message`` says why, in one line."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def visible(text: str) -> str:
    """``text`` on one line with its control characters (NUL, line breaks…) written out."""
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def checked_url(target: str | os.PathLike | None) -> str:
    """The SQLAlchemy URL of ``--db`` (None: the default file, whose folder is made), or
    BadTarget with a sentence saying what is wrong with it."""
    if target is None or str(target) == "":
        return database_url(target)
    text = str(target)
    shown = visible(describe_target(text))
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise BadTarget(f"--db 的值“{shown}”含有控制字符（例如空字符），不是有效的文件路径或数据库地址。")
    try:
        url_text = database_url(text)
        url = make_url(url_text)
        engine = url.get_backend_name()
    except (ArgumentError, ValueError, OSError):
        raise BadTarget(f"--db 的值“{shown}”既不是文件路径，也不是可用的数据库地址（例如 {EXAMPLE}）。") from None
    if engine not in _ENGINES:
        raise BadTarget(f"--db 的值“{shown}”不是本程序能用的数据库：只能是 SQLite 数据库文件的路径，"
                        f"或 PostgreSQL 服务器上的库（例如 {EXAMPLE}）。")
    if engine == "postgresql":
        _check_server(url, shown)
    else:
        _check_file(url_text, shown)
    return url_text


def _check_server(url, shown: str) -> None:
    if not url.database:
        raise BadTarget(f"--db 的值“{shown}”没有写数据库名，应写成 {EXAMPLE}。")
    try:
        url.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError):
        raise BadTarget(f"--db 的值“{shown}”所用的连接方式在本程序中没有安装，请写成 {EXAMPLE}。") from None


def _check_file(url_text: str, shown: str) -> None:
    file = sqlite_file(url_text)
    if file is None:  # an in-memory database
        return
    folder = Path(file).parent
    if not folder.is_dir():
        raise BadTarget(f"--db 的数据库文件“{shown}”所在的文件夹“{visible(str(folder))}”不存在。"
                        "请先建好这个文件夹，或换一个路径。")
    if Path(file).is_dir():
        raise BadTarget(f"--db 的值“{shown}”是一个文件夹，不是数据库文件。请在后面写上文件名，例如 …/台账.db。")
