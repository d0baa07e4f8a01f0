"""Table-driven tests of round 9's English rules on investors, group totals and amounts kept (cases in
tests/extract/cases_en9.py; its found / not-a-fact / how-many tables run in test_forms_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_en9 import EN9_GROUP_TOTAL, EN9_INVESTOR, EN9_KEPT
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import find as _find

from app.extract import extract

PUBLISHED = dt.date(2024, 7, 1)


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
