"""English figures a plan states by the shape of their clause: an amount or a count opening its clause as the
subject of a future predicate ("• 5 billion yuan will be invested in roads", "20 projects will resume", "… of which
N is scheduled to be spent this year") is a plan's figure, a target (a company's allotted sum is read as its project
first, company_en.allotted_project)."""

from __future__ import annotations

import re

FUTURE = r"\s+(?:will|would|(?:are|is)\s+(?:(?:expected|scheduled|set|due|slated|planned)\s+)?to)\s+(?!have\b)"
FUTURE_PREDICATE = re.compile(FUTURE)
_AMOUNT_OPENS = re.compile(r"(?:^|[\n:;]|[.!?]\s|,\s)\s*(?:[-•*]\s*|\d{1,2}[.)]\s+)?"
                           r"(?:(?:and|another|of\s+(?:which|this|that)|among\s+(?:which|them))\s+)?$")
_AMOUNT_FUTURE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?" + FUTURE)  # (after its conversion, if any)


def planned_amount(low: str, start: int, end: int) -> bool:
    """The amount at [start, end) of the lower-cased form opens its clause and a future predicate follows it."""
    return (_AMOUNT_FUTURE_AFTER.match(low, end) is not None
            and _AMOUNT_OPENS.search(low, max(0, start - 14), start) is not None)
