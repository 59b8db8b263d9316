"""the yearly plans' year index also carries each plan's id and 办结 date, so the overview
counts a year's plans from the index alone

ix_yearly_plans_year (year, measure_id) becomes (year, measure_id, id, closed_on): the filter's
lookups by year use its first columns as before, and the overview, which needs of a plan only
its measure, its id and whether it is closed (closed_on), no longer reads the table's rows.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_yearly_plans_year", table_name="yearly_plans")
    op.create_index("ix_yearly_plans_year", "yearly_plans", ["year", "measure_id", "id", "closed_on"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE yearly_plans")  # VACUUM (which marks pages all-visible) cannot run in a transaction


def downgrade() -> None:
    op.drop_index("ix_yearly_plans_year", table_name="yearly_plans")
    op.create_index("ix_yearly_plans_year", "yearly_plans", ["year", "measure_id"], unique=False)
