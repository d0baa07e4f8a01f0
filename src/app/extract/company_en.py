"""One company's investment in one project, in English news language (the company names, also those
without a legal suffix that the article introduces, come from `orgs.en_orgs`):

- "… at a cost of N" (a joint venture, a plant, more capacity) of the company named in the sentence;
- "The first phase … an investment of N": the one company named just before invests.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract.orgs import EN_ORG_RE, is_company_name

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
_BUILT_BY = re.compile(r"\b(?:built|developed|invested|operated|funded|backed|owned|constructed)\s+by\s+")
_WITH_HELP = re.compile(r"\b[Ww]ith\s+the\s+(?:help|support|investment|participation|backing)\s+of\s+")
_OPENING_BUILDER = re.compile(
    r"\s*(?P<n>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+(?:will\s+|would\s+|plans\s+to\s+|is\s+to\s+|is\s+set\s+to\s+"
    r"|has\s+started\s+to\s+|started\s+to\s+|began\s+to\s+|is\s+)?(?:build|building|construct|set\s+up|establish"
    r"|launch|open|develop|expand|built|launched|opened)\b[^.;]*?\bwith\s+"
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


def _helped_by(form: str, text: str, sent_start: int, cue: int,
               orgs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The company a sentence names as the one behind the project before "investment of": "built by X",
    "With the help of X" (also opening the sentence before), "X will build … with a total investment of"."""
    prev = max(form.rfind(". ", 0, max(0, sent_start - 2)), form.rfind("\n", 0, max(0, sent_start - 1))) + 1
    for lead, word in ((_BUILT_BY, " by "), (_WITH_HELP, "ith the ")):
        lo = prev if lead is _WITH_HELP else sent_start
        if form.find(word, lo, cue) < 0:
            continue
        for m in lead.finditer(form, lo, cue):
            named = [o for o in orgs if m.end() <= o[0] <= m.end() + 2 and o[1] <= cue]
            if named:
                return m.start(), text[named[0][0] : named[0][1]].rstrip(". ,")
            org = EN_ORG_RE.match(form, m.end(), cue)  # "With the help of X Co., Ltd.": no org span of its own
            if org is not None:
                return m.start(), text[org.start("org") : org.end("org")].rstrip(". ,")
    builder = _OPENING_BUILDER.match(form, sent_start, cue) if form.find(" with ", sent_start, cue + 5) >= 0 else None
    if builder is not None and is_company_name(builder.group("n")):
        return builder.start("n"), text[builder.start("n") : builder.end("n")]
    return None


def en_company_project(form: str, text: str, m_start: int, sent_start: int, orgs: list[tuple[int, int]],
                       subject: Callable[[int], tuple[int, int, str] | None]) -> tuple[int, str] | None:
    """(evidence start, investor) for an amount of one company's project, or None. `subject(verb_start)`
    is the company opening the sentence before the verb, if any."""
    left_start = max(sent_start, m_start - 48)  # the cues end right before the amount
    near = form[left_start:m_start]
    cost = _AT_A_COST.search(form, left_start, m_start) if "cost of" in near else None
    if cost is not None:
        named = [o for o in orgs if sent_start <= o[0] and o[1] <= cost.start()]
        if named:  # "CATL also plans to establish a joint venture at a cost of 1.4 billion yuan"
            o = named[-1]
            return o[0], text[o[0] : o[1]].rstrip(". ,")
        opener = subject(cost.start()) or _opening_name(form, text, sent_start)
        return (opener[0], opener[2]) if opener is not None else None
    invest_of = _INVESTMENT_OF.search(form, left_start, m_start) if "investment of" in near else None
    if invest_of is not None:
        helped = _helped_by(form, text, sent_start, invest_of.start(), orgs)
        if helped is not None:
            return helped
    if invest_of is not None and _PHASE_OPENS.match(form, sent_start):
        earlier = {text[o[0] : o[1]].rstrip(". ,") for o in orgs if o[1] <= sent_start and sent_start - o[1] < 700}
        if len(earlier) == 1:  # "The first phase is planned to … an investment of 12 billion yuan"
            return sent_start, earlier.pop()
    return None
