"""Table-driven tests of the counts4 and counts5 rules (cases in tests/extract/cases_counts.py), of round 8's rules
for which Chinese facts exist (tests/extract/cases_zh_counts.py) and of round 10's counts (cases_counts10.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_counts import COUNTS_COMPARATOR, COUNTS_FOUND, COUNTS_HOW_MANY, COUNTS_NOT_FACTS
from tests.extract.cases_counts10 import FOUND as COUNTS10_FOUND
from tests.extract.cases_counts10 import HOW_MANY as COUNTS10_HOW_MANY
from tests.extract.cases_counts10 import NOT_FACTS as COUNTS10_NOT_FACTS
from tests.extract.cases_zh_counts import ZH_FOUND, ZH_HOW_MANY, ZH_NOT_FACTS
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import extract_by_rules
from tests.extract.table_support import find as _find

from app.domain.schema import Kind

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "value", "unit"), COUNTS_FOUND + ZH_FOUND + COUNTS10_FOUND)
def test_count_rule_finds(language: str, text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = _find(facts, value, unit)
    assert found, f"no {value} {unit} in: {_describe(facts, text)}"
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "unit"), COUNTS_NOT_FACTS + ZH_NOT_FACTS + COUNTS10_NOT_FACTS)
def test_count_rule_not_a_fact(language: str, text: str, unit: str) -> None:
    facts = [f for f in extract_by_rules(text, language, PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "n"), COUNTS_HOW_MANY + ZH_HOW_MANY + COUNTS10_HOW_MANY)
def test_count_rule_how_many(language: str, text: str, unit: str, n: int) -> None:
    facts = [f for f in extract_by_rules(text, language, PUBLISHED) if f.unit == unit]
    assert len(facts) == n, _describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "comparator"), COUNTS_COMPARATOR)
def test_count_rule_comparator(language: str, text: str, value: float, comparator: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = [f for f in _find(facts, value, "CNY") + _find(facts, value, "count") if f.kind != Kind.PROJECT]
    assert found, _describe(facts, text)
    assert found[0].fields.get("comparator") == comparator, _describe(found, text)


def test_list_items_keep_their_names() -> None:
    text = "新开工项目20个,其中,东区3个,西区3个。"
    items = [f for f in extract_by_rules(text, "zh-Hans", PUBLISHED) if f.unit == "count" and f.value == 3]
    assert sorted(f.fields.get("indicator") or "" for f in items) == ["东区", "西区"]
    assert [e.quote(text) for f in items for e in f.evidence] == ["东区3个", "西区3个"]
