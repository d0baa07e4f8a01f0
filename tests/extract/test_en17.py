"""Table-driven tests of round 17's English rules (cases in tests/extract/cases_en17.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_en17 import (
    BRACKETED_CONVERSIONS,
    CONVERTED_RANGES,
    NOT_RANGES,
    PRICE_CONVERSIONS,
    RANGES_BOTH_UNITS,
    TITLE_COPIES,
)
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "unit", "kept", "dropped"), RANGES_BOTH_UNITS)
def test_range_with_both_units(language: str, text: str, unit: str, kept: float, dropped: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, kept, unit)
    assert found, describe(facts, text)
    if found[0].kind.value != "project":  # a project's amount carries no comparator
        assert found[0].fields.get("comparator") == ">=", describe(facts, text)
    assert not find(facts, dropped, unit), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "value"), NOT_RANGES)
def test_not_ranges(language: str, text: str, unit: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert find(facts, value, unit), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value"), CONVERTED_RANGES)
def test_converted_range(language: str, text: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert not find(facts, value, "USD"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "kept"), PRICE_CONVERSIONS)
def test_price_conversions(language: str, text: str, value: float, kept: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, "USD")) == kept, describe(facts, text)
    assert find(facts, 15.20 if "RMB15" in text else 0.42, "CNY"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "kept"), TITLE_COPIES)
def test_title_copies(language: str, text: str, kept: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, 1.5e9, "USD")) == kept, describe(facts, text)
    assert find(facts, 10.3e9, "CNY"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "value", "kept"), BRACKETED_CONVERSIONS)
def test_bracketed_conversions(language: str, text: str, unit: str, value: float, kept: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, unit)) == kept, describe(facts, text)
