"""Database identity and workbook provenance: a metadata table holding the database id (a UUID made
when the database is created, or when an existing one is upgraded to this revision), and where an
audited change came from (`audit_origins`: one row per event made otherwise than in the window or
an import — origin `workbook` with the workbook's export id; the audit table itself is unchanged).
The export records' own `export_id` is revision 0005's (the export session's).

Revision ID: 0006
Revises: 0005 (given as 0002; chained after 0005 once the export's migration was merged)
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "database_meta",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.bulk_insert(meta, [{"key": "database_id", "value": str(uuid.uuid4())}])
    op.create_table(
        "audit_origins",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("audit_events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("origin", sa.String(40), nullable=False),
        sa.Column("export_id", sa.String(36)),
    )
    op.create_index("ix_audit_origins_export_id", "audit_origins", ["export_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_origins_export_id", "audit_origins")
    op.drop_table("audit_origins")
    op.drop_table("database_meta")
