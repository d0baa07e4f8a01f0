"""Warnings recorded on a document at import (encoding repaired, NUL bytes removed, ...).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite has it): recreating the table would drop the full-text triggers.
    op.add_column("documents", sa.Column("warnings", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("documents", "warnings")
