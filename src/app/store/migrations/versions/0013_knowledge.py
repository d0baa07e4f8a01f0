"""What extraction learned from the analysts' corrections (learned_entries).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learned_entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_learned_entries_kind", "learned_entries", ["kind"])
    op.create_index("ix_learned_entries_fact_id", "learned_entries", ["fact_id"])
    op.create_index("ix_learned_entries_document_id", "learned_entries", ["document_id"])


def downgrade() -> None:
    op.drop_table("learned_entries")
