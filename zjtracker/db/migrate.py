"""Schema migrations: Alembic scripts shipped inside the package, run at every start.

Before a SQLite file is upgraded it is copied aside (through SQLite's online backup
API) into the backups folder, so a failed or unwanted migration can be undone.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from zjtracker import paths

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revisions_in_order() -> list[str]:
    """All revisions from the first to head (raises if the chain is broken or branched)."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions("base", "heads")))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction.

    On SQLite, batch migrations rebuild tables (copy, drop, rename); with foreign keys on,
    dropping the old table would cascade-delete every child row. So foreign keys are off
    while migrating and checked afterwards; a violation rolls the whole upgrade back.
    """
    config = alembic_config()
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        driver = connection.connection.driver_connection if is_sqlite else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if driver is not None:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(f"migration left broken references: {problems[:5]}")
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def has_user_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


def backup_sqlite_file(source: Path, reason: str, target_dir: Path | None = None) -> Path:
    """Copy a SQLite database consistently (even while open) and return the copy's path."""
    target_dir = target_dir or paths.backups_dir(create=True)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{source.stem}-{reason}-{stamp}.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade_to_head(engine: Engine, sqlite_path: Path | None) -> Path | None:
    """Bring the schema to head; back up an existing SQLite file first.

    Returns the backup's path when one was made.
    """
    if not needs_upgrade(engine):
        return None
    backup = None
    if sqlite_path is not None and sqlite_path.exists() and has_user_tables(engine):
        backup = backup_sqlite_file(
            sqlite_path, f"before-migration-{current_revision(engine) or 'none'}"
        )
    upgrade(engine)
    return backup
