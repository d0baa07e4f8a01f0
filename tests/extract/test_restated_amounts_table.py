"""Table-driven tests of the misses6 rules (cases in tests/extract/cases_restated_amounts.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_restated_amounts import FOUND, HOW_MANY, NOT_FOUND
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 7, 1)


@pytest.mark.parametrize(("language", "text", "unit", "value", "n"), HOW_MANY)
def test_how_many_facts_of_the_value(language: str, text: str, unit: str, value: float, n: int) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert len(find(facts, value, unit)) == n, describe(facts, text)


@pytest.mark.parametrize(("language", "text", "unit", "value"), FOUND)
def test_value_found(language: str, text: str, unit: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, describe(facts, text)
    assert found[0].evidence and found[0].value_text


@pytest.mark.parametrize(("language", "text", "value"), NOT_FOUND)
def test_value_not_found(language: str, text: str, value: float) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    assert not [f for f in facts if f.value is not None and abs(float(f.value) - value) < 1e-6], describe(facts, text)


def test_restated_amount_keeps_the_statement_that_names_the_project() -> None:
    text = ("临川新区计划投资126.37亿元建设正极材料基地。根据协议,星河材料股份有限公司计划在临川新区完成投资"
            "126.37亿元,建设正极材料基地项目。")
    facts = find(extract_by_rules(text, "zh-Hans", PUBLISHED), 126.37e8, "CNY")
    assert len(facts) == 1 and len(facts[0].evidence) == 2, describe(facts, text)


_MERGED_ACROSS_KINDS = [
    (t[0], t[1]) for t in HOW_MANY + FOUND
] + [
    ("zh-Hans", "公告显示,天衡电池拟在江州投资建设储能电池项目,项目总投资不超过人民币60亿元。\n"
                "投资总额:不超过60亿元。\n天衡电池表示,该项目符合公司战略。"),
    ("en", "Orrin Cells will spend up to 4.25 billion yuan on a cell plant. The total investment of the plant, "
           "up to 4.25 billion yuan, will come from its own funds."),
]


@pytest.mark.parametrize(("language", "text"), _MERGED_ACROSS_KINDS)
def test_merged_facts_keep_the_fields_of_their_kind(language: str, text: str) -> None:
    """A statement merged into a fact of another kind leaves no field of its own kind behind (a project has
    no indicator label, a figure no investor)."""
    for f in extract_by_rules(text, language, PUBLISHED):
        if f.kind.value == "project":
            assert "indicator" not in f.fields, describe([f], text)
        elif f.kind.value in ("target", "indicator"):
            assert "investor" not in f.fields, describe([f], text)
