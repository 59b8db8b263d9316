"""The 修改记录 count of a text of one or two characters, capped as the dialog asks it, is the
LIKE's count on both engines: on SQLite it may come from the index's vocabulary (rows holding
a trigram that begins with the text), which finds no value ending with the text; such rows are
still counted, and a filter besides the text is counted by the LIKE."""

from __future__ import annotations

from sqlalchemy import insert

from tests.change_log.test_log_index import NEEDLES, _like, _rows
from zjtracker.db.models import ChangeLog
from zjtracker.services.history import change_log, log_search
from zjtracker.services.history.change_log import LogFilter, count_log

ENDINGS = [{"old": "推进营商", "new": "营"}, {"old": None, "new": "营商"}, {"old": "Ab", "new": ""}]


def test_capped_counts_of_short_text_are_the_like_s(database, monkeypatch):
    rows = _rows(0, 300)
    with database.session() as session:
        session.execute(insert(ChangeLog), rows)
    surely = []

    def watched(session, needle, cap):
        surely.append(found := log_search.surely_more_than(session, needle, cap))
        return found

    monkeypatch.setattr(change_log, "surely_more_than", watched)
    for needle in NEEDLES + ["营", "营商", "商", "ab", "AB", "b", "%", "_"]:
        full = count_log(database, LogFilter(text=needle))
        for cap in (0, 5, 50, 1000):
            assert count_log(database, LogFilter(text=needle), cap=cap) == min(full, cap + 1), (needle, cap)
        assert count_log(database, LogFilter(text=needle, user="user1"), cap=5) == min(
            count_log(database, LogFilter(text=needle, user="user1")), 6)
    assert any(surely) == database.is_sqlite


def test_values_ending_with_the_text_are_counted(database):
    """Few rows, all ending with the text: the vocabulary finds none of them, the LIKE all."""
    rows = [{**row, **ENDINGS[i % len(ENDINGS)]} for i, row in enumerate(_rows(0, 12))]
    with database.session() as session:
        session.execute(insert(ChangeLog), rows)
    for needle in ("营", "营商", "商", "ab", "b"):
        expected = len(_like(needle, rows))
        assert expected
        assert count_log(database, LogFilter(text=needle), cap=2) == min(expected, 3), needle
        assert count_log(database, LogFilter(text=needle), cap=1000) == expected, needle
