"""Searching the change log at archive volume (a million rows and more): the filter choices
from the small table change_log_values the database keeps on every write, and the text
through an index (migration 0006) instead of a LIKE over every row.

SQLite: a text of three characters or more first narrows the rows to those whose old and
new values hold each of its trigrams (the contentless FTS5 table change_log_fts, brought up
to date with the rows added since the last search in one statement), and the
case-insensitive LIKE decides among them, so the answer is the LIKE's answer. PostgreSQL:
the ILIKE itself is served by pg_trgm indexes on the old and new values. Shorter text, or a
database without the index, is the plain LIKE: the newest rows are read first and a page is
soon full; on SQLite the count of a text alone of one or two characters is capped from the
index's vocabulary when it surely passes the cap (``surely_more_than``)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sqlalchemy import ColumnElement, Integer, and_, column, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from zjtracker.db.models import ChangeLog
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
    """Index the change-log rows added since the last search (SQLite): one INSERT … SELECT
    of the rows past the highest id indexed. False when the index cannot be used (missing,
    or the database cannot be written): the LIKE answers then."""
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


def surely_more_than(session: Session, needle: str, cap: int) -> bool:
    """Whether more than ``cap`` rows surely hold ``needle`` of one or two characters in their
    old or new value (SQLite): rows holding a trigram that begins with it, counted from the
    index's vocabulary (a temporary fts5vocab table over change_log_fts) until cap + 1. They
    all match the LIKE, so "more than cap" is then the LIKE's answer too, without reading
    the tens of thousands of rows the LIKE reads to find them. False says nothing (a value
    ending with the text has no such trigram): the LIKE counts then."""
    folded = fold_ascii(needle)
    if not 0 < len(folded) <= 2 or session.get_bind().dialect.name != "sqlite" or not catch_up(session):
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
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    in_values = or_(ChangeLog.old.ilike(pattern, escape="\\"), ChangeLog.new.ilike(pattern, escape="\\"))
    folded = fold_ascii(needle)
    if len(folded) >= 3 and session.get_bind().dialect.name == "sqlite" and catch_up(session):
        grams = dict.fromkeys(folded[i:i + 3] for i in range(len(folded) - 2))
        query = " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)
        rows = text("SELECT rowid FROM change_log_fts WHERE change_log_fts MATCH :grams").bindparams(grams=query)
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
