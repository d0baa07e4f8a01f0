"""Ranges written with the unit on both bounds: "CNY8.5 billion to CNY8.7 billion", "36% to 44%",
"RMB10 million-RMB30 million".

The gold keeps a range as one fact, its lower bound ("at least"). A range whose bounds each carry their
unit is read by the number pattern as two mentions; the upper one is the range's end, not a figure of its
own. A change "from X to Y" is no range (its last figure is the fact), nor are two bounds in different
units ("rose 5% to 8 billion yuan") or a second figure that is not larger than the first ("fell 8% to 5%").
"""

from __future__ import annotations

import re

from app.domain.schema import Comparator
from app.extract.candidates import Mention

# what joins the two bounds, nothing else: "A to B", "A - B", "A ~ B", "A–B"
_JOINER = re.compile(r"\s*(?:to|-|~|\u2013|\u2014)\s*")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|approximately|nearly|some)\s+)?$")


def close_range(low: str, out: list[Mention], mention: Mention) -> bool:
    """Whether `mention` is the upper bound of a range whose lower bound, in the same unit, is the mention
    right before it; then that lower bound becomes "at least" its value and `mention` is not kept."""
    if not out:
        return False
    prev = out[-1]
    if prev.family != mention.family or prev.unit != mention.unit or prev.end > mention.start:
        return False
    if _JOINER.fullmatch(low, prev.end, mention.start) is None:
        return False
    if not abs(prev.value) < abs(mention.value) or prev.comparator not in (Comparator.EQ, Comparator.GE):
        return False
    if _FROM_BEFORE.search(low, max(0, prev.start - 30), prev.start):
        return False  # "from 36% to 44%": a change, its last figure counts
    prev.comparator = Comparator.GE
    prev.end = mention.end  # the mention spans the range: what follows it (a conversion) follows the range
    return True
