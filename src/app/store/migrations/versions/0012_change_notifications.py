"""PostgreSQL tells listening windows what changed: triggers on documents, facts and claims send
`NOTIFY factdesk_changes` with "schema:document_id" in the same transaction as the change.

Triggers rather than the application's write path: every writer is covered — another FactDesk, the
command line, a workbook applied in bulk, an admin in psql — and the notification is sent exactly
when the transaction commits (PostgreSQL delivers NOTIFY on commit only, and folds identical
payloads of one transaction into one). The schema is in the payload because several FactDesk
schemas may share one database (and one channel). SQLite has no NOTIFY; windows there poll
`PRAGMA data_version` instead (`app.store.live`).

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_FUNCTION = """
CREATE OR REPLACE FUNCTION factdesk_notify_change() RETURNS trigger AS $$
DECLARE
    doc bigint;
BEGIN
    IF TG_TABLE_NAME = 'documents' THEN
        doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE
        doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END;
    END IF;
    PERFORM pg_notify('factdesk_changes', TG_TABLE_SCHEMA || ':' || doc::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""

_TABLES = ("documents", "facts", "document_claims")  # a claim taken or let go shows in the others' queues


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    for table in _TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS factdesk_notify_{table} ON {table}")
        op.execute(f"CREATE TRIGGER factdesk_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION factdesk_notify_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in _TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS factdesk_notify_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS factdesk_notify_change()")
