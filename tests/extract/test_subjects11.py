"""Round 11's investor decisions for Chinese amounts: the table cases of tests/extract/cases_subject_zh11.py, and
their parts — the closed classes that are never a name (list markers, verbs of saying, verb phrases), a company's
short name known from its full legal name, names defined in brackets."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_subject_zh11 import FIELDS, NUMERIC
from tests.extract.table_support import check_kind, check_money_field, extract_by_rules

from app.extract.short_zh import defined_names, short_names
from app.extract.subject_zh import not_a_name

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract_by_rules(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("name", "junk"), [
    ("二是", True), ("三是", True), ("其一", True), ("首先", True), ("表示", True), ("指出", True),
    ("上马了", True), ("启动了", True), ("華辰輪胎計劃加快推進", True), ("远帆科技", False), ("远帆集团", False),
    ("华辰轮胎", False), ("三一重工", False), ("星河表示科技", False),
])
def test_closed_classes_are_no_name(name: str, junk: bool) -> None:
    assert not_a_name(name) is junk


@pytest.mark.parametrize(("text", "names"), [
    ("江南远帆轮胎股份有限公司上市。远帆轮胎计划投资", ["远帆轮胎"]),
    ("內蒙古鄂尔多斯远帆能源有限公司成立。远帆能源拟", ["远帆能源"]),  # a chain of places
    ("星河国际集成电路制造有限公司与江州签约。星河国际拟", ["星河国际"]),  # a long name: its first four
    ("江南远帆轮胎股份有限公司上市。", []),  # never written alone: not guessed
    ("江南远帆纸业股份有限公司成立。江南远帆宏河纸业也在", []),  # a sibling's name is no short name
])
def test_short_names_from_full_names(text: str, names: list[str]) -> None:
    assert [n for _, n in short_names(text)] == names


def test_defined_names() -> None:
    text = '江州远帆药业有限公司(以下简称"远帆药业")与该公司(乙方)签约(2024年)'
    assert [a for a, _ in defined_names(text)] == ["远帆药业", "乙方"]
