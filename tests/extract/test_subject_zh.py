"""Table cases of the structural decision for Chinese amounts (tests/extract/cases_subject_zh.py, round 10's
cases_subject_zh10.py and cases_subject_en10.py (English investors), and round 8's
tests/extract/cases_listed_zh.py: projects listed by amount and company, owners named before a cue or inside a
project's name, products and clauses that are no investor, results told with 成功 or a period gone by): a company
subject's amount tied to one project is that project's, whatever the plan word; a place's plan stays a target,
an aggregate an indicator; words that name no company (此次, 控股公司) are never the investor."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_listed_zh import FIELDS as LISTED_FIELDS
from tests.extract.cases_listed_zh import NUMERIC as LISTED_NUMERIC
from tests.extract.cases_subject_en10 import FIELDS as EN10_FIELDS
from tests.extract.cases_subject_en10 import NUMERIC as EN10_NUMERIC
from tests.extract.cases_subject_zh import STRUCT_FIELDS, STRUCT_NUMERIC
from tests.extract.cases_subject_zh10 import FIELDS as ZH10_FIELDS
from tests.extract.cases_subject_zh10 import NUMERIC as ZH10_NUMERIC
from tests.extract.table_support import check_kind, check_money_field, extract_by_rules

from app.extract.subject_zh import clause_subject, not_a_name, tidy_investor
from app.extract.textprep import match_form
from app.extract.zh_investor_words import not_an_investor

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"),
                         STRUCT_NUMERIC + LISTED_NUMERIC + ZH10_NUMERIC + EN10_NUMERIC)
def test_structural_kind(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"),
                         STRUCT_FIELDS + LISTED_FIELDS + ZH10_FIELDS + EN10_FIELDS)
def test_structural_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract_by_rules(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("clause", "who"), [
    ("公司全资子公司远帆动力拟在宜宾投资", "company"),
    ("远帆锂能率先在宜宾投资建设", "company"),
    ("江西远帆新材料有限公司拟投资", "company"),
    ("宜宾市政府与远帆新材料有限公司签署", "company"),  # a government signing with a company
    ("宜宾市计划投资", "place"),
    ("全市计划投资", "place"),
    ("该市计划投资", "place"),
    ("宜宾新能源产业计划投资", "other"),  # a place's industry, not a company
    ("项目总投资", "none"),
    ("预计投资额合计为", "none"),
    ("在宜宾高新区投资建设", "none"),  # a place after 在 is where, not who
])
def test_clause_subject(clause: str, who: str) -> None:
    form = match_form(clause)
    assert clause_subject(form, 0, len(form))[0] == who


@pytest.mark.parametrize(("name", "none"), [
    ("此次", True), ("本次", True), ("控股公司", True), ("该公司", True), ("首期", True), ("投资", True),
    ("", True), (None, True), ("远帆锂能", False), ("江西远帆新材料有限公司", False),
])
def test_words_that_name_no_investor(name: str | None, none: bool) -> None:
    assert not_an_investor(name) is none


@pytest.mark.parametrize(("name", "junk"), [
    ("宣布", True), ("进一步扩大公司", True), ("進一步擴大公司", True), ("正式", True), ("5GW", True),
    ("20万吨", True), ("股份公司", True), ("股份有限公司", True), ("有限公司", True), ("这批签约的三个", True),
    ("這次開工的六個", True), ("远帆锂能", False), ("和泰科技", False), ("同创股份", False), ("为民科技", False),
    ("晨曦科技股份有限公司", False), ("当日签约的远帆科技", False), ("華拓股份公司", False), ("华拓5GW", False),
])
def test_names_by_shape(name: str, junk: bool) -> None:
    assert not_a_name(name) is junk


@pytest.mark.parametrize(("clause", "who"), [
    ("刚刚落户江州的远帆新材料集团", "company"),  # a company described before its name
    ("作为行业领先的晨曦科技股份有限公司", "company"),
    ("正式与江州市政府签署合作协议", "none"),  # an adverb is no company
    ("宣布将投资", "none"),
])
def test_described_subject(clause: str, who: str) -> None:
    form = match_form(clause)
    assert clause_subject(form, 0, len(form))[0] == who


@pytest.mark.parametrize(("name", "junk"), [
    ("Mini LED背光/直显", True), ("Micro OLED模组", True), ("1GWh高性能电芯", True), ("背光/直显模组", True),
    ("双方拟签署《项目投资协议书", True), ("雙方擬簽署《項目投資協議書", True), ("TCL华星", False), ("远帆锂能", False),
    ("SK海力士", False),
])
def test_products_and_clauses_are_no_name(name: str, junk: bool) -> None:
    assert not_a_name(name) is junk


@pytest.mark.parametrize(("name", "tidy"), [
    ("衡川Mini LED背光", "衡川"), ("远帆1GWh", "远帆"), ("江州ABC新材料有限公司", "江州ABC新材料有限公司"),
    ("TCL华星", "TCL华星"), ("華(huá)源智能", "華(huá)源智能"),
])
def test_a_product_after_a_brand_is_cut(name: str, tidy: str) -> None:
    assert tidy_investor(name) == tidy


@pytest.mark.parametrize(("name", "tidy"), [
    ("江州市建华区政府四赴远帆集团", "远帆集团"), ("建华区政府负责人与远帆集团", "远帆集团"),
    ("建華區政府負責人與遠帆集團", "遠帆集團"), ("又与江州省远帆汽车集团", "江州省远帆汽车集团"),
    ("还和远帆集团", "远帆集团"),
    # near misses: a company of the government's (政府投资公司), a name opening with 又, a company before 与
    ("江州市政府投资公司", "江州市政府投资公司"), ("又一城集团", "又一城集团"), ("远帆集团", "远帆集团"),
    ("江州市远帆集团", "江州市远帆集团"),
])
def test_a_host_government_or_an_adverb_before_the_company_is_cut(name: str, tidy: str) -> None:
    assert tidy_investor(name) == tidy
