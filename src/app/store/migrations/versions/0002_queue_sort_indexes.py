"""Indexes for sorting the review queue by title, fact count and lowest confidence at 100 000 documents.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_title", "documents", ["title"])
    op.create_index("ix_documents_fact_count", "documents", ["fact_count"])
    op.create_index("ix_documents_min_confidence", "documents", ["min_confidence"])


def downgrade() -> None:
    op.drop_index("ix_documents_min_confidence", "documents")
    op.drop_index("ix_documents_fact_count", "documents")
    op.drop_index("ix_documents_title", "documents")
