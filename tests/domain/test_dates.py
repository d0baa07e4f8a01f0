"""The one date parser: every accepted form, and the refusals with their one-line messages."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import DateError, find_date, parse_date, parse_date_span, parse_optional_date

D = dt.date


@pytest.mark.parametrize(("text", "day"), [
    ("2021-07-24", D(2021, 7, 24)), ("2021/7/24", D(2021, 7, 24)), ("2021.07.24", D(2021, 7, 24)),
    ("2020-09-25T08:44:00+08:00", D(2020, 9, 25)), ("2021-07-24 10:30", D(2021, 7, 24)),
    ("2021年7月24日", D(2021, 7, 24)), ("２０２１年７月２４日", D(2021, 7, 24)), ("2021年7月24号", D(2021, 7, 24)),
    ("July 24, 2021", D(2021, 7, 24)), ("Jul. 24 2021", D(2021, 7, 24)), ("24 July 2021", D(2021, 7, 24)),
    ("24th July, 2021", D(2021, 7, 24)), ("7/24/2021", D(2021, 7, 24)), ("24/7/2021", D(2021, 7, 24)),
    ("7/7/2021", D(2021, 7, 7)), ("  sept 3, 2020 ", D(2020, 9, 3)), ("20210724", D(2021, 7, 24)),
])
def test_days(text: str, day: dt.date) -> None:
    assert parse_date(text) == day
    assert parse_date_span(text).start == parse_date_span(text).end == day


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2021-07", D(2021, 7, 1), D(2021, 7, 31)), ("2021年7月", D(2021, 7, 1), D(2021, 7, 31)),
    ("July 2021", D(2021, 7, 1), D(2021, 7, 31)), ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2021 Q3", D(2021, 7, 1), D(2021, 9, 30)), ("Q3 2021", D(2021, 7, 1), D(2021, 9, 30)),
    ("2021Q4", D(2021, 10, 1), D(2021, 12, 31)), ("H1 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("2022 H2", D(2022, 7, 1), D(2022, 12, 31)), ("2021年第三季度", D(2021, 7, 1), D(2021, 9, 30)),
    ("2021年上半年", D(2021, 1, 1), D(2021, 6, 30)), ("2021", D(2021, 1, 1), D(2021, 12, 31)),
    ("2021年", D(2021, 1, 1), D(2021, 12, 31)),
    ("2021-01-01/2021-06-30", D(2021, 1, 1), D(2021, 6, 30)),
])
def test_spans(text: str, start: dt.date, end: dt.date) -> None:
    span = parse_date_span(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(("text", "message"), [
    ("", "no date given"),
    ("yesterday", "'yesterday' is not a date: use YYYY-MM-DD"),
    ("2021-13-01", "there is no month 13"),
    ("2021-02-30", "February 2021 has 28 days"),
    ("7/8/2021", "ambiguous"),
    ("13/13/2021", "there is no month 13"),
    ("2021 H3", "two halves"),
    ("2021-07-01/2021-03-01", "is after the end"),
    ("=cmd|' /C calc'!A0", "is not a date"),
])
def test_refusals_say_why_in_one_line(text: str, message: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date_span(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text", ["2021-07", "2021 Q3", "2021"])
def test_a_day_is_required_where_a_day_is_asked(text: str) -> None:
    with pytest.raises(DateError, match="is a period, not a day"):
        parse_date(text)


def test_optional_and_in_text() -> None:
    assert parse_optional_date("  ") is None
    assert parse_optional_date("2021-07-24") == D(2021, 7, 24)
    assert find_date("新华社北京2021年7月24日电 记者") == (D(2021, 7, 24), 5, 15)
    assert find_date("Published: 2021-02-30, updated March 3, 2021")[0] == D(2021, 3, 3)
    assert find_date("no date here") is None
