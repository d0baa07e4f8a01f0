"""Table-driven tests of round 16's English table units (cases in tests/extract/cases_tables16_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_tables16_en import NOT_CELLS, TABLE_CELLS
from tests.extract.table_support import check_kind_and_investor, describe, find

from app.extract import extract

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), TABLE_CELLS)
def test_table_cells(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value"), NOT_CELLS)
def test_not_cells(language: str, text: str, value: float) -> None:
    facts = extract(text, language, PUBLISHED)
    assert not find(facts, value, "CNY"), describe(facts, text)
