"""Chinese kinds of round 14 decided by structure (tests/extract/cases_kind_zh14.py): projects a place promotes or
releases to investors."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh14 import (
    BARE_PROJECT_ZH14,
    GOAL_AFTER_ZH14,
    PLAN_TITLE_ZH14,
    PROGRESS_ZH14,
    PROMOTED_ZH14,
    STAKE_OPENER_ZH14,
)
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2026, 3, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind"), PROMOTED_ZH14)
def test_promoted_projects(language: str, text: str, value: float, unit: str, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, unit)
    assert found and found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), PROGRESS_ZH14)
def test_project_progress(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)
    if kind == "project":
        assert not found[0].fields.get("investor"), describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), PLAN_TITLE_ZH14)
def test_plan_title_counts(language: str, text: str, value: int, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "count")
    assert found and found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), BARE_PROJECT_ZH14)
def test_bare_project_total(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind", "investor"), STAKE_OPENER_ZH14)
def test_stake_bought_by_opener(language: str, text: str, value: float, kind: str, investor: str | None) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "percent")
    assert found and found[0].kind.value == kind, describe(found, text)
    assert found[0].fields.get("investor") == investor, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), GOAL_AFTER_ZH14)
def test_goal_after_percentage(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "percent")
    assert found and found[0].kind.value == kind, describe(found, text)
