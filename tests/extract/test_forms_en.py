"""Table-driven tests of English number forms and counts (cases in tests/extract/cases_forms_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_forms_en import FORMS_FOUND, FORMS_HOW_MANY, FORMS_NOT_FACTS
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import extract_by_rules
from tests.extract.table_support import find as _find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("text", "value", "unit", "kind"), FORMS_FOUND)
def test_english_form_is_found(text: str, value: float, unit: str, kind: str) -> None:
    facts = extract_by_rules(text, "en", PUBLISHED)
    found = _find(facts, value, unit)
    assert found, f"no {value} {unit} in: {_describe(facts, text)}"
    assert found[0].kind.value == kind, _describe(found, text)


@pytest.mark.parametrize(("text", "unit"), FORMS_NOT_FACTS)
def test_english_form_is_no_fact(text: str, unit: str) -> None:
    facts = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


@pytest.mark.parametrize(("text", "unit", "n"), FORMS_HOW_MANY)
def test_english_form_how_many(text: str, unit: str, n: int) -> None:
    facts = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.unit == unit]
    assert len(facts) == n, _describe(facts, text)
