"""Table cases of English kinds by structure (tests/extract/cases_kinds_en.py): conversions, a company's single
project, expected output once built, jobs to be created — with the negative cases that keep a place's plan a target
and its achieved totals indicators."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract import cases_kinds_en11
from tests.extract.cases_kinds_en import FIELDS, HOW_MANY, NO_FACT, NOT_COUNTED, NUMERIC, ONE_FACT
from tests.extract.table_support import check_kind, check_money_field, extract_by_rules
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import find as _find

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "value", "unit", "converted", "converted_unit"), ONE_FACT)
def test_a_conversion_is_never_a_fact(text: str, value: float, unit: str, converted: float,
                                      converted_unit: str) -> None:
    facts = extract_by_rules(text, "en", PUBLISHED)
    found = _find(facts, value, unit)
    assert len(found) == 1, _describe(facts, text)
    assert "(" not in (found[0].value_text or ""), found[0].value_text  # the amount as written, without its conversion
    assert not _find(facts, converted, converted_unit), _describe(facts, text)


@pytest.mark.parametrize(("text", "unit", "n"), HOW_MANY)
def test_how_many_facts_of_the_unit(text: str, unit: str, n: int) -> None:
    facts = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.unit == unit]
    assert len(facts) == n, _describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"),
                         NUMERIC + cases_kinds_en11.NUMERIC)  # (round 11's cases: test_kinds_en11.py)
def test_english_kind_by_structure(language: str, text: str, value: float, unit: str, kind: str,
                                   comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS + cases_kinds_en11.FIELDS)
def test_english_project_field(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract_by_rules(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("text", "value"), NOT_COUNTED)
def test_not_counted(text: str, value: float) -> None:
    facts = extract_by_rules(text, "en", PUBLISHED)
    assert not _find(facts, value, "count"), _describe(facts, text)


@pytest.mark.parametrize(("text", "unit"), NO_FACT)
def test_no_fact_of_the_unit(text: str, unit: str) -> None:
    facts = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


def test_list_items_of_equal_amounts_are_two_facts() -> None:
    """Two bulleted items allotting the same sum to different things are two project facts, each with what it
    pays for."""
    text = ("Velmora Co. Ltd. will spend 600 million yuan on new projects:\n"
            "  • 150 million yuan will fund a paint line in Hefei\n"
            "  • 150 million yuan will go toward the development of coatings\n")
    found = _find(extract_by_rules(text, "en", PUBLISHED), 150e6, "CNY")
    assert [f.kind.value for f in found] == ["project", "project"], _describe(found, text)
    assert {f.fields.get("project") for f in found} == {"paint line", "development of coatings"}


def test_equal_amounts_of_two_bulleted_items_of_a_plan_are_two_facts() -> None:
    """A place's plan listing two items of the same sum: two targets; the sum said again outside the list is one."""
    text = ("The county's plan for next year:\n  • 150 million yuan will go to new schools\n"
            "  • 150 million yuan will go to hospitals\n  • 90 million yuan will be spent on parks\n")
    found = _find(extract_by_rules(text, "en", PUBLISHED), 150e6, "CNY")
    assert [f.kind.value for f in found] == ["target", "target"], _describe(found, text)
    again = ("The county's plan for next year:\n  • 150 million yuan will go to new schools\n"
             "Of that, 150 million yuan will go to schools in the north.")
    assert len(_find(extract_by_rules(again, "en", PUBLISHED), 150e6, "CNY")) == 1
