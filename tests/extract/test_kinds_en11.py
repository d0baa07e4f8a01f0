"""Table cases of English kinds by structure, round 11 (tests/extract/cases_kinds_en11.py): a project's expected
yield, a bare total after a count of projects, a measure with its own quantity, a company's share of a joint venture,
investors' names — with the negative cases that keep a place's achieved totals indicators and a company's single
project a project."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kinds_en11 import FIELDS, NUMERIC, SHARE_INVESTOR
from tests.extract.table_support import check_kind, check_money_field, describe, find

from app.extract import extract

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_english_kind_by_structure(language: str, text: str, value: float, unit: str, kind: str,
                                   comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_english_project_field(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("text", "value", "investor"), SHARE_INVESTOR)
def test_share_of_a_venture_names_its_party(text: str, value: float, investor: str) -> None:
    facts = extract(text, "en", PUBLISHED)
    found = find(facts, value, "percent")
    assert found and found[0].kind.value == "project", describe(facts, text)
    assert (found[0].fields.get("investor") or "") == investor, describe(found, text)
