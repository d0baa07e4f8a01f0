"""Comments on facts and documents.

- facts.comment: the analyst's comment on one fact (shown and edited in the form, searched, exported
  in the Comment column, applied back from a corrected workbook).
- documents.comment: the analyst's comment on the document, distinct from the note that goes with a
  flag (which the workflow replaces when the document is flagged again).

A fact's several evidence spans need no change: facts.evidence already holds a JSON list of
[start, end] pairs.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("comment", sa.Text(), nullable=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("comment", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("comment")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("comment")
