"""Table-driven tests of round 10's count rules (cases in tests/extract/cases_counts10.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_counts10 import FOUND, HOW_MANY, NOT_FACTS
from tests.extract.table_support import describe, find

from app.extract import extract

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), FOUND)
def test_count10_finds(language: str, text: str, value: float, unit: str) -> None:
    facts = extract(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "unit"), NOT_FACTS)
def test_count10_not_a_fact(language: str, text: str, unit: str) -> None:
    facts = [f for f in extract(text, language, PUBLISHED) if f.unit == unit]
    assert not facts, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "n"), HOW_MANY)
def test_count10_how_many(language: str, text: str, unit: str, n: int) -> None:
    facts = [f for f in extract(text, language, PUBLISHED) if f.unit == unit]
    assert len(facts) == n, describe(facts, text)
