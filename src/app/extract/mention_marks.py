"""Marks put on the mentions of one text before facts are built from them: which amount only converts the one
before it into another currency, and which group (a count before it in its sentence) an amount or a share belongs to."""

from __future__ import annotations

import re
from decimal import Decimal

from app.extract import same_amount
from app.extract.candidates import Mention
from app.extract.en_classes import PER_UNIT_AFTER
from app.extract.segments import Segments

_CONVERSION_GAP = re.compile(
    r"\s*[(（]\s*(?:about|around|approximately|approx\.?|roughly|or|约合|折合|合|约)?\s*|\s*,?\s*or\s+|或"
    r"|\s*,\s*(?:or\s+)?(?:equivalent\s+to\s+)?"
)
# the unit of a price, written right after it (en_classes.PER_UNIT_AFTER, on the form as written)
_PER_UNIT = re.compile(PER_UNIT_AFTER.pattern, re.I)
_CLOSE_AFTER = re.compile(r"[^()\n]{0,12}?\)")  # the parenthesis closing a conversion ("…million)")
# the restating amount after a comma is approximate: "RMB 14 billion, around $2.1 billion" (not "N, M more")
_APPROXIMATE = re.compile(r"(?:or\s+)?(?:about|around|approximately|roughly|some|equivalent\s+to)\s", re.I)

_OTHER_ARTICLE = re.compile(r"\s*(?:see\s+also|related|read\s+more|also\s+read|recommended)\b", re.I)
_BODY_LINE = re.compile(r"^[^\n]{160}", re.M)  # the first line long enough to be a paragraph of the body


# the second conversion in one bracket: "1.18 billion yuan (£130.5 million or approximately $180 million)"
_SECOND_CONVERSION = re.compile(r"\s*\((?:£|€|\$|us\$|hk\$)?\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+or\s+"
                                r"(?:approximately\s+|about\s+|around\s+|roughly\s+|some\s+)?", re.I)


def mark_conversions(form: str, mentions: list[Mention]) -> None:
    """"579.9 billion yuan ($89.6 billion)", "2亿元(约合3000万美元)": the second amount restates the first
    in another currency; it is not a fact of its own."""
    money = [m for m in mentions if m.family == "money"]
    for a, b in zip(money, money[1:], strict=False):
        gap = a.end
        if a.hints.get("rate") and b.hints.get("rate"):  # "RMB16.94/kg (US$2.73/kg)": a price per unit converted
            per = _PER_UNIT.match(form, a.end)
            gap = per.end() if per is not None else gap
        if a.unit != b.unit and (0 <= b.start - gap <= 12 and _CONVERSION_GAP.fullmatch(form, gap, b.start) and (
                "," not in form[gap : b.start] or _APPROXIMATE.match(form, b.start, b.num_start)
                or _APPROXIMATE.search(form, gap, b.start)) or _SECOND_CONVERSION.fullmatch(form, gap, b.start)):
            b.hints["conversion"] = "1"
            close = _CLOSE_AFTER.match(form, b.end) if "(" in form[gap : b.start] else None
            if close is not None:  # "a 3.6 billion yuan ($579.7 million) plant": what follows the amount is
                a.hints["written_end"] = str(a.end)  # read after its conversion (the plant, "investment", "will
                a.end = close.end()  # fund …"); the amount as written stays without it
    _mark_chained_and_foreign(form, money)
    converted = [m for m in money if m.hints.get("conversion")]
    first = form.find("\n")  # the headline: the first line, or the short lines before the first paragraph within
    body = _BODY_LINE.search(form, 0, 400)  # the page's top (a page's "Search" or dateline lines above it)
    headline = max(first, body.start()) if body is not None else first
    headline = max(headline, _title_copies_end(form, first))  # lines that only print the title again
    converts = {id(b) for b in converted}
    for m, nxt in zip(money, [*money[1:], None], strict=False):
        # a headline's "to invest US$6.7 billion" for the body's "RMB45.2 billion (US$6.7 billion)"; after the
        # body, an amount equal to a conversion stated before it is that conversion again (a closing headline's
        # "to invest US$362m"), unless a conversion of its own follows it (then it is an amount as written)
        if m.hints.get("conversion") or (m.end > headline and (
                (nxt is not None and id(nxt) in converts)
                or _OTHER_ARTICLE.match(form, form.rfind("\n", 0, m.start) + 1))):
            continue  # ("SEE ALSO: X invests $444 million": a link to another article, its own amount)
        if any(same_amount.same_amount(c, m) for c in converted if m.end <= headline or c.end <= m.start):
            m.hints["conversion"] = "1"


def _mark_chained_and_foreign(form: str, money: list[Mention]) -> None:
    """"CNY 8 billion (€1.1 billion/$1.2 billion)": a second conversion in the same brackets converts the same
    amount; "A$175 million ($181 million)", "Rp76.6 billion (USD5.015 million)": a bracketed amount right after an
    amount in a currency not read (no mention of its own) converts it; neither is a fact of its own."""
    prev_end = 0
    for a, b in zip([None, *money], money, strict=False):
        if a is not None:
            prev_end = a.end
            if a.hints.get("conversion") and a.unit != b.unit and _CHAINED_GAP.fullmatch(form, a.end, b.start) \
                    and _CLOSE_AFTER.match(form, b.end):
                b.hints["conversion"] = "1"
                continue
        foreign = _FOREIGN_BEFORE.search(form, max(prev_end, b.start - 40), b.start)
        if foreign is not None and not b.hints.get("conversion") and _CLOSE_AFTER.match(form, b.end):
            b.hints["conversion"] = "1"


# between two conversions in one pair of brackets: "(€1.1 billion/$1.2 billion)", "(US$1 billion or €0.9 billion)"
_CHAINED_GAP = re.compile(r"\s*[/;,]\s*|\s+or\s+")
# an amount with its multiplier in a currency that is no mention (A$, Rp, ₹, C$), then an opening bracket: what the
# bracket holds converts it
_FOREIGN_BEFORE = re.compile(
    r"(?<![\w.,])[^\s\d(]{0,3}\d[\d.,]*\s*(?:million|billion|trillion|bn)\s*\(\s*"
    r"(?:(?:about|around|approximately|approx\.|roughly|some|or)\s+)?$", re.I)


def _title_copies_end(form: str, first: int) -> int:
    """End of the last line, among the page's top lines, that only prints the title again, once or more ("Title
    Title", after a byline or a date): a page's copy of its headline is the headline still, not the body's first
    paragraph. 0 when there is none (or the title is too short to tell a copy from a phrase)."""
    title = form[:first].strip() if first > 0 else ""
    if len(title) < 12:
        return 0
    end, at = 0, first + 1
    while at < min(len(form), first + 1 + 3 * len(title) + 400):
        nl = form.find("\n", at)
        nl = len(form) if nl < 0 else nl
        line = form[at:nl].strip()
        if line and title in line and not line.replace(title, "").strip():
            end = nl
        elif len(line) >= 160:
            break  # the body's first paragraph
        at = nl + 1
    return end


def mark_groups(seg: Segments, mentions: list[Mention]) -> None:
    """"四大园区新签项目18个,…到位资金3.5亿元" and "新签上亿元项目19个,…到位资金3.5亿元": an amount or a share
    after a count in its sentence is that group's; equal figures of two groups are two facts (`other_groups`)."""
    group: tuple[int, Decimal] | None = None
    for m in mentions:
        if m.family == "count" and "item" not in m.hints:
            group = (seg.sentence(m.num_start)[0], m.value)
        elif (group is not None and m.family in ("money", "percent")
              and seg.sentence(m.num_start)[0] == group[0]):
            m.hints["group"] = str(group[1])


def other_groups(a: Mention, b: Mention) -> bool:
    """Two figures stated each for its own group (a count of different size before each in its sentence)."""
    ga, gb = a.hints.get("group"), b.hints.get("group")
    return ga is not None and gb is not None and ga != gb
