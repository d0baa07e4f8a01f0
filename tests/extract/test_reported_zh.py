"""Chinese figures that report a result after plan or goal words stay indicators; real goals stay targets
(tests/extract/cases_reported_zh.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_reported_zh import REPORTED_NUMERIC
from tests.extract.table_support import check_kind, extract_by_rules

PUBLISHED = dt.date(2024, 10, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), REPORTED_NUMERIC)
def test_reported_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)
