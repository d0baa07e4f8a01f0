"""Round 9's Chinese table cases (tests/extract/cases_zh9.py): kinds and investors decided by structure."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_zh9 import FIELDS, NUMERIC
from tests.extract.table_support import check_kind, check_money_field

from app.extract import extract

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, field, expected, exact=True)
