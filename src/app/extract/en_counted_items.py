"""A count written as "N items" of a group of projects the clause names before it: "the second batch of projects
includes 41 items", "the list of key projects comprises 30 items with a total investment of N". The items are the
projects, counted like "N projects" (the noun is the projects' own, for the count's label and kind). "Items" of
anything else ("the package includes 12 items", "the plan lists 30 items of work") are no count the article reports."""

from __future__ import annotations

import re

_ITEMS_AFTER = re.compile(r"\s+items\b", re.I)
# the projects named as the clause's subject, then a verb of containing right before the number
_PROJECTS_CONTAIN = re.compile(
    r"\b(?P<noun>(?:[\w-]+\s+){0,2}?projects)\b[^,;.:]{0,40}?\s+(?:includes?|included|including|comprises?|comprised"
    r"|consists?\s+of|consisted\s+of|covers?|covered|covering|contains?|contained|totals?|totalled|totaled|has|had)"
    r"\s+(?:(?:a\s+total\s+of|more\s+than|over|about|around|nearly|some)\s+)?$",
    re.I,
)


def items_of_projects(form: str, num_start: int, num_end: int) -> tuple[int, int] | None:
    """The span of the projects noun the number at num_start..num_end counts as "N items", or None."""
    if _ITEMS_AFTER.match(form, num_end) is None:
        return None
    m = _PROJECTS_CONTAIN.search(form, max(0, num_start - 90), num_start)
    return m.span("noun") if m is not None else None
