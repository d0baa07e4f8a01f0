"""The patterns that find numbers in running text — Arabic numerals (with separators and decimals),
Chinese numerals (五千万, 两百, 1.85亿), English number words — and the comparators written around
them. What a match is worth is read by the domain's one number parser (app.domain.numbers), exactly.

All functions work on the matching form of the text (see textprep); none of them raises on any input.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from app.domain import numbers
from app.domain.numbers import (
    EN_TENS,
    EN_UNITS,
    ZH_DIGITS,
    ZH_SMALL_UNITS,
    parse_arabic,
    parse_en_words,
    parse_zh_numeral,
)
from app.domain.schema import Comparator
from app.extract.trie import trie_pattern

# --- Arabic -----------------------------------------------------------------------------------------
ARABIC = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d+)?(?![\d,]\d)|\d{1,18}(?:\.\d{1,12})?(?!\d)"

# --- Chinese numerals --------------------------------------------------------------------------------
ZH_NUMERAL_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL_UNITS)
# A Chinese numeral: at least one digit or small unit; big units handled by the caller's multiplier
# group, except inside the numeral (三千万 is "三千" + "万").
ZH_NUMERAL = f"[{ZH_NUMERAL_CHARS}]{{1,12}}"

ZH_MULTIPLIER = "万亿|千亿|百亿|亿|千万|百万|十万|万"

# --- English number words ----------------------------------------------------------------------------
_EN_SMALL = trie_pattern(list(EN_UNITS) + list(EN_TENS))
EN_WORD_NUMBER = (
    rf"(?:(?:{_EN_SMALL})(?:-(?:{trie_pattern(EN_UNITS)}))?)(?:\s+hundred(?:\s+(?:and\s+)?(?:{_EN_SMALL}))?)?"
)
EN_MULTIPLIER = r"trillion|billion|million|thousand|bn|mln|mn"

# --- comparators ---------------------------------------------------------------------------------------
EN_COMPARATORS: list[tuple[str, Comparator]] = [
    ("more than", Comparator.GT), ("over", Comparator.GT), ("above", Comparator.GT),
    ("exceeding", Comparator.GT), ("in excess of", Comparator.GT), ("upwards of", Comparator.GT),
    ("at least", Comparator.GE), ("no less than", Comparator.GE), ("not less than", Comparator.GE),
    ("no fewer than", Comparator.GE), ("a minimum of", Comparator.GE),
    ("less than", Comparator.LT), ("fewer than", Comparator.LT), ("under", Comparator.LT),
    ("below", Comparator.LT), ("up to", Comparator.LT),
    ("about", Comparator.APPROX), ("around", Comparator.APPROX), ("nearly", Comparator.APPROX),
    ("almost", Comparator.APPROX), ("approximately", Comparator.APPROX), ("roughly", Comparator.APPROX),
    ("some", Comparator.APPROX), ("close to", Comparator.APPROX), ("an estimated", Comparator.APPROX),
]
EN_COMPARATOR = trie_pattern(w for w, _ in EN_COMPARATORS)
EN_COMPARATOR_MAP = {w: c for w, c in EN_COMPARATORS}

ZH_PRE_COMPARATORS: list[tuple[str, Comparator]] = [
    ("不超过", Comparator.LT), ("不高于", Comparator.LT),  # at most: 总投资不超过80亿元
    ("超过", Comparator.GT), ("逾", Comparator.GT), ("超", Comparator.GT), ("突破", Comparator.GT),
    ("高于", Comparator.GT), ("不少于", Comparator.GE),
    ("不低于", Comparator.GE), ("至少", Comparator.GE),
    ("不得少于", Comparator.GE), ("不得低于", Comparator.GE),  # a quota: 签约项目不得少于15个
    ("不到", Comparator.LT), ("不足", Comparator.LT), ("低于", Comparator.LT), ("少于", Comparator.LT),
    ("约", Comparator.APPROX), ("近", Comparator.APPROX), ("将近", Comparator.APPROX),
    ("接近", Comparator.APPROX), ("大约", Comparator.APPROX), ("约为", Comparator.APPROX),
]
ZH_PRE_COMPARATOR = trie_pattern(w for w, _ in ZH_PRE_COMPARATORS)
ZH_PRE_COMPARATOR_MAP = {w: c for w, c in ZH_PRE_COMPARATORS}
# written after the number: 40多家, 200余人, 100亿元以上
ZH_POST_COMPARATORS = {"多": Comparator.GT, "余": Comparator.GT, "以上": Comparator.GE,
                       "及以上": Comparator.GE, "左右": Comparator.APPROX, "以下": Comparator.LT,
                       "以内": Comparator.LT}


def parse_number(s: str) -> Decimal | None:
    """Any single number as written (Arabic, Chinese numerals or a mix like 1.85亿, English words), read
    by the domain's parser after the text is brought to its matching form (Traditional → Simplified)."""
    from app.extract.textprep import match_form

    return numbers.parse_number(match_form(s))


# the value of a number as written: the same few numbers recur in every article (years, 1, 10, 亿), and a
# Decimal is immutable, so a remembered one is as good as a new one
@lru_cache(maxsize=8192)
def zh_value(num: str, mult: str | None) -> Decimal | None:
    """The value of a Chinese-text number group: Arabic or Chinese numeral plus optional 万/亿."""
    base = _arabic(num) if num[:1].isdigit() else parse_zh_numeral(num)
    return numbers.scaled(base, mult)


@lru_cache(maxsize=8192)
def en_value(num: str, mult: str | None) -> Decimal | None:
    base = _arabic(num) if num[:1].isdigit() else parse_en_words(num)
    return numbers.scaled(base, mult)


def _arabic(num: str) -> Decimal | None:
    """parse_arabic(num), read straight from the digits when they are ASCII digits with at most one point
    between digits (what parse_arabic then does, without its pattern and separator removal: most numbers
    of an article are written so, and few repeat)."""
    whole, point, part = num.partition(".")
    if whole.isascii() and whole.isdigit() and (not point or (part.isascii() and part.isdigit())):
        return numbers.canonical(Decimal(num))
    return parse_arabic(num)
