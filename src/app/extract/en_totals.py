"""A total told in the sentence after a count of projects: "35 projects started in the city on Monday. The total
investment exceeds N." The sentence opens on a bare total (no facility named in it), so the total is the counted
group's, an aggregate figure (an indicator), never one project's investment."""

from __future__ import annotations

import re

from app.extract.candidates import Mention

# the sentence opens on its total: "The total investment exceeds", "Their combined investment is", "Total
# investment of the batch reached" (nothing between the opening and the amount names one facility)
_TOTAL_OPENS = re.compile(
    r"(?:the|their|total|combined)\s+(?:(?:total|combined|overall|aggregate|planned|estimated)\s+)*investment"
    r"(?:\s+of\s+(?:the|these|those|all\s+the)\s+(?:[\w-]+\s+){0,2}?projects)?\s+(?:(?:exceeds|exceeded|is|was|are"
    r"|were|reaches|reached|amounts\s+to|amounted\s+to|stands\s+at|stood\s+at|totals|totalled|totaled|tops|topped"
    r"|will\s+(?:exceed|reach|be|top))\s+)?(?:about\s+|around\s+|nearly\s+|approximately\s+|some\s+)?$"
)


def total_after_count(low: str, start: int, out: list[Mention]) -> bool:
    """The amount at `start` of the lower-cased form opens its sentence as a bare total, and the sentence before it
    counts projects (`out`: the mentions before it)."""
    if "investment" not in low[max(0, start - 40) : start]:
        return False
    opens = max(low.rfind(". ", max(0, start - 80), start), low.rfind("\n", max(0, start - 80), start))
    if opens < 0:
        return False
    at = opens + 1
    while at < start and low[at] in " \t":
        at += 1
    if _TOTAL_OPENS.fullmatch(low, at, start) is None:
        return False
    end = opens  # the sentence before, past a blank line (a headline's subheading)
    while end > 0 and low[end - 1] in " \t\n":
        end -= 1
    previous = max(low.rfind(". ", max(0, end - 400), end), low.rfind("\n", max(0, end - 400), end))
    return any(o.family == "count" and o.value >= 2 and o.noun is not None and o.noun.lower().endswith("projects")
               and previous < o.start < opens for o in out[-4:])
