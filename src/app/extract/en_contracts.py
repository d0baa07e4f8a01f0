"""One contract's amount in English: "received a $N contract", "won a contract worth N", "the supply contract valued
at N". tests/heldout/README.md: a sales contract's amount is a `project` fact without investor (the holder sells; it
invests nothing), and so is the value of tenders a maker wins (set 13). Contracts in the plural ("signed contracts
worth N in the first half") are a period's signings and contracted investment ("contract investment reached N") a
place's aggregate: neither is one contract."""

from __future__ import annotations

import re

# "a $566 million contract", "a 120 million yuan supply contract", "an 80m euro ( … ) maintenance contract"
_ONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:(?:new|single|total)\s+)?$", re.I)
_CONTRACT_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:[\w-]+\s+){0,2}?(?:contract|order|tender)(?![\w-])(?!\s+(?:investment|value\s+of))",
    re.I)
# "a contract worth", "the supply contract valued at around", "an order totalling"
_CONTRACT_BEFORE = re.compile(
    r"\b(?:a|an|the|its|one)\s+(?:(?:new|single|total)\s+)?(?:[\w-]+\s+){0,2}?(?:contract|order)\s+"
    r"(?:(?:that\s+is|which\s+is|was|is)\s+)?(?:worth|valued\s+at|totall?ing)\s+"
    r"(?:(?:about|around|nearly|some|roughly|approximately|more\s+than|over)\s+)?$", re.I)


def one_contract(form: str, start: int, end: int) -> bool:
    """Whether the amount form[start:end] is the value of one contract or order (see the module)."""
    if _ONE_BEFORE.search(form, max(0, start - 12), start) and _CONTRACT_AFTER.match(form, end):
        return True
    return _CONTRACT_BEFORE.search(form, max(0, start - 80), start) is not None
