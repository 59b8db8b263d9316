"""The search index behind the tree filter: which measures and yearly plans hold a piece of
text, answered from an index instead of a LIKE scan over every row.

SQLite: FTS5 tables with the trigram tokenizer (migration 0004), one row per measure
(label and text) and per yearly plan (text), kept in step by triggers. Their text is ASCII
folded to lower case, as SQLite's LIKE folds it, with end marks (char 31) after each column,
so that
- three characters or more are a phrase query (consecutive trigrams = the substring);
- one or two characters are the start of some trigram: a range over the index's terms
  (fts5vocab), where a LIKE would read every row.
PostgreSQL: one GIN index per table on zj_grams(...), every character and pair of characters
of the text (migrations 0006 and 0009; measures: label, char 31, text): one or two characters
are held exactly where the array holds them; three or more are narrowed to the rows holding
each of their pairs, and the LIKE decides. Either way the answer is exactly the LIKE's answer
(the tests compare them), and without the index (an older schema) it is the LIKE.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from weakref import WeakKeyDictionary

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    column,
    false,
    func,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Measure, YearlyPlan

END_MARK = "\x1f"  # char(31), after each indexed column
_TABLES = {"measures": Measure, "yearly_plans": YearlyPlan}
_TRIGGERS = ("ai", "ad", "au")


def searchable(needle: str) -> str:
    """What of typed or pasted text can be searched for: control characters (a NUL, which
    PostgreSQL refuses in any string; line breaks, tabs, the index's end mark) taken out."""
    return "".join(c for c in needle if unicodedata.category(c) != "Cc")


def like(column, needle: str) -> ColumnElement[bool]:
    """The plain substring test: % and _ are ordinary characters."""
    return column.contains(searchable(needle), autoescape=True)


def _like_condition(table: str, needle: str) -> ColumnElement[bool]:
    if table == "measures":
        return or_(like(Measure.label, needle), like(Measure.text, needle))
    return like(YearlyPlan.text, needle)


def fold_ascii(value: str) -> str:
    """A–Z to a–z and nothing else, as SQLite's LIKE and lower() fold."""
    return value.translate(_ASCII_LOWER)


_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


def has_index(session: Session, table: str) -> bool:
    """Whether ``table``'s FTS index and all three triggers keeping it are there (SQLite).
    Checked on every search: a table rebuilt by a later migration loses its triggers, and
    then the plain LIKE answers until the index is installed again."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    names = [f"{table}_fts"] + [f"{table}_fts_{suffix}" for suffix in _TRIGGERS] + [f"{table}_fts_terms"]
    found = session.execute(
        text("SELECT count(*) FROM sqlite_master WHERE name IN (:a, :b, :c, :d, :e)"),
        dict(zip("abcde", names)),
    ).scalar()
    return found == len(names)


def has_grams(session: Session, table: str) -> bool:
    """Whether ``table`` has its zj_grams index (PostgreSQL, migration 0009); asked once per
    engine and remembered once found (a few milliseconds a question, asked several times a
    keystroke; only a downgrade drops them)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    known = _GRAMS_FOUND.setdefault(session.get_bind().engine, set())
    if table in known:
        return True
    found = session.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = :name"),
                            {"name": f"ix_{table}_grams"}).scalar()
    if found:
        known.add(table)
    return bool(found)


_GRAMS_FOUND: WeakKeyDictionary = WeakKeyDictionary()  # engine -> tables whose zj_grams index was found

# what each table's zj_grams index is built on (migration 0009)
_GRAMS_OF = {"measures": "zj_grams(measures.label || chr(31) || measures.text)",
             "yearly_plans": "zj_grams(yearly_plans.text)"}


def _grams(needle: str) -> list[str]:
    """What the rows holding ``needle`` hold in their zj_grams: itself (one or two
    characters), else each of its pairs of characters."""
    if len(needle) <= 2:
        return [needle]
    return list(dict.fromkeys(needle[i:i + 2] for i in range(len(needle) - 1)))


def _grams_condition(table: str, needle: str, joined: bool = False) -> ColumnElement[bool]:
    """The rows whose zj_grams hold the needle's grams: for one or two characters the same
    rows as the case-sensitive LIKE of PostgreSQL; for more, the LIKE then decides among
    them. ``joined``: the query narrows the rows by the tables it joins (a policy's): one or
    two characters are then found through the index first, in a subquery the planner keeps
    apart (OFFSET 0), as it would otherwise work zj_grams out on every row the join reaches;
    three or more by the LIKE alone on the rows the join reaches (the planner, taking the
    rows holding several pairs to be very few, would go from all of them to the join)."""
    if joined and len(needle) > 2:
        return _like_condition(table, needle)
    grams = _grams(needle)
    condition = text(f"{_GRAMS_OF[table]} @> CAST(:grams AS text[])").bindparams(
        bindparam("grams", grams, unique=True))
    if len(needle) > 2:
        condition = and_(condition, _like_condition(table, needle))
    if not joined:
        return condition
    model = _TABLES[table]
    return model.id.in_(select(model.id).where(condition).offset(0))


def contains(session: Session, table: str, needle: str, indexed: bool | None = None,
             id_of: ColumnElement | None = None, joined: bool = False) -> ColumnElement[bool]:
    """A condition on ``table`` ("measures": label or text; "yearly_plans": text) true where
    the text holds ``needle``, the same rows as the LIKE, through the index where there is one
    (``id_of``: the row's id as the SQLite index is to be asked with, by default its id;
    ``joined``: the query joins other tables, see _grams_condition)."""
    needle = searchable(needle)
    if needle and indexed is not False and has_grams(session, table):
        return _grams_condition(table, needle, joined)
    if indexed is None:
        indexed = has_index(session, table)
    if not indexed or not needle:
        return _like_condition(table, needle)
    rows = _index_rows(table, needle).columns(column("id", Integer))
    return (_TABLES[table].id if id_of is None else id_of).in_(rows)


def _index_rows(table: str, needle: str, distinct: bool = False):
    """The ids of the rows holding ``needle``, from the FTS index (SQLite)."""
    folded = fold_ascii(needle)
    if len(folded) >= 3:
        phrase = '"' + folded.replace('"', '""') + '"'
        return text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :phrase").bindparams(phrase=phrase)
    upper = folded[:-1] + chr(ord(folded[-1]) + 1)
    return text(f"SELECT {'DISTINCT ' if distinct else ''}doc FROM {table}_fts_terms "
                "WHERE term >= :low AND term < :high").bindparams(low=folded, high=upper)


def count(session: Session, table: str, needle: str) -> int:
    """How many rows of ``table`` hold ``needle`` (the rows of ``contains``). On SQLite the
    index's own documents are counted (they are the table's rows, kept by the triggers):
    no row of the table is read."""
    needle = searchable(needle)
    if needle and has_index(session, table):
        rows = _index_rows(table, needle, distinct=True).columns(column("id", Integer)).subquery()
        return session.scalar(select(func.count()).select_from(rows)) or 0
    return session.scalar(select(func.count()).select_from(_TABLES[table])
                          .where(contains(session, table, needle))) or 0


def policies_holding(session: Session, pieces: Iterable[str]) -> Counter:
    """For each policy, how many of ``pieces`` (bits of task text) its measures hold: a
    shortlist of the policies a returned ledger may belong to, found through the index
    before any row is compared (services/returns_match compares every policy otherwise)."""
    found: Counter = Counter()
    indexed = has_index(session, "measures")
    for piece in pieces:
        if piece and piece.strip():
            found.update(set(session.scalars(
                select(Area.policy_id).join(Measure, Measure.area_id == Area.id)
                .where(contains(session, "measures", piece, indexed, joined=len(searchable(piece)) <= 2)))))
    return found


def contains_any(session: Session, table: str, needles: Iterable[str],
                 indexed: bool | None = None) -> ColumnElement[bool]:
    """A condition on ``table`` true where the text holds any of ``needles``, the same rows
    as the OR of their ``contains``: through the index in a single query of it (an OR of
    phrases) where there is one and every needle has three characters or more (SQLite), an
    OR of zj_grams conditions (PostgreSQL), else the OR of plain LIKEs."""
    needles = [needle for needle in dict.fromkeys(map(searchable, needles)) if needle]
    if not needles:
        return false()
    if indexed is not False and has_grams(session, table):
        model = _TABLES[table]
        return model.id.in_(select(model.id).where(or_(*(_grams_condition(table, needle) for needle in needles)))
                            .offset(0))
    if indexed is None:
        indexed = has_index(session, table)
    if not indexed or any(len(fold_ascii(needle)) < 3 for needle in needles):
        return or_(*(_like_condition(table, needle) for needle in needles))
    query = " OR ".join('"' + fold_ascii(needle).replace('"', '""') + '"' for needle in needles)
    rows = text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :query").bindparams(
        bindparam("query", query, unique=True))
    return _TABLES[table].id.in_(rows.columns(column("id", Integer)))
