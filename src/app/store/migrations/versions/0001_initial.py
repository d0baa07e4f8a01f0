"""Initial schema: documents, facts, audit events, export records; FTS5 search on SQLite.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text),
        sa.Column("outlet", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date, index=True),
        sa.Column("language", sa.String(16), nullable=False, index=True),
        sa.Column("region", sa.String(200), index=True),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("display_text", sa.Text, nullable=False),
        sa.Column("offset_map", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("note", sa.Text),
        sa.Column("assignee", sa.String(200)),
        sa.Column("reviewer", sa.String(200)),
        sa.Column("reviewed_at", TZ),
        sa.Column("fact_count", sa.Integer, nullable=False),
        sa.Column("min_confidence", sa.Float),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False, index=True),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("value", sa.Float(precision=53)),
        sa.Column("unit", sa.String(16)),
        sa.Column("value_text", sa.Text),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("reviewer", sa.String(200)),
        sa.Column("reviewed_at", TZ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_index("ix_facts_document_kind", "facts", ["document_id", "kind"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False, server_default=sa.func.now()),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("document_id", sa.Integer, index=True),
        sa.Column("fact_id", sa.Integer, index=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("field", sa.String(80)),
        sa.Column("old_value", sa.Text),
        sa.Column("new_value", sa.Text),
    )
    op.create_table(
        "export_records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TZ, nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("filter", sa.JSON, nullable=False),
        sa.Column("counts", sa.JSON, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, display_text, content='documents', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, display_text) "
            "VALUES (new.id, new.title, new.display_text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, display_text) "
            "VALUES ('delete', old.id, old.title, old.display_text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, display_text ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, title, display_text) "
            "VALUES ('delete', old.id, old.title, old.display_text); "
            "INSERT INTO documents_fts(rowid, title, display_text) "
            "VALUES (new.id, new.title, new.display_text); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("export_records")
    op.drop_table("audit_events")
    op.drop_table("facts")
    op.drop_table("documents")
