"""reference texts: glossary terms, policy interpretations, abolition links

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("policies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interpretation", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("abolished_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_policies_abolished_by_id_policies"),
            "policies",
            ["abolished_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"],
            name=op.f("fk_glossary_terms_policy_id_policies"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
    )
    with op.batch_alter_table("glossary_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_glossary_terms_policy_id"), ["policy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("glossary_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_glossary_terms_policy_id"))
    op.drop_table("glossary_terms")
    with op.batch_alter_table("policies", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_policies_abolished_by_id_policies"), type_="foreignkey")
        batch_op.drop_column("abolished_by_id")
        batch_op.drop_column("interpretation")
