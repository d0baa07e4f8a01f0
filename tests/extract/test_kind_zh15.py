"""Chinese kinds of round 15 decided by structure (tests/extract/cases_kind_zh15.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh15 import (
    ACQUISITION_ZH15,
    AFTER_CARRIED_OUT_ZH15,
    ANNOUNCED_ZH15,
    ATTRIBUTES_ZH15,
    AVERAGE_ZH15,
    BASES_ZH15,
    BOUGHT_WITH_ZH15,
    CAPACITY_NAME_ZH15,
    CATEGORY_ZH15,
    COST_ITEMS_ZH15,
    EVENT_ZH15,
    EXCEEDED_ZH15,
    GRADES_ZH15,
    JOBS_ZH15,
    OUTSIDE_MONEY_ZH15,
    OWN_MONEY_ZH15,
    PARTS_OF_GROUP_ZH15,
    PLAN_PARTS_ZH15,
    PLANNED_COUNTS_ZH15,
    PROGRESS_ZH15,
    SIGNING_BATCH_ZH15,
    SIGNING_COUNTS_ZH15,
    STAKES_ZH15,
    TIERS_ZH15,
)
from tests.extract.table_support import check_kind_and_investor, describe, find

from app.extract import extract

PUBLISHED = dt.date(2026, 3, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), STAKES_ZH15)
def test_stakes(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), PROGRESS_ZH15)
def test_completed_of_named(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), ACQUISITION_ZH15)
def test_acquisition_price(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), PLANNED_COUNTS_ZH15)
def test_planned_counts(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), COST_ITEMS_ZH15)
def test_cost_items(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), ANNOUNCED_ZH15)
def test_announced_investment(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), AVERAGE_ZH15)
def test_average_and_change(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "kept"), GRADES_ZH15)
def test_technical_grades(language: str, text: str, value: float, kept: bool) -> None:
    facts = extract(text, language, PUBLISHED)
    assert bool(find(facts, value, "percent")) == kept, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), SIGNING_BATCH_ZH15)
def test_signing_batch(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "n"), SIGNING_COUNTS_ZH15)
def test_firms_beside_projects(language: str, text: str, n: int) -> None:
    facts = extract(text, language, PUBLISHED)
    assert len(find(facts, 21, "count")) == n, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CATEGORY_ZH15)
def test_category_of_projects(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), OUTSIDE_MONEY_ZH15)
def test_outside_money(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CAPACITY_NAME_ZH15)
def test_capacity_in_name(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), OWN_MONEY_ZH15)
def test_own_money(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), ATTRIBUTES_ZH15)
def test_attributes_before_de(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), JOBS_ZH15)
def test_spaced_jobs(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), EVENT_ZH15)
def test_event_no_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "found"), PARTS_OF_GROUP_ZH15)
def test_part_of_group(language: str, text: str, value: float, found: bool) -> None:
    facts = extract(text, language, PUBLISHED)
    assert bool(find(facts, value, "count")) == found, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), BOUGHT_WITH_ZH15)
def test_bought_with(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), PLAN_PARTS_ZH15)
def test_plan_parts(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "counted"), TIERS_ZH15)
def test_tiers(language: str, text: str, value: float, counted: bool) -> None:
    facts = extract(text, language, PUBLISHED)
    unit = "count" if value < 1000 else "CNY"
    assert bool(find(facts, value, unit)) == counted, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "counted"), BASES_ZH15)
def test_bases_counted(language: str, text: str, value: float, counted: bool) -> None:
    facts = extract(text, language, PUBLISHED)
    assert bool(find(facts, value, "count")) == counted, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), EXCEEDED_ZH15)
def test_goal_exceeded(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), AFTER_CARRIED_OUT_ZH15)
def test_after_carried_out(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract(text, language, PUBLISHED), text, value, unit, kind, investor)
