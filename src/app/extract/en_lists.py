"""English counts whose noun is written once for several numbers.

Two forms of news tallies:

- **A list by place.** "Of the 903 projects, … Nanchang has 37, …; 136 in Jiujiang, …; Jingdezhen 43, …", "The
  province signed 120 projects: 36 in Hefei, 24 in Wuhu and 18 in Bengbu". Each item is a name (a place, a zone,
  a kind of project: "9 provincial-level ones") beside a bare number, at the start of its own part of the
  sentence; together the items divide a count stated before them, so their sum is at most that count. The
  count's noun is the items' noun, their names keep equal counts apart.
- **Coordinated parts of a group.** "Of the projects, 12 are industrial, 14 as advanced manufacturing projects
  and 5 as modern service projects", "two projects in which …, another two with … and one project valued at
  …", "Among these projects, there are 16 each with …": a bare number (or "one" + the noun) coordinated with a
  count of the same sentence, followed by what sets its part apart. Each is a count of the group's noun.

A number that is already a mention (an amount, a percentage, a count with its own noun) is never an item.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import en_value
from app.extract.regions import RegionMention

_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]\d)"
_NAME_WORD = r"[A-Z][\w'‘’-]*"
_SEP_AFTER = r"(?=\s*(?:[,;:.]|\band\b|\bwith\b|\bwhile\b|$))"
# items whose number comes first, matched at the number
_NUMBER_FIRST = [
    # "136 in Jiujiang", "36 are in Hefei"
    re.compile(rf"{_NUM}\s+(?:(?:are|were|is|was)\s+)?(?:in|at|from)\s+(?P<name>(?:the\s+)?{_NAME_WORD}"
               rf"(?:\s+[\w'‘’-]+){{0,4}}?){_SEP_AFTER}"),
    # "31 Yingtan city"
    re.compile(rf"{_NUM}\s+(?P<name>{_NAME_WORD}(?:\s+[\w'‘’-]+){{0,2}}?){_SEP_AFTER}"),
    # "9 provincial-level ones"
    re.compile(rf"{_NUM}\s+(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+ones\b"),
]
# "Nanchang has 37", "Jingdezhen 43", "Hefei: 36": the name first, searched before the number
_NAME_FIRST = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}|\s+(?:city|county|district)){{0,3}}?)"
    r"(?:\s+(?:has|had|have|got|saw|signed|with)\s+|\s*:\s*|\s+)(?:a\s+total\s+of\s+)?$"
)
_SEP = re.compile(_SEP_AFTER)
# a bare number followed by what an item's number is followed by (a clause mark, "in Place", a Name, "… ones"):
# the cheap filter before the item forms are tried
_BARE_NUMBER = re.compile(
    r"\d(?<![\w.,$¥-]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?![\w%$]|[.,]\d)"  # the lookbehind after the first digit: 2x faster
    r"(?=\s*(?:[,;:.]|and\b|with\b|while\b|$)|\s+(?:(?:are|were|is|was)\s+)?(?:in|at|from)\s+(?:the\s+)?[A-Z]"
    r"|\s+[A-Z]|\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+ones\b)"
)
# where an item may start: after a clause mark (or "and", "while", "among them, there are")
_ITEM_START = re.compile(
    r"(?:^|[,;:]|\.(?=\S)|\band\b|\bwhile\b)\s*(?:and\s+|while\s+)?(?:there\s+(?:are|were)\s+)?$", re.I
)
# names that are no place or kind: dates ("March 3, April 5"), numbered things ("Phase 2, Line 3")
_NOT_A_NAME = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?$"
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$"
    r"|^(?:phase|table|figure|fig|article|line|route|room|building|block|gate|stage|batch|no|number|item|section"
    r"|chapter|page|grade|level|class|lot|plot|round|step|session|term|version|model|type|category)s?\.?$",
    re.I,
)
# a list of ranks, scores or pages is no tally, however its numbers add up
_NOT_A_TALLY = re.compile(r"\brank|\bplaced\b|\bposition|\bscor(?:e|ed|ing)\b|\bpages?\b|\bNo\.|\bgrade", re.I)
_Item = tuple[int, int, int, int, Decimal, str]  # start, end, number start, number end, value, name
_MAX_GAP = 160       # characters between two items of one list
_MAX_PARENT_GAP = 400  # characters between the count the list divides and its first item


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of `spans` (sorted by start, not overlapping each other much)."""
    i = bisect.bisect_left(spans, (end, -1))
    return any(spans[j][1] > start for j in range(max(0, i - 3), i))


def _items(form: str, mentions: list[Mention]) -> list[_Item]:
    """(start, end, number start, number end, value, name) of each candidate item, in text order."""
    found: list[_Item] = []
    spans = sorted((m.num_start, m.end) for m in mentions)
    for lo, hi in _windows(form, mentions):
        found.extend(_items_in(form, spans, lo, hi))
    return found


def _windows(form: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Where items may stand: after a count with a noun, up to the farthest a list of them reaches."""
    out: list[tuple[int, int]] = []
    for m in mentions:
        if m.family != "count" or not m.noun or "item" in m.hints:
            continue
        lo, hi = m.end, min(len(form), m.end + _MAX_PARENT_GAP + 8 * _MAX_GAP)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _items_in(form: str, spans: list[tuple[int, int]], lo: int, hi: int) -> list[_Item]:
    found: list[_Item] = []
    for n in _BARE_NUMBER.finditer(form, lo, hi):
        if _covered(spans, n.start(), n.end()):
            continue
        span: tuple[int, int] | None = None
        name = ""
        for pattern in _NUMBER_FIRST:
            item = pattern.match(form, n.start())
            if item is not None and item.end("n") == n.end():
                span, name = (item.start(), item.end()), item.group("name")
                break
        if span is None and _SEP.match(form, n.end()):
            before = _NAME_FIRST.search(form, max(0, n.start() - 40), n.start())
            if before is not None:
                span, name = (before.start(), n.end()), before.group("name")
        if span is None or not _ITEM_START.search(form, max(0, span[0] - 24), span[0]):
            continue
        words = name.split()
        if not words or _NOT_A_NAME.match(words[0]) or _NOT_A_NAME.match(words[-1]):
            continue
        value = en_value(n.group(), None)
        if value is None or value < 1 or (1900 <= value <= 2100 and "," not in n.group()):
            continue
        found.append((span[0], span[1], n.start(), n.end(), value, " ".join(name.split())))
    return found


def _runs(form: str, items: list[_Item]) -> list[list[tuple]]:
    """Items next to each other (no sentence end between, at most _MAX_GAP apart), two or more."""
    runs: list[list[tuple]] = []
    for item in items:
        if runs and item[0] - runs[-1][-1][1] <= _MAX_GAP and not re.search(
                r"\.\s|\n\n", form[runs[-1][-1][1] : item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [r for r in runs if len(r) >= 2]


def place_items(form: str, mentions: list[Mention], regions: list[RegionMention]) -> list[Mention]:
    """`mentions` with the items of English lists by place added (in text order)."""
    if not any(m.family == "count" for m in mentions):
        return mentions
    region_starts = sorted(r.start for r in regions)
    # items the sentence rules already found ("…, 24 in Wuhu and 18 in Bengbu") belong to the runs too
    known = [(m.start, m.end, m.num_start, m.num_end, m.value, m.hints.get("of", "")) for m in mentions
             if "item" in m.hints and m.family == "count"]
    known_at = {k[2] for k in known}
    added: list[Mention] = []
    for run in _runs(form, sorted(_items(form, mentions) + known)):
        if len(run) < 3 and not any(bisect.bisect_left(region_starts, it[0]) < bisect.bisect_left(region_starts, it[1])
                                    for it in run):
            continue  # two items with no known place: too little to call it a list
        total = sum(it[4] for it in run)
        parent = next((p for p in reversed(mentions) if p.family == "count" and p.noun and p.end <= run[0][0]
                       and "item" not in p.hints and run[0][0] - p.end <= _MAX_PARENT_GAP
                       and p.value >= total and "\n\n" not in form[p.end : run[0][0]]), None)
        if parent is None or _NOT_A_TALLY.search(form, parent.end, run[-1][1]):
            continue
        for start, end, ns, ne, value, name in run:
            if ns in known_at:
                continue
            item = Mention(start, end, ns, ne, value, Unit.COUNT, form[ns:ne], Comparator.EQ, "count",
                           noun=parent.noun, noun_start=parent.noun_start, noun_end=parent.noun_end)
            item.hints["of"], item.hints["item"] = name, "1"
            added.append(item)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# --- coordinated parts of a group -------------------------------------------------------------------------
_COORD_BEFORE = re.compile(
    r"(?:,\s*(?:and\s+|while\s+)?|\band\s+|\bwhile\s+|\banother\s+|\bthere\s+(?:are|were)\s+|\bof\s+which\s+)$", re.I
)
_COORD_AFTER = re.compile(
    r"\s+(?:(?:each\s+)?(?:were|are|have|had)\b(?!\s+(?:no|not)\b)|each\s+with\b|ones\b|others\b|with\s+(?:an?\s+)?(?:single\s+)?"
    r"(?:investment|value|registered)|in\s+which\b|valued\s+at\b|worth\b"
    r"|total(?:ing|ling|ed|led)?\s+(?:more\s+than|over|above|at\s+least)\s|exceed(?:s|ed|ing)?\s"
    r"|as\s+(?P<as>(?:[a-z][\w'/-]*\s+){0,4}?(?:projects|programs|programmes|enterprises|companies|firms))\b)",
    re.I,
)
# "…, and one chemical project worth N", "12 projects of returnees, one logistics project, and one Fortune 500
# supplier project": one item of a list of counts, its modifiers (never a function word: "one of the projects")
_ONE_AFTER = re.compile(
    r"\s+(?P<mods>(?:(?!(?:of|the|a|an|in|on|for|to|with|and|or|that|which|its|their|is|was)\b)[\w'’/-]+\s+){0,5}?)"
    r"(?P<head>project|enterprise|company|firm)"
    r"(?:\s+(?:valued\s+at|worth|with|in\s+which|of)\b|(?P<list>(?=\s*(?:,|;|\.(?!\d)|\s+and\b))))",
    re.I)
# "Among these projects, there are 16 each with …": the group named before the number
_PARTITIVE = re.compile(r"\b(?:among|of)\s+(?:(?:these|the|those)\s+)?(?P<noun>(?:[\w-]+\s+){0,3}?"
                        r"(?:projects|programs|programmes|enterprises|companies|firms))\s*,\s*", re.I)
_THEM = re.compile(r"\b(?:of|among)\s+(?:them|which)\b", re.I)  # the group counted in the sentence before
_SENTENCE_BREAK = re.compile(r"\.\s|\.(?=[A-Z])|[;\n]")


def coordinated(form: str, num_start: int, num_end: int, value: Decimal, num: str,
                out: list[Mention]) -> Mention | None:
    """A bare number that counts a part of a group beside a sibling count of the same sentence."""
    if value != int(value) or value < 1 or "." in num or num.startswith("-") or (
            1900 <= value <= 2100 and num.isdigit()):
        return None  # a year ("…, and 2023 were …") is no part of a group
    if not _COORD_BEFORE.search(form, max(0, num_start - 16), num_start):
        return None
    if value == 1:
        after = _ONE_AFTER.match(form, num_end) if num.lower() in ("one", "1") else None
    else:
        after = _COORD_AFTER.match(form, num_end)
    if after is None:
        return None
    lo = max(0, num_start - 220)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(form, lo, num_start)]
    lo = breaks[-1] if breaks else lo
    group = _PARTITIVE.search(form, lo, num_start)
    sibling = next((p for p in reversed(out) if p.family == "count" and p.noun), None)
    noun_start: int | None
    noun_end: int | None
    if value == 1:
        if after.group("mods") and after.group("list") is None:
            return None  # "one supplier project worth N" without a list: that one project's own amount decides
        noun_start, noun_end = after.start("mods") if after.group("mods") else after.start("head"), after.end("head")
    elif after.group("as"):
        noun_start, noun_end = after.span("as")
    elif group is not None:
        noun_start, noun_end = group.span("noun")
    elif sibling is not None:
        noun_start, noun_end = sibling.noun_start, sibling.noun_end
    else:
        return None
    if group is None and (sibling is None or sibling.end < lo) and not (
            sibling is not None and num_start - sibling.end <= 300 and _THEM.search(form, lo, num_start)):
        return None  # no count of the group in the sentence (nor before "of them"), nor "among these projects"
    if noun_start is None or noun_end is None:
        return None
    end = noun_end if noun_end > num_end else num_end
    mention = Mention(num_start, end, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.EQ, "count", noun=" ".join(form[noun_start:noun_end].split()),
                      noun_start=noun_start, noun_end=noun_end)
    mention.hints["of"] = " ".join(form[num_end : after.end()].split())
    mention.hints["another"] = "1"  # a part of the group, not a restatement of a count before it
    if not num[:1].isdigit():
        mention.hints["word_number"] = "1"
    return mention


# "98 of the 115 projects had broken ground": a part of a group counted with the group
_OF_THE_GROUP = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|all)\s+(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,3}?(?:projects|programs|enterprises|companies|firms|deals|agreements))\b",
    re.I,
)


def part_of_group(form: str, num_start: int, num_end: int, value: Decimal, num: str) -> Mention | None:
    """"16 of the 47 projects have been started": the part, counted with the group's noun (the group's own count,
    47, is a mention of its own)."""
    if value != int(value) or value < 1 or "." in num or num.startswith("-"):
        return None
    group = _OF_THE_GROUP.match(form, num_end)
    total = en_value(group.group("m"), None) if group is not None else None
    if group is None or total is None or total < value:
        return None
    noun_start, noun_end = group.span("noun")
    mention = Mention(num_start, noun_end, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.EQ, "count", noun=" ".join(form[noun_start:noun_end].split()),
                      noun_start=noun_start, noun_end=noun_end)
    mention.hints["of"], mention.hints["another"] = f"of {group.group('m')}", "1"
    return mention


__all__ = ["coordinated", "part_of_group", "place_items"]


def counted_list(low: str, start: int, out: list[Mention]) -> bool:
    """Two counts of projects stand before the amount in its sentence ("17 foreign projects, 12 projects of
    returnees and one logistics project, with a total investment of N"): the total is the listed group's."""
    counts = [o for o in out[-6:] if o.family == "count" and o.noun and "project" in o.noun.lower()
              and start - o.end < 300 and not _SENTENCE_BREAK.search(low, o.end, start)]
    return len(counts) >= 2
