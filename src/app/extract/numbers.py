"""Number parsing: Arabic numerals (with separators and decimals), Chinese numerals (五千万, 两百,
1.85亿), English number words, and the comparators written around them.

All functions work on the matching form of the text (see textprep); none of them raises on any input.
"""

from __future__ import annotations

import re

from app.domain.schema import Comparator
from app.extract.trie import trie_pattern

# --- Arabic -----------------------------------------------------------------------------------------
ARABIC = r"\d{1,3}(?:,\d{3}){1,6}(?:\.\d+)?(?![\d,]\d)|\d{1,18}(?:\.\d{1,12})?(?!\d)"

# --- Chinese numerals --------------------------------------------------------------------------------
ZH_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
ZH_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
ZH_NUMERAL_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL_UNITS)
# A Chinese numeral: at least one digit or small unit; big units handled by the caller's multiplier
# group, except inside the numeral (三千万 is "三千" + "万").
ZH_NUMERAL = f"[{ZH_NUMERAL_CHARS}]{{1,12}}"

ZH_MULTIPLIERS = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "十万": 1e5,
                  "万": 1e4, "千": 1e3}
ZH_MULTIPLIER = "万亿|千亿|百亿|亿|千万|百万|十万|万"

# --- English number words ----------------------------------------------------------------------------
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90}
EN_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_SMALL = trie_pattern(list(EN_UNITS) + list(EN_TENS))
EN_WORD_NUMBER = (
    rf"(?:(?:{_EN_SMALL})(?:-(?:{trie_pattern(EN_UNITS)}))?)(?:\s+hundred(?:\s+(?:and\s+)?(?:{_EN_SMALL}))?)?"
)
EN_MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
                  "trillion": 1e12, "hundred": 100}
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
    ("超过", Comparator.GT), ("逾", Comparator.GT), ("超", Comparator.GT), ("突破", Comparator.GT),
    ("高于", Comparator.GT), ("不少于", Comparator.GE), ("不低于", Comparator.GE), ("至少", Comparator.GE),
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


def parse_arabic(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def parse_zh_numeral(s: str) -> float | None:
    """Chinese numerals: 五千万 → 50 000 000, 两百 → 200, 一千二百三十四 → 1234, 十五 → 15."""
    if not s:
        return None
    total = 0.0      # completed groups (above 亿 / 万)
    section = 0.0    # current group below 万
    digit: float | None = None
    seen = False
    for ch in s:
        if ch in ZH_DIGITS:
            digit = float(ZH_DIGITS[ch]) if digit is None or digit == 0 else digit * 10 + ZH_DIGITS[ch]
            seen = True
        elif ch in ZH_SMALL_UNITS:
            section += (digit if digit is not None else 1.0) * ZH_SMALL_UNITS[ch]
            digit = None
            seen = True
        elif ch in ZH_BIG_UNITS:
            section += digit or 0.0
            unit = ZH_BIG_UNITS[ch]
            if section == 0 and total == 0:
                section = 1.0
            total = (total + section) * unit if unit > 10_000 or total < unit else total + section * unit
            section = 0.0
            digit = None
        else:
            return None
    if not seen:
        return None
    return total + section + (digit or 0.0)


def parse_en_words(s: str) -> float | None:
    """English number words: six → 6, twenty-five → 25, three hundred and twelve → 312."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", s.lower().strip()):
        if not word or word == "and":
            continue
        if word in EN_UNITS:
            current += EN_UNITS[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in EN_SCALES:
            total += (current or 1) * EN_SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(s: str) -> float | None:
    """Any single number as written: Arabic, Chinese numerals (or a mix like 1.85亿), English words."""
    from app.extract.textprep import match_form

    s = match_form(s).strip()
    if not s:
        return None
    if re.fullmatch(ARABIC, s):
        return parse_arabic(s)
    m = re.fullmatch(rf"({ARABIC})\s*({ZH_MULTIPLIER})", s)
    if m:
        base = parse_arabic(m.group(1))
        return None if base is None else base * ZH_MULTIPLIERS[m.group(2)]
    if all(ch in ZH_DIGITS or ch in ZH_SMALL_UNITS or ch in ZH_BIG_UNITS for ch in s):
        return parse_zh_numeral(s)
    return parse_en_words(s)


def zh_value(num: str, mult: str | None) -> float | None:
    """The value of a Chinese-text number group: Arabic or Chinese numeral plus optional 万/亿."""
    base = parse_arabic(num) if num[:1].isdigit() else parse_zh_numeral(num)
    if base is None:
        return None
    return base * (ZH_MULTIPLIERS[mult] if mult else 1.0)


def en_value(num: str, mult: str | None) -> float | None:
    base = parse_arabic(num) if num[:1].isdigit() else parse_en_words(num)
    if base is None:
        return None
    return base * (EN_MULTIPLIERS[mult.lower()] if mult else 1.0)
