"""The 修改记录 dialog at volume: its filter choices come from change_log_values, kept by the
database on every write, and its text search goes through an index (SQLite: the trigram
table change_log_fts, brought up to date before each search; PostgreSQL: pg_trgm) and
answers exactly as the plain case-insensitive LIKE does, on both engines."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert, text

from zjtracker.db.models import ChangeLog
from zjtracker.services.history.change_log import LogFilter, count_log, log_filter_choices, search_log

TEXTS = ["召开专题会议，推进营商环境改革", "营商环境持续优化", "已完成年度任务", "Excel 台账 ABC", "abc def",
         "100%完成", "a_b 下划线", "", None, "进度滞后，资金不足", "优化营商环境行动方案（2023年）"]
NEEDLES = ["营商环境", "营商", "营", "环境持", "abc", "ABC", "Abc", "%完成", "a_b", "_", "台账 a", "不存在的文字",
           "（2023", "年）", "滞后，资", "落实情况", "status", "percent"]


def _rows(start: int, count: int) -> list[dict]:
    at = datetime(2025, 1, 1)
    return [{"at": at + timedelta(minutes=i), "user": f"user{i % 3}", "machine": f"PC-{i % 2}",
             "entity": "progress", "entity_id": i, "field": ("status_text", "percent", "remarks")[i % 3],
             "old": TEXTS[i % len(TEXTS)], "new": TEXTS[(i * 7 + 3) % len(TEXTS)], "source": "typed",
             "batch_id": None} for i in range(start, start + count)]


def _like(needle: str, rows: list[dict]) -> set[int]:
    """The rows a case-insensitive substring test finds in old or new (ASCII folded)."""
    folded = needle.lower()
    return {row["entity_id"] for row in rows
            if folded in (row["old"] or "").lower() or folded in (row["new"] or "").lower()}


def _found(database, needle: str) -> set[int]:
    return {entry.entity_id for entry in search_log(database, LogFilter(text=needle), limit=10_000)}


def test_text_search_through_the_index_answers_as_the_like(database):
    rows = _rows(0, 300)
    with database.session() as session:
        session.execute(insert(ChangeLog), rows)
    for round_ in range(2):
        for needle in NEEDLES:
            found = _found(database, needle)
            expected = _like(needle, rows)
            if needle in ("落实情况", "status", "percent", "_"):  # field names match whole fields too
                assert expected <= found, needle
                continue
            assert found == expected, (round_, needle)
            assert count_log(database, LogFilter(text=needle)) == len(expected)
        more = _rows(len(rows), 50)  # rows added after a search are found by the next one
        with database.session() as session:
            session.execute(insert(ChangeLog), more)
        rows += more
    assert _found(database, "营商环境") == _like("营商环境", rows)
    if database.is_sqlite:  # the search brought the index up to date
        with database.session() as session:
            indexed = session.execute(text("SELECT count(*) FROM change_log_fts WHERE change_log_fts MATCH "
                                           "'\"营商环\" AND \"商环境\"'")).scalar()
        assert indexed == len(_like("营商环境", rows))


def test_filter_choices_come_from_the_values_kept_on_write(database):
    with database.session() as session:
        session.execute(insert(ChangeLog), _rows(0, 30))
        kept = set(session.execute(text("SELECT field, value FROM change_log_values")).all())
    assert {("user", "user0"), ("user", "user2"), ("machine", "PC-1"), ("source", "typed"),
            ("field", "remarks")} <= kept
    choices = log_filter_choices(database)
    assert choices.users == ["user0", "user1", "user2"]
    assert choices.machines == ["PC-0", "PC-1"]
    assert choices.sources == [("typed", "手工录入")]
    with database.session() as session:  # one row more by someone new: a choice at once
        session.execute(insert(ChangeLog), [{**_rows(30, 1)[0], "user": "zhang", "source": "undo"}])
    choices = log_filter_choices(database)
    assert "zhang" in choices.users and ("undo", "撤销") in choices.sources
