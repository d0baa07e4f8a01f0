"""Chinese kinds decided by structure: a project's yearly yield and a place's tasks and offered projects are
targets, one named project's total a project, batches' and places' totals indicators
(tests/extract/cases_kind_zh10.py); who the amount's clause is about before a plan word — a company's or one
facility's plan a project, a government's plan a target, a counted batch's amount an indicator
(tests/extract/cases_kind_zh11.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh10 import INVESTOR_ZH10, KIND_ZH10
from tests.extract.cases_kind_zh11 import INVESTOR_ZH11, KIND_ZH11
from tests.extract.table_support import check_kind, check_money_field, extract_by_rules

PUBLISHED = dt.date(2024, 10, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), KIND_ZH10 + KIND_ZH11)
def test_kind_zh10(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "investor"), INVESTOR_ZH10 + INVESTOR_ZH11)
def test_named_project_investor(language: str, text: str, value: float, investor: str) -> None:
    check_money_field(extract_by_rules(text, language, PUBLISHED), text, value, "investor", investor)
