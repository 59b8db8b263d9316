"""Migration 0008 on PostgreSQL with change-log rows present: upgrade fills change_log_search
from them and drops the trigram indexes of 0006; downgrade restores those and drops the
side table, its queue and trigger; upgrading again gives the same search."""

from __future__ import annotations

from sqlalchemy import create_engine, insert, text

from tests.change_log_search.conftest import NEEDLES, log_rows
from zjtracker.db import open_database
from zjtracker.db.migrate import upgrade
from zjtracker.db.models import ChangeLog
from zjtracker.services.history.change_log import LogFilter, search_log


def _state(engine) -> dict:
    with engine.connect() as connection:
        def one(sql: str):
            return connection.execute(text(sql)).scalar()
        return {
            "version": one("SELECT version_num FROM alembic_version"),
            "side": one("SELECT to_regclass('change_log_search') IS NOT NULL"),
            "queue": one("SELECT to_regclass('change_log_search_queue') IS NOT NULL"),
            "trigger": one("SELECT count(*) FROM pg_trigger WHERE tgname = 'change_log_search_ai'"),
            "old_new": one("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                           "('ix_change_log_old_trgm', 'ix_change_log_new_trgm')"),
        }


def _texts(url: str) -> dict[str, set[int]]:
    database = open_database(url, migrate=False)
    try:
        return {needle: {e.id for e in search_log(database, LogFilter(text=needle), limit=10_000)}
                for needle in NEEDLES}
    finally:
        database.dispose()


def test_upgrade_and_downgrade_with_rows_present(pg_url):
    engine = create_engine(pg_url)
    try:
        upgrade(engine, "0007")
        with engine.begin() as connection:
            connection.execute(insert(ChangeLog), log_rows(0, 150))
        before = _state(engine)
        assert before["old_new"] == 2 and not before["side"]
        upgrade(engine, "0008")
        after = _state(engine)
        assert after == {"version": "0008", "side": True, "queue": True, "trigger": 1, "old_new": 0}
        with engine.connect() as connection:
            indexed = connection.execute(text(
                "SELECT count(*) FROM change_log_search s JOIN change_log c ON c.id = s.id "
                "WHERE s.body = coalesce(c.old, '') || chr(31) || coalesce(c.new, '')")).scalar()
            queued = connection.execute(text("SELECT count(*) FROM change_log_search_queue")).scalar()
        assert (indexed, queued) == (150, 0)  # every existing row filled in, none left queued
        found = _texts(pg_url)
        upgrade(engine, "0007")
        assert _state(engine) == {"version": "0007", "side": False, "queue": False, "trigger": 0, "old_new": 2}
        assert _texts(pg_url) == found  # the ILIKE through the indexes of 0006 again
        with engine.begin() as connection:  # written while at 0007: found after the next upgrade
            connection.execute(insert(ChangeLog), log_rows(150, 40))
        upgrade(engine, "0008")
        found = _texts(pg_url)
        assert found["营商环境"] and max(found["营商环境"]) > 150
        upgrade(engine, "0007")
        assert _texts(pg_url) == found
    finally:
        engine.dispose()
