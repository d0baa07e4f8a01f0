"""The one date parser: what the analyst types (form, export filter, workbook import) and what a
text states (ingest metadata, extraction) become `datetime.date` values or whole-period spans.

Accepted: ISO dates (2021-07-24, 2021/07/24, 2021.07.24, with an optional time part), months
(2021-07, 2021年7月, July 2021), quarters and halves (2021 Q3, Q3 2021, H1 2022, 2021年第三季度),
years (2021, 2021年), Chinese dates (2021年7月24日), English dates (July 24, 2021; 24 July 2021;
Jul. 24 2021), compact dates (20210724) and slashed dates (7/24/2021, or 24/7/2021 when the day
cannot be a month). A slashed date whose two first numbers could both be the month is refused
rather than guessed.

Every refusal is a `DateError` whose message is one line for the user.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

EXAMPLE = "use YYYY-MM-DD, e.g. 2021-07-24 (also 2021年7月24日, July 24, 2021, 20210724, 2021-07, 2021 Q3)"

MONTH_NAMES: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTH_NAMES["sept"] = 9
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""An English month name or abbreviation (case-insensitive patterns use it)."""

_YEAR = r"(?P<year>(?:1[89]|2\d)\d\d)"
# Full dates as they occur inside a longer text, in the order a text's own date is looked for.
EN_MDY = re.compile(rf"\b(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{_YEAR}\b", re.I)
EN_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH}),?\s+{_YEAR}\b", re.I)
ZH_YMD = re.compile(rf"{_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*[日号號]")
ISO_YMD = re.compile(rf"(?<![\d.]){_YEAR}[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?!\d)")
IN_TEXT = (EN_MDY, EN_DMY, ZH_YMD, ISO_YMD)

_TIME_PART = re.compile(r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?)?(?:Z|[+-]\d\d:?\d\d)?")
_COMPACT = re.compile(rf"{_YEAR}(?P<month>\d\d)(?P<day>\d\d)")
_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})")
_MONTH_ONLY = (
    re.compile(rf"{_YEAR}[-/.](?P<month>\d{{1,2}})"),
    re.compile(rf"{_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月(?:份)?"),
    re.compile(rf"(?P<month>{MONTH}),?\s+{_YEAR}", re.I),
)
_QUARTER = (
    re.compile(rf"{_YEAR}\s*-?\s*(?P<which>[QH])(?P<n>[1-4])", re.I),
    re.compile(rf"(?P<which>[QH])(?P<n>[1-4])\s*-?\s*{_YEAR}", re.I),
    re.compile(rf"{_YEAR}\s*年\s*第?(?P<n>[一二三四1-4])季度"),
    re.compile(rf"{_YEAR}\s*年\s*(?P<half>上|下)半年"),
)
_YEAR_ONLY = re.compile(rf"{_YEAR}\s*年?")
_ZH_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4}


class DateError(ValueError):
    """Text that is not a date; the message is one line for the user."""


@dataclass(frozen=True)
class DateSpan:
    """A whole day, month, quarter, half or year: both ends inclusive."""

    start: dt.date
    end: dt.date

    @property
    def is_day(self) -> bool:
        return self.start == self.end

    def iso(self) -> str:
        """"2021-07-24", or "2021-01-01/2021-06-30" for a longer span."""
        return self.start.isoformat() if self.is_day else f"{self.start.isoformat()}/{self.end.isoformat()}"


def month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation ("Sept.", "july"), else None."""
    return MONTH_NAMES.get(name.strip().rstrip(".").lower())


def make_date(year: int | str, month: int | str, day: int | str, written: str = "") -> dt.date:
    """A date from its parts (month as number or English name); DateError saying what is wrong."""
    m = int(month) if str(month).isdigit() else month_number(str(month))
    shown = written or f"{year}-{month}-{day}"
    if m is None or not 1 <= m <= 12:
        raise DateError(f"{shown!r} is not a date: there is no month {month}")
    try:
        return dt.date(int(year), m, int(day))
    except ValueError:
        last = calendar.monthrange(int(year), m)[1]
        raise DateError(f"{shown!r} is not a date: {calendar.month_name[m]} {year} has {last} days") from None


def month_span(year: int, first_month: int, last_month: int) -> DateSpan:
    return DateSpan(dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1]))


def year_span(year: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31))


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def parse_date_span(text: str) -> DateSpan:
    """A date, month, quarter, half or year written by a person; DateError with one line otherwise."""
    s = _normal(text)
    if not s:
        raise DateError(f"no date given: {EXAMPLE}")
    for rx in IN_TEXT:
        m = rx.fullmatch(s) or (rx.match(s) if rx is ISO_YMD else None)
        if m and _TIME_PART.fullmatch(s, m.end()):
            day = make_date(m.group("year"), m.group("month"), m.group("day"), s)
            return DateSpan(day, day)
    m = _COMPACT.fullmatch(s)
    if m:
        day = make_date(m.group("year"), m.group("month"), m.group("day"), s)
        return DateSpan(day, day)
    m = _SLASHED.fullmatch(s)
    if m:
        return _slashed(s, int(m.group("a")), int(m.group("b")), int(m.group("year")))
    if "/" in s:
        left, _, right = s.partition("/")
        start, end = parse_date_span(left).start, parse_date_span(right).end
        if start > end:
            raise DateError(f"{s!r}: the start {start} is after the end {end}")
        return DateSpan(start, end)
    for rx in _MONTH_ONLY:
        m = rx.fullmatch(s)
        if m:
            month = make_date(m.group("year"), m.group("month"), 1, s).month
            return month_span(int(m.group("year")), month, month)
    for rx in _QUARTER:
        m = rx.fullmatch(s)
        if m:
            year = int(m.group("year"))
            groups = m.groupdict()
            if groups.get("half"):
                return month_span(year, 1, 6) if groups["half"] == "上" else month_span(year, 7, 12)
            n = int(groups["n"]) if groups["n"].isdigit() else _ZH_DIGIT[groups["n"]]
            if (groups.get("which") or "Q").upper() == "H":
                if n > 2:
                    raise DateError(f"{s!r} is not a period: a year has two halves, H1 and H2")
                return month_span(year, 6 * n - 5, 6 * n)
            return month_span(year, 3 * n - 2, 3 * n)
    m = _YEAR_ONLY.fullmatch(s)
    if m:
        return year_span(int(m.group("year")))
    raise DateError(f"{s!r} is not a date: {EXAMPLE}")


def _slashed(s: str, a: int, b: int, year: int) -> DateSpan:
    if a <= 12 and b <= 12 and a != b:
        raise DateError(
            f"{s!r} is ambiguous (month/day or day/month): write it as YYYY-MM-DD, e.g. {year}-{a:02d}-{b:02d}"
        )
    month, day = (a, b) if a <= 12 else (b, a)
    d = make_date(year, month, day, s)
    return DateSpan(d, d)


def parse_date(text: str) -> dt.date:
    """One day written by a person; a month, quarter or year is refused with a message saying so."""
    span = parse_date_span(text)
    if not span.is_day:
        raise DateError(f"{_normal(text)!r} is a period, not a day: give the day, e.g. {span.start.isoformat()}")
    return span.start


def parse_optional_date(text: str | None) -> dt.date | None:
    """None for empty text, else `parse_date`."""
    if text is None or not str(text).strip():
        return None
    return parse_date(str(text))


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid full date stated in a longer text, trying English month-day-year, day-month-year,
    Chinese and ISO forms in that order: (date, start, end) or None."""
    for rx in IN_TEXT:
        for m in rx.finditer(text):
            try:
                return make_date(m.group("year"), m.group("month"), m.group("day")), m.start(), m.end()
            except DateError:
                continue
    return None
