"""English numeric mentions: money, counts and percentages, in one pass over the matching form."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.en_classes import PER_UNIT_AFTER, be_class, count_totals_class, range_open, relative_class, worth_class
from app.extract.en_counts import count_mention, word_number
from app.extract.en_fractions import fraction_mentions, word_fraction_mentions
from app.extract.en_items import class_amount, list_item
from app.extract.en_jobs import jobs_salary
from app.extract.en_lists import coordinated, counted_list, part_of_group
from app.extract.en_notes import currency_notes, noted_currency
from app.extract.en_plans import FUTURE, FUTURE_PREDICATE, bullet_item, planned_amount, yield_once_built
from app.extract.en_ranges import close_range
from app.extract.en_roles import donation, expected_before, size_class, still_to_come, year_baseline
from app.extract.en_table_unit import in_header, table_cells
from app.extract.en_totals import total_after_count
from app.extract.en_yield import project_yield
from app.extract.index import scan
from app.extract.numbers import (
    ARABIC,
    EN_COMPARATOR,
    EN_COMPARATOR_MAP,
    EN_MULTIPLIER,
    EN_WORD_NUMBER,
    en_value,
)
from app.extract.textprep import ascii_lower

_CURRENCY_WORDS = (
    r"yuan|renminbi|rmb|cny|u\.?s\.?[\s-]+dollars?|us\$|dollars?|usd|hk\s+dollars|hong\s+kong\s+dollars|hkd"
    r"|euros?|eur"
)
NUMBER_RE = re.compile(
    rf"""
    (?<![a-z0-9])(?=[\da-z$¥€-])
    (?:(?P<cmp>\b(?:{EN_COMPARATOR}))\s+)?
    (?P<pre>\b(?:us|u\.\s?s\.|hk)\s?\$\s?|\b(?:rmb|cny)\s?\$\s?|\$\s?(?:us\s?)?|\bcn¥\s?|[¥€]\s?
      |\b(?:rmb|cny|usd|hkd|eur)\s?)?
    (?P<num>(?:(?<![a-z0-9_.-])|(?<=[a-z]{{2}}\.)(?<!no\.)|(?<=rmb)|(?<=cny)|(?<=usd)|(?<=hkd)|(?<=eur)|(?<=\$us))(?<!\d,)-?(?:{ARABIC})
      |\b(?:{EN_WORD_NUMBER})\b)
    (?P<range>(?:\s?[-~]\s?|\s+to\s+)(?:{ARABIC})(?=\s*(?:%|percent|per\s+cent|{EN_MULTIPLIER})(?![a-z])))?
    (?:\s*-?\s*(?P<mult>(?:(?<=\d)|\b)(?:{EN_MULTIPLIER})|(?<=\d)[bm](?=\s*(?:yuan|dollars?|usd|rmb)\b)|(?<=\d)m(?![a-z\d]))
      (?:\b|(?=yuan\b|dollars?\b)))?
    (?:
      (?P<cur>(?:(?:\s*-\s*|\s*\.\s+|\s+)(?:of\s+)?\b|(?<=illion))(?:{_CURRENCY_WORDS})\b)
    | (?P<pct>\s?%|\s*-?\s*percent(?:age\s+points?)?\b|\s+per\s+cent\b|\s+percentage\s+points?\b|\s*pp\b)
    )?
    """,
    re.X,
)  # scanned over the lower-cased form (textprep.ascii_lower)

# the number is its clause's subject and a future predicate follows it: "about 20 projects will resume by March",
# "90% of its output would be polysilicon next year" — a plan's figure (a target), whatever stands before it
# not a bare count opening its noun phrase: "the five projects will", "a batch of 24 projects will" (a group named)
# the worth of a counted group of projects right before the amount: whatever plan the count is, what the group is
# worth is an aggregate figure, an indicator ("to carry out 101 projects worth a total of N"; the seeds keep "to
# implement six projects with a total investment of N" a plan's target)
_GROUP_TOTAL_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+(?:[\w-]+\s+){0,3}?projects\s+"
    r"(?:that\s+are\s+)?(?:worth|valued\s+at)\s+(?:a\s+total\s+of\s+)?$"
    # "planning 733 key projects, with a total investment of N": the counted group's total, what its plan holds
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,5}?projects\s*,\s*with\s+(?:a\s+)?total\s+(?:planned\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$"
)
# the clause's subject is a group of projects named before: "The projects, which involve 18 countries, will receive a
# total investment of N", "These signed projects have a total investment of N"
_GROUP_SUBJECT = re.compile(
    r"(?:^|[.;]\s+|\n)(?:The|These|Those|All\s+the|All)\s+(?:[\w-]+\s+){0,2}?projects\b[^.;\n]{0,200}$"
)
_TOTAL_BEFORE = re.compile(r"\b(?:total|combined|aggregate)\s+(?:planned\s+|estimated\s+|contracted\s+)?investment\b"
                           r"[^.;,]{0,20}$|\b(?:worth|valued\s+at)\s+(?:about\s+)?$")  # what the group is worth, not
# what it is expected to yield ("a combined annual output value of N": a target)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$")
_GROUP_NAMED_BEFORE = re.compile(r"\b(?:the|these|those|its|their|of|all)\s+$")
# "30 per cent of the factory's output will be exported": a share still to come (a possessive inside the whole)
_FUTURE_SHARE = re.compile(r"(?:\s+of\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?" + FUTURE)
# "the plant should take a 12% share of the market", "will account for 30%": a share a modal verb puts ahead (not
# "will hold 85 percent", a holding: en_stakes)
_MODAL_SHARE_BEFORE = re.compile(
    r"\b(?:will|would|should|shall|(?:is|are)\s+(?:expected|set|due|projected)\s+to)\s+(?:[a-z]+ly\s+)?(?:take|capture"
    r"|gain|win|reach|account\s+for|make\s+up)\s+(?:(?:a|an)\s+)?(?:(?:about|around|nearly|roughly|over|more\s+than"
    r"|at\s+least)\s+)?$")
_PER_CAPITA = re.compile(
    r"\bper\s+(?:capita|head|person|household|employee)\b|\baverage\s+(?:wage|salary)", re.I
)
_PER_BEFORE = re.compile(r"\bper\s+$|\bevery\s+$", re.I)
_NEGATIVE_WORDS = re.compile(
    r"\b(?:fell|fall(?:s|ing)?|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|down|lower"
    r"|reduc(?:e|es|ed|ing|tion)|shr[ai]nk(?:s|ing)?|shrunk|contract(?:ed|ion|s)?|slump(?:ed|s)?"
    r"|plunge(?:d|s)?|dipp?(?:ed|s)?|lost|negative|sank|sinks?|slid|slides?|tumbled?|tumbles|plummet(?:ed|s)?)\b(?:\s+\w+){0,4}?\s*(?:by\s+|of\s+|to\s+)?$",
    re.I,
)
_NEGATIVE_AFTER = re.compile(r"\s+(?:lower|down|less|below)\b")
# "decreased from 98.77% to 93.63%", "dropped to 17.2 percent": the level before or after the fall, not the change
_LEVEL_BEFORE = re.compile(r"\b(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
_BELOW_CLASS = re.compile(r"\d\s+(?:[a-z-]+\s+){0,2}(?:projects|enterprises|companies|firms|ones)\s+$", re.I)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:projects?|enterprises|companies|firms|parks|clusters|zones|bases)\s+"
    r"(?:(?:with|of)\s+(?:an?\s+)?(?:(?:single\s+|annual\s+)?"
    r"(?:investment|output(?:\s+value)?|revenue|sales|value|income|agreements?|contracts?)\s+)?)?(?:of\s+)?$",
    re.I,
)
_EACH_BEFORE = re.compile(
    r"\beach\s+(?:topped|tops|exceeded|exceeds|exceeding|worth|over|above|receiving|received|attracting|attracted|with\s+(?:an\s+)?(?:estimated\s+|planned\s+|total\s+)?investment\s+(?:of|totall?ing|amounting\s+to)"
    r"|valued\s+at|costing|with\s+(?:an?\s+)?(?:annual\s+)?(?:output(?:\s+value)?|revenue|sales|investment)"
    r"\s+(?:of|topping|exceeding|over|above|surpassing))\s+(?:more\s+than\s+|over\s+)?$",
    re.I,
)
# "Of the projects, 23 have received more than 500 million yuan", "while eight projects received more than 10
# billion yuan": what each of a part of the projects received, a value class (with a partition cue in the sentence)
_CLASS_VERB_BEFORE = re.compile(
    r"\b(?:projects?|enterprises|companies|firms|deals|ones|them|each|\d[\d,]*)\s+(?:each\s+|all\s+|have\s+|has\s+|had\s+)*"
    r"(?:received|receiving|attracted|attracting|drew|drawing|involved|involving|(?:bring|brings|brought|have|has|had"
    r"|boast|boasts|carry|carries)\s+(?:an?\s+)?(?:total\s+|combined\s+|planned\s+){0,2}investments?\s+of)\s+"
    r"(?:from\s+)?$"
)
_PARTITION = re.compile(r"\b(?:of\s+the|of\s+them|of\s+which|among\s+them|among\s+the|while|including|whereas)\b")
# "the city's more than 100 million yuan in the library projects" (全市亿元以上入库项目): a class of projects
_CLASS_AFTER = re.compile(r"\s+(?:in\s+the\s+|of\s+)?(?:[a-z-]+\s+){0,3}?projects\b")
_CLASS_OPENS = re.compile(r"(?:'s|,|\bthe|^|\b\d[\d,]*)\s*$")  # "45 more than 100 million yuan projects"
_SHARE_PRICE_BEFORE = re.compile(
    r"\b(?:closed|closing|ended|finished|opened|traded|trading|listed)\s+(?:the\s+day\s+|trading\s+)?(?:at|on)\s+$"
    r"|\b(?:share|stock|closing|issue|offer)\s+price\s+(?:of|was|is|at|stood\s+at|reached)\s+$"
)
# a price a sentence about shares gives: "Nexa [SHE:300001] finished 2 percent higher at CNY25.5", "the shares
# reached a record high of CNY60.4", "its stock rose to $12.80"
_PRICE_AT = re.compile(r"\b(?:at|to|of|from)\s+$")
_SHARES_WORD = re.compile(r"\b(?:shares?|stocks?)\b|\[[a-z]{2,6}\s?:\s?\d{4,6}\]")
_SENTENCE_OPEN = re.compile(r"[.!?;]\s|\n")


def share_price(low: str, start: int) -> bool:
    """A small amount written "at / to / of N" in a sentence about a company's shares: a share price (counted however
    small), not an amount that lost its size word."""
    if _PRICE_AT.search(low, max(0, start - 6), start) is None:
        return False
    lo = max(0, start - 200)
    opens = [m.end() for m in _SENTENCE_OPEN.finditer(low, lo, start)]
    return _SHARES_WORD.search(low, opens[-1] if opens else lo, start) is not None


# "a 100-billion-yuan-level cluster": a scale, not an amount
_SCALE_AFTER = re.compile(r"\s*-?\s*(?:level|class|scale|grade|and-above)\b")
# "investment in 100-million-yuan projects": an amount written as an adjective of a plural is their class
_CLASS_ADJECTIVE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:projects|enterprises|companies|firms)\b")
# "between 2 and 3 billion yuan": one amount, at least the lower bound
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?P<lo>{ARABIC})\s+and\s+$")
# "8 billion to 10 billion yuan", "RMB 3 billion-5 billion": one amount, at least the lower bound
# (not "from 8 … to 10 …", a change)
_RANGE_LOW_BEFORE = re.compile(
    rf"(?:(?<![\w.,$])|(?<=[^\w.,]\$)|(?<=^\$)|(?<=us\$))(?P<lo>{ARABIC})\s*(?P<mult>trillion|billion|million)\s*"
    r"(?:-|~|\s+to)\s*(?:rmb\s?|us\$\s?|\$\s?)?$"
)  # "RMB 3 billion to RMB 5 billion", "$25 million to $30 million"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:rmb\s?|us\$\s?|\$\s?)?$")
_BETWEEN_AND = re.compile(
    rf"\s+and\s+(?:rmb\s?|us\$\s?|\$\s?)?(?:{ARABIC})\s*(?:trillion|billion|million)?\s*(?:yuan|u\.?s\.?\s+dollars|dollars)\b"
)


# the larger part of a composite amount written in two multipliers: "55 billion 542 million yuan"
_COMPOSITE_BEFORE = re.compile(r"(?<![\d.,])(?P<hi>\d{1,4})\s+(?P<mult>trillion|billion)\s+$")
_SCALE = {"trillion": 3, "billion": 2, "million": 1}


def find_mentions(form: str, low: str | None = None) -> list[Mention]:
    """All money, count and percentage mentions in an English matching form (`low`: the same form
    lower-cased by textprep.ascii_lower, computed here when not given)."""
    low = ascii_lower(form) if low is None else low
    out: list[Mention] = []
    joined_to = 0  # the end of a range "between X yuan and Y yuan" read as one amount
    notes = currency_notes(low)  # "891,112,000 (RMB, same as below)"
    cells = table_cells(low)  # "unit: 10000 yuan" heading a table of bare amounts
    fractions = fraction_mentions(form, low)  # "more than 3/4 of the total investment": a percentage
    for m in scan(NUMBER_RE, low):
        if m.start() < joined_to:
            continue
        num = m.group("num")
        if fractions and m.start("num") in fractions:
            out.append(fractions[m.start("num")])
            joined_to = fractions[m.start("num")].end  # its denominator is no number of its own
            continue
        mult = m.group("mult")
        pre, cur, pct = m.group("pre"), m.group("cur"), m.group("pct")
        if mult == "m" and not (pre or cur):
            continue  # "a 320m hall": metres; "m" is a million after a currency sign or before a currency word
        num_start, num_end = m.span("num")
        value = en_value(num.lstrip("-"), mult)
        if value is None:
            continue
        if num.startswith("-"):
            value = -value
        cmp_word = m.group("cmp")
        comparator = EN_COMPARATOR_MAP.get(" ".join(cmp_word.split()), Comparator.EQ) if cmp_word else Comparator.EQ
        start = m.start("cmp") if cmp_word else (m.start("pre") if pre else num_start)
        end = m.end()
        before = form[max(0, start - 60) : start]
        if m.group("range"):
            if not (pre or cur or pct):
                continue
            lower = en_value(num.lstrip("-"), mult)
            upper_text = re.search(r"[\d.,]+$", m.group("range"))
            upper_value = en_value(upper_text.group(), mult) if upper_text else None
            year_like = re.fullmatch(r"(?:19|20)\d\d", num) is not None
            if (re.search(r"\bfrom\s+$", low[max(0, start - 8) : start]) or year_like or lower is None
                    or upper_value is None or not lower < upper_value):
                # "rose from 5 to 10 percent", "grew in 2021 to 2.05 trillion yuan": the figure is the last one
                if upper_text is None or upper_value is None:
                    continue
                value = upper_value
                start = num_start = m.start("range") + upper_text.start()
                num_end = m.end("range")
            else:
                comparator = Comparator.GE  # "2-3 billion yuan", "5 to 10 per cent": at least the lower bound
        noted = (noted_currency(notes, low, num_start, num_end)
                 if notes and not (pre or cur or pct or mult or m.group("range")) else None)
        cell = cells.get(num_start) if cells and not (pre or cur or pct or mult or m.group("range")) else None
        if cell is not None and cell[0] == num_end:
            value, noted = cell[1], cell[2]  # a cell of a table whose header gives the unit
        elif cells.headers and in_header(cells, num_start):
            continue  # "unit: 10000 yuan": the table's unit, no amount
        if pre or cur or noted:
            currency = noted or _currency(pre or "", cur or "")
            between = _BETWEEN_BEFORE.search(low, max(0, start - 40), start) if not cmp_word else None
            lower = en_value(between.group("lo"), mult) if between else None
            if between and lower is not None and lower < value:
                value, comparator, start, num_start = lower, Comparator.GE, between.start(), between.start("lo")
            ranged = (_RANGE_LOW_BEFORE.search(low, max(0, start - 30), start)
                      if not (cmp_word or between or m.group("range")) else None)
            if ranged is not None and not _FROM_BEFORE.search(low, max(0, ranged.start() - 14), ranged.start()):
                lower = en_value(ranged.group("lo"), ranged.group("mult"))
                if lower is not None and lower < value:
                    # "RMB 3 billion to RMB 5 billion": the low end, read as an amount of its own, is this one
                    start = (out.pop().start if out and out[-1].num_start == ranged.start("lo")
                             else ranged.start())
                    value, comparator, num_start = lower, Comparator.GE, ranged.start("lo")
            if _PER_BEFORE.search(before):
                continue
            big = _COMPOSITE_BEFORE.search(low, max(0, start - 24), start) if mult and not (cmp_word or pre) else None
            if big is not None and _SCALE[big.group("mult")] > _SCALE.get(mult.split()[0].rstrip("s"), 0):
                # "55 billion 542 million yuan" (as machine translation writes 555.42亿元): one amount
                high = en_value(big.group("hi"), big.group("mult"))
                if high is not None:
                    value += high
                    start = num_start = big.start()
            upper = _BETWEEN_AND.match(low, end) if low.endswith("between ", 0, start) else None
            if upper is not None:  # "between 1 billion yuan and 5 billion yuan": at least the lower bound
                end = joined_to = upper.end()
                comparator = Comparator.GE
            mention = Mention(start, end, num_start, num_end, value, currency, form[num_start:end].strip(),
                              comparator, "money")
            mention.broken = bool(cur and re.match(r"\s*[-.]", cur)) and "-" not in num
            if cell is not None and cell[0] == num_end:
                mention.hints["table"] = cell[3]
                if cell[3] == "target":
                    mention.hints["future"] = "1"
            if _PER_CAPITA.search(form[max(0, start - 40) : start]):
                mention.hints["per_capita"] = "1"
            elif jobs_salary(low, start):
                mention.hints["rate"] = "1"  # "the jobs will pay an average annual salary of N": an indicator
            if bullet_item(low, start):
                mention.hints["group"] = f"item {start}"  # each item its own group (mention_marks.other_groups)
            if (planned_amount(low, start, end) or yield_once_built(low, start, end) or project_yield(low, start)
                    or still_to_come(low, start)):
                mention.hints["future"] = "1"
            if _SCALE_AFTER.match(low, end) or low.startswith("-denominated", end):
                continue  # "a 100-billion-yuan-level cluster"; "200 million yuan-denominated shares": shares counted
            if "-" in low[num_end:end] and _CLASS_ADJECTIVE_AFTER.match(low, end):
                mention.hints["threshold"] = "1"
            if _SHARE_PRICE_BEFORE.search(low, max(0, start - 50), start) or (
                    value < 1000 and share_price(low, start)):
                mention.hints["price"] = "1"  # "CATL closed at 529.9 yuan": a share price, counted however small
            if PER_UNIT_AFTER.match(low, end):  # "subsidies of RMB1.2 per kWh": a rate, counted however small
                mention.hints["price"] = mention.hints["rate"] = "1"
            if "price" not in mention.hints and re.match(r"\s*(?:each|apiece|per\s+project)\b", low[end : end + 16]):
                mention.hints["threshold"] = "1"  # "356 projects are worth more than 1 billion yuan each"
            if comparator in (Comparator.GT, Comparator.GE) and _THRESHOLD_BEFORE.search(before) or (
                    comparator == Comparator.LT and _BELOW_CLASS.search(before)):  # "42 projects below 0.5 billion"
                mention.hints["threshold"] = "1"
            if size_class(low, before, comparator, out, start, currency):
                mention.hints["threshold"] = "1"  # "3 projects with a total investment of over 5 billion yuan", "the
                # projects of 100 million yuan, 1 billion yuan and 5 billion yuan": size classes, listed
            if _EACH_BEFORE.search(before) or class_amount(out, start):
                mention.hints["threshold"] = "1"  # "12 projects each topped 5 billion yuan", "…; 1 with over N"
            if _GROUP_TOTAL_BEFORE.search(low, max(0, start - 90), start) or (
                    _TOTAL_BEFORE.search(low, max(0, start - 40), start)
                    and (_GROUP_SUBJECT.search(form, max(0, start - 250), start) or counted_list(low, start, out))
                    or total_after_count(low, start, out)):
                mention.hints["aggregate"] = "1"  # "to carry out 101 projects worth a total of N", "The projects …
                # will receive a total investment of N": the group's total
            if donation(low, start) or year_baseline(low, start, end):
                mention.hints["aggregate"] = "1"  # a donation; "to N in 2025, from about M in 2024": what was
            if _value_class(low, start, end, comparator) or relative_class(low, start, comparator):
                mention.hints["threshold"] = "1"  # "two projects in which the investment exceeds 10 billion yuan"
            elif worth_class(low, start, end, comparator, any(
                    "threshold" in o.hints and o.family == "money" and start - o.end < 200 for o in out[-3:])):
                mention.hints["threshold"] = "1"  # "2,051 projects worth more than 1 billion yuan … total …"
            if close_range(low, out, mention):
                continue  # "RMB300 million to RMB320 million": one fact, the lower bound
            out.append(mention)
            continue
        if pct:
            points = "point" in pct.lower() or pct.strip().lower() == "pp"
            unit = Unit.PERCENTAGE_POINT if points else Unit.PERCENT
            mention = Mention(start, end, num_start, num_end, value, unit, form[num_start:end].strip(),
                              comparator, "percent")
            if value > 0 and (_NEGATIVE_WORDS.search(form[max(0, start - 50) : start])
                              and not _LEVEL_BEFORE.search(form, max(0, start - 16), start)
                              or _NEGATIVE_AFTER.match(low, end)):  # "closed 8.3 percent lower"
                mention.value = -value
                mention.signed_by_wording = True
            if _FUTURE_SHARE.match(low, end) or _MODAL_SHARE_BEFORE.search(low, max(0, start - 60), num_start):
                mention.hints["future"] = "1"
            if close_range(low, out, mention):
                continue  # "36% to 44%": one fact, the lower bound
            out.append(mention)
            continue
        if mult and not word_number(num):
            part = _part_in_currency(form, low, (start, num_start, end), value, comparator, out)
            if part is not None:
                out.append(part)
            continue  # "3 million tons": a quantity, not a count we record
        count = (count_mention(form, m, value, num) or list_item(form, num_start, num_end, value, num, out)
                 or part_of_group(form, num_start, num_end, value, num)
                 or coordinated(form, num_start, num_end, value, num, out))
        if count is not None:
            count.comparator = comparator if comparator != Comparator.EQ else count.comparator
            count.start = start
            if (count.noun_end is not None and not re.match(r"\s+of\b", low[num_end : num_end + 4])
                    and FUTURE_PREDICATE.match(low, count.noun_end)
                    and not _GROUP_NAMED_BEFORE.search(low, max(0, start - 12), start)
                    and not any(o.family == "count" and o.value == count.value for o in out)):  # not a restatement
                count.hints["future"] = "1"
            if expected_before(low, start):
                count.hints["future"] = "1"  # "an expected ten wind farms": a count still to come, a target
            if _DEFINITE_BEFORE.search(low, max(0, start - 8), start) and any(
                    o.family == "count" and o.value == count.value for o in out):
                continue  # "the two projects", "these two new projects": the count stated before, named again
            out.append(count)
    for fraction in word_fraction_mentions(form, low):  # "one-fifth of the company's milk": a percentage
        if not any(o.start < fraction.end and fraction.start < o.end for o in out):
            bisect.insort(out, fraction, key=lambda x: x.start)
    return out


# "… account for 9 billion, whereas the base accounts for just 1 billion.", "sales of CNY 3 billion and 75
# million of tax": an amount without a currency word, ending its phrase, after an amount in the sentence that has one
_BARE_AMOUNT_END = re.compile(
    r"(?:\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|whereas|while|but|respectively)\b|\s+of\s+(?:tax|investment|revenue|sales"
    r"|output|funds|funding|capital|it|which|the\s+(?:total|investment|sum|amount))\b)"
)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)|\n")
# a sign or code of a currency the schema does not record, right before the number
_OTHER_CURRENCY_BEFORE = re.compile(
    r"(?:£|₤|₹|₩|₽|₫|฿|\b(?:a|au|c|s|nz|r)\$|\b(?:gbp|aud|cad|sgd|jpy|krw|inr|myr|rm|thb|vnd|idr))\s?$")


def _part_in_currency(form: str, low: str, span: tuple[int, int, int], value: Decimal, comparator: Comparator,
                      out: list[Mention]) -> Mention | None:
    """An amount in millions or billions with no currency word, in the currency of the amount stated before it
    in its sentence (its parts, its sequel): "RMB 10 billion … account for 9 billion"."""
    start, num_start, end = span
    if not _BARE_AMOUNT_END.match(low, end):
        return None
    money = next((o for o in reversed(out) if o.family == "money"), None)
    if (money is None or num_start - money.end > 240 or money.unit not in (Unit.CNY, Unit.USD)
            or _SENTENCE_BREAK.search(low, money.end, num_start) or "threshold" in money.hints):
        return None
    if _PER_BEFORE.search(low, max(0, num_start - 12), num_start):
        return None
    if _OTHER_CURRENCY_BEFORE.search(low, max(0, num_start - 6), num_start):
        return None  # "RMB 2.4 billion (£240.8 million)": pounds, a currency not recorded, never the yuan before
    return Mention(start, end, num_start, end, value, money.unit, form[num_start:end].strip(), comparator,
                   "money")


def _value_class(low: str, start: int, end: int, comparator: Comparator) -> bool:
    """An amount that names the class of a part of the projects counted, not an amount of its own."""
    before = low[max(0, start - 60) : start]
    lo = max(0, start - 200)
    sentence = low[max(lo, low.rfind(". ", lo, start) + 1) : start]
    ranged = re.match(r"\s+to\s+[\d.,]+\s*(?:billion|million)?\s*(?:yuan|dollars)?\s+each\b", low[end : end + 40])
    if ((comparator in (Comparator.GT, Comparator.GE) or before.endswith("from ") or ranged or range_open(before))
            and (_CLASS_VERB_BEFORE.search(before) or be_class(before)) and _PARTITION.search(sentence)):
        return True
    if count_totals_class(before, comparator):
        return True  # "… and 21 total more than 2 billion yuan": the class of a part of the projects
    return (comparator in (Comparator.GT, Comparator.GE) and _CLASS_OPENS.search(before) is not None
            and _CLASS_AFTER.match(low, end) is not None)


def _currency(pre: str, cur: str) -> str:
    s = (pre + " " + cur).lower()
    if s.startswith(("rmb", "cny")):
        return Unit.CNY  # "CNY$24 billion": the yuan's mark before a dollar sign, yuan all the same
    if "hk" in s or "hong kong" in s:
        return Unit.HKD
    if "euro" in s or "eur" in s or "€" in s:
        return Unit.EUR
    if "$" in s or "dollar" in s or "usd" in s:
        return Unit.USD
    return Unit.CNY
