"""Analyst-set document fields and exact fact values.

- documents.analyst_fields: the names of the document fields (title, published, region) an analyst set
  by hand; those are never recomputed from the facts.
- facts.value becomes exact: NUMERIC on PostgreSQL, canonical decimal text on SQLite (whose NUMERIC
  is a float). Values stored before keep the digits their float had.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("analyst_fields", sa.JSON(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("facts", "value", type_=sa.Numeric(), postgresql_using="value::numeric")
    else:
        with op.batch_alter_table("facts") as batch:
            batch.alter_column("value", type_=sa.Text())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("facts", "value", type_=sa.Float(precision=53), postgresql_using="value::double precision")
    else:
        with op.batch_alter_table("facts") as batch:
            batch.alter_column("value", type_=sa.Float(precision=53))
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("analyst_fields")
