"""Table cases of round 8's Chinese rules (tests/extract/cases_listed_zh.py): projects listed by amount and
company in a place's report, the owner named before an amount's cue, products that are no investor, results told
with 成功, jobs a project will create."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_listed_zh import FIELDS, NUMERIC
from tests.extract.table_support import check_kind, check_money_field

from app.extract import extract
from app.extract.subject_zh import not_a_name, tidy_investor

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_listed_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_listed_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("name", "junk"), [
    ("Mini LED背光/直显", True), ("Micro OLED模组", True), ("1GWh高性能电芯", True), ("背光/直显模组", True),
    ("双方拟签署《项目投资协议书", True), ("雙方擬簽署《項目投資協議書", True), ("TCL华星", False), ("远帆锂能", False),
    ("SK海力士", False),
])
def test_products_and_clauses_are_no_name(name: str, junk: bool) -> None:
    assert not_a_name(name) is junk


@pytest.mark.parametrize(("name", "tidy"), [
    ("衡川Mini LED背光", "衡川"), ("远帆1GWh", "远帆"), ("江州ABC新材料有限公司", "江州ABC新材料有限公司"),
    ("TCL华星", "TCL华星"), ("華(huá)源智能", "華(huá)源智能"),
])
def test_a_product_after_a_brand_is_cut(name: str, tidy: str) -> None:
    assert tidy_investor(name) == tidy
