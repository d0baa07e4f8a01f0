"""One facility's amount in English, told by the amount's role in its sentence: "a $300M fiberglass facility", "a $300
million, 80,000-ton production line" (the amount an attribute of one facility, after "a"), and "N will go towards the
… plant", "N will be spent on the … facility", "N alone are earmarked for the construction of the … plant", "X has
invested N in the project" (the amount put to one facility; not in the city's park). tests/heldout/README.md:
`project` for one named project's amount; the parts of one project's investment are each a `project` fact (set
3). Not one facility: "a $300M investment in the city" (no facility named), "N will be spent on infrastructure" (a
field, not a facility), "the facilities" (plural), "a $300M credit line" (credit, not a production line), "a $300M
loan to the plant" (a preposition between the amount and the facility: the amount is of something else). Also "Costing
N, the new mill will …" (the facility named right after the opening cost) and "an investment of N is required for this
initial phase" (what one phase or facility needs).

The progress of one facility's works is its completed investment ("investment in the first phase of the extension of
the port has reached N", "the berth renovation of the port has attracted N", "construction work on the new smelter,
which involved N of investment"): the subject of the verb of progress names one works or facility (singular) and no
place's or batch's aggregate, a `project` fact like the completed investment of a named project (README, set 3).
"Investment in the city has reached N", "investment in the 12 projects has reached N" and "fixed-asset investment in the
port city" stay `indicator`s."""

from __future__ import annotations

import re

_FACILITY = (r"(?:(?<!credit\s)facility|plant|factory|production\s+line|assembly\s+line|(?<!credit\s)line|project"
             r"|base|complex|mill|smelter"
             r"|refinery|park|cent(?:re|er)|campus|headquarters|warehouse|mine)(?![\w-])(?!\s+(?:investment|loan))")
# "a new $300M …", "an estimated $1.2 billion …"
_ONE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?:new|planned|proposed|estimated|additional)\s+)?$")
# the facility right after the amount: adjectives and nouns only ("80,000-ton fiberglass manufacturing")
_ATTRIBUTE_OF = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?,?\s*(?:(?!(?:for|in|to|of|on|at|with|from|by|and|or|loan|investment|deal"
    r"|contract|order|fund)\b)[\w,.-]+\s+){0,4}?" + _FACILITY)
# the amount put to one facility: "will go towards the …", "are earmarked for the construction of the …"
_PUT_TO = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:alone\s+|of\s+which\s+)?(?:(?:will|would|is|are|was|were|has\s+been|have\s+been"
    r"|is\s+to|are\s+to)\s+)?(?:be\s+)?(?:earmarked|allocated|set\s+aside|spent|used|invested|channell?ed"
    r"|go(?:es|ing)?|went)\s+(?:for|on|to|towards?|in|into)\s+"
    r"(?:the\s+(?:construction|building|expansion)\s+of\s+|building\s+)?"
    r"(?:the|a|an|its|their|one)\s+"
    r"(?:(?!(?:or|with|which|that|where|and\s+(?:the|a|an|its|their))\b)[\w,-]+\s+){0,6}?" + _FACILITY)


# invested in one facility: "has invested N in the project", "will invest a total of N into the new plant"
_INVEST_VERB_BEFORE = re.compile(
    r"\binvest(?:s|ed|ing)?\s+(?:a\s+total\s+(?:of\s+)?)?(?:(?:about|around|nearly|some|over|more\s+than)\s+)?$")
_IN_ONE = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:in|into)\s+(?:the|this|its|a|an|one)\s+"
    # ("a new R&D and production facility": an "and" inside the one facility's name, not before another noun phrase)
    r"(?:(?!(?:or|with|which|that|where|city|province|county|district|region|zone|country)\b)"
    r"(?!and\s+(?:the|a|an|its|their|other|several|two|three)\b)[\w'’&-]+\s+){0,6}?"
    + _FACILITY)


# "Costing $5 billion, the new mill will …": the cost of the facility the sentence goes on to name
_COSTING_OPENS = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=\n))\s*costing\s+(?:(?:about|around|nearly|some|over|more\s+than"
                            r"|an\s+estimated|approximately)\s+)?$")
_THE_FACILITY_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?,\s*(?:the|its|this|a|an)\s+(?:[\w'’-]+\s+){0,4}?" + _FACILITY)
# "An investment of N is required for this initial phase": what one phase or facility needs
_INVESTMENT_OF_BEFORE = re.compile(r"\binvestment\s+of\s+(?:(?:about|around|nearly|some|over|up\s+to)\s+)?$")
_REQUIRED_FOR_ONE = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:is|will\s+be|would\s+be|was)\s+(?:required|needed)\s+(?:for|by)\s+(?:the|this|its)\s+"
    r"(?:(?!(?:city|province|county|district|region|zone|country)\b)[\w'’-]+\s+){0,4}?(?:phase|" + _FACILITY[3:])


def facility_amount(low: str, start: int, end: int) -> bool:
    """Whether the amount low[start:end] (lower-cased form) is one facility's cost by its role (see the module)."""
    if _ONE_BEFORE.search(low, max(0, start - 24), start) and _ATTRIBUTE_OF.match(low, end):
        return True
    if _INVEST_VERB_BEFORE.search(low, max(0, start - 40), start) and _IN_ONE.match(low, end):
        return True
    if _COSTING_OPENS.search(low, max(0, start - 30), start) and _THE_FACILITY_AFTER.match(low, end):
        return True
    if _INVESTMENT_OF_BEFORE.search(low, max(0, start - 30), start) and _REQUIRED_FOR_ONE.match(low, end):
        return True
    return _PUT_TO.match(low, end) is not None



# the verb of progress right before the amount
_PROGRESS_VERB = re.compile(
    r"(?P<which>(?:,\s*)?(?:which|that)\s+involved|(?:has|have|had)\s+(?:reached|attracted|totall?ed|exceeded|hit"
    r"|amounted\s+to))\s+(?:(?:about|around|nearly|some|roughly|approximately|more\s+than|over)\s+)?$")
# where the subject's clause opens: a full stop, a semicolon, "and", a comma, or an adverb of time after it
_CLAUSE_OPEN = re.compile(r"(?:[.;:\n]\s*|\band\s+|,\s*)(?:(?:currently|so\s+far|to\s+date|by\s+now),?\s+)?")
_WORKS = re.compile(
    r"\b(?:phase|project|plant|port|waterway|extension|renovation|expansion|upgrade|smelter|facility|factory|mill"
    r"|line|base|station|bridge|railway|airport|terminal|berth|mine|refinery|complex)\b(?!s)")
_AGGREGATE = re.compile(
    r"\b(?:city|cities|province|county|region|district|zone|country|nation|fixed[- ]assets?|projects|enterprises"
    r"|companies|firms|plants|factories|total\s+of\s+\d|foreign)\b|\d")


def works_progress(low: str, sent_start: int, start: int) -> bool:
    """Whether the amount at `start` (lower-cased form) is the progress of one facility's works (see the module)."""
    verb = _PROGRESS_VERB.search(low, max(sent_start, start - 60), start)
    if verb is None:
        return False
    subject_end = verb.start()
    if verb.group("which").lstrip(", ").startswith(("which", "that")):
        subject_end = low.rfind(",", max(sent_start, subject_end - 200), subject_end + 1)  # (the clause before)
        if subject_end < 0:
            return False
    lo = max(sent_start, subject_end - 200)
    opens = max((m.end() for m in _CLAUSE_OPEN.finditer(low, lo, subject_end) if m.end() < subject_end), default=lo)
    subject = low[opens:subject_end]
    if not subject.strip() or _WORKS.search(subject) is None or _AGGREGATE.search(subject) is not None:
        return False
    return subject.lstrip(" *-•").startswith(("investment in", "the ", "construction", "building", "its "))
