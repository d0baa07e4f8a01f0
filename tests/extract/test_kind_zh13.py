"""Chinese kinds of round 13 decided by structure (tests/extract/cases_kind_zh13.py): cues read through inline pinyin,
a count of projects told as what they will do, the total of such a batch."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh13 import (
    BUILT_BY_ZH13,
    FACTORY_ZH13,
    KIND_ZH13,
    LAND_ZH13,
    NAME_GUESS_ZH13,
    ORG_BEFORE_ZH13,
    PARKS_ZH13,
    PROJECT_LABELS_ZH13,
    SIGNED_ZH13,
)
from tests.extract.table_support import check_kind, describe, extract_by_rules, find

from app.extract.orgs import zh_investor_from_name, zh_org_before
from app.extract.pinyin_zh import plain_view, to_form
from app.extract.textprep import match_form

PUBLISHED = dt.date(2026, 3, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), KIND_ZH13)
def test_kind_zh13(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("form", "word", "readings"), [
    ("計(jì)劃(huà)投資50億元", "計劃投資", True),
    ("计(jì)划(huà)开(kāi)工", "计划开工", True),
    ("公司(abc)计划投资", "公司(abc)计划投资", False),  # no toned reading: a bracketed word stays
    ("甲(jiǎ)公(gōng)司(abc)", "甲公司(abc)", True),  # an untoned bracket is no reading even among readings
])
def test_plain_view_maps_back(form: str, word: str, readings: bool) -> None:
    view = plain_view(form)
    assert (view.where is not None) is readings
    at = view.text.find(word)
    assert at >= 0
    if view.where is not None:
        lo, hi = to_form(view.where, at, at + len(word))
        assert form[lo] == word[0] and form[hi - 1] == word[-1]


@pytest.mark.parametrize(("language", "text", "value", "kind"), FACTORY_ZH13)
def test_factory_counted(language: str, text: str, value: int, kind: str | None) -> None:
    counts = find(extract_by_rules(text, language, PUBLISHED), value, "count")
    if kind is None:
        assert not counts, describe(counts, text)
    else:
        assert counts and counts[0].kind.value == kind, describe(counts, text)


@pytest.mark.parametrize(("language", "text", "value", "kind", "investor"), PROJECT_LABELS_ZH13)
def test_project_labels(language: str, text: str, value: float, kind: str, investor: str | None) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)
    assert found[0].fields.get("investor") == investor, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind", "investor"), SIGNED_ZH13)
def test_signed_amount(language: str, text: str, value: float, kind: str, investor: str | None) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)
    assert found[0].fields.get("investor") == investor, describe(found, text)


@pytest.mark.parametrize(("clause", "name"), ORG_BEFORE_ZH13)
def test_org_before_glue(clause: str, name: str) -> None:
    form = match_form(clause)
    found = zh_org_before(form)
    assert found is not None and form[found[0] : found[1]] == name


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind"), LAND_ZH13)
def test_land_price(language: str, text: str, value: float, unit: str, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, unit)
    assert found and found[0].kind.value == kind, describe(found, text)
    assert not found[0].fields.get("investor"), describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "counted"), PARKS_ZH13)
def test_parks_not_counted(language: str, text: str, value: int, counted: bool) -> None:
    counts = find(extract_by_rules(text, language, PUBLISHED), value, "count")
    assert bool(counts) is counted, describe(counts, text)


@pytest.mark.parametrize(("name", "investor"), NAME_GUESS_ZH13)
def test_name_guess(name: str, investor: str | None) -> None:
    assert zh_investor_from_name(match_form(name)) == investor


@pytest.mark.parametrize(("language", "text", "value", "kind", "investor"), BUILT_BY_ZH13)
def test_built_by_next(language: str, text: str, value: float, kind: str, investor: str | None) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)
    if investor is not None and investor.startswith("!"):
        assert found[0].fields.get("investor") != investor[1:], describe(found, text)
    else:
        assert found[0].fields.get("investor") == investor, describe(found, text)
