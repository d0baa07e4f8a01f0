"""English counts: the noun a number counts and whether it is a tally the article reports.

en.py reads every number of an English text in one pass; a number with no currency, percent or size word goes
here to find what it counts — the noun after it ("93 projects", "1,200-plus enterprises", "twelve of the
projects"), or the noun written before it ("the number of signed projects reached 350", "Of the deals, 37 were
manufacturing projects", "an increase of 17") — and to drop numbers that count nothing reported (years, codes,
ranks, capacities, a company's name). It holds the counted heads (_COUNT_HEADS) and the count noun pattern
(COUNT_NOUN_RE) with the rules that only counts use.
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.en_counted_items import items_of_projects
from app.extract.en_items import one_in_class
from app.extract.en_jobs import JOB_MODS, employed, job_compound, jobs_expected
from app.extract.index import TailFirst

_COUNT_HEADS = (
    r"projects?|compan(?:y|ies)|enterprises?|firms?|businesses|investors?|groups|institutions|banks"
    r"|manufacturers|factories|contracts|agreements|deals|market\s+entities|soes|state-owned\s+enterprises|working\s+groups|task\s+forces|teams"
    r"|jobs|job\s+(?:opportunities|vacancies|positions)|programs|programmes|bases|plants|fabs|facilities|ranches|farms|pastures|warehouses"
    r"|subsidiaries"
    r"|ones"  # "there are 14 large ones", "84 industrial development ones": the noun counted before, not repeated
    r"|logistics\s+parks|tenders|bids|developers|customers|clients"  # tenders won like deals, customers like firms
    r"|(?:shopping\s+)?malls|plazas|hotels|stores|data\s+cent(?:er|re)s"  # commercial facilities, counted like plants
    r"|chambers\s+of\s+commerce\s+and\s+(?:enterprises|companies|firms)"  # lumped with enterprises: counted like them
)
# "93 projects", and "93projects" as scraped pages glue them; "100 1-billion-and-above projects" (a value class)
COUNT_NOUN_RE = re.compile(
    rf"(?:\s+|(?<=\d)(?=(?:{_COUNT_HEADS})\b))"
    # "45 more than 100 million yuan projects" (亿元以上项目45个 as machine translation writes it): the class first
    r"(?:(?:more\s+than|over|above)\s+\d[\d.,]*\s+(?:billion|million|hundred\s+million)\s+(?:yuan|dollars)\s+"
    r"(?:and\s+above\s+)?)?"
    rf"(?P<mods>(?:(?:(?:Fortune|Global|top|Top|China's\s+top)\s+){{1,2}}\d{{2,4}}\s+)?"
    r"(?:\d[\d.,]*-(?:billion|million|hundred-million)(?:-[a-z]+){0,3}\s+)?"
    rf"(?:[A-Za-z][\w'/-]*(?:\.\d+)?,?\s+){{0,5}}?)"  # ("Asia No.1"; "wholly-owned, holding and …")
    rf"(?P<head>(?:(?:mega|large|key|major|sub)-)?(?:{_COUNT_HEADS}))\b"
    r"(?P<tail>\s+(?:were|was|have\s+been|has\s+been|had\s+been|had)\s+(?:[a-z]+ed)\b)?"
    r"(?P<of>\s+of\s+(?:the\s+)?[^,;.:()\n]{1,60}?(?=[,;.:()\n]|\s+and\s|\s+as\s|\s+are\s|\s+were\s|$))?",
    re.I,
)
_MOD_STOP = frozenset(
    ["of", "the", "a", "an", "to", "in", "on", "at", "by", "for", "with",
     "and", "or", "than", "from", "as", "is", "are", "was", "were", "be",
     "been", "this", "that", "these", "those", "its", "their", "his", "her",
     "our", "per", "each", "every", "which", "who", "new-type", "after", "before", "within",
     "years", "months", "days", "weeks", "hours"]
)
_CAPACITY_UNITS = frozenset({"kw", "mw", "gw", "kwh", "mwh", "gwh", "kwp", "mwp", "gwp", "mt", "tons", "tonnes", "t",
                             "kv", "mu", "hectares", "sq", "square", "km", "kilometers", "kilometres", "meters"})
_RANKINGS = frozenset({"fortune", "global", "top", "china's"})
_NOT_COUNT_BEFORE = re.compile(r"(?:\btop|\bNo\.?|\bFortune|\bGlobal|\bnumber|#|\d:)\s*$", re.I)  # 09:02


def word_number(num: str) -> bool:
    """A number written in words ("twelve"), not in digits."""
    return not num[:1].isdigit() and not num.startswith("-")


_OF_THE_BEFORE = re.compile(
    rf"\b(?:of|among)\s+(?:the|these|them|which)\s+(?P<noun>(?:[\w-]+\s+){{0,3}}?(?:{_COUNT_HEADS}))\s*,\s*"
    r"(?:(?:nearly|almost|about|around|over|more\s+than|some|approximately|roughly)\s+)?$", re.I
)  # "Among the projects, nearly 2,000 have settled …": the comparator is the number's own
# "Twelve of the projects are worth …": the number counts the noun after "of the"
_OF_THE_AFTER = re.compile(
    rf"\s+of\s+(?:the|these|those)\s+(?P<mods>(?:world's\s+)?(?:(?:top|fortune|global)\s+){{0,2}}(?:500\s+)?"
    rf"(?:[a-z][\w'-]*\s+){{0,2}}?)(?P<head>{_COUNT_HEADS})\b(?P<tail>)(?P<of>)",
    re.I,
)
_YEAR_DETERMINER = re.compile(r"\b(?:the|its|their|this|these|last|next)\s+$", re.I)
_VERB_AFTER = re.compile(r"\s+(?:are|were|have|had|will|has)\b", re.I)


def _count_of_the(form: str, num_start: int, num_end: int, value: Decimal) -> Mention | None:
    """"Of the signed projects, 356 are worth …": the counted noun is written before the number."""
    if not _VERB_AFTER.match(form, num_end):
        return None
    ob = _OF_THE_BEFORE.search(form, max(0, num_start - 80), num_start)
    if ob is None:
        return None
    return Mention(num_start, num_end, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                   Comparator.EQ, "count", noun=" ".join(ob.group("noun").split()),
                   noun_start=ob.start("noun"), noun_end=ob.end("noun"))


_REFERENCE_BEFORE = re.compile(r"\b(?:among|of)\s+(?:the|these|those|all(?:\s+the)?)\s+$", re.I)
_ANOTHER_GROUP_BEFORE = re.compile(r"\b(?:remaining|other|another|additional|further|rest\s+of\s+the)\s+$", re.I)
_PLUS_AFTER = re.compile(r"\s?-?plus\b", re.I)
_NUMBER_OF_BEFORE = re.compile(
    rf"\bthe\s+number\s+of\s+(?P<noun>(?:[\w-]+\s+){{0,3}}?(?:{_COUNT_HEADS}))\s+"
    r"(?:(?:reached|reaching|was|is|were|stood\s+at|hit|totall?ed|rose\s+to|increased\s+to|to|of)\s+)?"
    r"(?:(?:more\s+than|over|above|about|around|nearly|at\s+least|exceeding|exceeded)\s+)?$",
    re.I,
)
# "the whole year new signed projects exceed 500", "projects with more than 100 million yuan are not less
# than 150 each year"
_NOUN_VERB_BEFORE = TailFirst(
    rf"\b(?P<noun>(?:[\w-]+\s+){{0,3}}?(?:{_COUNT_HEADS}))"
    r"(?:\s+(?:with|above|over|of|worth|exceeding)\s+[^,;.]{3,40}?)?\s+(?:will\s+)?",
    r"(?:exceeds?|exceeding|surpass(?:es)?|reach(?:es)?|reached|numbered|number|stood\s+at|reaching|hits?|totals?|totall?ing|totall?ed"
    r"|are|is|will\s+be)\s+"
    r"(?:(?:more\s+than|over|above|about|around|nearly|at\s+least|not\s+less\s+than|no\s+less\s+than)\s+)?$",
    re.I,
)
_BE_COUNT_AFTER = re.compile(rf"\s+(?:were|are)\s+(?P<mods>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<head>{_COUNT_HEADS})\b",
                             re.I)
# "while 46 involved Fortune Global 500 companies"
_INVOLVED_COUNT_AFTER = re.compile(
    rf"\s+(?:involved|involve|involving)\s+(?P<mods>(?:[\w-]+\s+){{0,3}}?)(?P<head>{_COUNT_HEADS})\b", re.I
)
_PARTITIVE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the|these|them|which|those)\b[^.;:]{0,40}$", re.I)


# "149 key projects have started 126", "budget projects have 93 and …": a verb between the noun and the number
_NOUN_HAVE_BEFORE = re.compile(
    rf"\b(?P<noun>(?:[\w-]+\s+){{0,3}}?(?:{_COUNT_HEADS}))\s+(?:have|has|had)\s+"
    r"(?P<verb>(?:started|begun|commenced|signed|completed|landed|opened)\s+)?$",
    re.I,
)
_HAVE_COUNT_END = re.compile(r"\s*(?:and\b|[,.;]|$)")
# "506 projects above 100 million yuan, an increase of 264 year-on-year": the change in a count named before it
_CHANGE_BEFORE = re.compile(r"\ban?\s+(?:increase|rise)\s+of\s+$", re.I)
_CHANGE_AFTER = re.compile(
    r"\s*(?:year\s*-?\s*on\s*-?\s*year|over|from|compared|on\s+the|than|against|[,.;]|$)", re.I
)
_HEAD_BEFORE = re.compile(rf"\b(?P<noun>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_COUNT_HEADS}))\b", re.I)


def _count_change(form: str, num_start: int, num_end: int, value: Decimal) -> Mention | None:
    """"1,371 construction projects started up, an increase of 17 on the same period": the increase of
    a count named earlier in the sentence is a count of the same noun."""
    if not (_CHANGE_BEFORE.search(form, max(0, num_start - 20), num_start) and _CHANGE_AFTER.match(form, num_end)):
        return None
    lo = max(0, num_start - 160)
    lo = max(lo, form.rfind(". ", lo, num_start) + 1, form.rfind(";", lo, num_start) + 1)
    heads = list(_HEAD_BEFORE.finditer(form, lo, num_start))
    if not heads:
        return None
    return _noun_before(form, num_start, num_end, value, heads[-1].start("noun"), heads[-1].end("noun"))


def _noun_before(form: str, num_start: int, num_end: int, value: Decimal, noun_start: int, noun_end: int) -> Mention:
    """A count whose noun is written before its number, the noun without leading function words."""
    lead = re.match(r"(?:(?:and|or|the|of|in|its|their|these|those|have|has|are|were)\s+)+", form[noun_start:noun_end],
                    re.I)
    if lead is not None and lead.end() < noun_end - noun_start:
        noun_start += lead.end()
    return Mention(num_start, num_end, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                   Comparator.EQ, "count", noun=" ".join(form[noun_start:noun_end].split()),
                   noun_start=noun_start, noun_end=noun_end)


def _count_number_of(form: str, num_start: int, num_end: int, value: Decimal) -> Mention | None:
    """"the number of newly signed projects more than 350", "Of the deals, 37 were manufacturing
    projects": the counted noun is not written right after the number."""
    nb = (_NUMBER_OF_BEFORE.search(form, max(0, num_start - 90), num_start)
          or _NOUN_VERB_BEFORE.search(form, max(0, num_start - 70), num_start))
    if nb is None and "ha" in form[max(0, num_start - 22) : num_start]:  # have, has, had (a cheap test first)
        nb = _NOUN_HAVE_BEFORE.search(form, max(0, num_start - 70), num_start)
        if nb is not None and not nb.group("verb") and not _HAVE_COUNT_END.match(form, num_end):
            nb = None  # "the projects have 3 phases": the number counts something else
    if nb is not None:
        return _noun_before(form, num_start, num_end, value, nb.start("noun"), nb.end("noun"))
    be = _BE_COUNT_AFTER.match(form, num_end)
    if be is None or not _PARTITIVE_BEFORE.search(form, max(0, num_start - 60), num_start):
        be = _INVOLVED_COUNT_AFTER.match(form, num_end)
    if be is not None:
        noun_start = be.start("mods") if be.group("mods") else be.start("head")
        return Mention(num_start, be.end(), num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                       Comparator.EQ, "count", noun=" ".join(form[noun_start : be.end()].split()),
                       noun_start=noun_start, noun_end=be.end())
    return _count_change(form, num_start, num_end, value)


_SUPERLATIVES = frozenset({"largest", "biggest", "greatest", "strongest", "most"})
_PLANT_MODS = frozenset({"production", "manufacturing", "new", "existing", "overseas", "factory", "plant"})
_FIRMS = re.compile(r"(?:compan|enterprise|firm|manufacturer|supplier|maker|producer|group|institution|bank)", re.I)
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$", re.I)
_SET_UP_BEFORE = re.compile(
    r"\b(?:set\s+up|setting\s+up|establish(?:ed|es|ing)?|register(?:ed|s|ing)?|form(?:ed|s|ing)?)"
    r"\s+(?:(?:a\s+total\s+of|another)\s+)?$", re.I)
_NAMED_AGAIN_BEFORE = re.compile(r"\b(?:the|these|those|both)\s+$", re.I)


def not_a_tally(form: str, num_start: int, value: Decimal, mods: list[str], head: str) -> bool:
    """A number before a counted noun that counts nothing the article reports: a rank ("one of the three largest
    manufacturers"), bases other than production bases (a region's "six industrial bases"), companies named in
    passing ("one of 12 suppliers", "the two companies" the text has named), a company's name with a number ("360
    Enterprise Security", a capitalised singular noun after a number above one)."""
    if any(w.lower() in _SUPERLATIVES for w in mods):
        return True
    if head.lower() == "bases" and not any(w.lower() in ("production", "manufacturing") for w in mods):
        return True  # "building six industrial bases": a region's plan of industries, not a company's plants
    if head.lower() == "facilities" and any(w.lower() not in _PLANT_MODS for w in mods):
        return True  # "30 sports facilities", "medical facilities": a place's amenities; "two facilities" are plants
    if value > 1 and not mods and head[:1].isupper() and not head.lower().endswith("s"):
        return True
    if head.lower() == "subsidiaries" and _SET_UP_BEFORE.search(form, max(0, num_start - 30), num_start):
        return True  # "will set up three subsidiaries" to carry its projects: not the group's companies
    if _FIRMS.match(head) is None:
        return False
    return (_ONE_OF_BEFORE.search(form, max(0, num_start - 30), num_start) is not None
            or (value <= 3 and _NAMED_AGAIN_BEFORE.search(form, max(0, num_start - 8), num_start) is not None))


def count_mention(form: str, m: re.Match[str], value: Decimal, num: str) -> Mention | None:
    if value != int(value) or value > 10_000_000 or m.group("mult") or (
            value < 2 and not one_in_class(form, num, m.end("num"))):
        return None
    num_start, num_end = m.span("num")
    if num.startswith("-") or "." in num:
        return None
    digits = num.replace(",", "")
    if digits.isdigit() and len(digits) >= 7 and "," not in num:
        return None  # phone numbers, codes
    if _NOT_COUNT_BEFORE.search(form[max(0, num_start - 12) : num_start]):
        return None
    if digits.isdigit() and "," not in num and 1900 <= value <= 2100 and re.search(
        r"\b(?:in|by|since|of|year|from|until|to|before|after)\s+$|,\s*$",
        form[max(0, num_start - 10) : num_start],
        re.I,
    ):
        return None
    job = employed(form, m.start(), num_start, num_end, value)
    if job is not None:  # "will employ around 12,000 local people, the company said": not a count of "company"
        return job
    plus = _PLUS_AFTER.match(form, num_end)  # "1,200-plus enterprises"
    nm = _OF_THE_AFTER.match(form, num_end) or COUNT_NOUN_RE.match(form, plus.end() if plus else num_end)
    if nm is None and (items := items_of_projects(form, num_start, num_end)) is not None:  # "… includes 41 items"
        return _noun_before(form, num_start, num_end, value, *items)
    if nm is None:
        return (job_compound(form, num_start, num_end, value)
                or _count_of_the(form, num_start, num_end, value)
                or _count_number_of(form, num_start, num_end, value))
    if "\n\n" in form[num_end : nm.start("head")]:
        return None  # the noun is in the next paragraph
    if (digits.isdigit() and "," not in num and 1900 <= value <= 2100
            and (not re.search(r"(?:s|ies)$", nm.group("head"), re.I)
                 or _YEAR_DETERMINER.search(form, max(0, num_start - 8), num_start))):
        return None  # "the 2023 investment promotion project": a year before a singular noun; "the 2023 tenders"
    mods = nm.group("mods").split()
    listed = any(w.endswith(",") for w in mods[:-1]) and "and" in mods  # "27 wholly-owned, holding and shareholding"
    if any(w.endswith(",") for w in mods) and not listed:
        return None  # "8 km, projects": a comma is no part of a counted noun but in a list of its modifiers
    mods = [w.rstrip(",") for w in mods]
    inner = (mods[1:-1] if len(mods) <= 5 and (listed or nm.group("head").lower().startswith(("project", "program")))
             else [])
    # "31 social livelihood and eco-environmental protection projects": "and" joins two modifiers
    if len(mods) > 4 and "and" not in inner or any(
            w.lower() in _MOD_STOP and not (w.lower() == "and" and w in inner and "other" not in inner)
            for w in mods if not w[:1].isdigit() and w.lower() not in _RANKINGS):  # "18 counties and other …"
        return _count_number_of(form, num_start, num_end, value)
    if mods and mods[0].lower() in _CAPACITY_UNITS:
        return None  # "100 MW PV projects": a capacity written before the noun, not a count
    if not_a_tally(form, num_start, value, mods, nm.group("head")):
        return None
    if "pillar" in (w.lower() for w in mods):
        return None  # "2 pillar businesses": industries, not firms
    jobs = nm.group("head").lower().startswith("job")
    if jobs and any(w.lower() not in JOB_MODS for w in mods):
        return None  # "N new jobs", "N direct jobs"; "200,000 service sector jobs" is a sector's, not the project's
    noun_end = nm.end("tail") if nm.group("tail") else nm.end("head")
    noun_text = form[nm.start("mods") if mods else nm.start("head") : noun_end]
    end = nm.end()
    mention = Mention(num_start, end, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.GT if plus else Comparator.EQ, "count", noun=" ".join(noun_text.split()),
                      noun_start=nm.start("mods") if mods else nm.start("head"), noun_end=noun_end)
    if nm.group("of"):
        mention.hints["of"] = " ".join(nm.group("of").split())
    if jobs and jobs_expected(form, m.start()):
        mention.hints["future"] = "1"  # jobs a project will create: a target (tests/heldout/README.md)
    if _ANOTHER_GROUP_BEFORE.search(form, max(0, num_start - 16), num_start):
        mention.hints["another"] = "1"  # "the remaining 6 projects": another group, not the 6 stated before
    if word_number(num):
        mention.hints["word_number"] = "1"
    if _REFERENCE_BEFORE.search(form, max(0, num_start - 16), num_start) and form.startswith(",", noun_end):
        mention.hints["reference"] = "1"  # "Among the 903 projects, …": the group counted before, named again
    return mention
