"""Plain records for exporting: what the store hands to the workbook writer, and the export filter.

Pure Python (no SQLAlchemy, no openpyxl): the store fills these, `app.export` writes them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from app.domain.dates import DateError, parse_date
from app.domain.regions import region_name, resolve_region
from app.domain.schema import Kind

STATUS_APPROVED = "approved"
STATUS_ALL = "all"
EXPORT_STATUSES: tuple[str, ...] = (STATUS_APPROVED, STATUS_ALL)

STATUS_MEANING: dict[str, str] = {
    STATUS_APPROVED: "facts that are not rejected, in documents whose status is approved",
    STATUS_ALL: "every fact of every document, whatever its status (rejected facts included, marked as such)",
}

EVIDENCE_SEPARATOR = " … "


class FilterError(ValueError):
    """A filter value the user gave cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class ExportFilter:
    """Which facts go into a workbook.

    - status `approved`: facts not rejected, in documents whose status is `approved`;
      `all`: every fact in every document (rejected ones included; their status column says so).
    - since/until: the document's published date, both ends inclusive; documents without a date
      are left out when either is given, unless `include_undated` keeps them.
    - region: any alias or code of a place (包头, 包頭市, Baotou City, baotou, 150200): facts whose own
      region code, or whose document's, is that place or inside it (a province takes its cities);
      text that names no place of the gazetteer is a case-insensitive substring of the document's
      region or the fact's subject/location.
    - kind: the fact kind.
    """

    status: str = STATUS_APPROVED
    since: date | None = None
    until: date | None = None
    region: str | None = None
    kind: Kind | None = None
    include_undated: bool = False

    def __post_init__(self) -> None:
        if self.status not in EXPORT_STATUSES:
            raise FilterError(f"unknown status {self.status!r}: use one of {', '.join(EXPORT_STATUSES)}")
        if self.since and self.until and self.since > self.until:
            raise FilterError(f"the start date {self.since} is after the end date {self.until}")

    @classmethod
    def parse(
        cls,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        region: str | None = None,
        kind: str | None = None,
        include_undated: bool = False,
    ) -> ExportFilter:
        """Build a filter from user text (command line, dialog); raises FilterError with one line."""
        k: Kind | None = None
        if kind:
            try:
                k = Kind(kind.strip().lower())
            except ValueError:
                raise FilterError(
                    f"unknown kind {kind!r}: use one of {', '.join(x.value for x in Kind)}"
                ) from None
        reg = region.strip() if region else None
        return cls(
            status=(status or STATUS_APPROVED).strip().lower(),
            since=_parse_date(since, "start"),
            until=_parse_date(until, "end"),
            region=reg or None,
            kind=k,
            include_undated=include_undated,
        )

    @property
    def region_code(self) -> str | None:
        """The division code the region filter names, None when it names no place of the gazetteer."""
        return resolve_region(self.region)

    @property
    def is_default(self) -> bool:
        return self == ExportFilter()

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "region": self.region,
            "kind": self.kind.value if self.kind else None,
            "include_undated": self.include_undated,
        }

    def describe(self) -> list[tuple[str, str]]:
        """(label, text) lines for the About sheet."""
        return [
            ("Status", f"{self.status}: {STATUS_MEANING[self.status]}"),
            ("Published from", self.since.isoformat() if self.since else "(any date)"),
            ("Published until", self.until.isoformat() if self.until else "(any date)"),
            ("Region", self._describe_region()),
            ("Kind", self.kind.value if self.kind else "(all kinds)"),
            ("Undated documents", "kept" if self.include_undated or not self.dated else "left out"),
        ]

    @property
    def dated(self) -> bool:
        """Does a published-date filter apply?"""
        return self.since is not None or self.until is not None


    def _describe_region(self) -> str:
        if not self.region:
            return "(any region)"
        code = self.region_code
        if code is None:
            return f"contains {self.region!r} (document region, or the fact's subject or location)"
        return (f"{region_name(code, 'zh')} / {region_name(code, 'en')} ({code}) and the places in it "
                f"(the fact's or its document's region; given as {self.region!r})")


def _parse_date(text: str | None, which: str) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return parse_date(text)
    except DateError as e:
        raise FilterError(f"the {which} date: {e}") from None


def evidence_quote(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The quoted evidence: each span of the display text, joined with an ellipsis."""
    parts = [text[start:end] for start, end in spans if 0 <= start < end]
    return EVIDENCE_SEPARATOR.join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the extractor suggested for a fact, recovered from the audit log: the first old value of
    every field an analyst edited (the others are unchanged), and which ones differ now."""

    value: Decimal | float | None
    unit: str | None
    changed: tuple[str, ...] = ()  # field names (value, unit, kind, evidence, or a kind's field)


@dataclass(frozen=True, slots=True)
class FactRecord:
    """One fact with what a reader needs to trace it: its document and its evidence."""

    id: int
    document_id: int
    kind: str
    fields: Mapping[str, Any]
    value: Decimal | float | None
    unit: str | None
    value_text: str | None
    evidence: tuple[tuple[int, int], ...]
    quote: str
    confidence: float | None
    origin: str | None
    status: str
    reviewer: str | None
    reviewed_at: datetime | None
    title: str | None
    outlet: str | None
    published: date | None
    source: str | None
    region: str | None
    document_status: str
    document_reviewer: str | None
    document_reviewed_at: datetime | None
    version: int = 1
    suggestion: Suggestion | None = None  # None: an analyst made the fact
    region_code: str | None = None
    """The division code of the fact's subject or location, else its document's (app.domain.regions;
    `region_name(code, language)` gives the canonical name)."""
    region_name_en: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_text: str | None = None
    """The period (or horizon) as the article wrote it (上半年), where `fields` holds its resolved value."""
    override_reason: str | None = None
    other_fields: Mapping[str, Any] = field(default_factory=dict)
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    title: str | None
    outlet: str | None
    published: date | None
    language: str
    region: str | None
    source: str | None
    status: str
    fact_count: int
    assignee: str | None
    reviewer: str | None
    reviewed_at: datetime | None
    note: str | None
    created_at: datetime | None
    content_hash: str
    version: int = 1
    region_code: str | None = None
    region_name_en: str | None = None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime | None
    user: str
    action: str
    document_id: int | None
    fact_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class SelectionCounts:
    """How many rows a filter selects, known before writing (for progress)."""

    facts: int
    documents: int
    audit_events: int
    undated_left_out: int = 0  # documents a published-date filter left out for having no date

    @property
    def total(self) -> int:
        return self.facts + self.documents + self.audit_events
