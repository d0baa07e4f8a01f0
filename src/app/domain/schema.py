"""Fact kinds, their fields, and the enumerations the schema (v1) allows.

See docs/fact-schema.md. Everything that stores, edits, validates or exports a fact
reads the field lists from here so the schema is stated once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.numbers import exact


class Kind(StrEnum):
    PROJECT = "project"
    INDICATOR = "indicator"
    TARGET = "target"
    PERSON = "person"


class Stage(StrEnum):
    PLANNED = "planned"
    SIGNED = "signed"
    PREPARING = "preparing"
    STARTED = "started"
    UNDER_CONSTRUCTION = "under_construction"
    COMPLETED = "completed"
    OPERATING = "operating"
    UNKNOWN = "unknown"


class Comparator(StrEnum):
    EQ = "="
    GT = ">"
    GE = ">="
    LT = "<"
    APPROX = "~"


class Basis(StrEnum):
    LEVEL = "level"
    YOY = "yoy"
    SHARE = "share"
    AVERAGE_GROWTH = "average_growth"


class Unit(StrEnum):
    CNY = "CNY"
    USD = "USD"
    HKD = "HKD"
    EUR = "EUR"
    COUNT = "count"
    PERCENT = "percent"
    PERCENTAGE_POINT = "pp"


CURRENCIES: frozenset[str] = frozenset({Unit.CNY, Unit.USD, Unit.HKD, Unit.EUR})


class FactStatus(StrEnum):
    """A fact's review state. `suggested` facts come from an extractor and may be replaced when
    extraction runs again; `edited` and `confirmed` facts belong to the analyst and never are."""

    SUGGESTED = "suggested"
    EDITED = "edited"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class DocStatus(StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    READY = "ready_for_review"  # an analyst's work done, waiting for a reviewer (two-step review)
    APPROVED = "approved"
    REJECTED = "rejected"
    FLAGGED = "flagged"


class Language(StrEnum):
    EN = "en"
    ZH_HANS = "zh-Hans"
    ZH_HANT = "zh-Hant"


ANALYST_ORIGIN = "analyst"

KIND_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.PROJECT: ("investor", "project", "industry", "location", "stage", "period"),
    Kind.INDICATOR: ("subject", "indicator", "period", "comparator", "basis"),
    Kind.TARGET: ("subject", "indicator", "horizon", "comparator"),
    Kind.PERSON: ("name", "role", "organization"),
}

NUMERIC_KINDS: frozenset[Kind] = frozenset({Kind.PROJECT, Kind.INDICATOR, Kind.TARGET})

FIELD_CHOICES: dict[str, tuple[str, ...]] = {
    "stage": tuple(s.value for s in Stage),
    "comparator": tuple(c.value for c in Comparator),
    "basis": tuple(b.value for b in Basis),
}

REQUIRED_FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.PROJECT: (),
    Kind.INDICATOR: ("indicator",),
    Kind.TARGET: ("indicator",),
    Kind.PERSON: ("name",),
}


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) in a document's display text."""

    start: int
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass
class FactDraft:
    """A fact before it is stored: what an extractor or the analyst proposes."""

    kind: Kind
    fields: dict[str, str | None] = field(default_factory=dict)
    value: Decimal | None = None
    """Exact: an int or float given here is taken as a Decimal (a float by its shortest representation)."""
    unit: str | None = None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    origin: str = ANALYST_ORIGIN
    value_text: str | None = None
    region_code: str | None = None
    """The division code of the subject or location (app.domain.regions), when the extractor knows it."""
    period_text: str | None = None
    """The period (or horizon) as the article writes it ("上半年"); the field holds its resolved value."""

    def __post_init__(self) -> None:
        self.value = exact(self.value)

    def to_json(self, text: str) -> dict[str, object]:
        """The shape of one fact in `factdesk extract --format json` (docs/extract-contract.md). The
        value is exact: an int when integral, else the float whose shortest text is the same decimal
        (JSON has no decimal type; every value an article writes has far fewer than 15 digits)."""
        value: float | int | None = None
        if self.value is not None:
            value = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return {
            "kind": self.kind.value,
            "value": value,
            "unit": self.unit,
            "fields": {k: v for k, v in self.fields.items()},
            "evidence": [{"start": s.start, "end": s.end, "quote": s.quote(text)} for s in self.evidence],
            "confidence": round(self.confidence, 3),
            "origin": self.origin,
            "region_code": self.region_code,
            "period_text": self.period_text,
        }
