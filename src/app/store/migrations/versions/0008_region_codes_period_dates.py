"""Region codes on documents and facts, period dates (and the period as written) on facts; existing
rows get them from their region text, subject/location and period fields.

Revision ID: 0008
Revises: 0007 (written as revising 0002; chained after 0005, 0006 and 0007, which reached main first)
"""

import sqlalchemy as sa
from alembic import op

from app.store.services.places import document_code, fact_columns

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    op.add_column("documents", sa.Column("region_code", sa.String(12)))
    op.create_index("ix_documents_region_code", "documents", ["region_code"])
    op.add_column("facts", sa.Column("region_code", sa.String(12)))
    op.add_column("facts", sa.Column("period_text", sa.Text))
    op.add_column("facts", sa.Column("period_start", sa.Date))
    op.add_column("facts", sa.Column("period_end", sa.Date))
    op.create_index("ix_facts_region_code", "facts", ["region_code"])
    op.create_index("ix_facts_period_start", "facts", ["period_start"])
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    meta = sa.MetaData()
    docs = sa.Table("documents", meta, autoload_with=conn)
    facts = sa.Table("facts", meta, autoload_with=conn)
    last = 0
    while True:
        rows = conn.execute(
            sa.select(docs.c.id, docs.c.region, docs.c.published).where(docs.c.id > last)
            .order_by(docs.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        for doc_id, region, published in rows:
            fact_rows = conn.execute(sa.select(facts.c.id, facts.c.fields).where(facts.c.document_id == doc_id)).all()
            derived = {fid: fact_columns(fields, published) for fid, fields in fact_rows}
            code = document_code(region, (d["region_code"] for d in derived.values()))
            conn.execute(docs.update().where(docs.c.id == doc_id).values(region_code=code))
            for fid, fields in fact_rows:
                cols = fact_columns(fields, published, context=code)
                conn.execute(facts.update().where(facts.c.id == fid).values(**cols))
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_index("ix_facts_period_start", "facts")
    op.drop_index("ix_facts_region_code", "facts")
    with op.batch_alter_table("facts") as batch:
        for name in ("period_end", "period_start", "period_text", "region_code"):
            batch.drop_column(name)
    op.drop_index("ix_documents_region_code", "documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("region_code")
