"""Table-driven tests of round 12's English amount forms (cases in tests/extract/cases_round12_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_round12_en import COUNT_KINDS, COUNTS, FOUND, HOW_MANY, KINDS, NOT_FACTS
from tests.extract.table_support import check_how_many, check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), FOUND)
def test_amount_is_found(language: str, text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert find(facts, value, unit), f"no {value} {unit} in: {describe(facts, text)}"


@pytest.mark.parametrize(("language", "text", "unit"), NOT_FACTS)
def test_no_fact_of_unit(language: str, text: str, unit: str) -> None:
    check_how_many(extract_by_rules(text, language, PUBLISHED), text, unit, 0)


@pytest.mark.parametrize(("language", "text", "unit", "n"), HOW_MANY)
def test_how_many(language: str, text: str, unit: str, n: int) -> None:
    check_how_many(extract_by_rules(text, language, PUBLISHED), text, unit, n)


@pytest.mark.parametrize(("language", "text", "value", "kind"), COUNTS + COUNT_KINDS)
def test_count_is_found(language: str, text: str, value: float, kind: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "count")
    assert found, f"no count {value} in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), KINDS)
def test_kind_and_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)
