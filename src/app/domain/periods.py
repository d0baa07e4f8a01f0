"""Periods as written ("上半年", "1至9月", "截至3月末", "前三季度", "first half of this year", "Q3",
"H1 2022", "January to August", "since the beginning of this year", "2022", "13th Five-Year Plan
(2016-20)") and the dates they cover.

A period's *value* (the extractor's `period`/`horizon` field) is "YYYY" for a whole calendar year and
an ISO 8601 interval "YYYY-MM-DD/YYYY-MM-DD" (both ends inclusive) for any other period. Relative
periods ("this year", "上半年", "last year", "Q3") resolve against the document's published date;
without one the value is the phrase as written, and `period_span` resolves it once a date is known.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from app.domain.dates import MONTH_NAMES, DateError, DateSpan, parse_date_span

MONTHS = MONTH_NAMES
_ZH_MONTH_NUMBER = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12}
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
    r"\b(?=[fstlpbauyidojmnhq0-9])(?:"
    r"(?:(?P<en_hq>[hq])(?P<en_hq_n>[1-4])(?:\s+(?P<en_hq_year>(?:19|20)\d\d))?(?![\w-]))|"
    r"(?:(?P<en_half>first|second)\s+half(?:\s+(?:of\s+)?(?:(?P<en_half_year>(?:19|20)\d\d)|this\s+year|the\s+year))?)"
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


def _interval(y: int, m1: int, d1: int, m2: int, d2: int | None = None) -> str:
    if d2 is None:
        d2 = calendar.monthrange(y, m2)[1]
    return f"{y:04d}-{m1:02d}-{d1:02d}/{y:04d}-{m2:02d}-{d2:02d}"


def _month_zh(s: str) -> int | None:
    v = int(s) if s.isdigit() else _ZH_MONTH_NUMBER.get(s, 0)
    return v if 1 <= v <= 12 else None


def resolve(m: re.Match[str], published: dt.date | None) -> str | None:
    """The period a match names, as a value (see the module docstring); the phrase itself when no year
    can be known; None when it names no real period."""
    g = defaultdict(type(None), m.groupdict())  # (NoneType() is None, called without a Python frame)
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
        if g["en_hq_year"]:
            year = int(g["en_hq_year"])
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
        if g["en_hq"]:
            n = int(g["en_hq_n"])
            if g["en_hq"] == "h":
                return (_interval(year, 1, 1, 6) if n == 1 else _interval(year, 7, 1, 12)) if n <= 2 else None
            return _interval(year, 3 * n - 2, 1, 3 * n)
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


_HANT_TO_HANS = str.maketrans("個開當規劃來間時後內億", "个开当规划来间时后内亿")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def normal_form(text: str) -> str:
    """The form the period patterns read: NFKC, lower-case, the few Traditional characters of period
    phrases in their Simplified form (the extractor matches a Simplified form of the whole text)."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_HANT_TO_HANS).lower().split())


def period_pattern(language: str) -> re.Pattern[str]:
    """The pattern of period phrases in a matching form of a text in `language` (English: lower-cased)."""
    return EN_PERIOD_RE if language == "en" else ZH_PERIOD_RE


def find_period_matches(form: str, language: str) -> list[re.Match[str]]:
    """Period phrases in a matching form (English: lower-cased), in text order."""
    return list(period_pattern(language).finditer(form))


@functools.lru_cache(maxsize=4096)  # an import derives it for every fact; most periods repeat
def period_span(text: str | None, published: dt.date | None) -> DateSpan | None:
    """The dates a period covers: an absolute value ("2021", "2021-01-01/2021-06-30", "2021 Q3",
    "H1 2022", "2021年") as it is, a relative phrase ("上半年", "last year", "截至3月末", "Q3")
    against the published date. None when it names no period or needs a date that is not known."""
    if text is None or not text.strip():
        return None
    try:
        return parse_date_span(text)
    except DateError:
        pass
    form = normal_form(text)
    language = "zh-Hans" if _CJK.search(form) else "en"
    for m in find_period_matches(form, language):
        value = resolve(m, published)
        if value is None or not value[:4].isdigit():
            continue
        try:
            return parse_date_span(value)
        except DateError:
            continue
    return None


def needs_published_date(text: str | None) -> bool:
    """True for a relative period ("上半年", "last year") that only a published date can resolve."""
    return bool(text and text.strip()) and period_span(text, None) is None and period_span(
        text, dt.date(2000, 6, 30)) is not None


PUBLISHED_NEEDED = "the published date is needed to resolve {periods}: set it in the document's details"


def period_problem(period: str | None, published: dt.date | None) -> str | None:
    """A fact's problem with its period: a relative period ("上半年") in a document without a
    published date. None when the period resolves, is absolute, or is empty."""
    if published is None and needs_published_date(period):
        return PUBLISHED_NEEDED.format(periods=repr(period))
    return None


def document_problems(published: dt.date | None, periods: Iterable[str | None]) -> dict[str, str]:
    """The document's own problems, by field: {"published": message} when it has no published date
    and some of its facts' periods (as written: 上半年, last year) can only be resolved with one.
    The window shows it on the document and approval waits for it; once the date is set the store
    resolves the periods."""
    if published is not None:
        return {}
    relative = sorted({p.strip() for p in periods if p and needs_published_date(p)})
    if not relative:
        return {}
    shown = ", ".join(relative[:3]) + (f" and {len(relative) - 3} more" if len(relative) > 3 else "")
    return {"published": PUBLISHED_NEEDED.format(periods=shown)}
