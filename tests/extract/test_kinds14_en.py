"""Table-driven tests of round 14's English kinds (cases in tests/extract/cases_kinds14_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kinds14_en import DESCRIBED_FIRST, GLUED_COUNT, RATE_OF_GOAL, STAKES
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), STAKES + DESCRIBED_FIRST)
def test_kind_and_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind"), RATE_OF_GOAL + GLUED_COUNT)
def test_kind(language: str, text: str, value: float, unit: str, kind: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)
