"""What the review queue asks for and shows: a filter, a sort, the values the filter widgets offer and
one row per document. Plain values, so the window holds them without importing the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows. Empty tuples and None mean "any". `region` is any alias or code of a place
    (the documents of that place and the places in it) or, naming no place, a document region as stored."""

    statuses: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    region: str | None = None
    published_from: date | None = None
    published_to: date | None = None
    search: str = ""
    assignee: str | None = None  # "Assigned to me": the documents assigned to this user


@dataclass(frozen=True)
class QueueSort:
    column: str = "id"
    descending: bool = False


@dataclass
class QueueFacets:
    """The values the filter widgets offer."""

    languages: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentRow:
    """One document as a list shows it (no text): what the queue's columns need."""

    id: int
    status: str
    language: str
    title: str | None
    published: date | None
    region: str | None
    fact_count: int
    min_confidence: float | None
    source: str | None


@dataclass(frozen=True)
class QueueRow(DocumentRow):
    """A queue row; for a document without a stated title, the beginning of its text (`lead`)."""

    lead: str | None = None
    attention: int = 0  # facts still as suggested with a confidence below the confirm threshold
    claimed_by: str | None = None  # team mode: who has the document open ("being reviewed by NAME")


LOW_CONFIDENCE = 0.5
"""Below this an extracted fact is shown as low-confidence and counts as needing attention."""
