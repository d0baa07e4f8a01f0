"""Fact extraction for English and Chinese investment news (rule-based).

`extract` returns every fact found in a document's display text, with evidence spans (offsets into
that text), a confidence and the extractor that produced it; `extract_selection` returns the best fact
found in a selected range, for the UI's "add a fact from the selected text".
"""

from __future__ import annotations

import datetime as dt

from app.domain.knowledge import EMPTY, Knowledge
from app.domain.schema import FactDraft
from app.extract.pipeline import run_pipeline

EXTRACTOR_VERSION = "rules-1.0"


def extract(text: str, language: str, published: dt.date | None = None,
            knowledge: Knowledge = EMPTY) -> list[FactDraft]:
    """All facts in `text` (the display text). An extractor's bug raises: the caller says so where the
    user sees it (`app.workflows.preparing.extract_checked`: the import's report, `factdesk extract`'s
    stderr and exit code), never an empty result that looks like an article without facts."""
    if not isinstance(text, str) or not text:
        return []
    return run_pipeline(text, language, published, knowledge)


def extract_selection(text: str, start: int, end: int, language: str,
                      published: dt.date | None = None, knowledge: Knowledge = EMPTY) -> FactDraft | None:
    """The best fact whose evidence lies in text[start:end] (offsets in the full text), else None."""
    if not isinstance(text, str):
        return None
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if end <= start:
        return None
    inside = [f for f in extract(text, language, published, knowledge)
              if f.evidence and any(start <= s.start and s.end <= end for s in f.evidence)]
    if not inside:
        inside = [f for f in extract(text, language, published, knowledge)
                  if f.evidence and any(s.start < end and start < s.end for s in f.evidence)]
    if not inside:
        local = extract(text[start:end], language, published, knowledge)
        for f in local:
            f.evidence = [type(s)(s.start + start, s.end + start) for s in f.evidence]
        inside = local
    if not inside:
        return None
    return max(inside, key=lambda f: (f.value is not None, f.confidence))


__all__ = ["EXTRACTOR_VERSION", "extract", "extract_selection"]
