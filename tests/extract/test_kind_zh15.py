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
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2026, 3, 20)


# each table of made-up cases checks a fact's kind and investor; the test's id names the mechanism
KIND_AND_INVESTOR_TABLES = {
    "stakes": STAKES_ZH15,
    "completed_of_named": PROGRESS_ZH15,
    "acquisition_price": ACQUISITION_ZH15,
    "planned_counts": PLANNED_COUNTS_ZH15,
    "cost_items": COST_ITEMS_ZH15,
    "announced_investment": ANNOUNCED_ZH15,
    "average_and_change": AVERAGE_ZH15,
    "signing_batch": SIGNING_BATCH_ZH15,
    "category_of_projects": CATEGORY_ZH15,
    "outside_money": OUTSIDE_MONEY_ZH15,
    "capacity_in_name": CAPACITY_NAME_ZH15,
    "own_money": OWN_MONEY_ZH15,
    "attributes_before_de": ATTRIBUTES_ZH15,
    "spaced_jobs": JOBS_ZH15,
    "event_no_investor": EVENT_ZH15,
    "bought_with": BOUGHT_WITH_ZH15,
    "plan_parts": PLAN_PARTS_ZH15,
    "goal_exceeded": EXCEEDED_ZH15,
    "after_carried_out": AFTER_CARRIED_OUT_ZH15,
}


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "kind", "investor"),
    [pytest.param(*case, id=f"{name}-{i}") for name, table in KIND_AND_INVESTOR_TABLES.items()
     for i, case in enumerate(table)],
)
def test_kind_and_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value", "kept"), GRADES_ZH15)
def test_technical_grades(language: str, text: str, value: float, kept: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, "percent")) == kept, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "n"), SIGNING_COUNTS_ZH15)
def test_firms_beside_projects(language: str, text: str, n: int) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert len(find(facts, 21, "count")) == n, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "found"), PARTS_OF_GROUP_ZH15)
def test_part_of_group(language: str, text: str, value: float, found: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, "count")) == found, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "counted"), TIERS_ZH15)
def test_tiers(language: str, text: str, value: float, counted: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    unit = "count" if value < 1000 else "CNY"
    assert bool(find(facts, value, unit)) == counted, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "counted"), BASES_ZH15)
def test_bases_counted(language: str, text: str, value: float, counted: bool) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert bool(find(facts, value, "count")) == counted, describe(facts, text)
