"""Searching the change log at archive volume (a million rows and more): the filter choices
from the small table change_log_values the database keeps on every write, and the text
through an index instead of a LIKE over every row.

A text of three characters or more first narrows the rows to those the index says may hold
it, and the case-insensitive LIKE decides among them, so the answer is the LIKE's answer.
SQLite: the rows whose old and new values hold each of its trigrams, from the contentless
FTS5 table change_log_fts (migration 0006), brought up to date with the rows added since the
last search in one statement. PostgreSQL: the rows whose body (old and new value) matches
the ILIKE through the pg_trgm index of change_log_search (migration 0008), brought up to date
first from the queue of rows written since, in one statement. Shorter text, or a database
without the index, is the plain LIKE: the newest rows are read first and a page is soon
full; on SQLite the count of a text alone of one or two characters is capped from the
index's vocabulary when it surely passes the cap (``surely_more_than``)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Integer, and_, column, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from zjtracker.db.models import ChangeLog
from zjtracker.services.history import log_search_pg
from zjtracker.services.history.labels import fields_named
from zjtracker.services.search_index import fold_ascii

KEPT = ("user", "machine", "source", "field")


_PRESENT: WeakKeyDictionary = WeakKeyDictionary()  # engine -> the tables of migration 0006 it has


def _has(session: Session, name: str) -> bool:
    """Whether the database has ``name`` (change_log_values, change_log_fts), asked once per
    engine and remembered once found (they are never dropped but by a downgrade)."""
    engine = session.get_bind().engine
    known = _PRESENT.setdefault(engine, set())
    if name in known:
        return True
    if session.get_bind().dialect.name == "sqlite":
        found = bool(session.execute(text("SELECT count(*) FROM sqlite_master WHERE name = :name"),
                                     {"name": name}).scalar())
    else:
        found = bool(session.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}).scalar())
    if found:
        known.add(name)
    return found


def kept_values(session: Session) -> dict[str, list[str]]:
    """column → the values found in the change log (users, machines, sources, fields), from
    change_log_values; read with SELECT DISTINCT where the table is missing (an old schema)."""
    found: dict[str, list[str]] = {name: [] for name in KEPT}
    if session.get_bind().dialect.name != "sqlite":  # the dialog opens: its text index brought up to date
        catch_up(session)
    if _has(session, "change_log_values"):
        for field, value in session.execute(text("SELECT field, value FROM change_log_values")):
            if field in found and value:
                found[field].append(value)
        return found
    for name in KEPT:
        found[name] = [v for (v,) in session.execute(select(getattr(ChangeLog, name)).distinct()) if v]
    return found


BODY = "lower(coalesce(old, '')) || char(31) || lower(coalesce(new, ''))"  # as migration 0006 indexes it


def catch_up(session: Session) -> bool:
    """Bring the text index up to date with the change-log rows added since the last search,
    in one statement (PostgreSQL: every queued row, log_search_pg.catch_up). False when the
    index cannot be used (missing, or on SQLite the database cannot be written): the LIKE
    answers then."""
    if session.get_bind().dialect.name != "sqlite":
        return log_search_pg.catch_up(session)
    if not _has(session, "change_log_fts"):
        return False
    last, newest = session.execute(text("SELECT (SELECT rowid FROM change_log_fts ORDER BY rowid DESC LIMIT 1), "
                                        "(SELECT max(id) FROM change_log)")).one()
    last, newest = last or 0, newest or 0
    if newest <= last:
        return True
    try:  # a failed statement is undone alone on SQLite: the session carries on
        session.execute(text(f"INSERT INTO change_log_fts(rowid, body) SELECT id, {BODY} FROM change_log "
                             "WHERE id > :last ORDER BY id"), {"last": last})
    except DBAPIError:
        return False
    return True


def _candidates(session: Session, folded: str):
    """The ids of the rows that may hold the text ``folded`` (three characters or more), from
    the index, or None when the LIKE is to answer alone: no index to ask, or on PostgreSQL a
    text so common that reading the newest rows fills a page sooner than the index would."""
    if session.get_bind().dialect.name == "sqlite":
        if not catch_up(session):
            return None
        grams = dict.fromkeys(folded[i:i + 3] for i in range(len(folded) - 2))
        query = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
        return text("SELECT rowid FROM change_log_fts WHERE change_log_fts MATCH :grams").bindparams(grams=query)
    return log_search_pg.candidates(session, _pattern(folded))


def _pattern(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def surely_more_than(session: Session, needle: str, cap: int) -> bool:
    """Whether more than ``cap`` rows surely hold ``needle`` of one or two characters in their
    old or new value (SQLite): rows holding a trigram that begins with it, counted from the
    index's vocabulary (a temporary fts5vocab table over change_log_fts) until cap + 1. They
    all match the LIKE, so "more than cap" is then the LIKE's answer too, without reading
    the tens of thousands of rows the LIKE reads to find them. False says nothing (a value
    ending with the text has no such trigram): the LIKE counts then. PostgreSQL: a text of
    three characters or more, counted through change_log_search (log_search_pg.more_than)."""
    folded = fold_ascii(needle)
    if session.get_bind().dialect.name != "sqlite":  # a text of three characters or more, counted through the index
        return len(folded) >= 3 and "\x1f" not in folded and log_search_pg.more_than(session, _pattern(folded), cap)
    if not 0 < len(folded) <= 2 or not catch_up(session):
        return False
    try:
        session.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.change_log_fts_terms "
                             "USING fts5vocab(main, change_log_fts, instance)"))
    except DBAPIError:
        return False
    upper = folded[:-1] + chr(ord(folded[-1]) + 1)
    found = session.execute(text("SELECT count(*) FROM (SELECT DISTINCT doc FROM temp.change_log_fts_terms "
                                 "WHERE term >= :low AND term < :high LIMIT :enough)"),
                            {"low": folded, "high": upper, "enough": cap + 1}).scalar()
    return (found or 0) > cap


def text_condition(session: Session, needle: str) -> ColumnElement[bool]:
    """Rows whose old or new value holds ``needle`` (case-insensitively), whose field (its
    stored name) holds it, or whose field's Chinese name does (落实情况)."""
    pattern = _pattern(needle)
    in_values = or_(ChangeLog.old.ilike(pattern, escape="\\"), ChangeLog.new.ilike(pattern, escape="\\"))
    folded = fold_ascii(needle)
    rows = _candidates(session, folded) if len(folded) >= 3 else None
    if rows is not None:
        in_values = and_(ChangeLog.id.in_(rows.columns(column("id", Integer))), in_values)
    matches = [in_values]
    if _has(session, "change_log_values"):
        lowered = needle.lower()
        stored = [value for (value,) in session.execute(
            text("SELECT value FROM change_log_values WHERE field = 'field'")) if lowered in value.lower()]
        if stored:
            matches.append(ChangeLog.field.in_(stored))
    else:
        matches.append(ChangeLog.field.ilike(pattern, escape="\\"))
    for entity, field in fields_named(needle):
        matches.append(ChangeLog.field == field if entity is None else
                       and_(ChangeLog.entity == entity, ChangeLog.field == field))
    return or_(*matches)
