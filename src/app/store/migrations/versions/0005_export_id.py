"""The export record carries the export's UUID (the About sheet's `Export ID`), so a workbook
brought back can be traced to the export that wrote it.

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("export_records") as batch:
        batch.add_column(sa.Column("export_id", sa.String(36), nullable=True))
        batch.create_index("ix_export_records_export_id", ["export_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("export_records") as batch:
        batch.drop_index("ix_export_records_export_id")
        batch.drop_column("export_id")
