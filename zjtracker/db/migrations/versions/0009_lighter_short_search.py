"""the tree filter's index on PostgreSQL made cheaper to keep: one grams index per table
instead of five GIN indexes, and zj_grams worked out by built-in functions

- zj_grams(text) gives the same characters and pairs of characters as before (what a clerk
  can type: a text holding char(30) may lose the pairs with it), from string_to_array and
  two regexp_replace calls instead of a row per character with array_agg(DISTINCT …) (GIN
  removes repeated keys itself): about ten times less work per text.
- measures: one GIN index on zj_grams(label || char(31) || text) instead of one per column
  (a pair across the end mark holds char(31), which a search never does), and the pg_trgm
  indexes of migration 0004 on measures and yearly plans are dropped: a text of three
  characters or more is narrowed to the rows holding each of its pairs and the LIKE decides
  (services/search_index.py). Importing a 3,000-measure document into the archive kept six
  GIN indexes up to date for every row; now two.
- The change log's pg_trgm indexes (0006) stay. SQLite is untouched (FTS5 tables of 0004).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# pairs from the first and from the second character, each followed by char(30) and split there
_PAIRS = "string_to_array(regexp_replace({t}, '(..)', E'\\\\1\\x1e', 'g'), E'\\x1e')"
GRAMS = ("CREATE OR REPLACE FUNCTION zj_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE "
         "AS $$ SELECT coalesce(array_remove(string_to_array(t, NULL) || " + _PAIRS.format(t="t") + " || "
         + _PAIRS.format(t="substr(t, 2)") + ", ''), '{}') $$")
OLD_GRAMS = ("CREATE OR REPLACE FUNCTION zj_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE "
             "AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}') FROM generate_series(1, length(t)) AS i, "
             "LATERAL (VALUES (substr(t, i, 1)), (substr(t, i, 2))) AS grams(g) $$")
NEW_INDEXES = {"ix_measures_grams": "measures USING gin (zj_grams(label || chr(31) || text))",
               "ix_yearly_plans_grams": "yearly_plans USING gin (zj_grams(text))"}
OLD_COLUMNS = (("measures", "label"), ("measures", "text"), ("yearly_plans", "text"))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in OLD_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_grams")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    op.execute(GRAMS)
    for name, target in NEW_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {target}")
    for table in ("measures", "yearly_plans"):
        op.execute(f"ANALYZE {table}")  # the planner's figures of the new arrays' elements


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in NEW_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute(OLD_GRAMS)
    trigrams = bind.execute(sa.text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
    for table, column in OLD_COLUMNS:
        op.execute(f"CREATE INDEX ix_{table}_{column}_grams ON {table} USING gin (zj_grams({column}))")
        if trigrams:
            op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)")
