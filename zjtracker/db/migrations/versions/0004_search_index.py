"""search index for the tree filter; indexes for the outline, the plans of a year and the
numbers of a period

On SQLite: FTS5 tables with the trigram tokenizer over the measures' label and text and
the yearly plans' text, kept in step by triggers (see zjtracker.services.search_index).
On PostgreSQL: pg_trgm GIN indexes on the same columns, used by the plain LIKE queries
(skipped, and the filter scans, when the extension cannot be installed).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The indexed text of a row: ASCII folded to lower case as SQLite's LIKE folds it, the
# columns apart and two end marks, so that every substring of one or two characters is
# the start of a trigram (char(31) never occurs in what a clerk types or stores).
BODIES = {
    "measures": "lower({row}.label) || char(31) || lower({row}.text) || char(31) || char(31)",
    "yearly_plans": "lower({row}.text) || char(31) || char(31)",
}
WATCHED = {"measures": "label, text", "yearly_plans": "text"}
TRGM_COLUMNS = (("measures", "label"), ("measures", "text"), ("yearly_plans", "text"))


def upgrade() -> None:
    op.create_index("ix_yearly_plans_year", "yearly_plans", ["year", "measure_id"], unique=False)
    op.create_index("ix_measures_outline", "measures", ["area_id", "parent_id", "position", "deadline"],
                    unique=False)
    op.create_index("ix_progress_reports_period_values", "progress_reports",
                    ["period", "plan_id", "percent", "assessment"], unique=False)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in BODIES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts_terms")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    elif dialect == "postgresql":
        for table, column in TRGM_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_{column}_trgm")
    op.drop_index("ix_progress_reports_period_values", table_name="progress_reports")
    op.drop_index("ix_measures_outline", table_name="measures")
    op.drop_index("ix_yearly_plans_year", table_name="yearly_plans")


def _sqlite_upgrade() -> None:
    for table, body in BODIES.items():
        fts = f"{table}_fts"
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(body, tokenize='trigram case_sensitive 1')")
        op.execute(f"CREATE VIRTUAL TABLE {fts}_terms USING fts5vocab({fts}, 'instance')")
        op.execute(f"INSERT INTO {fts}(rowid, body) SELECT id, {body.format(row=table)} FROM {table}")
        op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {body.format(row='new')}); END")
        op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                   f"DELETE FROM {fts} WHERE rowid = old.id; END")
        op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF id, {WATCHED[table]} ON {table} BEGIN "
                   f"DELETE FROM {fts} WHERE rowid = old.id; "
                   f"INSERT INTO {fts}(rowid, body) VALUES (new.id, {body.format(row='new')}); END")


def _postgresql_upgrade() -> None:
    bind = op.get_bind()
    nested = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        nested.rollback()  # no contrib package or no right to install it: LIKE scans instead
        return
    nested.commit()
    for table, column in TRGM_COLUMNS:
        op.execute(f"CREATE INDEX ix_{table}_{column}_trgm ON {table} USING gin ({column} gin_trgm_ops)")
