"""The benchmark's generated archive on PostgreSQL has its change log in the text index, not
left queued (a queue of a million rows would be read by every search)."""

from __future__ import annotations

from sqlalchemy import text

from benchmarks.generate import generate
from tests.scale.conftest import TINY, quiet
from zjtracker.db import open_database


def test_generated_change_log_is_indexed(pg_url):
    generate(pg_url, scale=TINY, seed=3, log=quiet)
    database = open_database(pg_url)
    try:
        with database.session() as session:
            counts = session.execute(text(
                "SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM change_log_search), "
                "(SELECT count(*) FROM change_log_search_queue)")).one()
    finally:
        database.dispose()
    assert counts[0] > 1000 and tuple(counts) == (counts[0], counts[0], 0)
