"""An English amount that is one deal's money: a loan, an equity investment, a registered or investment capital, a
commitment, a contribution, a cost, a price paid ("signed a $103 million syndicated loan", "with a registered capital of
RMB50m", "has committed $200 million in financing", "committing US$15 million to build a plant", "at a cost of $1.47
billion", "for about $624 million in cash", "will be earmarked for biopesticide production", "has a total investment
of 1 billion yuan"). tests/heldout/README.md annotates such amounts as `project` facts (set 3: a joint venture's
registered capital, a company's plans; set 26: each party's contribution; set 31: a development bank's loan and
equity investment), whatever plan word the sentence holds, while the kind rules read them as achieved figures or
plans (131 of the 163 English amounts with such words in held-out sets 1-33 are projects).

It is not one deal's when the words around it aggregate (projects, enterprises, deals counted; a city's, a
province's or a zone's total; GDP, revenue, sales, profit, output, tax, trade; fixed-asset or foreign investment;
totals so far, year on year, in a period) or describe a company rather than a deal (its assets, market value,
valuation, net worth, cash on hand, an investment already made over years, "has invested N in Vietnam").
"""

from __future__ import annotations

import re

# the deal's words, in the amount's clause (before it, or right after it); "contributed N" is as often a segment's
# share of revenue ("services contributed $27.8 million"), "contributing to" a goal's
_DEAL_BEFORE = re.compile(
    r"\b(?:loans?|lending|lend|equity\s+investment|registered\s+capital|investment\s+capital|financing|committ\w*"
    r"|contribut(?:e|es|ing)\b(?!\s+to\b)|inject\w*|stump\s+up|(?:at|for)\s+an?\s+(?:total\s+|estimated\s+|projected\s+)?cost\s+of"
    r"|costing|will\s+cost"
    r"|(?:total|overall|planned|estimated|initial)\s+investment\s+of|an?\s+investment\s+of|investment\s+totall?ing"
    r"|(?:first|second|third)[\s-]phase\s+investment\s+(?:will\s+be|is|of)|(?:expected|set|due)\s+to\s+cost"
    r"|(?:first|second|third)\s+(?:round|tranche|batch)\s+of\s+(?:the\s+)?investment\s+(?:will\s+be|is|of)"
    r"|(?:is|are)\s+investing"
    r"|(?:buy|acquire|purchase)\w*\b[^.;]{0,80}\bfor|(?:concession|deal|transaction)\s+is\s+valued\s+at)\b"
    r"[^.;]{0,40}$", re.I)
_DEAL_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:will\s+be|was|is|has\s+been|to\s+be)\s+(?:earmarked|allocated|used|spent|invested)\s+(?:for|on|in|to)\b"
    r"|\s*(?:\([^()]{0,40}\)\s*)?(?:is|are)\s+to\s+be\s+put\s+into\b|\s*(?:\([^()]{0,40}\)\s*)?will\s+go\s+(?:to|towards)\b"
    r"|\s*(?:\([^()]{0,40}\)\s*)?(?:in\s+(?:equity|financing|loans?|initial\s+funding)|of\s+(?:\w+\s+){0,2}(?:senior\s+)?loans?"
    r"|(?:syndicated\s+)?loan\b|in\s+cash\b)", re.I)
# the amount before the deal's noun: "with a $87 million investment", "a 1.2-billion-yuan expansion"
_ONE_BEFORE = re.compile(r"\b(?:with\s+)?an?\s*$", re.I)
_NOUN_AFTER = re.compile(r"[\s-]*(?:\([^()]{0,40}\)\s*)?(?:investment|expansion|loan|deal|acquisition|takeover"
                         r"|purchase|injection)\b", re.I)
_AGGREGATE = re.compile(
    r"\b(?:projects|enterprises|companies|firms|deals|contracts|agreements|GDP|revenues?|sales|profits?|output|tax(?:es)?"
    r"|trade|exports?|imports?|income|turnover|year-on-year|fixed[- ]asset|foreign\s+(?:direct\s+)?investment|FDI"
    r"|the\s+province|provinces|province's|provincial|city's|county's|district's|zone's|region's|nation's|country's|market\s+(?:value|cap\w*)"
    r"|valued\s+at\s+(?!around|about)|valuation|assets|net\s+worth|so\s+far|to\s+date|since|cumulative\w*|altogether"
    r"|combined|annual|a\s+year|per\s+year|this\s+year|first\s+(?:half|quarter)|months|among\s+them|has\s+invested"
    r"|have\s+invested|had\s+invested|attract\w*|completed\s+an\s+investment|in\s+total)\b", re.I)
_CLAUSE_START = re.compile(r"[.;:!?\n]\s*")
# a project sheet's field: "• Investment amount: USD3.80 million", "Total investment: RMB 1.2 billion" (set 41)
_FIELD_BEFORE = re.compile(r"(?:^|[\n•·*-]\s*|\s{2,})(?:total\s+)?investment(?:\s+amount)?\s*:\s*$", re.I)
# a list of places with their counts: "136 in Jiujiang, with a total investment of N; Jingdezhen 43, with …"
_PLACE_COUNT = re.compile(r"\b\d+\s+in\s+[A-Z]|\b[A-Z][\w'‘’ -]{1,20}\s+\d+\s*,"
                          r"|\b[A-Z]\w+\s+(?:[Cc]ity|District|County)\s*,\s*(?:with\s+)?(?:a\s+)?total\b")
# a public body's plan or spending ("The Management Committee will invest N in new roads", "the city plans to build its
# port, with an investment of N"), a batch's total, money repaying loans: no deal of a company's
_NO_DEAL = re.compile(r"\b(?:government|committee|the\s+(?:city|county|province|town|state|district)|municipal|ministry"
                      r"|bureau|authorit(?:y|ies)|administration|batch|repay\w*|roads?|bridges?|schools?|hospitals?"
                      r"|housing|infrastructure|sanitation|education|healthcare|poverty"
                      r"|(?:can|could|may|might)\s+be\s+reali[sz]ed)\b", re.I)


def deal_money(low: str, form: str, sent: tuple[int, int], amount: tuple[int, int]) -> bool:
    """Is the amount at `amount` one deal's money (see the module)?"""
    lo = max(sent[0], amount[0] - 160)
    starts = [m.end() for m in _CLAUSE_START.finditer(form, lo, amount[0])]
    lo = starts[-1] if starts else lo
    one = _ONE_BEFORE.search(low, max(lo, amount[0] - 12), amount[0]) is not None \
        and _NOUN_AFTER.match(low, amount[1]) is not None
    if _FIELD_BEFORE.search(low, max(0, amount[0] - 30), amount[0]) is not None:
        return (_PLACE_COUNT.search(form, lo, amount[0]) is None  # a sheet's own field: its project's money
                and _NO_DEAL.search(low, sent[0], sent[1]) is None)
    if not one and _DEAL_BEFORE.search(low, lo, amount[0]) is None and _DEAL_AFTER.match(low, amount[1]) is None:
        return False
    return (_AGGREGATE.search(low, sent[0], sent[1]) is None and _PLACE_COUNT.search(form, lo, amount[0]) is None
            and _NO_DEAL.search(low, sent[0], sent[1]) is None)
