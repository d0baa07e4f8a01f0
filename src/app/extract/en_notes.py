"""A currency note of a filing or an announcement: "891,112,000 (RMB, same as below)", "4,500,000 (in US dollars)".
The note names the currency of the bare number right before it, and with "same as below" / "hereinafter" of the bare
amounts that follow it (written with thousands separators, ending their phrase: "and interest of 29,431,200 (interest
income …)"). Chinese filings write the same note as "(美元,下同)" (zh.py). One scan per article, only when a note-like
parenthesis is there."""

from __future__ import annotations

import re

from app.domain.schema import Unit

_NOTE = re.compile(
    r"\(\s*(?:in\s+|unit\s*:\s*|currency\s*:\s*)?(?P<cur>rmb|renminbi|yuan|cny|usd|us\$|u\.s\.\s+dollars?|us\s+dollars?"
    r"|hk\$|hkd|hong\s+kong\s+dollars?)(?:\s+yuan)?\s*"
    r"(?P<below>[,;]\s*(?:the\s+)?same\s+(?:as\s+)?(?:below|hereinafter|hereafter)(?:\s+unless\s+[^)]{0,40})?"
    r"|[,;]\s*(?:hereinafter|hereafter|below)(?:\s+the\s+same)?)?\s*\)"
)
_NOTE_CUE = re.compile(r"\(\s*(?:in\s+|unit\s*:\s*|currency\s*:\s*)?(?:rmb|renminbi|yuan|cny|usd|us|u\.s\.|hk)")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# what ends a bare amount's phrase: a parenthesis, a punctuation mark, "and", a line's end
_PHRASE_END = re.compile(r"\s*(?:[(,;:)]|\.(?!\d)|$|\n|\s+(?:and|or|respectively|in\s+total)\b)")
_GAP = re.compile(r"\s{0,2}")


def _unit(cur: str) -> str:
    if cur.startswith("hk") or cur.startswith("hong"):
        return Unit.HKD
    if "us" in cur or "dollar" in cur:
        return Unit.USD
    return Unit.CNY


def currency_notes(low: str) -> list[tuple[int, int, str, bool]]:
    """The notes of a lower-cased text: (start, end, unit, whether it holds for the amounts below)."""
    if _NOTE_CUE.search(low) is None:
        return []
    return [(n.start(), n.end(), _unit(n.group("cur")), bool(n.group("below"))) for n in _NOTE.finditer(low)]


def noted_currency(notes: list[tuple[int, int, str, bool]], low: str, num_start: int, num_end: int) -> str | None:
    """The currency a note gives the bare number at num_start:num_end: the note right after it, or a "same as
    below" note before it when the number is written with separators and ends its phrase."""
    for start, end, unit, below in notes:
        if start >= num_end:
            return unit if _GAP.fullmatch(low, num_end, start) else None
        if (below and end <= num_start and _GROUPED.fullmatch(low, num_start, num_end)
                and _PHRASE_END.match(low, num_end)):
            return unit
    return None
