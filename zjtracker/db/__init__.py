"""Database layer: models, engine, migrations. No Qt here."""

from __future__ import annotations

import os

from zjtracker.db.engine import Database, database_url, make_engine
from zjtracker.db.migrate import upgrade_to_head


def open_database(target: str | os.PathLike | None = None, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database named by ``--db``: a path, URL or None."""
    url = database_url(target)
    database = Database(url, make_engine(url))
    if migrate:
        upgrade_to_head(database.engine, database.file)
    return database


__all__ = ["Database", "open_database", "database_url"]
