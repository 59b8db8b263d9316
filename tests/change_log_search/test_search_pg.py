"""PostgreSQL: the 修改记录 text search through change_log_search (migration 0008) answers as
the plain ILIKE over the change log, for the rows written after the migration too — while
they wait in the queue, once the dialog's opening moved them into the index, and when a
long queue is moved by the search itself."""

from __future__ import annotations

from sqlalchemy import insert, text

from tests.change_log_search.conftest import NEEDLES, log_rows
from zjtracker.db import open_database
from zjtracker.db.models import ChangeLog
from zjtracker.services.history import log_search_pg
from zjtracker.services.history.change_log import (
    LogFilter,
    count_log,
    log_filter_choices,
    search_log,
)


def _found(database, needle: str) -> set[int]:
    return {entry.id for entry in search_log(database, LogFilter(text=needle), limit=10_000)}


def _ilike(database, needle: str) -> set[int]:
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with database.session() as session:
        return set(session.scalars(text("SELECT id FROM change_log WHERE old ILIKE :p OR new ILIKE :p"),
                                   {"p": pattern}))


def _queued(database) -> int:
    with database.session() as session:
        return session.execute(text("SELECT count(*) FROM change_log_search_queue")).scalar()


def _same_as_ilike(database) -> None:
    for needle in NEEDLES:
        expected = _ilike(database, needle)
        assert _found(database, needle) == expected, needle
        assert count_log(database, LogFilter(text=needle)) == len(expected), needle
        capped = count_log(database, LogFilter(text=needle), cap=5)
        assert capped == min(len(expected), 6), needle


def test_search_answers_as_the_ilike_for_rows_queued_and_moved(pg_url, monkeypatch):
    database = open_database(pg_url)
    try:
        with database.session() as session:
            session.execute(insert(ChangeLog), log_rows(0, 200))
        assert _queued(database) == 200  # written after the migration: queued by the trigger
        _same_as_ilike(database)  # read from the queue as they are
        assert _queued(database) == 200
        monkeypatch.setattr(log_search_pg, "MOVED_AT_ONCE", 150)
        log_filter_choices(database)  # the dialog opens: the queue goes into the index, a part at a time
        assert _queued(database) == 50
        _same_as_ilike(database)  # half indexed, half queued
        log_filter_choices(database)
        assert _queued(database) == 0
        with database.session() as session:
            assert session.execute(text("SELECT count(*) FROM change_log_search")).scalar() == 200
        _same_as_ilike(database)
        with database.session() as session:  # more rows, some queued, others indexed
            session.execute(insert(ChangeLog), log_rows(200, 60))
        _same_as_ilike(database)
        monkeypatch.setattr(log_search_pg, "QUEUE_SEARCHED", 10)  # a long queue: the search moves it
        _same_as_ilike(database)
        assert _queued(database) == 0
    finally:
        database.dispose()


def test_writing_the_change_log_goes_through_no_trigram_index(pg_url):
    database = open_database(pg_url)
    try:
        with database.session() as session:
            indexes = set(session.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'change_log'")))
            searched = set(session.scalars(text("SELECT indexname FROM pg_indexes "
                                                "WHERE tablename = 'change_log_search'")))
        assert not {"ix_change_log_old_trgm", "ix_change_log_new_trgm"} & indexes
        assert "ix_change_log_search_body_trgm" in searched
    finally:
        database.dispose()
