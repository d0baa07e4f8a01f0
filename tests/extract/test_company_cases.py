"""Table cases of one company's investment in one project (tests/extract/cases_company.py): kind and
investor, with the negative cases (annual plans, aggregates) that must not become projects."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_company import COMPANY_FIELDS, COMPANY_NUMERIC, PINYIN, RULES5_FIELDS, RULES5_NUMERIC
from tests.extract.table_support import check_kind, check_money_field, extract_by_rules
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import find as _find

from app.domain.schema import Kind
from app.extract.company_zh import known_names
from app.extract.textprep import match_form
from app.ingest import clean_text

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"),
                         COMPANY_NUMERIC + RULES5_NUMERIC)
def test_company_fact_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), COMPANY_FIELDS + RULES5_FIELDS)
def test_company_fact_field(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract_by_rules(text, language, PUBLISHED), text, value, field, expected)


def test_company_named_with_inline_pinyin() -> None:
    """The display text (pinyin cleaned on import) gives the company as investor of the project that 該項目
    refers to; a name still written with pinyin is known as written."""
    text, _ = clean_text(PINYIN)
    found = _find(extract_by_rules(text, "zh-Hant", PUBLISHED), 12e8, "CNY")
    assert found and found[0].kind == Kind.PROJECT, _describe(found, text)
    assert found[0].fields.get("investor") == "華源智能"
    assert [name for _, name in known_names(match_form(PINYIN))] == ["华(huá)源智能"]


def test_completed_investment_equal_to_the_total_is_its_own_fact() -> None:
    """"总投资29亿元,已完成投资29亿元": the total and the completed investment are two project facts (not a
    restatement merged into one), both with the company as investor."""
    text = "宏远硅业有限公司年产5000吨多晶硅项目总投资29亿元,已完成投资29亿元,目前进入调试阶段。"
    found = _find(extract_by_rules(text, "zh-Hans", PUBLISHED), 29e8, "CNY")
    assert [(f.kind, f.fields.get("investor")) for f in found] == [(Kind.PROJECT, "宏远硅业有限公司")] * 2, \
        _describe(found, text)


def test_a_company_ceiling_restated_in_its_disclosure_table_is_one_project_fact() -> None:
    text = ("远航股份:关于投资建设铜箔生产基地的公告\n"
            "远航股份发布公告称,拟在九江建设高端铜箔生产基地,总投资不超过45亿元。\n具体投资项目情况:\n"
            "1、项目名称:高端铜箔生产基地项目\n2、项目投资总额及资金来源:不超过人民币 45亿元,资金来源为企业自筹。")
    found = _find(extract_by_rules(text, "zh-Hans", PUBLISHED), 45e8, "CNY")
    assert len(found) == 1 and found[0].kind == Kind.PROJECT, _describe(found, text)
    assert found[0].fields.get("investor") == "远航股份" and len(found[0].evidence) == 2
