"""Engines and sessions: SQLite by default (WAL, foreign keys, busy timeout), or any
SQLAlchemy URL such as ``postgresql+psycopg://user@host/db``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from zjtracker import paths
from zjtracker.db import live_files
from zjtracker.url_secrets import hide_password

SQLITE_BUSY_TIMEOUT_MS = 5000


def database_url(target: str | os.PathLike | None) -> str:
    """Turn ``--db`` (a path, a URL, or nothing) into a SQLAlchemy URL."""
    if target is None or str(target) == "":
        return "sqlite:///" + str(paths.default_database_path())
    text = str(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def url_without_password(url: str) -> str:
    """The URL as it may be shown or remembered: the password (also a ``?password=``) left out."""
    return hide_password(url)


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL, or None for other engines and :memory:."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _enable_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy manage transactions (pysqlite's own handling breaks SAVEPOINTs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    file = sqlite_file(url)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _enable_sqlite_pragmas(engine)
        return engine
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        _enable_sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine and a session factory. Services take one of these."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        self._held_file = self.file
        if self._held_file is not None:
            live_files.opened(self._held_file)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._held_file is not None:
            live_files.closed(self._held_file)
            self._held_file = None

    def display_name(self) -> str:
        file = self.file
        if file is not None:
            return str(file)
        return hide_password(self.url)
