"""Periods as written become start and end dates, relative ones against the published date."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.periods import needs_published_date, period_span

D = dt.date
PUBLISHED = D(2021, 7, 24)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("上半年", D(2021, 1, 1), D(2021, 6, 30)),
    ("下半年", D(2021, 7, 1), D(2021, 12, 31)),
    ("今年", D(2021, 1, 1), D(2021, 12, 31)),
    ("去年", D(2020, 1, 1), D(2020, 12, 31)),
    ("first half", D(2021, 1, 1), D(2021, 6, 30)),
    ("the first half of this year", D(2021, 1, 1), D(2021, 6, 30)),
    ("last year", D(2020, 1, 1), D(2020, 12, 31)),
    ("截至3月末", D(2021, 1, 1), D(2021, 3, 31)),
    ("截至6月底", D(2021, 1, 1), D(2021, 6, 30)),
    ("Q3", D(2021, 7, 1), D(2021, 9, 30)),
    ("third quarter", D(2021, 7, 1), D(2021, 9, 30)),
    ("一季度", D(2021, 1, 1), D(2021, 3, 31)),
    ("1-9月", D(2021, 1, 1), D(2021, 9, 30)),
    ("1至9月", D(2021, 1, 1), D(2021, 9, 30)),
    ("前三季度", D(2021, 1, 1), D(2021, 9, 30)),
    ("前5个月", D(2021, 1, 1), D(2021, 5, 31)),
    ("前5個月", D(2021, 1, 1), D(2021, 5, 31)),
    ("January to August", D(2021, 1, 1), D(2021, 8, 31)),
    ("今年以来", D(2021, 1, 1), PUBLISHED),
    ("since the beginning of this year", D(2021, 1, 1), PUBLISHED),
    ("2021年", D(2021, 1, 1), D(2021, 12, 31)),
    ("2020年上半年", D(2020, 1, 1), D(2020, 6, 30)),
    ("H1 2022", D(2022, 1, 1), D(2022, 6, 30)),
    ("H2", D(2021, 7, 1), D(2021, 12, 31)),
    ("2021 Q3", D(2021, 7, 1), D(2021, 9, 30)),
    ("“十三五”期间", D(2016, 1, 1), D(2020, 12, 31)),
    ("13th Five-Year Plan (2016-20)", D(2016, 1, 1), D(2020, 12, 31)),
    ("2021-01-01/2021-06-30", D(2021, 1, 1), D(2021, 6, 30)),  # the extractor's value format
    ("2020", D(2020, 1, 1), D(2020, 12, 31)),
])
def test_each_form_resolves_to_exact_dates(text: str, start: dt.date, end: dt.date) -> None:
    span = period_span(text, PUBLISHED)
    assert span is not None, text
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["上半年", "今年", "last year", "Q3", "截至3月末", "1-9月", "first half"])
def test_relative_periods_wait_for_a_published_date(text: str) -> None:
    assert period_span(text, None) is None
    assert needs_published_date(text)


@pytest.mark.parametrize("text", ["2021年", "H1 2022", "2021-01-01/2021-06-30", "", None, "soon", "十四五"])
def test_absolute_or_no_period_needs_no_date(text: str | None) -> None:
    assert not needs_published_date(text)


def test_no_period() -> None:
    assert period_span("soon", PUBLISHED) is None
    assert period_span(None, PUBLISHED) is None
