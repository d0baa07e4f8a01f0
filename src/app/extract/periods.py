"""Periods ("上半年", "1至9月", "截至3月末", "first half of this year", "January to August", "since the
beginning of this year", "2022", "13th Five-Year Plan (2016-20)") resolved to dates.

Format (documented for export and the UI): a whole calendar year is written "YYYY"; any other period
is an ISO 8601 interval "YYYY-MM-DD/YYYY-MM-DD" (both ends inclusive). Relative periods ("this year",
"上半年") are resolved with the document's published date; when no year can be known, the period is
the phrase as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from app.extract.numbers import parse_zh_numeral

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_ZH_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
FIVE_YEAR_PLANS = {11: 2006, 12: 2011, 13: 2016, 14: 2021, 15: 2026}
_ZH_ORDINAL = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15}
_EN_MONTH_COUNT = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]) if i}
_EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_ZH_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

ZH_PERIOD_RE = re.compile(
    r"(?=[0-9上下前第一二三四五六七八九十截今年开本全当去])(?:"
    r"(?P<zh_year>(?:19|20)\d\d)年(?:(?P<zh_year_half>上半年|下半年)|(?:第?(?P<zh_year_q>[一二三四1-4])季度))?"
    r"|(?P<zh_half>上半年|下半年)"
    r"|(?P<zh_first3>前三季度)"
    rf"|前(?P<zh_months>{_ZH_MONTH})个?月"
    r"|第?(?P<zh_q>[一二三四])季度"
    rf"|(?P<zh_m1>{_ZH_MONTH})(?:月份?)?(?:至|-|到|~|—)(?P<zh_m2>{_ZH_MONTH})月(?:份)?"
    rf"|截[至止](?:(?P<zh_until_year>(?:19|20)\d\d)年)?(?:今年)?(?P<zh_until_m>{_ZH_MONTH})月(?:(?P<zh_until_d>\d{{1,2}})日|末|底)"
    r"|(?P<zh_ytd>今年以来|年初以来|开年至今|年初至今|今年前|开年以来)"
    r"|(?P<zh_this>今年|本年度|全年|当年)"
    r"|(?P<zh_last>去年|上年|上一年)"
    r"|(?P<zh_fyp>十一|十二|十三|十四|十五)五(?:规划|时期|期间)?"
    r")"
)
EN_PERIOD_RE = re.compile(
    r"\b(?=[fstlpbauyidojmn0-9])(?:"
    r"(?:(?P<en_half>first|second)\s+half\s+(?:of\s+)?(?:(?P<en_half_year>(?:19|20)\d\d)|this\s+year|the\s+year)?)"
    r"|(?:(?P<en_q>first|second|third|fourth)\s+quarter(?:\s+of\s+(?P<en_q_year>(?:19|20)\d\d))?)"
    r"|(?:(?P<en_first3>first\s+three\s+quarters))"
    r"|(?:(?:first|past)\s+(?P<en_months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months)"
    rf"|(?:(?:from\s+)?(?P<en_m1>{_MONTH})\s*(?:to|through|-)\s*(?P<en_m2>{_MONTH})(?:\s+(?P<en_m_year>(?:19|20)\d\d))?)"
    rf"|(?:(?:by|as\s+of|at|until)\s+the\s+end\s+of\s+(?P<en_until_m>{_MONTH})(?:\s+(?P<en_until_year>(?:19|20)\d\d))?)"
    r"|(?:(?P<en_ytd>since\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+year|since\s+this\s+year|so\s+far\s+this\s+year|year[\s-]to[\s-]date|since\s+january))"
    r"|(?:(?P<en_fyp_n>\d{2})(?:st|nd|rd|th)\s+five-year\s+(?:plan|period)(?:\s*\((?P<en_fyp_y1>(?:19|20)\d\d)\s*-\s*(?P<en_fyp_y2>\d{2,4})\))?)"
    r"|(?:(?P<en_this>this\s+year|the\s+whole\s+year|full\s+year))"
    r"|(?:(?P<en_last>last\s+year|previous\s+year))"
    r"|(?:(?:in|by|for|during|of)\s+(?P<en_year>(?:19|20)\d\d)(?![\d-]))"
    r")"
)  # English periods are scanned over the lower-cased form (textprep.ascii_lower)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    value: str


def _interval(y: int, m1: int, d1: int, m2: int, d2: int | None = None) -> str:
    if d2 is None:
        d2 = calendar.monthrange(y, m2)[1]
    return f"{y:04d}-{m1:02d}-{d1:02d}/{y:04d}-{m2:02d}-{d2:02d}"


def _month_zh(s: str) -> int | None:
    if s.isdigit():
        v = int(s)
    else:
        f = parse_zh_numeral(s)
        v = int(f) if f is not None else 0
    return v if 1 <= v <= 12 else None


def resolve(m: re.Match[str], published: dt.date | None) -> str | None:
    g = defaultdict(lambda: None, m.groupdict())
    year = published.year if published else None
    try:
        if g["zh_year"]:
            y = int(g["zh_year"])
            if g["zh_year_half"]:
                return _interval(y, 1, 1, 6) if g["zh_year_half"] == "上半年" else _interval(y, 7, 1, 12)
            if g["zh_year_q"]:
                q = _ZH_Q[g["zh_year_q"]]
                return _interval(y, 3 * q - 2, 1, 3 * q)
            return str(y)
        if g["zh_fyp"]:
            y0 = FIVE_YEAR_PLANS[_ZH_ORDINAL[g["zh_fyp"]]]
            return f"{y0}-01-01/{y0 + 4}-12-31"
        if g["en_fyp_n"]:
            n = int(g["en_fyp_n"])
            if n not in FIVE_YEAR_PLANS:
                return None
            y0 = FIVE_YEAR_PLANS[n]
            return f"{y0}-01-01/{y0 + 4}-12-31"
        if g["en_year"]:
            return g["en_year"]
        if g["en_half"] and g["en_half_year"]:
            year = int(g["en_half_year"])
        if g["en_q"] and g["en_q_year"]:
            year = int(g["en_q_year"])
        if g["en_m1"] and g["en_m_year"]:
            year = int(g["en_m_year"])
        if g["zh_until_year"]:
            year = int(g["zh_until_year"])
        if g["en_until_m"] and g["en_until_year"]:
            year = int(g["en_until_year"])
        if year is None:
            return " ".join(m.group().split())
        if g["zh_half"] or g["en_half"]:
            first = g["zh_half"] == "上半年" or (g["en_half"] or "").lower() == "first"
            return _interval(year, 1, 1, 6) if first else _interval(year, 7, 1, 12)
        if g["zh_first3"] or g["en_first3"]:
            return _interval(year, 1, 1, 9)
        if g["zh_months"] or g["en_months"]:
            months = _month_zh(g["zh_months"]) if g["zh_months"] else _EN_MONTH_COUNT.get(g["en_months"])
            if g["en_months"] and g["en_months"].isdigit():
                months = int(g["en_months"])
            return _interval(year, 1, 1, months) if months and 1 <= months <= 12 else None
        if g["zh_q"] or g["en_q"]:
            q = _ZH_Q[g["zh_q"]] if g["zh_q"] else _EN_ORD[g["en_q"].lower()]
            return _interval(year, 3 * q - 2, 1, 3 * q)
        if g["zh_m1"]:
            m1, m2 = _month_zh(g["zh_m1"]), _month_zh(g["zh_m2"])
            return _interval(year, m1, 1, m2) if m1 and m2 and m1 <= m2 else None
        if g["en_m1"]:
            m1 = MONTHS.get(g["en_m1"].lower().rstrip("."))
            m2 = MONTHS.get(g["en_m2"].lower().rstrip("."))
            return _interval(year, m1, 1, m2) if m1 and m2 and m1 <= m2 else None
        if g["zh_until_m"]:
            m2 = _month_zh(g["zh_until_m"])
            if not m2:
                return None
            d = int(g["zh_until_d"]) if g["zh_until_d"] else None
            return _interval(year, 1, 1, m2, d)
        if g["en_until_m"]:
            m2 = MONTHS.get(g["en_until_m"].lower().rstrip("."))
            return _interval(year, 1, 1, m2) if m2 else None
        if g["zh_ytd"] or g["en_ytd"]:
            if published is None:
                return f"{year}"
            return f"{year:04d}-01-01/{published.isoformat()}"
        if g["zh_this"] or g["en_this"]:
            return str(year)
        if g["zh_last"] or g["en_last"]:
            return str(year - 1)
    except (ValueError, KeyError, calendar.IllegalMonthError):
        return None
    return None


def find_periods(form: str, published: dt.date | None, language: str = "zh-Hans") -> list[PeriodMention]:
    out = []
    pattern = EN_PERIOD_RE if language == "en" else ZH_PERIOD_RE
    for m in pattern.finditer(form):
        value = resolve(m, published)
        if value:
            out.append(PeriodMention(m.start(), m.end(), value))
    return out
