"""Round 11's counts (tests/extract/cases_counts11.py): list items continuing the noun of a count before them."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_counts11 import FOUND, HOW_MANY, KINDS, NOT_FACTS
from tests.extract.table_support import check_how_many, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), FOUND)
def test_list_item_is_a_count(language: str, text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "value", "kind"), KINDS)
def test_count_kind(language: str, text: str, value: float, kind: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "count")
    assert found, f"no {value} count in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "unit"), NOT_FACTS)
def test_no_fact_of_unit(language: str, text: str, unit: str) -> None:
    check_how_many(extract_by_rules(text, language, PUBLISHED), text, unit, 0)


@pytest.mark.parametrize(("language", "text", "unit", "n"), HOW_MANY)
def test_how_many(language: str, text: str, unit: str, n: int) -> None:
    check_how_many(extract_by_rules(text, language, PUBLISHED), text, unit, n)


def test_items_keep_their_parts_apart() -> None:
    text = "Of the 20 projects, 5 are in Hillport, 5 in Greenvale and 10 under construction."
    fives = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.unit == "count" and f.value == 5]
    assert len(fives) == 2, describe(fives, text)


def test_class_items_are_named_by_their_class() -> None:
    text = "今年全市共引进项目88个,其中亿元以上项目30个,10亿元以上5个,5亿元以上5个。"
    fives = [f for f in extract_by_rules(text, "zh-Hans", PUBLISHED) if f.unit == "count" and f.value == 5]
    quotes = [e.quote(text) for f in fives for e in f.evidence]
    assert quotes == ["10亿元以上5个", "5亿元以上5个"], describe(fives, text)
