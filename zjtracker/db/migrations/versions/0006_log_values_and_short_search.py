"""the change log's filter choices kept on write and its text found through an index; one
and two characters of the tree filter through an index on PostgreSQL

- change_log_values (field, value): the users, computers, sources and fields found in the
  change log, kept by triggers on every insert or update, so the 修改记录 dialog reads its
  filter choices from a small table instead of SELECT DISTINCT over every row.
- SQLite: change_log_fts, a contentless FTS5 table (trigram tokenizer, no positions) of each
  row's old and new values, filled here and then brought up to date in one statement before
  each search (rows are only ever added, with growing ids; an FTS5 trigger would cost half a
  millisecond a row, as each row is its own statement); a text of three characters or more
  narrows the rows to those holding each of its trigrams, and the LIKE then decides
  (services/history/log_search.py).
- PostgreSQL: pg_trgm GIN indexes on the change log's old and new values (ILIKE of three
  characters or more); and zj_grams(text), every character and pair of characters of a text,
  with GIN indexes on it over the measures' label and text and the yearly plans' text: the
  tree filter's one- and two-character queries (services/search_index.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEPT = ("user", "machine", "source", "field")  # the change log's columns whose values are kept
BODY = "lower(coalesce({row}.old, '')) || char(31) || lower(coalesce({row}.new, ''))"
GRAM_COLUMNS = (("measures", "label"), ("measures", "text"), ("yearly_plans", "text"))
LOG_TRGM = ("old", "new")


def upgrade() -> None:
    op.create_table(
        "change_log_values",
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("field", "value", name=op.f("pk_change_log_values")),
    )
    for name in KEPT:
        op.execute(f"INSERT INTO change_log_values (field, value) SELECT DISTINCT '{name}', \"{name}\" "
                   f"FROM change_log WHERE \"{name}\" IS NOT NULL AND \"{name}\" <> ''")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix in ("values_ai", "values_au"):
            op.execute(f"DROP TRIGGER IF EXISTS change_log_{suffix}")
        op.execute("DROP TABLE IF EXISTS change_log_fts")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_log_values_ai ON change_log")
        op.execute("DROP TRIGGER IF EXISTS change_log_values_au ON change_log")
        op.execute("DROP FUNCTION IF EXISTS zj_keep_log_values()")
        for table, column in GRAM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_grams")
        op.execute("DROP FUNCTION IF EXISTS zj_grams(text)")
        for column in LOG_TRGM:
            op.execute(f"DROP INDEX IF EXISTS ix_change_log_{column}_trgm")
    op.drop_table("change_log_values")


def _sqlite_upgrade() -> None:
    keep = " ".join(f"INSERT OR IGNORE INTO change_log_values (field, value) SELECT '{name}', new.\"{name}\" "
                    f"WHERE coalesce(new.\"{name}\", '') <> '';" for name in KEPT)
    op.execute(f"CREATE TRIGGER change_log_values_ai AFTER INSERT ON change_log BEGIN {keep} END")
    op.execute(f"CREATE TRIGGER change_log_values_au AFTER UPDATE OF {', '.join(chr(34) + k + chr(34) for k in KEPT)}"
               f" ON change_log BEGIN {keep} END")
    op.execute("CREATE VIRTUAL TABLE change_log_fts USING fts5(body, tokenize='trigram case_sensitive 1', "
               "content='', detail=none)")
    op.execute(f"INSERT INTO change_log_fts(rowid, body) SELECT id, {BODY.format(row='change_log')} FROM change_log")


def _postgresql_upgrade() -> None:
    selects = " UNION ".join(f"SELECT '{name}', \"{name}\" FROM new_rows WHERE \"{name}\" IS NOT NULL "
                             f"AND \"{name}\" <> ''" for name in KEPT)
    op.execute("CREATE FUNCTION zj_keep_log_values() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               f"INSERT INTO change_log_values (field, value) {selects} ON CONFLICT DO NOTHING; "
               "RETURN NULL; END $$")
    for suffix, event in (("ai", "INSERT"), ("au", "UPDATE")):
        op.execute(f"CREATE TRIGGER change_log_values_{suffix} AFTER {event} ON change_log "
                   "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION zj_keep_log_values()")
    # Every character and every pair of neighbouring characters of a text, each once.
    op.execute("CREATE FUNCTION zj_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
               "SELECT coalesce(array_agg(DISTINCT g), '{}') FROM generate_series(1, length(t)) AS i, "
               "LATERAL (VALUES (substr(t, i, 1)), (substr(t, i, 2))) AS grams(g) $$")
    for table, column in GRAM_COLUMNS:
        op.execute(f"CREATE INDEX ix_{table}_{column}_grams ON {table} USING gin (zj_grams({column}))")
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar():
        for column in LOG_TRGM:
            op.execute(f"CREATE INDEX ix_change_log_{column}_trgm ON change_log USING gin ({column} gin_trgm_ops)")
