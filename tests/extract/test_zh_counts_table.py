"""Table-driven tests of which Chinese facts exist (cases in tests/extract/cases_zh_counts.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_zh_counts import ZH_FOUND, ZH_HOW_MANY, ZH_NOT_FACTS
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import find as _find

from app.extract import extract

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), ZH_FOUND)
def test_zh_fact_found(language: str, text: str, value: float, unit: str) -> None:
    facts = extract(text, language, PUBLISHED)
    found = _find(facts, value, unit)
    assert found, f"no {value} {unit} in: {_describe(facts, text)}"
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "unit"), ZH_NOT_FACTS)
def test_zh_not_a_fact(language: str, text: str, unit: str) -> None:
    facts = [f for f in extract(text, language, PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "n"), ZH_HOW_MANY)
def test_zh_how_many(language: str, text: str, unit: str, n: int) -> None:
    facts = [f for f in extract(text, language, PUBLISHED) if f.unit == unit]
    assert len(facts) == n, _describe(facts, text)
