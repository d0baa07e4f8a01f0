"""Round 10's Chinese investor decisions (tests/extract/cases_subject_zh10.py): a project's own name is never the
investor and gives way to the company named before; a phase's own total takes the sentence's company; a parent
acting through a subsidiary has the subsidiary invest; disclosure verbs and 的 end names."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_subject_zh10 import FIELDS, NUMERIC
from tests.extract.table_support import check_kind, check_money_field

from app.extract import extract
from app.extract.subject_zh import not_an_investor, project_named, tidy_investor

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_round10_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_round10_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("name", "tidy"), [
    ("华辰科技披露", "华辰科技"), ("華辰科技披露", "華辰科技"), ("远帆电力的", "远帆电力"),
    ("远帆锂能近日", "远帆锂能"),
    ("星河集团日前", "星河集团"), ("星河集团", "星河集团"), ("远帆实业有限公司", "远帆实业有限公司"),
])
def test_verbs_and_de_end_names(name: str, tidy: str) -> None:
    assert tidy_investor(name) == tidy


@pytest.mark.parametrize(("name", "facility"), [
    ("江州项目", True), ("星河工业互联网生态园", True), ("远帆基地", True), ("江州項目", True),
    ("远帆集团", False), ("江州远帆工业园有限公司", False), ("华辰科技", False),
])
def test_project_names_are_no_investor(name: str, facility: bool) -> None:
    assert project_named(name) is facility


@pytest.mark.parametrize(("name", "none"), [
    ("該簽約", True), ("該公司", True), ("此次", True), ("遠帆控股集團", False), ("Nexa", False),
])
def test_words_naming_no_investor_in_traditional(name: str, none: bool) -> None:
    assert not_an_investor(name) is none
