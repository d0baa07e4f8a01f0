"""Which company "the company" or "it" stands for in English: the subject of the sentence that named it, not a
company that sentence named only as the object of a preposition ("Nexa Co. is a unit of Halvard Group. The company
will invest …": Nexa; "Nexa Co. signed a deal with Halvard Group. It will …": Nexa). A company named last as a
sentence's own subject, or after a verb ("Nexa acquired Halvard Group"), stays the antecedent."""

from __future__ import annotations

import re
from bisect import bisect_right

# the words before a company named as a preposition's object: "… a joint venture between X and Y", "a unit of Y"
_OBJECT_BEFORE = re.compile(
    r"\b(?:with|between|of|by|from|to|for|than|under|including|like|and)\s+(?:the\s+|its\s+)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)


def subject_antecedent(form: str, sentence_starts: list[int], before: list[tuple[int, str]],
                       lead_end: int | None = None) -> str | None:
    """The company of `before` (mentions in order, last the nearest) that its sentence has as subject, when the
    nearest mention is only a preposition's object in that sentence; None when the nearest mention stands."""
    if not before:
        return None
    last_start = before[-1][0]
    at = bisect_right(sentence_starts, last_start) - 1
    if at < 0:
        return None
    lead = sentence_starts[at] if lead_end is None else lead_end
    cue = _OBJECT_BEFORE.search(form, max(lead, last_start - 30), last_start)
    if cue is None or cue.group().lower().startswith("and") and not _BETWEEN.search(form, lead, cue.start()):
        return None
    subject = [name for start, name in before if lead <= start < last_start and start == lead]
    return subject[0] if subject else None
