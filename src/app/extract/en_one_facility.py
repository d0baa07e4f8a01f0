"""The total investment of the one facility a sentence is about, with no name or owner the other rules read:
"the CFMOTO Mexican factory has a total area of … with a total investment of N", "With a total planned
investment of N, the project involves …", "Headquarters base: The total investment is about N", "… project signed
this time is one of the six sub-projects …, with a total investment of about N". The amount is that facility's, a
project (its investor, if any, is for the company rules to find).

Told by the sentence alone: the amount follows "total (planned|project|estimated) investment (of|is|at)", and the
sentence speaks of one facility (a singular project, plant, factory, mill, base … noun) and of no group of them:
no plural facility or organisation noun (projects, companies, enterprises …), no count of projects, and no
period's or place's running total (this year, so far, accumulated, fixed-asset).

The same holds for an amount put into "this project" (or the plant, the factory …) right after it: "It is planned to
invest about N to this project".
"""

from __future__ import annotations

import re

_TOTAL_CUE = re.compile(
    r"\btotal\s+(?:planned\s+|project\s+|estimated\s+|designed\s+)?investment\s+"
    r"(?:of|is|was|will\s+be|at|amounts\s+to|reaches|stands\s+at)\s+"
    r"(?:(?:about|around|approximately|nearly|roughly|some|over|more\s+than|up\s+to)\s+)?$",
    re.I)
_ONE_FACILITY = re.compile(
    r"\b(?:project|plant|factory|mill|base|facility|complex|station|refinery|smelter|mine|line|park|centre|center"
    r"|hub|terminal|warehouse|headquarters)(?![\w-])", re.I)
_SEVERAL = re.compile(
    r"\b(?:projects|plants|factories|mills|bases|facilities|stations|mines|lines|parks|companies|enterprises|firms"
    r"|investors|deals|agreements|contracts|items|sub-projects\s+(?:with|totall?ing))\b"
    r"|\b(?:this|last|next)\s+year\b|\bso\s+far\b|\baccumulated\b|\bcumulative\b|\bfixed[- ]asset|\bcombined\b"
    r"|\b(?:in\s+total|altogether|a\s+total\s+of)\b",
    re.I)
# "one of the six sub-projects": the sentence's own facility among others it belongs to, still one
_ONE_OF = re.compile(r"\bone\s+of\s+the\s+(?:\w+\s+){0,3}?(?:sub-)?projects\b", re.I)


_SENTENCE_END = re.compile(r"[.!?;](?!\d)|\n")  # (a decimal point is no end; a scraped "boom.On" is)
# a sentence that opens with a count is an item of a list of places or classes ("31 Yingtan city, a total …")
_COUNT_OPENS = re.compile(r"\s*\d[\d,]*\s")
_COUNTED = re.compile(r"\b\d+\s+(?:key\s+|major\s+)?(?:projects?|items)\b", re.I)


def _sentence(form: str, sent_start: int, at: int) -> str:
    """The sentence from `sent_start` to its end after `at` (a ';' or a line break ends it too)."""
    end = _SENTENCE_END.search(form, at)
    return form[sent_start : end.start() if end else len(form)]


def one_facility_total(form: str, sent_start: int, amount_start: int) -> int | None:
    """Where the "total investment" cue starts when the amount at `amount_start` is the total investment of the one
    facility its sentence is about (see the module), else None."""
    cue = _TOTAL_CUE.search(form, max(sent_start, amount_start - 60), amount_start)
    if cue is None or _COUNT_OPENS.match(form, sent_start):
        return None
    sentence = _ONE_OF.sub(" ", _sentence(form, sent_start, amount_start))
    if _SEVERAL.search(sentence) or _COUNTED.search(sentence):
        return None
    return cue.start() if _ONE_FACILITY.search(sentence) else None


# the amount is put into the one facility the text speaks of: "… invest about N to this project", "N in the plant"
_INTO_ONE_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:in|to|into|for)\s+(?:this|the|that|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:project|plant|factory|mill|base|facility|complex)(?![\w-])", re.I)
_INVEST_RIGHT_BEFORE = re.compile(
    r"\b(?:invest(?:ed|ing|s)?|put|pour(?:ed)?|inject(?:ed)?)\s+(?:(?:about|around|approximately|nearly|roughly|some"
    r"|over|more\s+than|up\s+to)\s+)?$", re.I)  # ("invested a total of N": a running total, see _SEVERAL)


def into_one_facility(form: str, sent_start: int, amount: tuple[int, int]) -> int | None:
    """Where the investment verb starts when the amount at `amount` is invested into the one project or plant the
    text speaks of ("invest about N to this project"), else None (a sentence about several, or a period's total)."""
    verb = _INVEST_RIGHT_BEFORE.search(form, max(sent_start, amount[0] - 40), amount[0])
    if verb is None or _INTO_ONE_AFTER.match(form, amount[1]) is None:
        return None
    return None if _SEVERAL.search(_sentence(form, sent_start, amount[1])) else verb.start()
