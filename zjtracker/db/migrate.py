"""Schema migrations: Alembic scripts shipped inside the package, run at every start.

Alembic itself is imported only when the schema is not at ``KNOWN_HEAD`` (the newest
revision shipped, checked against the scripts by a test): a database already up to date
opens with one query and without loading Alembic.

Before a SQLite file is upgraded it is copied aside (through SQLite's online backup
API, see ``zjtracker.db.backup_file``) into the backups folder, so a failed or unwanted
migration can be undone.
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from zjtracker.db.backup_file import BEFORE_MIGRATION, backup_sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KNOWN_HEAD = "0010"  # the newest script in migrations/versions (tests/db/test_migrations.py)


__all__ = ["alembic_config", "backup_sqlite_file", "current_revision", "head_revision", "migrate_connection",
           "revisions_in_order", "upgrade", "upgrade_to_head"]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revisions_in_order() -> list[str]:
    """All revisions from the first to head (raises if the chain is broken or branched)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions("base", "heads")))]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with one plain query (None when there
    is no version table, or more than one revision in it)."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:  # no version table yet: a new database
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction.

    On SQLite, batch migrations rebuild tables (copy, drop, rename); with foreign keys on,
    dropping the old table would cascade-delete every child row. So foreign keys are off
    while migrating and checked afterwards; a violation rolls the whole upgrade back.
    """
    with engine.connect() as connection:
        with foreign_keys_off(connection):
            with connection.begin():
                migrate_connection(connection, revision)


def migrate_connection(connection: Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` (inside the caller's transaction) to ``revision``,
    upgrading or downgrading; on SQLite check the references afterwards."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    config = alembic_config()
    config.attributes["connection"] = connection
    current = MigrationContext.configure(connection).get_current_revision()
    order = revisions_in_order()
    target = order[-1] if revision == "head" else revision
    if current is not None and current in order and target in order and order.index(target) < order.index(current):
        command.downgrade(config, target)
    else:
        command.upgrade(config, target)
    if connection.dialect.name == "sqlite":
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"migration left broken references: {problems[:5]}")


class foreign_keys_off:
    """SQLite: foreign keys off for the duration (PRAGMA foreign_keys is a no-op inside a
    transaction, so this wraps the transaction); other engines: nothing."""

    def __init__(self, connection: Connection):
        self.driver = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None

    def __enter__(self):
        if self.driver is not None:
            self.driver.execute("PRAGMA foreign_keys=OFF")
        return self

    def __exit__(self, *exc) -> None:
        if self.driver is not None:
            self.driver.execute("PRAGMA foreign_keys=ON")


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def has_user_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


def upgrade_to_head(engine: Engine, sqlite_path: Path | None) -> Path | None:
    """Bring the schema to head; back up an existing SQLite file first.

    Returns the backup's path when one was made.
    """
    if stored_revision(engine) == KNOWN_HEAD or not needs_upgrade(engine):
        return None
    backup = None
    if sqlite_path is not None and sqlite_path.exists() and has_user_tables(engine):
        backup = backup_sqlite_file(sqlite_path, BEFORE_MIGRATION, detail=current_revision(engine) or "none")
    upgrade(engine)
    return backup
