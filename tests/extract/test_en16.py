"""Table-driven tests of round 16's English rules (cases in tests/extract/cases_en16.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_en16 import (
    CONTRIBUTED_SHARES,
    FRACTIONS,
    FUTURE_SHARES,
    NOT_CELLS,
    NOT_FRACTIONS,
    PLACED_PARTS,
    TABLE_CELLS,
)
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), TABLE_CELLS + CONTRIBUTED_SHARES
                         + FUTURE_SHARES)
def test_table_cells(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value"), NOT_CELLS)
def test_not_cells(language: str, text: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert not find(facts, value, "CNY"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "comparator"), FRACTIONS)
def test_fractions(language: str, text: str, value: float, comparator: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "percent")
    assert found and found[0].fields.get("comparator") == comparator, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value"), NOT_FRACTIONS)
def test_not_fractions(language: str, text: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert not find(facts, value, "percent"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value"), PLACED_PARTS)
def test_placed_parts(language: str, text: str, value: float | None) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    if value is None:
        assert not find(facts, 650, "count"), describe(facts, text)
    else:
        assert find(facts, value, "count"), describe(facts, text)
