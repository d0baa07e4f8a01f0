"""Table-driven tests of round 13's English kinds and investors (cases in tests/extract/cases_round13_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_round13_en import GLUED, KINDS, LISTED
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), KINDS)
def test_kind_and_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "found"), GLUED)
def test_number_after_glued_full_stop(language: str, text: str, value: float, unit: str, found: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, unit)) == found, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), LISTED)
def test_listed_count(language: str, text: str, value: float, kind: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "count")
    assert found, f"no count {value} in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)
