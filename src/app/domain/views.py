"""What a reviewer sees of a document and its facts: plain, immutable values the store fills and the
window shows. Nothing here touches a database; the window never holds ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain.consistency import blocking_problems, consistency_problems
from app.domain.periods import document_problems
from app.domain.schema import KIND_FIELDS, Kind


@dataclass(frozen=True)
class FactView:
    id: int
    document_id: int
    kind: str
    fields: dict[str, Any]
    value: Decimal | None
    unit: str | None
    value_text: str | None
    evidence: tuple[tuple[int, int], ...]
    confidence: float
    origin: str
    status: str
    version: int
    override_reason: str | None = None
    """The analyst's written reason for keeping the fact despite its consistency problems (`checks`)."""
    published: date | None = None
    """The document's published date and region: what the consistency checks compare the fact with."""
    document_region: str | None = None

    def problems(self) -> dict[str, str]:
        """What keeps the fact from being approved: validation problems, and consistency problems
        unless overridden with a reason (app.domain.consistency)."""
        return blocking_problems(
            self.kind, self.fields, self.value, self.unit, self.value_text, override_reason=self.override_reason,
            published=self.published, region=self.document_region,
        )

    def checks(self) -> dict[str, str]:
        """The consistency problems, overridden or not (the window shows an overridden one as a note)."""
        return consistency_problems(self.kind, self.fields, self.value, self.unit, self.value_text,
                                    published=self.published, region=self.document_region)

    @property
    def other_fields(self) -> dict[str, Any]:
        """Fields the kind does not have, kept from before a kind change (they come back when the kind
        is changed back): the form's "Other fields", the workbook's Notes column."""
        try:
            own = set(KIND_FIELDS[Kind(self.kind)])
        except ValueError:
            own = set()
        return {k: v for k, v in self.fields.items() if k not in own and v not in (None, "")}

    def get(self, name: str) -> Any:
        """A field or a column by name (`value`, `unit`, `kind` or one of the kind's fields)."""
        if name in ("value", "unit", "kind", "value_text", "confidence", "override_reason"):
            return getattr(self, name)
        return self.fields.get(name)


@dataclass(frozen=True)
class DocumentView:
    id: int
    title: str | None
    published: date | None
    language: str
    region: str | None
    outlet: str | None
    source: str | None
    status: str
    note: str | None
    display_text: str
    raw_text: str
    version: int
    facts: tuple[FactView, ...] = field(default_factory=tuple)
    analyst_fields: frozenset[str] = frozenset()
    """The fields (title, published, region) the analyst set: never recomputed from the facts."""
    suggested_region: str | None = None
    """The region the facts name most often, shown as a suggestion beside an analyst-set region."""

    def fact(self, fact_id: int) -> FactView | None:
        return next((f for f in self.facts if f.id == fact_id), None)

    def problems(self) -> dict[str, str]:
        """The document's own problems by field (`app.domain.periods.document_problems`): a missing
        published date that relative periods of its facts (上半年, last year) need."""
        periods = (f.fields.get("period") or f.fields.get("horizon") for f in self.facts if f.status != "rejected")
        return document_problems(self.published, periods)


@dataclass(frozen=True)
class ApprovalResult:
    approved: bool
    problems: dict[int, dict[str, str]]
