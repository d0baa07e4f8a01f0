"""Chinese kinds decided by who the amount's clause is about: a company's or one facility's plan a project, a
government's plan a target, a counted batch's amount an indicator; a project's yield at capacity a target
(tests/extract/cases_kind_zh11.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh11 import INVESTOR_ZH11, KIND_ZH11
from tests.extract.table_support import check_kind, check_money_field

from app.extract import extract

PUBLISHED = dt.date(2024, 10, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), KIND_ZH11)
def test_kind_zh11(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "investor"), INVESTOR_ZH11)
def test_subject_project_investor(language: str, text: str, value: float, investor: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, "investor", investor)
