"""Period mentions in an article: where each period phrase is, the text as written and its value
(the patterns and their resolution live in `app.domain.periods`, which the store also uses to
re-resolve periods when a document's published date is set)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.periods import period_pattern, resolve
from app.extract.index import scan


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    value: str


def find_periods(form: str, published: dt.date | None, language: str = "zh-Hans") -> list[PeriodMention]:
    out = []
    for m in scan(period_pattern(language), form, chinese=True):  # what find_period_matches finds, faster
        value = resolve(m, published)
        if value:
            out.append(PeriodMention(m.start(), m.end(), value))
    return out
