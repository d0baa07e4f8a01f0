"""facts.override_reason: the analyst's written reason for keeping a fact despite its consistency
problems (a value far from its value-as-written, a currency other than the one written, …); audited
and exported in the workbook's `Override reason` column.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.add_column(sa.Column("override_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("override_reason")
