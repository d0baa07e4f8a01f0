"""Region codes and period dates kept beside what the analyst sees: a fact's region code (of its
subject or location) and the dates of its period (`period_start`/`period_end`, with the period as
written in `period_text`), a document's region code. They are derived, never typed: recomputed when
the fields they come from or the document's published date change (a relative period such as 上半年
resolves once the published date is set)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from app.domain.periods import period_problem, period_span
from app.domain.regions import resolve_region
from app.store.models import Document, Fact

PLACE_FIELDS = ("subject", "location")
PERIOD_FIELDS = ("period", "horizon")
DERIVED_FROM = PLACE_FIELDS + PERIOD_FIELDS


def _first(fields: Mapping[str, Any] | None, names: Iterable[str]) -> str | None:
    for name in names:
        v = (fields or {}).get(name)
        if v not in (None, ""):
            return str(v)
    return None


def fact_columns(fields: Mapping[str, Any] | None, published: date | None, *, region_code: str | None = None,
                 period_text: str | None = None, context: str | None = None) -> dict[str, Any]:
    """The derived columns of a fact: the code its extractor gave, else the code its subject or location
    names (resolved within the document's region); the period's dates from its field value (the
    extractor's resolved value, or the analyst's text), else from the text as written."""
    value = _first(fields, PERIOD_FIELDS)
    written = period_text or value
    span = period_span(value, published) or period_span(written, published)
    return {
        "region_code": region_code or resolve_region(_first(fields, PLACE_FIELDS), context),
        "period_text": written,
        "period_start": span.start if span else None,
        "period_end": span.end if span else None,
    }


def refresh_fact(fact: Fact, published: date | None, context: str | None, *,
                 changed: Iterable[str] = ()) -> None:
    """Recompute a stored fact's derived columns. After an edit of its subject/location (or its
    period/horizon) the extractor's code (or text as written) no longer holds: that part is derived
    from the edited fields alone."""
    names = set(changed)
    cols = fact_columns(
        fact.fields, published,
        region_code=None if names & set(PLACE_FIELDS) else fact.region_code,
        period_text=None if names & set(PERIOD_FIELDS) else fact.period_text,
        context=context,
    )
    for name, value in cols.items():
        if getattr(fact, name) != value:
            setattr(fact, name, value)


def document_code(region: str | None, fact_codes: Iterable[str | None]) -> str | None:
    """The code of the document's region text, else the code its facts name most often."""
    code = resolve_region(region)
    if code:
        return code
    counts = Counter(c for c in fact_codes if c)
    return counts.most_common(1)[0][0] if counts else None


def refresh_document(doc: Document) -> int:
    """After the document's region or published date changed: its code, and every fact's derived
    columns. Returns how many facts have period dates now."""
    doc.region_code = document_code(doc.region, (f.region_code for f in doc.facts))
    resolved = 0
    for fact in doc.facts:
        refresh_fact(fact, doc.published, doc.region_code)
        resolved += fact.period_start is not None
    return resolved


def period_problems(fact: Fact, published: date | None) -> dict[str, str]:
    """{field: message} for a period or horizon that waits for the document's published date."""
    out = {}
    for name in PERIOD_FIELDS:
        problem = period_problem((fact.fields or {}).get(name), published)
        if problem:
            out[name] = problem
    return out
