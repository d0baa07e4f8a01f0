"""The one number parser: a number as written in an article, typed in the form or found in a workbook
cell, as an exact `Decimal` — never a float, so `2088.26亿` is exactly 208826000000.

It reads Arabic numerals with separators (`3,500`, `1 234.5`, full-width digits), Chinese numerals
(`五千万`, `两百`, `一千二百三十四`), English number words (`twenty-five`, `three hundred and twelve`),
either of them with a multiplier (`2088.26亿`, `3.5万亿`, `1.2 million`, `12bn`, `4mn`, `5k`), and a
trailing `%` (`15.6%` is 15.6: percentages are stored in percent). Extraction (app.extract.numbers)
matches numbers in running text with its own patterns and reads each match with these functions.

Exactness as far as the workbook: a value is stored as an exact decimal (SQL NUMERIC on PostgreSQL,
canonical decimal text on SQLite). An Excel cell is an IEEE double, so the workbook can hold a value
exactly only if the double can: every integer below 2**53 (9 007 199 254 740 992) is exact, which
covers any amount of money in whole units; a value with decimals is written as the double nearest to
it, whose shortest representation reads back as the same decimal when it has at most 15 significant
digits (`exact_in_a_cell`)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

EXACT_INTEGER_LIMIT = 2**53
"""Integers with an absolute value below this are exact in a double (an Excel cell)."""

ZH_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
ZH_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12, "萬億": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "千億": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10, "百億": Decimal(10) ** 10, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7, "千萬": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "百萬": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5, "十萬": Decimal(10) ** 5, "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "hundred": Decimal(100), "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "tn": Decimal(10) ** 12,
}
"""Every multiplier a number may carry, by how it is written (English ones lower-case)."""

EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                           "eighty": 80, "ninety": 90}
EN_SCALES: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

_ARABIC = re.compile(r"[+-]?(?:\d{1,3}(?:[,\s\u00a0\u202f_]\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_CURRENCY_WORDS = ("yuan", "元", "dollars", "dollar", "usd", "cny", "rmb", "eur", "euros")
_MULTIPLIER_WORDS = sorted(MULTIPLIERS, key=len, reverse=True)


_ONE = Decimal(1)


def canonical(value: Decimal) -> Decimal:
    """The same number with no exponent and no trailing zeros: 208826000000, 15.6, 0.05. (After
    normalize() a finite number is integral exactly when its exponent is 0 or more: quantizing it to 1
    writes 1E+2 as 100 and leaves an exponent of 0 as it is; three times faster than reading the
    exponent from as_tuple(), and every extracted fact's value passes here.)"""
    value = value.normalize()
    if not value:
        return Decimal(0)
    if value.is_finite() and value == value.to_integral_value():
        return value.quantize(_ONE)
    return value


def number_text(value: Decimal | int) -> str:
    """The canonical text of a number (what the audit log and SQLite store): `208826000000`, `15.6`."""
    return format(canonical(Decimal(value)), "f")


def exact(value: object) -> Decimal | None:
    """A stored or computed number as an exact Decimal: an int or Decimal as it is, a float by its
    shortest representation (15.7, not 15.699999999999999), text by its digits; None stays None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, Decimal):
        return canonical(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return canonical(Decimal(repr(value)))
    return canonical(Decimal(str(value).strip()))


def exact_in_a_cell(value: Decimal) -> bool:
    """Whether an Excel cell (a double) holds `value` exactly as read back: integers below 2**53, and
    decimals whose shortest double representation is the same decimal."""
    if value == value.to_integral_value():
        return abs(value) < EXACT_INTEGER_LIMIT
    return Decimal(repr(float(value))) == canonical(value)


def parse_arabic(text: str) -> Decimal | None:
    """`3,500` → 3500, `1 234.5` → 1234.5, `.5` → 0.5; None when the text is not such a number."""
    text = text.strip()
    if not _ARABIC.fullmatch(text):
        return None
    try:
        return canonical(Decimal(re.sub(r"[,\s\u00a0\u202f_]", "", text)))
    except InvalidOperation:
        return None


def parse_zh_numeral(text: str) -> Decimal | None:
    """Chinese numerals: 五千万 → 50 000 000, 两百 → 200, 一千二百三十四 → 1234, 十五 → 15."""
    if not text:
        return None
    total = 0  # completed groups (above 亿 / 万)
    section = 0  # current group below 万
    digit: int | None = None
    seen = False
    for ch in text:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch] if digit is None or digit == 0 else digit * 10 + ZH_DIGITS[ch]
            seen = True
        elif ch in ZH_SMALL_UNITS:
            section += (digit if digit is not None else 1) * ZH_SMALL_UNITS[ch]
            digit = None
            seen = True
        elif ch in ZH_BIG_UNITS:
            section += digit or 0
            unit = ZH_BIG_UNITS[ch]
            if section == 0 and total == 0:
                section = 1
            total = (total + section) * unit if unit > 10_000 or total < unit else total + section * unit
            section = 0
            digit = None
        else:
            return None
    if not seen:
        return None
    return Decimal(total + section + (digit or 0))


def parse_en_words(text: str) -> Decimal | None:
    """English number words: six → 6, twenty-five → 25, three hundred and twelve → 312."""
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().strip()):
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
    return Decimal(total + current) if seen else None


def scaled(base: Decimal | None, multiplier: str | None) -> Decimal | None:
    """`base` times the multiplier as written (万, 亿, million, bn, k…; None for none); None when the
    base is None or the multiplier unknown."""
    if base is None:
        return None
    if not multiplier:
        return base
    factor = MULTIPLIERS.get(multiplier) or MULTIPLIERS.get(multiplier.lower())
    return None if factor is None else canonical(base * factor)


def parse_number(text: str) -> Decimal | None:
    """Any single number as written, with an optional multiplier, trailing `%` or currency word:
    `2088.26亿`, `五千万`, `1.2 million`, `3,500`, `15.6%`, `3.5万亿`, `12bn`, `4mn`, `5k`, `twenty-five`.
    None when the text is not one number (it is never guessed at)."""
    s = unicodedata.normalize("NFKC", text).strip().replace("\u2212", "-")
    s = s.rstrip("%").strip()
    low = s.lower()
    for word in _CURRENCY_WORDS:
        if low.endswith(word):
            s = s[: -len(word)].strip().rstrip(".").strip()
            low = s.lower()
    if not s:
        return None
    whole = parse_arabic(s)
    if whole is not None:
        return whole
    if all(ch in ZH_DIGITS or ch in ZH_SMALL_UNITS or ch in ZH_BIG_UNITS for ch in s):
        return parse_zh_numeral(s)
    for word in _MULTIPLIER_WORDS:
        if low.endswith(word):
            head = s[: -len(word)].strip()
            if not head:
                continue
            base = _base(head)
            if base is not None:
                return scaled(base, word)
    return parse_en_words(s)


def _base(head: str) -> Decimal | None:
    """The number before a multiplier: Arabic, a Chinese numeral or English words (a leading minus kept)."""
    found = parse_arabic(head)
    if found is not None:
        return found
    negative = head.startswith("-")
    body = head.lstrip("-").strip()
    if body and all(ch in ZH_DIGITS or ch in ZH_SMALL_UNITS or ch in ZH_BIG_UNITS for ch in body):
        found = parse_zh_numeral(body)
    else:
        found = parse_en_words(body)
    return -found if negative and found is not None else found


# the denominators of English fractions written in words (a third, two-fifths); "half" is left out: "one and
# a half years", "the first half" are no shares
EN_FRACTION_PARTS: dict[str, int] = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
_ZH_FRACTION = re.compile(r"(?P<d>[零〇一二两兩三四五六七八九十百千万萬]+)分之"
                          r"(?P<n>[零〇一二两兩三四五六七八九十百千]+)")
_ZH_UNIT_ALONE = {k: Decimal(v) for k, v in (ZH_SMALL_UNITS | ZH_BIG_UNITS).items()}
_SLASH_FRACTION = re.compile(r"(?P<n>\d{1,3})\s?/\s?(?P<d>\d{1,3})")
_EN_FRACTION = re.compile(r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<d>[a-z]+)")


def share_percent(numerator: Decimal | int, denominator: Decimal | int) -> Decimal | None:
    """A proper fraction as a percentage to two decimals (1/3 → 33.33, 2/3 → 66.67, 5/10000 → 0.05); None when it
    is not one (a zero or a numerator not below the denominator)."""
    n, d = Decimal(numerator), Decimal(denominator)
    if n <= 0 or d <= 0 or n >= d:
        return None
    return canonical((Decimal(100) * n / d).quantize(Decimal("0.01")))


def parse_fraction(text: str) -> Decimal | None:
    """A share written as a fraction, as a percentage: `三分之一` → 33.33, `万分之五` → 0.05, `1/4` → 25,
    `two-thirds` → 66.67, `a quarter` → 25; None for anything else (an improper fraction, `half`, a date)."""
    s = unicodedata.normalize("NFKC", text).strip()
    m = _ZH_FRACTION.fullmatch(s)
    if m is not None:
        n = parse_zh_numeral(m.group("n"))
        d = parse_zh_numeral(m.group("d")) or _ZH_UNIT_ALONE.get(m.group("d"))  # 万分之五: ten thousand, written alone
        return None if n is None or d is None else share_percent(n, d)
    m = _SLASH_FRACTION.fullmatch(s)
    if m is not None:
        return share_percent(int(m.group("n")), int(m.group("d")))
    m = _EN_FRACTION.fullmatch(s.lower())
    if m is not None and m.group("d") in EN_FRACTION_PARTS:
        word = m.group("n")
        plural = m.group("d").endswith("s")
        count = 1 if word in ("a", "an") else EN_UNITS[word]
        if plural != (count > 1):
            return None  # "one thirds", "two third": not a fraction as written
        return share_percent(count, EN_FRACTION_PARTS[m.group("d")])
    return None
