"""The change log's text index on PostgreSQL (migration 0008): change_log_search holds each
row's old and new value (body = old || chr(31) || new) under a pg_trgm GIN index, and the
rows written since it was last brought up to date wait in change_log_search_queue (their
ids, added by a statement trigger on change_log once their transaction commits, whatever
desk wrote them).

Writing the change log costs no index: a return of 472 tasks writes 1,400 rows, which took
about 100 ms through the two trigram indexes of migration 0006 and 50–150 ms through this
one. Searches read the queued rows as they are (a few milliseconds for such a return) and
move them into the index only when the queue has grown long; the 修改记录 dialog moves them
as it opens (a few thousand at a time). A text found in so many rows that the newest rows, read first, fill a page
sooner than the index finds them all is left to the plain ILIKE (the index, counted up to
a few thousand, decides)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from sqlalchemy import text
from sqlalchemy.orm import Session

BODY = "coalesce(old, '') || chr(31) || coalesce(new, '')"  # as migration 0008 fills change_log_search
QUEUE_SEARCHED = 5_000  # queued rows a search reads as they are; past that it moves some into the index first
MOVED_AT_ONCE = 3_000  # queued rows moved by one search or one opening of the dialog (50–150 ms)

_STATE: WeakKeyDictionary = WeakKeyDictionary()  # engine -> whether this user may move the queue


def _state(session: Session) -> bool | None:
    """None without the index; else whether this database user may move the queued rows
    (asked once per engine; without the right, searches read the whole queue)."""
    engine = session.get_bind().engine
    if engine in _STATE:
        return _STATE[engine]
    found = session.execute(text(
        "SELECT CASE WHEN to_regclass('change_log_search_queue') IS NULL OR to_regclass('change_log_search') IS NULL "
        "THEN NULL ELSE has_table_privilege('change_log_search_queue', 'DELETE') "
        "AND has_table_privilege('change_log_search', 'INSERT') END")).scalar()
    if found is not None:  # an index once found stays (only a downgrade drops it)
        _STATE[engine] = found
    return found


def catch_up(session: Session, above: int = 0) -> bool:
    """Move queued rows into change_log_search, in one statement, when more than ``above``
    are queued: ``MOVED_AT_ONCE`` at most, so that no one action pays for a long
    queue (a day of returns with the dialog never opened) — the next ones move the rest.
    False without the index."""
    movable = _state(session)
    if movable is None:
        return False
    if not movable:
        return True
    queued = session.execute(text("SELECT count(*) FROM (SELECT 1 FROM change_log_search_queue LIMIT :enough) AS q"),
                             {"enough": above + 1}).scalar()
    if queued > above:  # two desks moving at once: the second finds the rows gone once the first commits
        session.execute(text(
            "WITH moved AS (DELETE FROM change_log_search_queue WHERE ctid = ANY(ARRAY("
            "SELECT ctid FROM change_log_search_queue LIMIT :most)) RETURNING id) "
            f"INSERT INTO change_log_search (id, body) SELECT id, {BODY} FROM change_log "
            "WHERE id IN (SELECT id FROM moved) ON CONFLICT (id) DO NOTHING"), {"most": MOVED_AT_ONCE})
    return True


def candidates(session: Session, pattern: str):
    """The ids of the rows whose old or new value may match the ILIKE ``pattern`` (of three
    characters or more): the indexed rows whose body matches and every queued row; None when
    the plain ILIKE is to answer (no index, or a common text)."""
    if _state(session) is None or _common(session, pattern):  # a common text is read newest first
        return None
    catch_up(session, QUEUE_SEARCHED)
    return text("SELECT id FROM change_log_search WHERE body ILIKE :body "
                "UNION ALL SELECT id FROM change_log_search_queue").bindparams(body=pattern)


def _common(session: Session, pattern: str) -> bool:
    """Whether so many indexed rows match ``pattern`` that reading the newest rows first fills
    a page of 200 sooner than the index finds them all: about sqrt(20 × rows) matches and
    more (a row read in time order costs about a tenth of a row found through the index).
    Counted through the index up to that many, not estimated: the planner's guess for a
    text inside the long, all-different bodies is anything from 78 to 47,000 for the same
    19,000 matches."""
    found, enough = session.execute(text(  # MATERIALIZED: planned as the whole search (the index), read only to enough
        "WITH held AS MATERIALIZED (SELECT id FROM change_log_search WHERE body ILIKE :p), "
        "enough AS (SELECT ceil(sqrt(20 * greatest(reltuples, 0)))::integer AS n FROM pg_class "
        "WHERE oid = 'change_log_search'::regclass) "
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM held LIMIT (SELECT n FROM enough)) AS found), "
        "(SELECT n FROM enough)"), {"p": pattern}).one()
    return bool(enough) and found >= enough


def more_than(session: Session, pattern: str, cap: int) -> bool:
    """Whether more than ``cap`` indexed rows (still in the change log) match ``pattern``:
    then more than ``cap`` rows hold the text, as the body holds the old and new value (a
    lower bound while rows are queued). The matches are read through the index in the
    order of the table and the count stops at cap + 1."""
    if _state(session) is None:
        return False
    found = session.execute(text(  # MATERIALIZED: planned as the whole search (the index), read only to cap + 1
        "WITH held AS MATERIALIZED (SELECT id FROM change_log_search WHERE body ILIKE :body) "
        "SELECT count(*) FROM (SELECT 1 FROM held JOIN change_log ON change_log.id = held.id LIMIT :enough) AS found"),
        {"body": pattern, "enough": cap + 1}).scalar()
    return (found or 0) > cap


def index_all_queued(connection) -> None:
    """Every queued row moved into change_log_search at once, the index built afresh (a
    bulk load, such as the benchmark's generated archive of a million rows: moving them a
    few thousand at a time would take hundreds of searches). Nothing without the index."""
    if connection.execute(text("SELECT to_regclass('change_log_search_queue')")).scalar() is None:
        return
    connection.execute(text("DROP INDEX IF EXISTS ix_change_log_search_body_trgm"))
    connection.execute(text(f"INSERT INTO change_log_search (id, body) SELECT id, {BODY} FROM change_log "
                            "WHERE id IN (SELECT id FROM change_log_search_queue) ON CONFLICT (id) DO NOTHING"))
    connection.execute(text("TRUNCATE change_log_search_queue"))
    connection.execute(text("CREATE INDEX ix_change_log_search_body_trgm ON change_log_search "
                            "USING gin (body gin_trgm_ops)"))
    connection.execute(text("ANALYZE change_log_search"))
