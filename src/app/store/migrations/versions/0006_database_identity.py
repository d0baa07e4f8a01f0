"""Database identity and workbook provenance: a metadata table holding the database id (a UUID made
when the database is created, or when an existing one is upgraded to this revision), the export id on
export records, and where an audited change came from (`origin`: NULL for the window and imports,
`workbook` for corrections applied from an exported workbook, with that workbook's `export_id`).

Revision ID: 0006
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "database_meta",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.bulk_insert(meta, [{"key": "database_id", "value": str(uuid.uuid4())}])
    with op.batch_alter_table("export_records") as batch:
        batch.add_column(sa.Column("export_id", sa.String(36), nullable=True))
        batch.create_index("ix_export_records_export_id", ["export_id"])
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("origin", sa.String(40), nullable=True))
        batch.add_column(sa.Column("export_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("export_id")
        batch.drop_column("origin")
    with op.batch_alter_table("export_records") as batch:
        batch.drop_index("ix_export_records_export_id")
        batch.drop_column("export_id")
    op.drop_table("database_meta")
