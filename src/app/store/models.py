"""The tables: documents, facts (with evidence spans), audit events and export records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Dialect, Float, ForeignKey, Index, Integer, Numeric, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.numbers import exact, number_text


def utcnow() -> datetime:
    return datetime.now(UTC)


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal on every backend: NUMERIC (no precision limit) on PostgreSQL, the canonical
    decimal text (`208826000000`, `15.6`) on SQLite, whose NUMERIC goes through a float. Values come
    back as canonical Decimals. On SQLite the column sorts as text; no query orders or filters facts
    by value."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Numeric(asdecimal=True))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        number = exact(value)
        if number is None:
            return None
        return number if dialect.name == "postgresql" else number_text(number)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return exact(value)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text, index=True)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str] = mapped_column(String(16), index=True)
    region: Mapped[str | None] = mapped_column(String(200), index=True)
    region_code: Mapped[str | None] = mapped_column(String(12), index=True)
    raw_text: Mapped[str] = mapped_column(Text)
    display_text: Mapped[str] = mapped_column(Text)
    offset_map: Mapped[list[Any]] = mapped_column(JSON, default=list)
    warnings: Mapped[list[Any] | None] = mapped_column(JSON)  # what import noticed (encoding repaired, ...)
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    note: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)  # the analyst's comment, distinct from a flag's note
    analyst_fields: Mapped[list[Any] | None] = mapped_column(JSON)
    """Names of the fields (title, published, region) an analyst set: never recomputed from the facts."""
    assignee: Mapped[str | None] = mapped_column(String(200), index=True)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    fact_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    min_confidence: Mapped[float | None] = mapped_column(Float, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    facts: Mapped[list[Fact]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Fact.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Fact(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    value: Mapped[Decimal | None] = mapped_column(ExactDecimal())
    unit: Mapped[str | None] = mapped_column(String(16))
    value_text: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[start, end], …]: several spans
    comment: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(String(12), index=True)
    period_text: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date, index=True)
    period_end: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    origin: Mapped[str] = mapped_column(String(64), default="analyst")
    status: Mapped[str] = mapped_column(String(16), default="suggested", index=True)
    override_reason: Mapped[str | None] = mapped_column(Text)
    """The analyst's reason for keeping the fact despite its consistency problems (app.domain.consistency)."""
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="facts")

    __mapper_args__ = {"version_id_col": version}


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, server_default=func.now())
    user: Mapped[str] = mapped_column(String(200))
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    fact_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(40))
    field: Mapped[str | None] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    provenance: Mapped[AuditOrigin | None] = relationship(uselist=False, lazy="raise")


class AuditOrigin(Base):
    """Where an audited change came from, when not the window or an import: `workbook` for a
    correction applied from an exported workbook, with that workbook's export id. A table of its own
    (one row per such event) so that the audit table keeps the shape every revision wrote."""

    __tablename__ = "audit_origins"

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id", ondelete="CASCADE"), primary_key=True)
    origin: Mapped[str] = mapped_column(String(40))
    export_id: Mapped[str | None] = mapped_column(String(36), index=True)


class ExportRecord(Base):
    __tablename__ = "export_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    user: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(Text)
    filter: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    export_id: Mapped[str | None] = mapped_column(String(36), unique=True, index=True)


class DatabaseMeta(Base):
    """Key/value facts about the database itself: `database_id` (a UUID made at creation)."""

    __tablename__ = "database_meta"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentClaim(Base):
    """Who has a document open (team mode): one row per document at most. A claim whose heartbeat is
    older than `app.store.services.claims.LAPSE` has lapsed; anyone may take it over."""

    __tablename__ = "document_claims"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


Index("ix_facts_document_kind", Fact.document_id, Fact.kind)


class LearnedEntry(Base):
    """Something extraction learned from an analyst's correction (app.domain.knowledge): an
    organisation, an indicator label or a region alias, with the fact it came from, who and when."""

    __tablename__ = "learned_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    value: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    fact_id: Mapped[int | None] = mapped_column(Integer, index=True)
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    user: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
