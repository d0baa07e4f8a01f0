"""The parties of one investment verb written once for several amounts, and the shares given to them "respectively".

English leaves the verb out of the second conjunct ("A will invest N and B M"): M is B's amount, not A's, and both
are parties of the same verb, so A is a party even when its short name is also a place's (a company named after its
city). Shares listed with "respectively" ("holding P% and Q% respectively", "A and B will hold P% and Q%
respectively") go to the parties in the order the sentence names them; each is that party's share of the venture, a
`project` percentage with the party as investor (tests/heldout/README.md, a share of a joint venture)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.extract.company_en import opening_company
from app.extract.orgs import is_company_name

_NAME = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4}"
_VERB = (r"(?:will|would|is\s+to|are\s+to|plans?\s+to|agreed\s+to|is\s+set\s+to)?\s*"
         r"(?:invest(?:s|ed)?|inject(?:s|ed)?|contribut(?:e|es|ed)|put\s+in|puts\s+in)")
# "A will invest " right before the first amount
_SUBJECT_VERB = r"(?:^|(?<=[\s(\"']))(?P<n>" + _NAME + r")\s+" + _VERB + r"\s+"
_FIRST = re.compile(_SUBJECT_VERB + "$")
_VERB_ANY = re.compile(_SUBJECT_VERB)
# the amount itself once its bracketed conversions are dropped: "RMB1.014bn", "$160 million", "5 billion yuan"
_MONEY = (r"(?:RMB|CNY|USD|US\$|HK\$|\$|€|£|EUR)?\s*\d[\d,.]*\s*(?:bn|billion|mn|m|million)?\s*"
          r"(?:yuan|dollars|U\.S\.\s+dollars|US\s+dollars|euros)?")
_AMOUNT = re.compile(r"\s*" + _MONEY + r"\s*", re.I)
_BRACKETS = re.compile(r"\([^()]{0,40}\)")
# " and B " right before the second amount
_SECOND = re.compile(r"(?:\band|,)\s+(?P<n>" + _NAME + r")\s+$")
_AND_NEXT = re.compile(r"\s*(?:\band|,)\s+(?P<n>" + _NAME + r")\s+(?=(?:RMB|CNY|USD|US\$|HK\$|\$|€|£|EUR)?\s*\d)")
_MAX_GAP = 60
# "holding 35% and 65% respectively", "35 percent and 65 percent, respectively"
_PCT = r"\d[\d.]*\s*(?:%|per\s*cent|percent)"
_RESPECTIVE = re.compile(r"(?P<a>" + _PCT + r")\s*(?:,\s*)?and\s+(?P<b>" + _PCT + r")\s*,?\s*respectively\b", re.I)
# "N and M, respectively" after two parties' verb of paying in: "A and B have contributed CNY40 million and CNY60
# million, respectively" (each party's contribution, a `project` amount with the party as investor)
_RESPECTIVE_MONEY = re.compile(r"(?P<a>" + _MONEY + r")\s*(?:,\s*)?and\s+(?P<b>" + _MONEY + r")\s*,?\s*respectively\b",
                               re.I)
# "A and B will hold" opening the clause of the shares ("A and B have contributed" of the amounts)
_PARTY = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,6}"  # (a party's full name: China X Industrial Urban Development Co)
_PAIR_HOLD = re.compile(r"(?P<a>" + _PARTY + r")\s+and\s+(?P<b>" + _PARTY + r")\s+(?:will\s+|would\s+|are\s+to\s+"
                        r"|have\s+|has\s+|also\s+)*"
                        r"(?:hold|own|take|have|contribute[sd]?|invest(?:ed|s)?|inject(?:ed|s)?|hold\s+stakes\s+of)\b")


def _last(pattern: re.Pattern[str], form: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for last in pattern.finditer(form, lo, hi):  # noqa: B007 (the last match is wanted)
        pass
    return last


def _clean(name: str) -> str:
    return name.strip().rstrip(".")


def _bare_amount(form: str, start: int, end: int) -> bool:
    """Whether form[start:end] is only an amount with its bracketed conversions."""
    return _AMOUNT.fullmatch(_BRACKETS.sub(" ", form[start:end])) is not None


def gapped_investor(form: str, text: str, sent_start: int, amount: tuple[int, int]) -> tuple[int, str] | None:
    """(start, name) of the party whose amount `amount` is in "A will invest N and B M": B for M (B a company
    name), A for N when B is one."""
    start, end = amount
    second = _SECOND.search(form, max(sent_start, start - _MAX_GAP), start)
    if second is not None and is_company_name(second.group("n")):
        verb = _last(_VERB_ANY, form, max(sent_start, second.start() - 160), second.start())
        if verb is not None and _bare_amount(form, verb.end(), second.start()):
            return second.start("n"), _clean(text[second.start("n") : second.end("n")])
    first = _FIRST.search(form, max(sent_start, start - 80), start)
    if first is None:
        return None
    after = _BRACKETS.sub(lambda m: " " * len(m.group()), form[end : end + 80])
    nxt = _AND_NEXT.match(after)
    name = _clean(first.group("n"))
    if nxt is None or not is_company_name(nxt.group("n")) or name.split()[0] in ("The", "This", "It", "They"):
        return None
    return first.start("n"), _clean(text[first.start("n") : first.start("n") + len(name)])


_CORPORATE_END = re.compile(r"\b(?:Co|Company|Corp|Corporation|Group|Ltd|Limited|Inc|Holdings?)\.?$")


def _a_party(name: str) -> bool:
    """A company's name: one `is_company_name` takes, or one ending in a corporate word ("China X Development Co",
    whose first word is a country's)."""
    return is_company_name(name) or _CORPORATE_END.search(name.strip()) is not None


def parties_of(form: str, text: str, sent_start: int, upto: int) -> list[tuple[int, str]]:
    """The parties the sentence names before `upto`: the subjects of a gapped investment verb, or "A and B" before
    a verb of holding."""
    pair = _last(_PAIR_HOLD, form, sent_start, upto)
    if pair is not None and _a_party(pair.group("a")) and _a_party(pair.group("b")):
        return [(pair.start(g), _clean(text[pair.start(g) : pair.end(g)])) for g in ("a", "b")]
    first = _last(_VERB_ANY, form, sent_start, upto)
    if first is None:
        return []
    lead = _clean(text[first.start("n") : first.end("n")])
    after = _BRACKETS.sub(lambda m: " " * len(m.group()), form[first.end() : upto])
    amount = _AMOUNT.match(after)
    nxt = _AND_NEXT.match(after, amount.end()) if amount is not None else None
    if nxt is None or not is_company_name(nxt.group("n")) or lead.split()[0] in ("The", "This", "It", "They"):
        return []
    at = first.end() + nxt.start("n")
    return [(first.start("n"), lead), (at, _clean(text[at : at + len(nxt.group("n"))]))]


def respective_share(form: str, text: str, sent_start: int, sent_end: int, num_start: int
                     ) -> tuple[int, str] | None:
    """(start, party) whose share the percentage at `num_start` is, in "P% and Q% respectively" after two parties."""
    for m in _RESPECTIVE.finditer(form, max(sent_start, num_start - 40), sent_end):
        if num_start not in (m.start("a"), m.start("b")):
            continue
        parties = parties_of(form, text, sent_start, m.start())
        if len(parties) != 2:
            return None
        return parties[0] if num_start == m.start("a") else parties[1]
    return None


def respective_amount(form: str, text: str, sent_start: int, sent_end: int, num_start: int
                      ) -> tuple[int, str] | None:
    """(start, party) whose contribution the amount at `num_start` is, in "A and B have contributed N and M,
    respectively": the parties in the order the sentence names them."""
    if "respectively" not in form[num_start : min(sent_end, num_start + 80)]:
        return None
    for m in _RESPECTIVE_MONEY.finditer(form, max(sent_start, num_start - 60), sent_end):
        a, b = m.start("a") + len(m.group("a")) - len(m.group("a").lstrip()), m.start("b")
        if not a <= num_start < m.end("a") and not b <= num_start < m.end("b"):
            continue
        parties = parties_of(form, text, sent_start, m.start())
        if len(parties) != 2:
            return None
        return parties[0] if num_start < m.end("a") else parties[1]
    return None


# "its 55%-owned unit", "Norvale's 70 percent-owned subsidiary": a company's holding in a unit
_OWNED_UNIT = re.compile(r"\s*-?\s*owned\s+(?:unit|subsidiary|affiliate|arm|venture|company|firm|subsidiaries|units)\b",
                         re.I)
_OWNER_BEFORE = re.compile(r"(?:\b(?P<its>its)|(?P<n>" + _NAME + r")['’]s?)\s+(?:(?:about|nearly|some)\s+)?$")


def owned_unit(form: str, text: str, sent_start: int, num_start: int, end: int) -> tuple[int, str] | None:
    """(start, owner) when the percentage is a company's holding in a unit written before the unit's noun ("its
    55%-owned unit X", "Norvale's 70 percent-owned subsidiary"): the owner is the company named before "'s", or for
    "its" the company opening the sentence (tests/heldout/README.md, set 14: a `project` percentage with the company
    as investor). "80 percent owned by X" after the unit is another form (a stake held, en_stakes.held_stake)."""
    if _OWNED_UNIT.match(form, end) is None:
        return None
    owner = _OWNER_BEFORE.search(form, max(sent_start, num_start - 60), num_start)
    if owner is None:
        return None
    if owner.group("n"):
        name = _clean(owner.group("n"))
        return (owner.start("n"), _clean(text[owner.start("n") : owner.start("n") + len(name)])) \
            if is_company_name(name) else None
    return _opening_defined(form, text, sent_start) or opening_company(form, text, sent_start)


# "Halden Steel Co Ltd (Halco), the largest mill, announced …": a sentence opening with a name and its short name
_OPENING_DEFINED = re.compile(r"\s*(?P<n>" + _NAME + r"(?:\s+of\s+" + _NAME + r")?)\s*\((?P<s>[A-Z][A-Za-z&]{1,9})\)")


def _opening_defined(form: str, text: str, sent_start: int) -> tuple[int, str] | None:
    m = _OPENING_DEFINED.match(form, sent_start)
    if m is None or not is_company_name(m.group("n").split(" of ")[0]):
        return None
    return m.start("s"), text[m.start("s") : m.end("s")]


# "the Chinese side holds 51 percent of the share", "the Chinese partner will own": a venture's party by its country
_SIDE_HOLDS = re.compile(r"\b[Tt]he\s+Chinese\s+(?:side|party|partner|shareholder)\s+(?:will\s+|would\s+)?"
                         r"(?:holds?|owns?|has|have|takes?|contributes?)\s+(?:an?\s+)?(?:(?:about|around|some)\s+)?$")


def side_share(text: str, form: str, sent_start: int, num_start: int,
               companies: Callable[[], list[tuple[int, str]]]) -> tuple[int, str] | None:
    """(start, company) for "the Chinese side holds N%": the Chinese company the article names last before the
    sentence ("China X Corp", "China's X", "Chinese X"), which the article makes that side (tests/heldout/README.md,
    set 14); none when it names no such company (an entity still to be designated).
    `companies`: gives (start, name) of the companies the article names, in order (asked only after a side)."""
    side = _SIDE_HOLDS.search(form, max(sent_start, num_start - 60), num_start)
    if side is None:
        return None
    last = None
    for start, name in companies():
        if start >= sent_start:
            break
        lead = form[max(0, start - 10) : start]
        if name.startswith(("China ", "Chinese ")) or re.search(r"\b(?:China['’]s|Chinese|China)\s+$", lead):
            last = start, text[start : start + len(name)] if text.startswith(name, start) else name
    return last

