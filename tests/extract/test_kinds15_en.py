"""Table-driven tests of round 15's English kinds (cases in tests/extract/cases_kinds15_en.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kinds15_en import (
    ALLOTTED_AFTER_ADVERB,
    FOR_SUBJECT_TO,
    INTRODUCED,
    ITEMS_OF_PROJECTS,
    JOB_FORMS,
    OWN_SENTENCE_PERIOD,
    PHASE_ROWS,
    SENTENCE_ADVERB,
    SUMMED,
    SUPPORTING_WORKS,
    TOTAL_OF_PROJECT,
    YIELD_AFTER,
)
from tests.extract.table_support import check_how_many, check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"),
                         INTRODUCED + SUMMED + PHASE_ROWS + OWN_SENTENCE_PERIOD + ALLOTTED_AFTER_ADVERB
                         + FOR_SUBJECT_TO + YIELD_AFTER + SENTENCE_ADVERB + TOTAL_OF_PROJECT + SUPPORTING_WORKS)
def test_kind_and_investor(language: str, text: str, value: float, unit: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("language", "text", "value"), ITEMS_OF_PROJECTS)
def test_items_of_projects(language: str, text: str, value: float | None) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    if value is None:
        check_how_many(facts, text, "count", 0)
    else:
        assert find(facts, value, "count"), describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), JOB_FORMS)
def test_job_forms(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "count")
    assert found and found[0].kind.value == kind, describe(found, text)
