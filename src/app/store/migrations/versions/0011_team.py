"""Team mode: claims on documents, and the assignee index.

- document_claims: who has a document open (user, since when, last heartbeat). One row per document
  at most (its primary key), so two analysts can never hold the same document; a claim whose
  heartbeat is older than ten minutes has lapsed and may be taken over.
- documents.assignee (present since 0001) gets an index for the "Assigned to me" filter.

The PostgreSQL roles, grants, row-level security and triggers are not made here: roles belong to the
whole cluster, and `factdesk admin init-team` sets them up (app.store.services.team).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_claims",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("user_name", sa.String(200), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_assignee", "documents", ["assignee"])


def downgrade() -> None:
    op.drop_index("ix_documents_assignee", table_name="documents")
    op.drop_table("document_claims")
