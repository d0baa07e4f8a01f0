"""Whether an English amount is tied to one project by the words before and after it (subject_en.decide asks first):
an investment, cost, capital or subscription of one facility, against an aggregate (revenue, output, a year's or a
field's total, money raised, many projects, what a project is to yield)."""

from __future__ import annotations

import re

from app.extract.company_en import IN_PROJECTS_AFTER as _IN_PROJECTS_AFTER
from app.extract.company_en import cumulative_total, other_spending, period_signings
from app.extract.en_classes import PER_UNIT_AFTER
from app.extract.en_yield import project_yield

# the facility nouns an investment of one project is tied to (subject_en reads its subjects with them too)
FACILITY = (r"(?i:project|base|plant|factory|facility|joint\s+venture|venture|subsidiary|phase|hub|park|complex|line"
             r"|expansion|centre|center|campus|headquarters|institute|mine|station|fab|mill|refinery|smelter|terminal"
             r"|warehouse|laborator(?:y|ies)|lab|foundry|acquisition|purchase|takeover|transaction|deal)")

# what the amount is tied to: an aggregate's noun, or a project's investment word, whichever stands nearer before it
_AGGREGATE = re.compile(
    r"\b(?:revenues?|sales|income|turnover|output(?:\s+value)?|profits?|tax(?:es)?|tax\s+payments?|market\s+(?:value"
    r"|cap\w*)|valuation|gdp|r&d|research|dividends?|loans?|credit|financing|fund-?raising|raise[sd]?|raising"
    r"|placement|bonds?|wages|salar\w+|exports?|imports?|projects|enterprises|companies|firms|so\s+far|field|sector"
    r"|subsid(?:y|ies|ise[sd]|ize[sd])|grants?|rewards?|awards?|fines?|compensation|generat(?:e|es|ed|ing)"
    r"|(?:total|net)\s+assets?|owner['’]?s['’]?\s+equity|total\s+registered\s+capital|orders|funding|financing\s+round|series\s+[a-e]|ipo|listing|asset\s+value"

    r"|in\s+total|(?:total|combined|cumulative)\s+investment\s+by|shares?\s+price|fixed[- ]assets?\s+investment|fai"
    r"|foreign\s+(?:capital|investment|direct)|actual(?:ly)?\s+(?:use|used|utili[sz]\w+))\b"
)
# an aggregate's noun with the facility it is measured at: "the annual revenue from the new base would be N"
_AGGREGATE_OF_FACILITY = re.compile(
    r"[^,;.]{0,30}?\b(?:of|from|for|at|in|by)\s+(?:the|its|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?" + FACILITY + r"\b"
)
_MEASURE = re.compile(r"revenues?|sales|income|turnover|output(?:\s+value)?|profits?|tax(?:es)?|tax\s+payments?")
# a measure given its own quantity right after it ("output of 700,000 tons", "capacity of 10 GWh"), not an amount
_OWN_QUANTITY = re.compile(r"\s+of\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?\d[\d,.]*\s*"
                           r"(?:(?:thousand|million|billion)\s+)?(?!(?:trillion|billion|million|thousand|yuan|dollars|rmb|usd|us\$|euros?|percent|per\s+cent)\b|%)"
                           r"[a-z]")
# (a facility's "supporting projects" are its own works, no second project: "X Base and supporting projects")
_PLURAL = re.compile(r"\b(?<!supporting\s)(?:projects|enterprises)\b"
                     r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:companies|firms)\b")
_ONE_PROJECT = re.compile(
    r"\b(?:invest\w*|spend\w*|spent|costs?|capital|capitali[sz]\w*|subscri\w+|acqui\w+|worth|fixed[- ]assets?"
    r"|build\w*|built|construct\w*|expan\w+|project|plant|base|facilit\w+|factory|line|venture|subsidiary|hub|park"
    r"|headquarters|institute|stake|equity|fund|buy|buys|buying|bought|purchas\w+|takeover|foundr(?:y|ies)|fab|mill"
    # "made a $N offer for X": an acquisition's price; "will shell out N for a generator system": money spent on one
    r"|buyout|merger|(?:offer|bid)s?\s+for|(?:shell|fork)(?:s|ed|ing)?\s+out|earmark\w*)\b"
)
# a period or a measure right after the amount: "N a year", "N of revenue", "N annually"
_AGGREGATE_AFTER = re.compile(
    r"\s*(?:yuan|dollars)?\s*(?:\([^()\n]{1,40}\))?\s*(?:(?:worth\s+)?of\s+(?:revenue|sales|output|profit|tax|goods"
    r"|products)|in\s+(?:revenue|sales"
    r"|output|tax|profits?)"
    # what it adds to a measure of someone's: "contribute N to the region's revenues", "N in annual taxes"
    r"|(?:to|in)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:revenues?|tax(?:es)?|tax\s+revenues?|gdp"
    r"|fiscal\s+income|profits?|output\s+value)\b"
    r"|a\s+year|per\s+year|every\s+year|each\s+year|annually|this\s+year|next\s+year"
    # (not "N in total investment by X" of the one facility the sentence is about: the subject decides)
    r"|in\s+total(?!\s+(?:planned\s+)?investment\s+by\b))\b"
)
# an amount done in a period, told right after it: "N was completed in the first quarter", "N had been made by June"
_DONE_IN_PERIOD = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:completed|made|finished"
    r"|reali[sz]ed|achieved|invested|spent)\s+(?:in|during|by|over)\s+(?:the\s+)?(?:first|second|third|fourth|last|past"
    r"|1st|2nd|3rd|4th|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|20\d\d)\b"
)
_YEAR_AFTER = re.compile(r"\s*(?:yuan|dollars)?\s*(?:\([^()\n]{1,40}\))?\s+in\s+(?:19|20)\d\d\b")
_CHANGE_BEFORE = re.compile(r"\b(?:to|from)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?$")
_FACILITY_WORD = re.compile(r"\b(?:project|plant|base|factory|facility|park|line|mill|fab|station|complex|centre"
                            r"|center)\b")
_PERIOD_BEFORE = re.compile(r"\b(?:annual|yearly|this\s+year['’]s|annually)\s+(?:[\w-]+\s+){0,2}$")


def tied_to_one_project(form: str, low: str, sent_start: int, amount_start: int, amount_end: int) -> bool:
    """The amount is an investment, cost, capital or subscription of one project, not an aggregate (revenue,
    output, a year's or a field's total, money raised, many projects): the nearer of the two kinds of word
    before it decides; a period or a measure right after it makes it an aggregate."""
    lo = max(sent_start, amount_start - 100)
    if _AGGREGATE_AFTER.match(low, amount_end) or _PERIOD_BEFORE.search(low, max(lo, amount_start - 40), amount_start):
        return False
    if _YEAR_AFTER.match(low, amount_end) and _CHANGE_BEFORE.search(low, max(lo, amount_start - 30), amount_start):
        return False  # "to boost capital expenditure to N in 2009, from M in 2008": a year's figure, compared
    if _IN_PROJECTS_AFTER.match(form, amount_end) or other_spending(form, amount_end) or PER_UNIT_AFTER.match(
            low, amount_end):
        return False
    if _DONE_IN_PERIOD.match(low, amount_end) and _FACILITY_WORD.search(low, sent_start, amount_start) is None:
        return False  # "The investment of N was completed in the first quarter": a period's achieved figure (a named
        # facility's completed investment stays its project: tests/heldout/README.md)
    if project_yield(low, amount_start):
        return False  # "the company aims to reach a production capacity of N at the plant": what it is to yield
    if period_signings(low, sent_start, amount_start, amount_end):
        return False  # "In the first half, X signed contracts worth N": a period's signings, achieved
    if _PLURAL.search(low, sent_start, amount_start) or cumulative_total(form[lo:amount_start], form, amount_end):
        return False  # "… four projects began … with a total investment of N", "X has invested a total of N in Y"
    aggregate = -1
    for m in _AGGREGATE.finditer(low, lo, amount_start):
        if _OWN_QUANTITY.match(low, m.end()):
            continue  # "the X project with an annual output of 700,000 tons is N": the project's size, not N's noun
        measured = _MEASURE.fullmatch(m.group())
        measured_at = _AGGREGATE_OF_FACILITY.match(low, m.end(), amount_start) if measured else None
        aggregate = max(aggregate, measured_at.end() if measured_at is not None else m.end())
    one = max((m.end() for m in _ONE_PROJECT.finditer(low, sent_start, amount_start)), default=-1)
    if aggregate >= 0 and aggregate >= one:
        return False
    if one >= 0 or _ONE_PROJECT.match(low, amount_end) is not None:
        return True
    end = min(len(low), amount_end + 120)
    after = _AGGREGATE.search(low, amount_end, end)  # "N in Series C funding led by a fund": the nearer word ties it
    return _ONE_PROJECT.search(low, amount_end, after.start() if after is not None else end) is not None
