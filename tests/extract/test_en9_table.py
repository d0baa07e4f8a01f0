"""Table-driven tests of round 9's English rules (cases in tests/extract/cases_en9.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_en9 import (
    EN9_AMOUNT_KIND,
    EN9_FOUND,
    EN9_GROUP_TOTAL,
    EN9_HOW_MANY,
    EN9_INVESTOR,
    EN9_KEPT,
    EN9_NOT_FACTS,
)
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import find as _find

from app.extract import extract

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("text", "value", "kind"), EN9_FOUND)
def test_en9_finds(text: str, value: float, kind: str) -> None:
    facts = extract(text, "en", PUBLISHED)
    found = _find(facts, value, "count")
    assert found, f"no {value} count in: {_describe(facts, text)}"
    assert found[0].kind.value == kind, _describe(found, text)


@pytest.mark.parametrize(("text", "unit"), EN9_NOT_FACTS)
def test_en9_not_a_fact(text: str, unit: str) -> None:
    facts = [f for f in extract(text, "en", PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


@pytest.mark.parametrize(("text", "value", "investor"), EN9_INVESTOR)
def test_en9_investor(text: str, value: float, investor: str) -> None:
    found = [f for f in _find(extract(text, "en", PUBLISHED), value, "CNY") + _find(
        extract(text, "en", PUBLISHED), value, "USD") if f.kind.value == "project"]
    assert found, _describe(extract(text, "en", PUBLISHED), text)
    assert (found[0].fields.get("investor") or "") == investor, _describe(found, text)


@pytest.mark.parametrize(("text", "value", "kind", "investor"), EN9_GROUP_TOTAL)
def test_en9_group_total(text: str, value: float, kind: str, investor: str) -> None:
    found = _find(extract(text, "en", PUBLISHED), value, "CNY")
    assert found, _describe(extract(text, "en", PUBLISHED), text)
    assert found[0].kind.value == kind, _describe(found, text)
    assert (found[0].fields.get("investor") or "") == investor, _describe(found, text)


@pytest.mark.parametrize(("text", "value", "unit"), EN9_KEPT)
def test_en9_amount_kept(text: str, value: float, unit: str) -> None:
    assert _find(extract(text, "en", PUBLISHED), value, unit), _describe(extract(text, "en", PUBLISHED), text)


@pytest.mark.parametrize(("text", "value", "unit", "kind"), EN9_AMOUNT_KIND)
def test_en9_amount_kind(text: str, value: float, unit: str, kind: str) -> None:
    found = _find(extract(text, "en", PUBLISHED), value, unit)
    assert found, _describe(extract(text, "en", PUBLISHED), text)
    assert found[0].kind.value == kind, _describe(found, text)


@pytest.mark.parametrize(("text", "unit", "n"), EN9_HOW_MANY)
def test_en9_how_many(text: str, unit: str, n: int) -> None:
    facts = [f for f in extract(text, "en", PUBLISHED) if f.unit == unit]
    assert len(facts) == n, _describe(facts, text)
