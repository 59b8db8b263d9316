"""the 督查 loop: evidence files (佐证材料) stored once by hash and attached to a plan's
period, the clerk's 复核 / 退回 verdict per plan and period, 办结销号 on a yearly plan, and a
task linked to the same task in an earlier year's ledger

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["yearly_plans.id"],
                                name=op.f("fk_reviews_plan_id_yearly_plans"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.UniqueConstraint("plan_id", "period", name=op.f("uq_reviews_plan_id")),
    )
    op.create_index(op.f("ix_reviews_plan_id"), "reviews", ["plan_id"], unique=False)
    op.create_table(
        "attachment_blobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_blobs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_blobs_sha256")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("blob_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["plan_id"], ["yearly_plans.id"],
                                name=op.f("fk_attachments_plan_id_yearly_plans"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["blob_id"], ["attachment_blobs.id"],
                                name=op.f("fk_attachments_blob_id_attachment_blobs")),
        sa.ForeignKeyConstraint(["import_batch_id"], ["import_batches.id"],
                                name=op.f("fk_attachments_import_batch_id_import_batches"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("plan_id", "period", "blob_id", name=op.f("uq_attachments_plan_id")),
    )
    op.create_index(op.f("ix_attachments_plan_id"), "attachments", ["plan_id"], unique=False)
    op.create_index(op.f("ix_attachments_blob_id"), "attachments", ["blob_id"], unique=False)
    op.create_index(op.f("ix_attachments_import_batch_id"), "attachments", ["import_batch_id"],
                    unique=False)
    op.create_index("ix_attachments_period", "attachments", ["period", "plan_id"], unique=False)

    with op.batch_alter_table("yearly_plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closed_basis", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("closed_by", sa.String(length=100), nullable=False,
                                      server_default=""))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a column with its reference in place; a batch rebuild of the table
        # would write its constraints in an order that varies from process to process.
        op.execute("ALTER TABLE measures ADD COLUMN previous_id INTEGER "
                   "CONSTRAINT fk_measures_previous_id_measures REFERENCES measures (id) "
                   "ON DELETE SET NULL")
    else:
        op.add_column("measures", sa.Column("previous_id", sa.Integer(), nullable=True))
        op.create_foreign_key(op.f("fk_measures_previous_id_measures"), "measures", "measures",
                              ["previous_id"], ["id"], ondelete="SET NULL")
    op.create_index(op.f("ix_measures_previous_id"), "measures", ["previous_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_measures_previous_id"), table_name="measures")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("measures", recreate="always") as batch_op:
            batch_op.drop_column("previous_id")
    else:
        op.drop_constraint(op.f("fk_measures_previous_id_measures"), "measures", type_="foreignkey")
        op.drop_column("measures", "previous_id")
    with op.batch_alter_table("yearly_plans", schema=None) as batch_op:
        batch_op.drop_column("closed_by")
        batch_op.drop_column("closed_basis")
        batch_op.drop_column("closed_on")
    op.drop_index("ix_attachments_period", table_name="attachments")
    op.drop_index(op.f("ix_attachments_import_batch_id"), table_name="attachments")
    op.drop_index(op.f("ix_attachments_blob_id"), table_name="attachments")
    op.drop_index(op.f("ix_attachments_plan_id"), table_name="attachments")
    op.drop_table("attachments")
    op.drop_table("attachment_blobs")
    op.drop_index(op.f("ix_reviews_plan_id"), table_name="reviews")
    op.drop_table("reviews")
