"""English list items: bare numbers that continue the noun of a count stated before them.

"50 projects, including 20 in the industrial park and 12 in Binhai District", "191 projects …, including 119 under
construction and 72 newly started", "98 projects were signed: 60 in manufacturing, …", "150 projects, 90 of them
newly started", "Among them, 6 are on infrastructure, 25 on industrial development and 5 on environmental
protection", "41 projects …; 1 with over 5 billion yuan; 3 with investment between 2 and 5 billion yuan", "Seventeen
projects are located in the city, …, while 28 in its counties". Each item opens its part of the sentence (after
"including", a comma, a semicolon, a colon, "and", "while") and says what sets its part apart (a place, a field, a
stage, a value class); it counts the noun of the count before it. That count is either the whole the list divides
(larger than the item) or a sibling: an item already read, or a count set against it by "while" or "whereas" (the
item then says where its part is, or how far it got).

A value class after "with" ("1 with over 5 billion yuan") makes the item a count of the class; the amount is the
class's threshold, not an amount of its own (`class_amount`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention

_ITEM_BEFORE = re.compile(
    r"(?:\bincluding|\bof\s+which|\bamong\s+them,?|\bwith|,|;|:|\band,?|\b(?P<contrast>while|whereas))\s+$"
)
_COMPARING = r"(?:over|more\s+than|above|at\s+least|exceeding|between|below|less\s+than|under)\s"
_ITEM_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+)?(?:"
    # a place or a field: "in Binhai District", "involving clean energy", "on industrial development"
    r"(?:(?P<where>in|from|at|located\s+in|based\s+in)|involving|on)\s+(?![\d$])"
    r"(?P<what>[^,;.()\n]{2,60}?)(?=[,;.()\n]|\s+and\s|$)"
    # a stage: "under construction", "newly started", "put into production"
    r"|(?P<stage>under\s+construction|(?:newly\s+|already\s+)?(?:started|launched|signed|completed|commenced"
    r"|put\s+into\s+(?:production|operation|use)))\b"
    # a part of the group before: "90 of them newly started"
    r"|(?P<them>of\s+them)\b"
        # a value class: "with over 5 billion yuan", "with investment between 1 and 2 billion yuan"
    rf"|(?P<class>with\s+(?:an?\s+)?(?:(?:total\s+)?investment\s+)?(?:of\s+)?)(?={_COMPARING}))",
    re.I,
)
_SENTENCE_END = re.compile(r"\.\s")
_PLACED_AFTER = re.compile(r"\s+(?:in|from|at|located\s+in|based\s+in)\s+(?![\d$])")  # "339 companies in Japan"
_MAX_GAP = 200  # characters between the count before and the item


def list_item(form: str, num_start: int, num_end: int, value: Decimal, num: str,
              out: list[Mention]) -> Mention | None:
    """A bare number that is an item of the list continuing the count stated before it in its sentence."""
    if value != int(value) or value < 1 or "." in num or num.startswith("-") or num.lower() == "one":
        return None  # "20 factories and one in Germany": "one" as a word is too often no tally
    if 1900 <= value <= 2100 and num.isdigit():
        return None  # "…, and 2023 in …": a year
    after = _ITEM_AFTER.match(form, num_end)
    if after is None:
        return None
    before = _ITEM_BEFORE.search(form, max(0, num_start - 16), num_start)
    if before is None:
        return None
    prev = _count_before(form, out, num_start, value, before.group("contrast") is not None
                         and (after.group("where") is not None or after.group("stage") is not None),
                         after.group("where") is not None)
    if prev is None:
        return None
    mention = Mention(num_start, after.end(), num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.EQ, "count", noun=prev.noun, noun_start=prev.noun_start, noun_end=prev.noun_end)
    what = (after.group("what") or after.group("stage") or after.group("them")
            or form[after.start("class") : after.end() + 30])
    mention.hints["of"], mention.hints["item"] = " ".join(what.split()), "1"
    if after.group("class") is not None:
        mention.hints["class"] = "1"
    return mention


def _count_before(form: str, out: list[Mention], num_start: int, value: Decimal, contrast: bool,
                  placed: bool = False) -> Mention | None:
    """The count whose noun the item continues: the whole it divides (a larger count of its sentence that is no
    item itself), else the nearest count when it is a sibling (an item, another part, or set against by "while"; or,
    when the item says where its part is (`placed`), a count that says where its own is: "339 companies in Japan,
    778 in the United States": parts side by side, of any size)."""
    nearest: Mention | None = None
    for p in reversed(out):
        if p.family != "count" or not p.noun:
            continue
        if num_start - p.end > _MAX_GAP or _SENTENCE_END.search(form, p.end, num_start):
            break
        if nearest is None:
            nearest = p
            if "item" in p.hints or "another" in p.hints or contrast:
                return p
            if placed and p.noun_end is not None and _PLACED_AFTER.match(form, p.noun_end):
                return p
        if p.value > value and "item" not in p.hints and "another" not in p.hints:
            return p
    return None


# "1 project with a total investment of over 10 billion yuan and 3 projects with …": a class's count of one
_ONE_IN_CLASS = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:project|enterprise|company)\s+(?:with\s+(?:an?\s+)?(?:total\s+)?investment\s+"
    r"(?:of\s+)?|worth\s+|valued\s+at\s+)(?:over|more\s+than|above|exceeding|at\s+least)\s", re.I)


def one_in_class(form: str, num: str, num_end: int) -> bool:
    """"1 project with a total investment of over N": the count of a value class, one project in it (a count, also
    of one, where "one project worth N" would be that project's own amount)."""
    return num == "1" and _ONE_IN_CLASS.match(form, num_end) is not None


def class_amount(out: list[Mention], start: int) -> bool:
    """The amount right after an item's value class ("1 with over 5 billion yuan"): the class's threshold."""
    return bool(out) and "class" in out[-1].hints and 0 <= start - out[-1].end <= 2
