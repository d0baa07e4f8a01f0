"""Chinese kinds of round 12 decided by structure (tests/extract/cases_kind_zh12.py): a company's stake bought or held
is its project, the sources of a project's money are its parts, a month-dated cut-off is no horizon."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kind_zh12 import BATCH_TOTAL, INVESTOR_ZH12, KIND_ZH12
from tests.extract.table_support import check_kind, describe, extract_by_rules, find

from app.extract.textprep import match_form
from app.extract.zh_batches import batch_total

PUBLISHED = dt.date(2024, 10, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), KIND_ZH12)
def test_kind_zh12(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "unit", "investor"), INVESTOR_ZH12)
def test_stake_investor(language: str, text: str, value: float, unit: str, investor: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found and found[0].fields.get("investor") == investor, describe(facts, text)


@pytest.mark.parametrize(("text", "amount", "expected"), BATCH_TOTAL)
def test_batch_total(text: str, amount: str, expected: bool) -> None:
    form = match_form(text)
    at = form.index(match_form(amount))
    sentence = max(form.rfind(c, 0, at) for c in "。!?;\n") + 1
    assert batch_total(form, at, sentence) is expected
