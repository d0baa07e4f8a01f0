"""Consistency checks: problems a fact can have although each of its fields is valid on its own — a
value that contradicts its own value-as-written (magnitude, unit, currency), a percentage beyond
±1000, a period that ends before it starts, a target whose horizon ended before the article was
published, an investor that is only the region's name.

Unlike `validate_fact`'s problems (a missing indicator, an unknown unit), these can be right: an
analyst who checked the article overrides them with a written reason, stored with the fact, audited,
and exported in the workbook's `Override reason` column. Until then they block approval like any
other problem. `blocking_problems` is the one rule the window, the approval service and the export
share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from app.domain.numbers import exact, number_text, parse_number
from app.domain.schema import KIND_FIELDS, NUMERIC_KINDS, Kind, Unit
from app.domain.validation import validate_fact

PERCENT_LIMIT = Decimal(1000)
"""A percentage (or percentage points) beyond ±1000 is flagged; beyond ±10 000 it is invalid outright."""

# Currency marks as written, most specific first (港元 before 元, HK$ before $). Each maps to a unit,
# or to the name of a currency the schema has no unit for.
_CURRENCY_MARKS: tuple[tuple[str, str], ...] = (
    ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("hk$", "HKD"), ("hkd", "HKD"), ("hong kong dollar", "HKD"),
    ("美元", "USD"), ("美金", "USD"), ("us$", "USD"), ("usd", "USD"), ("us dollar", "USD"),
    ("欧元", "EUR"), ("歐元", "EUR"), ("€", "EUR"), ("eur", "EUR"), ("euro", "EUR"),
    ("日元", "JPY"), ("日圓", "JPY"), ("yen", "JPY"), ("英镑", "GBP"), ("英鎊", "GBP"), ("£", "GBP"),
    ("pound", "GBP"),
    ("人民币", "CNY"), ("人民幣", "CNY"), ("rmb", "CNY"), ("cny", "CNY"), ("yuan", "CNY"), ("¥", "CNY"),
    ("元", "CNY"), ("dollars", "USD"), ("dollar", "USD"), ("$", "USD"),
)
_POINT_MARKS = ("百分点", "百分點", "percentage points", "percentage point")
_PERCENT_MARKS = ("%", "percent", "per cent", "百分之")
_NOISE = re.compile(
    r"^(?:about|around|approximately|nearly|almost|over|more than|less than|up to|some|roughly|逾|超过|超過|近|约|約|"
    r"达|達|达到|達到|共|合计|合計|总计|總計|累计|累計|超|多)\s*|\s*(?:余|餘|多|以上|左右|个|個)$"
)
_YEAR_RANGE = re.compile(
    r"((?:19|20)\d\d)\s*年?\s*(?:-|–|—|~|～|至|到|to|through|until)\s*((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_ISO_INTERVAL = re.compile(r"(\d{4}-\d\d-\d\d)\s*/\s*(\d{4}-\d\d-\d\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_PLACE_SUFFIXES = ("特别行政区", "自治区", "省", "市", "区", "區", "县", "縣", " city", " province", " municipality")


def written_currency(value_text: str | None) -> str | None:
    """The currency a value-as-written names (`58.7亿美元` → USD, `3 billion yuan` → CNY), or None."""
    if not value_text:
        return None
    low = unicodedata.normalize("NFKC", value_text).lower()
    return next((unit for mark, unit in _CURRENCY_MARKS if mark in low), None)


def written_unit(value_text: str | None) -> str | None:
    """What a value-as-written is measured in: a currency, `percent`, `pp`, or None (a plain number)."""
    if not value_text:
        return None
    low = unicodedata.normalize("NFKC", value_text).lower()
    if any(mark in low for mark in _POINT_MARKS) or re.search(r"\d\s*pp\b", low):
        return Unit.PERCENTAGE_POINT.value
    if any(mark in low for mark in _PERCENT_MARKS):
        return Unit.PERCENT.value
    return written_currency(value_text)


def written_number(value_text: str | None) -> Decimal | None:
    """The number a value-as-written states, its currency, percent sign and hedges ("about", "逾")
    taken off; None when it is not one number the parser reads (never guessed at)."""
    if not value_text:
        return None
    s = unicodedata.normalize("NFKC", value_text).strip()
    s = re.sub(r"^百分之", "", s)
    s = re.sub(r"(?<=\d)\s*pp\b", "", s, flags=re.IGNORECASE)
    for mark in (*(m for m, _unit in _CURRENCY_MARKS), *_POINT_MARKS, *_PERCENT_MARKS):
        if mark in s.lower():
            s = re.sub(re.escape(mark), " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\s+", " ", s).strip(" .,;:，。")
    while True:
        shorter = _NOISE.sub("", s).strip()
        if shorter == s:
            break
        s = shorter
    return parse_number(s) if s else None


def period_bounds(period: str | None) -> tuple[date, date] | None:
    """First and last day of a period written as an ISO interval (`2021-01-01/2021-06-30`) or a range
    of years (`2021-2025`, `2021年至2025年`, `2021 to 2025`); None for any other period."""
    if not period:
        return None
    text = unicodedata.normalize("NFKC", period)
    found = _ISO_INTERVAL.search(text)
    if found:
        try:
            return date.fromisoformat(found.group(1)), date.fromisoformat(found.group(2))
        except ValueError:
            return None
    years = _YEAR_RANGE.search(text)
    if years:
        return date(int(years.group(1)), 1, 1), date(int(years.group(2)), 12, 31)
    return None


def horizon_end(horizon: str | None) -> date | None:
    """The last day a target's horizon covers: the end of an ISO interval or the last year named
    (`by 2025` → 2025-12-31); None when it names no year."""
    bounds = period_bounds(horizon)
    if bounds is not None:
        return bounds[1]
    years = _YEAR.findall(unicodedata.normalize("NFKC", horizon or ""))
    return date(int(years[-1]), 12, 31) if years else None


def _place_key(name: object) -> str:
    key = unicodedata.normalize("NFKC", str(name or "")).strip().casefold()
    for suffix in _PLACE_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)].strip()
            break
    return key


def consistency_problems(
    kind: str,
    fields: Mapping[str, object],
    value: Decimal | float | None,
    unit: str | None,
    value_text: str | None,
    *,
    published: date | None = None,
    region: str | None = None,
) -> dict[str, str]:
    """{field name: message} for every consistency problem of a fact (see the module's docstring).
    `published` and `region` are the document's; `value` is any number (Decimal, int or float)."""
    try:
        k = Kind(kind)
    except ValueError:
        return {}
    own = KIND_FIELDS[k]
    problems: dict[str, str] = {}
    if k in NUMERIC_KINDS and value is not None and not isinstance(value, bool):
        _value_checks(problems, exact(value), unit, value_text)
    if "period" in own:
        bounds = period_bounds(_text(fields.get("period")))
        if bounds is not None and bounds[1] < bounds[0]:
            problems["period"] = f"the period ends ({bounds[1]}) before it starts ({bounds[0]})"
    if "horizon" in own and published is not None:
        end = horizon_end(_text(fields.get("horizon")))
        if end is not None and end < published:
            problems["horizon"] = f"the horizon ended ({end}) before the article was published ({published})"
    investor = _place_key(fields.get("investor")) if "investor" in own else ""
    if investor:
        places = [p for p in (region, fields.get("location")) if _place_key(p)]
        same = next((p for p in places if _place_key(p) == investor), None)
        if same is not None:
            problems["investor"] = f"the investor is the place ({same}): name who invests"
    return problems


def _text(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _value_checks(problems: dict[str, str], number: Decimal | None, unit: str | None, value_text: str | None) -> None:
    if number is None or not number.is_finite():
        return
    if unit in (Unit.PERCENT, Unit.PERCENTAGE_POINT) and abs(number) > PERCENT_LIMIT:
        problems["value"] = f"a percentage beyond ±{PERCENT_LIMIT} ({number_text(number)})"
    as_unit = written_unit(value_text)
    if as_unit is not None and unit and as_unit != unit:
        problems["unit"] = f"written as {as_unit} ({value_text}), but the unit is {unit}"
    as_number = written_number(value_text)
    if as_number is not None and not same_magnitude(number, as_number):
        written = f"{value_text} = {number_text(as_number)}"
        problems.setdefault("value", f"{number_text(number)} is not the magnitude written ({written})")


def same_magnitude(value: Decimal, written: Decimal) -> bool:
    """Whether a value is within a factor of ten of the value as written: an analyst's correction
    (208826000000 → 210000000000) is, a lost or doubled multiplier (58.7 for 58.7亿, 万 for 亿) is not.
    The sign is not compared: "fell 0.6 percent" is -0.6 written as `0.6 percent`."""
    if abs(value) == abs(written):
        return True
    if value == 0 or written == 0:
        return False
    ratio = abs(value) / abs(written)
    return Decimal("0.1") < ratio < Decimal(10)


def blocking_problems(
    kind: str,
    fields: Mapping[str, object],
    value: Decimal | float | None,
    unit: str | None,
    value_text: str | None,
    *,
    override_reason: str | None = None,
    published: date | None = None,
    region: str | None = None,
) -> dict[str, str]:
    """What keeps a fact from being approved: its validation problems, and its consistency problems
    unless the analyst overrode them with a written reason."""
    found = validate_fact(kind, fields, value, unit)
    if override_reason and override_reason.strip():
        return found
    checks = consistency_problems(kind, fields, value, unit, value_text, published=published, region=region)
    return {**checks, **found}
