"""What each sheet holds: its columns and how a record becomes a row.

Fact sheets have one column per schema field (docs/fact-schema.md), the value with its unit and
the text as written, then everything that traces the fact: evidence, document, source, review."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.records import AuditRecord, DocumentRecord, FactRecord
from app.domain.schema import CURRENCIES, KIND_FIELDS, NUMERIC_KINDS, Kind, Unit
from app.export.cells import FMT_COUNT, FMT_GENERAL, FMT_MONEY, FMT_PERCENT, Formatted, utc_naive
from app.export.sheet import Col, Column

SHEET_TITLES: dict[Kind, str] = {
    Kind.PROJECT: "Projects",
    Kind.INDICATOR: "Indicators",
    Kind.TARGET: "Targets",
    Kind.PERSON: "People",
}
DOCUMENTS_TITLE = "Documents"
AUDIT_TITLE = "Audit"
ABOUT_TITLE = "About"
SUMMARY_TITLE = "Summary"

FIELD_HEADERS: dict[str, str] = {
    "investor": "Investor",
    "project": "Project",
    "industry": "Industry",
    "location": "Location",
    "stage": "Stage",
    "period": "Period",
    "subject": "Subject",
    "indicator": "Indicator",
    "comparator": "Comparator",
    "basis": "Basis",
    "horizon": "Horizon",
    "name": "Name",
    "role": "Role",
    "organization": "Organization",
}

TRACE_COLUMNS: tuple[Column, ...] = (
    Column("Evidence", Col.LONG, 70),
    Column("Evidence offsets", Col.TEXT, 18),
    Column("Title", Col.TEXT, 50),
    Column("Outlet", Col.TEXT, 24),
    Column("Published", Col.DATE, 12),
    Column("Region", Col.TEXT, 24),
    Column("Source", Col.URL, 50),
    Column("Document status", Col.TEXT, 14),
    Column("Fact status", Col.TEXT, 12),
    Column("Confidence", Col.CONFIDENCE, 12),
    Column("Origin", Col.TEXT, 14),
    Column("Reviewer", Col.TEXT, 20),
    Column("Reviewed at (UTC)", Col.DATETIME, 20),
)


def value_format(unit: str | None) -> str:
    """One number format per unit: money and counts with thousands separators, percentages (stored
    as written: 15.7 means 15.7 %) with one or two decimals."""
    if unit in CURRENCIES:
        return FMT_MONEY
    if unit == Unit.COUNT:
        return FMT_COUNT
    if unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT):
        return FMT_PERCENT
    return FMT_GENERAL


@dataclass(frozen=True)
class FactSheet:
    kind: Kind
    title: str
    fields: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


def fact_sheet(kind: Kind) -> FactSheet:
    fields = KIND_FIELDS[kind]
    cols: list[Column] = [Column("Fact ID", Col.ID, 10), Column("Document ID", Col.ID, 12)]
    cols += [Column(FIELD_HEADERS.get(name, name.replace("_", " ").capitalize()), Col.TEXT, 40) for name in fields]
    if kind in NUMERIC_KINDS:
        written = "Amount as written" if kind is Kind.PROJECT else "Value as written"
        cols += [Column("Value", Col.VALUE, 22), Column("Unit", Col.TEXT, 10), Column(written, Col.TEXT, 30)]
    cols += TRACE_COLUMNS
    return FactSheet(kind, SHEET_TITLES[kind], fields, tuple(cols))


FACT_SHEETS: dict[Kind, FactSheet] = {k: fact_sheet(k) for k in Kind}


def _field_text(value: object) -> str | None:
    """Fields are text in the schema; anything else stored there is shown as its text."""
    return value if value is None or isinstance(value, str) else str(value)


def offsets_text(spans: tuple[tuple[int, int], ...]) -> str | None:
    return "; ".join(f"{s}-{e}" for s, e in spans) or None


def fact_row(sheet: FactSheet, f: FactRecord) -> list[object]:
    fields = f.fields
    row: list[object] = [f.id, f.document_id]
    row += [_field_text(fields.get(name)) for name in sheet.fields]
    if sheet.numeric:
        row += [Formatted(f.value, value_format(f.unit)) if f.value is not None else None, f.unit, f.value_text]
    reviewer, reviewed_at = (
        (f.reviewer, f.reviewed_at) if f.reviewer or f.reviewed_at else (f.document_reviewer, f.document_reviewed_at)
    )
    row += [
        f.quote or None,
        offsets_text(f.evidence),
        f.title,
        f.outlet,
        f.published,
        f.region,
        f.source,
        f.document_status,
        f.status,
        f.confidence,
        f.origin,
        reviewer,
        utc_naive(reviewed_at),
    ]
    return row


DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("Document ID", Col.ID, 12),
    Column("Title", Col.TEXT, 60),
    Column("Outlet", Col.TEXT, 24),
    Column("Published", Col.DATE, 12),
    Column("Language", Col.TEXT, 10),
    Column("Region", Col.TEXT, 24),
    Column("Source", Col.URL, 50),
    Column("Status", Col.TEXT, 12),
    Column("Facts exported", Col.COUNT, 10),
    Column("Facts not rejected", Col.COUNT, 10),
    Column("Assignee", Col.TEXT, 20),
    Column("Reviewer", Col.TEXT, 20),
    Column("Reviewed at (UTC)", Col.DATETIME, 20),
    Column("Note", Col.LONG, 50),
    Column("Imported at (UTC)", Col.DATETIME, 20),
    Column("Content hash", Col.TEXT, 20),
)


def document_row(d: DocumentRecord, exported: int) -> list[object]:
    return [
        d.id, d.title, d.outlet, d.published, d.language, d.region, d.source, d.status, exported, d.fact_count,
        d.assignee, d.reviewer, utc_naive(d.reviewed_at), d.note, utc_naive(d.created_at), d.content_hash,
    ]


AUDIT_COLUMNS: tuple[Column, ...] = (
    Column("Event ID", Col.ID, 10),
    Column("At (UTC)", Col.DATETIME, 20),
    Column("User", Col.TEXT, 20),
    Column("Action", Col.TEXT, 14),
    Column("Document ID", Col.ID, 12),
    Column("Fact ID", Col.ID, 10),
    Column("Field", Col.TEXT, 14),
    Column("Old value", Col.LONG, 50),
    Column("New value", Col.LONG, 50),
)


def audit_row(a: AuditRecord) -> list[object]:
    return [a.id, utc_naive(a.at), a.user, a.action, a.document_id, a.fact_id, a.field, a.old_value, a.new_value]


ABOUT_COLUMNS: tuple[Column, ...] = (Column("Item", Col.TEXT, 28), Column("Value", Col.LONG, 100))
