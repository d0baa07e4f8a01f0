"""Round 12's Chinese counts (tests/extract/cases_counts12.py): list items with their own amounts, totals written
with 共有, parts written 中也有, a count referring back to its group."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_counts12 import FOUND, HOW_MANY
from tests.extract.table_support import check_how_many, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), FOUND)
def test_count_found(language: str, text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "unit", "n"), HOW_MANY)
def test_how_many(language: str, text: str, unit: str, n: int) -> None:
    check_how_many(extract_by_rules(text, language, PUBLISHED), text, unit, n)
