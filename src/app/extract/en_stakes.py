"""A stake that changes hands in a deal: "X will acquire a 45% stake in Y", "X offered to buy a nearly 25% stake in
Y", "X will pay cash for the 50.1% stake in Y", and the holding a seller keeps, "the seller will retain 24.9% in the
venture". tests/heldout/README.md: a company's share of a venture is a `project` percentage with the company as
investor (set 3), and so is the holding that a seller keeps in the company sold (set 15); the stakes bought in set 15's
acquisitions are so annotated. A stake merely held ("holds a 9.89% stake", "will hold 85 percent stake") is the
holder's too since round 20 (held_stake; sets 4 to 7 annotated 13 such stakes as achieved `indicator`s, sets 10 to 33
about 50 as the holder's `project`, as set 3's convention says), and so is a holding raised to a figure ("X has
increased its stake in Y to 81%", raised_stake). A share bought without a stake word is the
buyer's when the company bought is named after it ("purchase 71.58% of the natural rubber trader R1 International",
"acquired 100% shares of Volvo", sets 33 and 40; set 7 annotated "bought 26.47 percent of X" as an `indicator`
before, round 22): only a buying or keeping verb right before the percentage, and for a purchase a stake word or the
company's name right after it, make it a deal's. A share that a party's contribution buys is its stake too:
"X will contribute N and hold 80 percent of the shares", "Y will contribute M for 20 percent of the shares" (set 18):
the contribution's amount right before, joined by "for" or "and hold", ties the percentage to the contributor. A
holding is also told by the shares held ("holds N shares, accounting for P% of …"), by the holder's rank among the
owners ("X is Y's largest external investor with P%"), or as a holding that fell ("X's stake has decreased from A% to
B%"): each figure the holder's (round 32)."""

from __future__ import annotations

import re

# the buying verb and its determiner and hedge, ending right before the number
_BUY_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|(?:acquisition|purchase)\s+of|buy(?:s|ing)?(?:\s+up)?|bought(?:\s+up)?"
    r"|purchas(?:e|es|ed|ing)|secur(?:e|es|ed|ing)"
    r"|(?:pay|pays|paid|paying)\s+(?:\w+\s+)?for"
    r"|tak(?:e|es|ing|en)\s+over|took\s+over|obtain(?:s|ed|ing)?)\s+(?:at\s+least\s+)?"
    r"(?:(?:a|an|the|its|their|another|a\s+further)\s+)?"
    r"(?:(?:further|additional|remaining|controlling)\s+)?(?:(?:about|around|approximately|nearly|almost|some|roughly"
    r"|up\s+to|over|more\s+than|at\s+least)\s+)?"
    r"(?:[\d.]+\s*(?:%|percent|per\s+cent)\s*(?:,\s*(?:and\s+)?|and\s+))?$", re.I)  # ("acquire 15% and 60% of Y")
_STAKE_AFTER = re.compile(r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding|share\s+in\b"
                          r"|of\s+the\s+(?:ownership\s+interest|equity|shares)\b"
                          # "acquire 100 per cent of the company's issued shares"
                          r"|of\s+the\s+(?:company|firm|group)['’]s\s+(?:issued\s+)?(?:shares|share\s+capital|equity)\b)\b",
                          re.I)
# a share bought of a company the text names, without a stake word: "purchase 71.58% of the natural rubber trader R1
# International", "acquired 100% shares of Volvo", "acquire 15% and 60% of R1 International" (case-sensitive: the
# company's name is capitalised, "buy 30% of the output" names none)
_NAMED_AFTER = re.compile(
    r"\s*(?:(?:,\s*(?:and\s+)?|and\s+)[\d.]+\s*(?:%|percent|per\s+cent)\s*)?(?:(?:of\s+(?:the\s+)?)?shares\s+)?"
    r"(?:of|in)\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,4}?[A-Z]")
# a seller's kept holding: "will retain 24.9% in the venture", "keeps a 10% stake"
_KEEP_BEFORE = re.compile(
    r"\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:ownership\s+of\s+)?(?:(?:a|an|the|its|their|the\s+remaining)\s+)?"
    r"(?:(?:about|around|approximately|nearly|almost|some|roughly)\s+)?$", re.I)
_KEPT_AFTER = re.compile(r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding|ownership"
                         r"|of\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:shares|equity|facilities|operations|assets)"
                         r"|in\s+(?:the|its)\s+(?:venture|company|firm|miner|unit|business))\b", re.I)


def deal_stake(form: str, sent_start: int, num_start: int, end: int) -> tuple[str, int] | None:
    """("buy" | "keep", the verb's start) when the percentage at `num_start`..`end` is a stake bought or kept in a
    deal (see the module), else None."""
    left = max(sent_start, num_start - 60)
    bought = _BUY_BEFORE.search(form, left, num_start)
    if bought is not None and (_STAKE_AFTER.match(form, end) or _NAMED_AFTER.match(form, end)):
        return "buy", bought.start()
    kept = _KEEP_BEFORE.search(form, left, num_start)
    if kept is not None and _KEPT_AFTER.match(form, end):
        return "keep", kept.start()
    return None


# a contribution's verb and amount, then "for" right before the percentage, or "and hold" when the contribution is
# still to come (bare verbs: "will contribute N and hold"; "subscribed for N and holds P%" tells a holding, set 5)
_AMOUNT = (r"\s+(?:(?:about|around|approximately|nearly|some|roughly|up\s+to|over|more\s+than)\s+)?"
           r"(?:rmb\s?|us\$\s?|\$\s?|usd\s?|cny\s?)?\d[\d.,]*\s*(?:(?:million|billion|thousand|m|bn)\b\s*)?(?:yuan|dollars?|usd|rmb|euros?)?\s*"
           r"(?:\([^()\n]{1,40}\)\s*)?")
_HEDGE = r"\s+(?:(?:a|an|the)\s+)?(?:(?:about|around|approximately|nearly|some|roughly)\s+)?$"
_CONTRIBUTED_BEFORE = re.compile(
    r"\b(?:contribut(?:e|es|ed|ing)|invest(?:s|ed|ing)?|inject(?:s|ed|ing)?|subscrib(?:e|es|ed|ing)(?:\s+for)?"
    r"|(?:pay|pays|paid|paying)|put(?:s|ting)?\s+in)" + _AMOUNT + r"for" + _HEDGE
    + r"|\b(?:contribute|invest|inject|subscribe(?:\s+for)?|pay|put\s+in)" + _AMOUNT
    + r"and\s+(?:hold|own|take|get|receive)" + _HEDGE,
    re.I)
_SHARE_AFTER = re.compile(r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding"
                          r"|of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:shares|equity|registered\s+capital|capital))\b",
                          re.I)


def contributed_stake(form: str, sent_start: int, num_start: int, end: int) -> int | None:
    """The contribution verb's start when the percentage at `num_start`..`end` is the share a party's contribution
    right before it buys ("contribute N for 20 percent of the shares"), else None."""
    before = _CONTRIBUTED_BEFORE.search(form, max(sent_start, num_start - 120), num_start)
    if before is None or _SHARE_AFTER.match(form, end) is None:
        return None
    return before.start()


# a party's share told after its contribution: "USD 300 million is invested by X, accounting for 50% of total shares"
# (set 39); and a share of the total a party will pay in: "X will contribute 60% of the total" (set 36)
_ACCOUNTING_BEFORE = re.compile(
    r"\b(?:invested|contributed|subscribed|injected|financed)\s+by\s+(?:the\s+)?(?P<n>[A-Z][^,;.()]{1,80}?)\s*,\s*"
    r"(?:accounting|representing)\s+for\s+(?:about\s+|around\s+|approximately\s+)?$")
_SHARE_OF_TOTAL_AFTER = re.compile(
    r"[\s-]*of\s+(?:the\s+|its\s+)?(?:(?:total|joint\s+venture['’]s|venture['’]s|company['’]s|registered)\s+)?"
    r"(?:(?:shares|equity|stock|capital|investment)\b|total(?=\s*(?:[,;.)]|$)))")  # (not "of total revenue")
_CONTRIBUTE_SHARE_BEFORE = re.compile(
    r"\b(?:contribut(?:e|es|ed|ing)|put\s+(?:in|up)|provid(?:e|es|ed|ing))\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.I)


def accounted_stake(form: str, sent_start: int, num_start: int, end: int) -> tuple[str, int] | None:
    """("name", where the party's name starts) for "N is invested by X, accounting for P% of total shares", ("before",
    the verb's start) for "X will contribute 60% of the total": the party's share of a venture, a `project` percentage
    with the party as investor (README set 3); None otherwise."""
    if _SHARE_OF_TOTAL_AFTER.match(form, end) is None:
        return None
    told = _ACCOUNTING_BEFORE.search(form, max(sent_start, num_start - 120), num_start)
    if told is not None:
        return "name", told.start("n")
    paid = _CONTRIBUTE_SHARE_BEFORE.search(form, max(sent_start, num_start - 40), num_start)
    return ("before", paid.start()) if paid is not None else None


# a holding: the holding verb, its auxiliaries and determiner, ending right before the number ("X holds a 9.89%
# stake", "NIO will own 75.9 percent of the shares", "X previously owned a 75% share", "with a 20% stake")
_HOLD_BEFORE = re.compile(
    r"\b(?:hold(?:s|ing)?|held|own(?:s|ed|ing)?|ha(?:s|ve|d|ving)|with|tak(?:e|es|ing)|took|control(?:s|led|ling)?"
    r"|(?:is|are|was|were|be|been)\s+interested\s+in)\s+(?:(?:about|around|approximately|nearly|almost|roughly)\s+(?=an?\s))?(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:further|additional|remaining|controlling|combined|total|majority|minority)\s+)?(?:(?:about|around|approximately|nearly"
    r"|almost|some|roughly|over|more\s+than)\s+)?$", re.I)
_HELD_AFTER = re.compile(
    r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding|holding\s+in\b|ownership|share\s+in\b"
    r"|shares\b(?!\s+of)|of\s+(?:the\s+)?shares\s+(?:issued|outstanding)\b"
    r"|share\s+of\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:company|firm|venture|subsidiary|unit)\b"
    r"|of\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:shares|equity|stock|capital)\b"
    r"|of\s+(?:the\s+)?(?=[A-Z])|of\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:company|firm|venture|joint\s+venture|owner|unit"
    r"|subsidiary|operator|business|miner|maker|investment|project)\b"
    r"|of\s+(?:the\s+)?company's\s+(?:\w+\s+)?(?:stake|shares|equity))")
_OWN_SHARE = re.compile(r"[\s-]*share\b")
# "… while Y holds the remaining 44%": the rest of a venture named before, its clause ending at the figure
_REMAINING = re.compile(r"(?:hold|held|own|control)\w*\s+the\s+remaining\s", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;)]|$)")
# "70 percent owned by X (and 30 percent by Y)": the holder after "owned by"
_OWNED_BY_AFTER = re.compile(r"[\s-]*(?:(?:is|are|was|were|will\s+be|to\s+be)\s+)?owned\s+by\s+(?:the\s+)?", re.I)
# "5% ownership lies with IFC": the holder after "lies with"
_LIES_WITH_AFTER = re.compile(r"[\s-]*(?:equity\s+)?(?:ownership|stake|interest|shareholding)\s+(?:lies|rests|remains)"
                              r"\s+with\s+(?:the\s+)?", re.I)
# "… held by X with a 99% stake and Y with a 1% stake": the holder right before "with a"
_WITH_STAKE_BEFORE = re.compile(r"(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s+with\s+an?\s+$")
_RANKED_STAKE_AFTER = re.compile(r"[\s-]*(?:controlling|majority|minority|equity)\s+(?:stake|interest)\b", re.I)
# "Zhou's 88% controlling stake": the owner in the possessive right before the figure
_POSSESSIVE_BEFORE = re.compile(r"(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+$")
# the holder written after: "the remaining 20 per cent equity is held by X", "a 46 percent stake owned by X"
_HELD_BY_AFTER = re.compile(
    r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding|of\s+the\s+shares)?\s+(?:(?:is|are|was|were"
    r"|will\s+be)\s+)?(?:held|owned|controlled)\s+by\s+(?:the\s+)?", re.I)


# a holding raised to the percentage: "X has increased its stake in Y (formerly Z) to 81%", "will boost X's share in Y
# to 18.41 percent" (the holder: the possessive, else the verb's subject)
_RAISED_TO = re.compile(
    r"\b(?:increas|rais|boost|lift|expand)(?:e|es|ed|ing|s)?\s+(?:(?P<its>its|their|the)|(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z]"
    r"[\w&.-]*){0,3})['’]s?)\s+(?:(?!market\b)\w+\s+)?(?:stake|share|shareholding|holding|interest)\s+in\s+[^;.\n]{1,80}?"
    r"\s+(?:from\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+)?to\s+(?:(?:about|around|approximately|nearly|some|over)\s+)?$",
    re.I)


# the holding as the subject: "X's shareholding has increased to 19.19%" (set 46), and a holding that fell: "The X
# Group's stake has decreased from 98.77% to 93.63%", "Tencent's shareholding has dropped to 17.2 percent from the
# earlier 17.7 percent" (each figure the holder's stake at a time)
_PCT = r"[\d.]+\s*(?:%|percent|per\s+cent)"
_HOLDING_ROSE_TO = re.compile(
    r"(?!The\s)(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:stake|shareholding|holding)(?:\s+in\s+[^;.\n]{1,60}?)?"
    r"\s+(?:has\s+|had\s+|will\s+have\s+|will\s+be\s+|was\s+)?(?:increased|risen|rose|grown|climbed|gone\s+up|decreased"
    r"|dropped|fallen|fell|declined|shrunk|shrank|slipped|reduced|diluted|cut|lowered|raised|lifted)\s+"
    r"(?:to\s+(?:" + _PCT + r"\s+from\s+(?:the\s+|an?\s+)?(?:earlier\s+|previous\s+|prior\s+)?)?|from\s+(?:" + _PCT
    + r"\s+to\s+)?)(?:(?:about|around|approximately|nearly)\s+)?$")


def raised_stake(form: str, sent_start: int, num_start: int) -> tuple[str, int] | None:
    """("name", where the holder's name starts) for "boost COSCO's share in Y to N%" and "X's shareholding has
    increased to N%", ("before", the verb's start) for "X has increased its stake in Y to N%": a holding raised to the
    percentage, a `project` percentage with the holder (README set 3); None otherwise."""
    m = _RAISED_TO.search(form, max(sent_start, num_start - 160), num_start)
    if m is None:
        rose = _HOLDING_ROSE_TO.search(form, max(sent_start, num_start - 140), num_start)
        return ("name", rose.start("n")) if rose is not None else None
    return ("name", m.start("n")) if m.group("n") else ("before", m.start())


# the holder named before "to" and the holding verb: "… will allow BTR to control a 60% stake" (set 56)
_TO_HOLD_BEFORE = re.compile(r"(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+to\s+(?:hold|own|control|take|have)\s+"
                             r"(?:(?:a|an|the)\s+)?(?:(?:about|around|approximately|nearly)\s+)?$")


# shares held, then the share of the company they make: "X holds 30,010,100 shares of the company, accounting for
# 7.48% of …", "currently holds 65,813,912 shares, equivalent to a 12.32 percent stake", "will control 293 million
# shares (40.51% stake)", "bought 1.1 million newly issued shares or 0.2 percent of shares outstanding"
_SHARES_HELD_BEFORE = re.compile(
    r"\b(?:hold(?:s|ing)?|held|own(?:s|ed|ing)?|control(?:s|led|ling)?|retain(?:s|ed|ing)?|bought|acquired|purchased"
    r"|subscribed\s+for)\s+(?:a\s+total\s+of\s+|about\s+|approximately\s+|around\s+|some\s+)?\d[\d,.]*\s*(?:million\s+|billion\s+)?"
    r"(?:(?:newly\s+issued|new|ordinary|A|H|common)[\s-]+)*shares(?:\s+of\s+(?:the\s+company|[A-Z][\w&.'’-]*(?:\s+[A-Z]"
    r"[\w&.'’-]*){0,3}))?\s*(?:\(\s*|,?\s+(?:representing|accounting\s+for|equivalent\s+to|amounting\s+to|or|i\.e\.)"
    r"\s+(?:an?\s+)?(?:(?:about|approximately|around|nearly|some)\s+)?)$", re.I)
# the holder ranked among its company's owners, the figure after "with": "X is Y's largest external investor with
# 14.88%", "X is Y's largest external investor with a 6.08% post-IPO stake"
_RANKED_HOLDER_BEFORE = re.compile(
    r"(?P<n>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|\d{1,2}\b)){0,4})\s+(?:is|was|remains|remained|became|has\s+become)\s+"
    r"(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+|the\s+|an?\s+)"
    r"(?:(?:single\s+)?(?:largest|biggest|second[\s-]+largest|third[\s-]+largest|major|main|top)\s+)?"
    r"(?:(?:external|outside|institutional|foreign|strategic)\s+)?(?:investor|shareholder|stockholder|backer|owner)"
    r"\s+with\s+(?:an?\s+)?(?:(?:about|around|approximately|nearly)\s+)?$")


def held_stake(form: str, sent_start: int, num_start: int, end: int) -> tuple[str, int] | None:
    """("before", the holding verb's start) for a stake held by the company written before the verb ("X holds a 9.89%
    stake", "X now holds 100 percent of Dragonbio", "X has increased its stake in Y to 85%"), ("after", where the
    holder's name starts) for "the remaining 20 per cent equity is held by X" and "70 percent owned by X", ("name",
    where it starts) for "X with a 99% stake" and "X's 88% controlling stake"; None when the percentage is no stake.
    A stake held is a `project` percentage with its holder as investor, like a stake bought or kept (README set 3:
    a company's share of a joint venture; sets 10-33 annotate holdings so; sets 4 to 7 annotated 13 of them as
    `indicator`s before, see docs/extract-contract.md)."""
    by = _HELD_BY_AFTER.match(form, end) or _OWNED_BY_AFTER.match(form, end) or _LIES_WITH_AFTER.match(form, end)
    if by is not None:
        return "after", by.end()
    shares = _SHARES_HELD_BEFORE.search(form, max(sent_start, num_start - 160), num_start)
    if shares is not None:  # "X holds 30,010,100 shares of the company, accounting for 7.48%": X's stake
        return "before", shares.start()
    ranked = _RANKED_HOLDER_BEFORE.search(form, max(sent_start, num_start - 120), num_start)
    if ranked is not None:  # "X is Y's largest external investor with 14.88%"
        return "name", ranked.start("n")
    if _HELD_AFTER.match(form, end) or _STAKE_AFTER.match(form, end) or _RANKED_STAKE_AFTER.match(form, end):
        named = _WITH_STAKE_BEFORE.search(form, max(sent_start, num_start - 60), num_start) \
            or _POSSESSIVE_BEFORE.search(form, max(sent_start, num_start - 40), num_start) \
            or _TO_HOLD_BEFORE.search(form, max(sent_start, num_start - 60), num_start)
        if named is not None:  # "X with a 99% stake", "X's 88% controlling stake"
            return "name", named.start("n")
    verb = _HOLD_BEFORE.search(form, max(sent_start, num_start - 120), num_start)
    if verb is not None and (_HELD_AFTER.match(form, end) or (  # "previously owned a 75% share": no market's share
            _OWN_SHARE.match(form, end) and verb.group().lower().startswith("own")) or (
            _REMAINING.match(verb.group()) and _CLAUSE_END.match(form, end))):  # "Y holds the remaining 44%."
        return "before", verb.start()
    bare = _HOLDS_CLAUSE_BEFORE.search(form, max(sent_start, num_start - 40), num_start)
    if bare is not None and _CLAUSE_END.match(form, end) and _VENTURE_WORDS.search(form, sent_start, end + 120):
        return "before", bare.start()  # "Airbus will hold 51%" in a sentence on the venture's split
    given = _GIVES_BEFORE.search(form, max(sent_start, num_start - 80), num_start)
    if given is not None and (_HELD_AFTER.match(form, end) or _STAKE_AFTER.match(form, end)):
        return "name", given.start("n")  # "The investment gives Yunnan Chihong a 50 per cent ownership stake"
    return None


# a share a party holds or will hold, the clause ending at the figure ("Airbus will hold 51%", "PSA would have 49%",
# "AVIC will have the remaining 20%", "… while Tianjin Lovol holds 38.62 percent."), read as a stake only in a sentence
# on a venture's or a company's shares
_HOLDS_CLAUSE_BEFORE = re.compile(r"\b(?:(?:will|would|is\s+to|are\s+to|shall)\s+(?:hold|own|have|control|take)"
                                  r"|holds|owns|held|owned|controls)\s+"
                                  r"(?:(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+)?(?:(?:about|around"
                                  r"|approximately|nearly)\s+)?$", re.I)
_VENTURE_WORDS = re.compile(r"\b(?:venture|JV|stakes?|equity|shares?|shareholding|consortium|partners?)\b", re.I)
# "gives X a 50 per cent ownership stake": X, the receiver
_GIVES_BEFORE = re.compile(r"\bg(?:ive|ives|ave|iving)\s+(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s+an?\s+"
                           r"(?:(?:about|around|approximately|nearly)\s+)?$")


# a share passed on to a buyer named after "to": "sell a 24% stake in Y to X", "transfer 51% equity of Y to X free of
# charge", "sold 29.42% of its shares (valued at N) to X" (sets 30, 42, 47): the buyer's stake
_SOLD_BEFORE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|transfer(?:s|red|ring)?)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:further|additional|remaining|controlling)\s+)?(?:(?:about|around|approximately|nearly|some|roughly)\s+)?$",
    re.I)
_SOLD_AFTER = re.compile(
    r"(?i:[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding"
    r"|of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:shares|equity|stock))\b)"
    r"(?:[^.;!?\n]|\.(?=\d)){0,100}?\sto\s+(?:the\s+)?(?:China['’]s\s+)?(?=[A-Z])")
# a venture's split written with "by" after an ownership word earlier in the sentence: "owned 51% by X and 49% by Y",
# "55.6% owned by A, 37.5% by B and 6.9% by C", "the share proportion being 70: 30 (70% by A and 30% by B)"
_BY_AFTER = re.compile(r"\s+by\s*(?:the\s+)?(?=[A-Z])")
_OWNERSHIP_BEFORE = re.compile(r"\b(?:owned|held|share\s+proportion|shareholding|stake|equity)\b", re.I)


def sold_stake(form: str, sent_start: int, num_start: int, end: int) -> int | None:
    """Where the buyer's name starts for a stake sold or transferred to a named buyer ("sell a 24% stake in Y to X"),
    else None: the buyer's `project` percentage (README set 15: the stakes bought in an acquisition)."""
    if _SOLD_BEFORE.search(form, max(sent_start, num_start - 40), num_start) is None:
        return None
    to = _SOLD_AFTER.match(form, end)
    return to.end() if to is not None else None


def split_by(form: str, sent_start: int, num_start: int, end: int) -> int | None:
    """Where the holder's name starts for "N% by X" after an ownership word in the same sentence ("owned 51% by X
    and 49% by Y"), else None: each party's share of the venture (README set 3)."""
    by = _BY_AFTER.match(form, end)
    if by is None or _OWNERSHIP_BEFORE.search(form, max(sent_start, num_start - 200), num_start) is None:
        return None
    return by.end()


# the price of a stake sold to a named buyer: "sell a 24% stake in Y to X for $4.1 billion" (set 30: X's project)
_SOLD_FOR_BEFORE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|transfer(?:s|red|ring)?)\s+(?:(?:a|an|the|its|their)\s+)?[\d.]+[\s-]*(?:%|percent|per[\s-]+cent)"
    r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|of\s+(?:its|the|their)\s+shares)\b"
    r"(?:[^.;!?\n]|\.(?=\d)){0,100}?\sto\s+(?:the\s+)?(?:China['’]s\s+)?(?P<buyer>[A-Z][^.;!?\n]{1,60}?)\s+for\s+"
    r"(?:(?:about|around|approximately|nearly|some|roughly)\s+)?(?:(?:us)?\$\s?|usd\s?|rmb\s?|cny\s?)?$", re.I)


def sold_price(form: str, sent_start: int, num_start: int) -> int | None:
    """Where the buyer's name starts when the amount at `num_start` is the price of a stake sold to a named buyer
    ("sell a 24% stake in Y to X for $4.1 billion"), else None: the buyer's `project` amount (README set 3: an
    acquisition's price carries the buyer)."""
    sold = _SOLD_FOR_BEFORE.search(form, max(sent_start, num_start - 200), num_start)
    return sold.start("buyer") if sold is not None else None


# a party's share in brackets after its name, in a sentence about a venture's owners: "… set up by BTR New Materials
# (70%) and Stellar Investment (30%)" (set 56); "the ownership split sees … X (20%), Y (12%)" (set 81)
_BRACKET_OPEN_BEFORE = re.compile(r"(?P<n>[A-Z][\w&.'’-]*(?:\s+[A-Z(][\w&.'’)-]*){0,5})\s*\(\s*$")
_VENTURE_WORD = re.compile(r"\b(?:joint\s+venture|JV|venture|stake|owned|ownership|shareholders?|shareholding|partners?"
                           r"|equity|shares?|stocks|set\s+up|established|formed)\b", re.I)


def bracketed_share(form: str, sent_start: int, sent_end: int, num_start: int, end: int) -> int | None:
    """Where the party's name starts for "X (70%)" in a sentence about a venture's owners, else None."""
    if not form.startswith(")", end) and not re.match(r"\s*\)", form[end : end + 3]):
        return None
    named = _BRACKET_OPEN_BEFORE.search(form, max(sent_start, num_start - 80), num_start)
    if named is None or _VENTURE_WORD.search(form, sent_start, sent_end) is None:
        return None
    return named.start("n")
