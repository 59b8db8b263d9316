"""returns: sent fill-in workbooks, and the unit and workbook a returned file answers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_workbooks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=100), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"],
            name=op.f("fk_sent_workbooks_policy_id_policies"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"],
            name=op.f("fk_sent_workbooks_unit_id_units"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_workbooks")),
        sa.UniqueConstraint("token", name=op.f("uq_sent_workbooks_token")),
    )
    with op.batch_alter_table("sent_workbooks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sent_workbooks_policy_id"), ["policy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sent_workbooks_unit_id"), ["unit_id"], unique=False)

    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("sent_workbook_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_import_batches_unit_id_units"), "units",
            ["unit_id"], ["id"], ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_import_batches_sent_workbook_id_sent_workbooks"), "sent_workbooks",
            ["sent_workbook_id"], ["id"], ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_import_batches_sent_workbook_id_sent_workbooks"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_import_batches_unit_id_units"), type_="foreignkey")
        batch_op.drop_column("sent_workbook_id")
        batch_op.drop_column("unit_id")
    with op.batch_alter_table("sent_workbooks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sent_workbooks_unit_id"))
        batch_op.drop_index(batch_op.f("ix_sent_workbooks_policy_id"))
    op.drop_table("sent_workbooks")
