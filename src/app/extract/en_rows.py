"""An amount in a row or line labelled by a phase of a project: a table row "Phase 1 | N | …", a list line "Phase II:
N …", "Second phase – N". The label says what the amount is: that phase's investment, a part of one project
(tests/heldout/README.md: a phase of a project is a part, its investor only on the total), whatever plan or report
words the article's other lines hold. A row labelled by anything else (a year, a district, "Total") is left to the
other rules."""

from __future__ import annotations

import re

_ORDINAL = r"(?:first|second|third|fourth|fifth|initial|final)"
_NUMBER = r"(?:\d{1,2}|[IVX]{1,4}|one|two|three|four|five)"
# the line's first cell, then the amount (after an optional approximation word)
_PHASE_LABEL = re.compile(
    r"[ \t]*(?:[|•*-][ \t]*)?(?i:(?:phase|stage)[ \t]+" + _NUMBER + r"|" + _ORDINAL + r"[ \t]+(?:phase|stage))"
    r"[ \t]*(?:[|:：]|[-–—](?=[ \t]))[ \t]*(?i:(?:about|around|approximately|nearly|over|more\s+than|some)[ \t]+)?$"
)


def phase_row(form: str, line_start: int, amount_start: int) -> bool:
    """The line starting at `line_start` opens on a phase label right before the amount at `amount_start`."""
    return amount_start - line_start <= 40 and _PHASE_LABEL.fullmatch(form, line_start, amount_start) is not None
