"""One company's investment in one project, in English news language (the company names, also those
without a legal suffix that the article introduces, come from `orgs.en_orgs`):

- "… at a cost of N" (a joint venture, a plant, more capacity) of the company named in the sentence;
- "The first phase … an investment of N": the one company named just before invests.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract.orgs import is_company_name

EN_THE_COMPANY = re.compile(
    r"\b(?:[Tt]he\s+(?:company|firm|group|manufacturer|maker|producer|carmaker|automaker|developer)|[Ii]t)\s"
)
IN_PROJECTS_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:in|across|into|on|for)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple"
    r"|a\s+number\s+of|dozens\s+of)\s+(?:[\w-]+\s+){0,2}projects\b"
)
_AT_A_COST = re.compile(
    r"\bat\s+a\s+(?:total\s+)?cost\s+of\s+(?:up\s+to\s+|about\s+|nearly\s+|some\s+|around\s+|roughly\s+)?$"
)
_OPENING_NAME = re.compile(
    r"\s*(?P<n>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+(?:also\s+|has\s+|will\s+|now\s+)?(?:plans?|intends?|"
    r"agreed|decided|wants?|is\s+(?:set|planning)|announced|said)\b"
)
_PHASE_OPENS = re.compile(
    r"\s*(?:The|Its)\s+(?:(?:first|second|third|initial|new|latest)\s+)?(?:phase|project|plant|factory|base|facility)\b"
)
_INVESTMENT_OF = re.compile(r"\b(?:an?\s+)?(?:total\s+)?investment\s+of\s+(?:about\s+|nearly\s+|up\s+to\s+)?$")


def _opening_name(form: str, text: str, sent_start: int) -> tuple[int, int, str] | None:
    """The company name opening the sentence as its subject ("Aurora Mining also plans to …")."""
    m = _OPENING_NAME.match(form, sent_start)
    if m is None or not is_company_name(m.group("n")):
        return None
    return m.start("n"), m.end("n"), text[m.start("n") : m.end("n")]


def en_company_project(form: str, text: str, m_start: int, sent_start: int, orgs: list[tuple[int, int]],
                       subject: Callable[[int], tuple[int, int, str] | None]) -> tuple[int, str] | None:
    """(evidence start, investor) for an amount of one company's project, or None. `subject(verb_start)`
    is the company opening the sentence before the verb, if any."""
    left_start = max(sent_start, m_start - 160)
    cost = _AT_A_COST.search(form, left_start, m_start)
    if cost is not None:
        named = [o for o in orgs if sent_start <= o[0] and o[1] <= cost.start()]
        if named:  # "CATL also plans to establish a joint venture at a cost of 1.4 billion yuan"
            o = named[-1]
            return o[0], text[o[0] : o[1]].rstrip(". ,")
        opener = subject(cost.start()) or _opening_name(form, text, sent_start)
        return (opener[0], opener[2]) if opener is not None else None
    if _PHASE_OPENS.match(form, sent_start) and _INVESTMENT_OF.search(form, left_start, m_start):
        earlier = {text[o[0] : o[1]].rstrip(". ,") for o in orgs if o[1] <= sent_start and sent_start - o[1] < 700}
        if len(earlier) == 1:  # "The first phase is planned to … an investment of 12 billion yuan"
            return sent_start, earlier.pop()
    return None
