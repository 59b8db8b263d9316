"""the change log's text searched on PostgreSQL through a side table, so that writing the
change log no longer goes through two trigram indexes

Migration 0006 put pg_trgm GIN indexes on change_log.old and change_log.new: every change-log
row written (1,416 for a return of 472 tasks) went through both, about 100 ms of the return's
merge at archive volume. On PostgreSQL (with pg_trgm) they are replaced by

- change_log_search (id = change_log.id, body = old || chr(31) || new), one pg_trgm GIN index
  on body: the text search narrows the rows to those whose body holds the text (ILIKE through
  the index) and the ILIKE on old and new decides among them (services/history/log_search.py);
- change_log_search_queue (id): the ids of the rows written since, added by a statement
  trigger on change_log from its transition table (a few milliseconds for a whole return);
  before each text search the queued rows are moved into change_log_search in one statement.
  A queue rather than "the ids above the highest indexed" because on a shared server a
  transaction may commit its lower ids after another's higher ones.

Filled here from the existing rows (the table first, then its index in one build). SQLite
keeps change_log_fts (0006). Downgrade restores the two indexes of 0006.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BODY = "coalesce({row}old, '') || chr(31) || coalesce({row}new, '')"  # as log_search.PG_BODY


def _has_trgm() -> bool:
    bind = op.get_bind()
    return bool(bind.execute(sa.text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql" or not _has_trgm():
        return
    op.execute("CREATE TABLE change_log_search (id integer NOT NULL, body text NOT NULL, "
               "CONSTRAINT pk_change_log_search PRIMARY KEY (id))")
    op.execute("CREATE TABLE change_log_search_queue (id integer NOT NULL)")
    op.execute("CREATE FUNCTION zj_queue_log_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "INSERT INTO change_log_search_queue (id) SELECT id FROM new_rows; RETURN NULL; END $$")
    op.execute("CREATE TRIGGER change_log_search_ai AFTER INSERT ON change_log REFERENCING NEW TABLE AS new_rows "
               "FOR EACH STATEMENT EXECUTE FUNCTION zj_queue_log_search()")
    op.execute(f"INSERT INTO change_log_search (id, body) SELECT id, {BODY.format(row='')} FROM change_log ORDER BY id")
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute("CREATE INDEX ix_change_log_search_body_trgm ON change_log_search USING gin (body gin_trgm_ops)")
    op.execute("ANALYZE change_log_search")  # searches ask the planner how common a text is (log_search_pg)
    for column in ("old", "new"):
        op.execute(f"DROP INDEX IF EXISTS ix_change_log_{column}_trgm")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS change_log_search_ai ON change_log")
    op.execute("DROP FUNCTION IF EXISTS zj_queue_log_search()")
    op.execute("DROP TABLE IF EXISTS change_log_search_queue")
    op.execute("DROP TABLE IF EXISTS change_log_search")
    if _has_trgm():
        for column in ("old", "new"):
            op.execute(f"CREATE INDEX IF NOT EXISTS ix_change_log_{column}_trgm ON change_log "
                       f"USING gin ({column} gin_trgm_ops)")
