"""Round 15's investors of Chinese project facts, by structure (made-up sentences, Simplified and Traditional):

- a single-character copula (系, 属) inside a compound word (系统, 系列, 金属, 下属) is no copula: the clause before a
  total ("X项目,项目投资估算总值为N") is not cut there, so that the project's name is whole (`zh_one_project`);
- when that clause is a clause and not a name (a company, its short name in brackets, plan words, a verb of
  carrying out, then the project: "X股份有限公司(X)拟实施Y项目"), its subject is the investor and the project is
  what follows the verb; a place as the subject, or another word between the company and the verb, leave it;
- a word that names no one is never the investor (`names_zh`): the back-reference 上述/前述 ("上述项目…计划投资N",
  like 该/此) and the money spent ("使用自有资金投资N": a phrase ending with 资金) give way to the company the
  sentence, or the sentence before, is about; a company named …资本 stays a name, and a back-reference to a
  government's project gives no investor; nor does a reporter's verb of visiting (走进, 来到) opening a clause;
- measures coordinated with the amount by 、 before a 的 ("总投资N、占地M亩(、年产K吨)的X项目") all describe the
  project after the 的, whose name gives the investor (`projects`), not the clause before the amount; a comma of
  the text (投资N,建设年产M吨的X基地) ends the clause and leaves the amount to its own subject;
- a place (or its government) that signs with a party for the amount ("江州与X团体签订了投资总额达N的合作协议")
  has that party as the investor, named by its position even without a legal suffix (`settle_zh.place_signs_with`);
  two places signing name no investor, and a company signing first stays the investor.

English has no copula inside a word; its project clauses are read in company_en/projects_en."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

_CARRIED_OUT = ("江州控股有限公司下属星河电气股份有限公司(星河电气)拟实施储能系统及关键部件制造基地项目,"
                "项目投资估算总值为人民币8亿元。")
_HANT_CARRIED_OUT = ("江州控股有限公司下屬星河電氣股份有限公司(星河電氣)擬實施儲能系統及關鍵部件製造基地項目,"
                     "項目投資估算總值為人民幣8億元。")
_PLAIN_CARRIED_OUT = "星河电气股份有限公司拟实施江州储能系统制造基地项目,项目投资估算总值为人民币8亿元。"
_PLACE_CARRIES_OUT = "江州市拟实施储能系统及关键部件制造基地项目,项目投资估算总值为人民币8亿元。"
_HANT_PLACE_CARRIES_OUT = "江州市擬實施儲能系統及關鍵部件製造基地項目,項目投資估算總值為人民幣8億元。"
# a real copula still splits: the class after 系 names no project, the name before it does
_COPULA = "远帆储能项目系省重大项目,总投资6亿元。"
_HANT_COPULA = "遠帆儲能項目系省重大項目,總投資6億元。"

_ABOVE = ("星河锂电股份有限公司与江州市签署协议,在江州经开区投资建设锂电池生产基地项目。"
          "上述项目分三期建设,其中一期建设储能电池生产基地,计划投资金额不超过20亿元。")
_HANT_ABOVE = ("星河鋰電股份有限公司與江州市簽署協議,在江州經開區投資建設鋰電池生產基地項目。"
               "上述項目分三期建設,其中一期建設儲能電池生產基地,計劃投資金額不超過20億元。")
_OWN_FUNDS = "远帆集团今日披露,拟在江州市工业园,使用自有资金投资1.8亿元建设饲料产业园项目。"
_HANT_OWN_FUNDS = "遠帆集團今日披露,擬在江州市工業園,使用自有資金投資1.8億元建設飼料產業園項目。"
_CAPITAL_NAMED = "星河资本投资2亿元建设江州物流园项目。"
_HANT_CAPITAL_NAMED = "星河資本投資2億元建設江州物流園項目。"

_COORDINATED = "走进江州新材料产业园,总投资20亿元、占地180亩的远帆年产2万吨永磁材料项目正在建设中。"
_HANT_COORDINATED = "走進江州新材料產業園,總投資20億元、占地180畝的遠帆年產2萬噸永磁材料項目正在建設中。"
_TWO_COORDINATED = "来到江州工业园,投资8亿元、占地120亩、年产5万吨的星河新材料项目已经投产。"
# a comma between the amount and another attribute of the same project lists attributes as 、 does (zh15)
_COMMA_COORDINATED = "走进江州新材料产业园,总投资20亿元,占地180亩的远帆年产2万吨永磁材料项目正在建设中。"
_OWN_CLAUSE_AFTER = "星河乳业将在江州投资约15亿元,建设日处理生鲜乳4000吨、年产150万吨的乳制品加工基地。"

_PLACE_SIGNS = "洽谈会期间,江州与新加坡远帆国际团体签订了投资总额达68亿元的合作协议,涉及粮油加工等行业。"
_HANT_PLACE_SIGNS = "洽談會期間,江州與新加坡遠帆國際團體簽訂了投資總額達68億元的合作協議,涉及糧油加工等行業。"
_PLACES_SIGN = "洽谈会期间,江州市与远山县签订了总投资5亿元的合作协议。"
_COMPANY_SIGNS_FIRST = "洽谈会期间,星河集团与远帆团体签订了投资总额达8亿元的合作协议。"

_WHOLLY_SET_UP = "星河集团拟通过其全资子公司在江州开发区全资设立一家公司,注册资本为50亿元。"
_HANT_WHOLLY_SET_UP = "星河集團擬通過其全資子公司在江州開發區全資設立一家公司,註冊資本為50億元。"
_JOINTLY_SET_UP = "星河集团与远帆公司拟在江州合资设立一家公司,注册资本为50亿元。"
_SET_UP = "星河集团拟在江州设立一家公司,注册资本为5亿元。"

INVESTORS: list[tuple[str, str, float, str, str]] = [
    (HANS, _WHOLLY_SET_UP, 50e8, "CNY", "星河集团"),
    (HANT, _HANT_WHOLLY_SET_UP, 50e8, "CNY", "星河集團"),
    (HANS, _JOINTLY_SET_UP, 50e8, "CNY", ""),
    (HANS, _SET_UP, 5e8, "CNY", ""),
    (HANS, _PLACE_SIGNS, 68e8, "CNY", "新加坡远帆国际团体"),
    (HANT, _HANT_PLACE_SIGNS, 68e8, "CNY", "新加坡遠帆國際團體"),
    (HANS, _PLACES_SIGN, 5e8, "CNY", ""),
    (HANS, _COMPANY_SIGNS_FIRST, 8e8, "CNY", "星河集团"),
    (HANS, _COORDINATED, 20e8, "CNY", "远帆"),
    (HANT, _HANT_COORDINATED, 20e8, "CNY", "遠帆"),
    (HANS, _TWO_COORDINATED, 8e8, "CNY", "星河"),
    (HANS, _COMMA_COORDINATED, 20e8, "CNY", "远帆"),
    (HANS, _OWN_CLAUSE_AFTER, 15e8, "CNY", "星河乳业"),
    (HANS, _ABOVE, 20e8, "CNY", "星河锂电股份有限公司"),
    (HANT, _HANT_ABOVE, 20e8, "CNY", "星河鋰電股份有限公司"),
    (HANS, _OWN_FUNDS, 1.8e8, "CNY", "远帆集团"),
    (HANT, _HANT_OWN_FUNDS, 1.8e8, "CNY", "遠帆集團"),
    (HANS, _CAPITAL_NAMED, 2e8, "CNY", "星河资本"),
    (HANT, _HANT_CAPITAL_NAMED, 2e8, "CNY", "星河資本"),
    (HANS, _CARRIED_OUT, 8e8, "CNY", "星河电气股份有限公司"),
    (HANT, _HANT_CARRIED_OUT, 8e8, "CNY", "星河電氣股份有限公司"),
    (HANS, _PLAIN_CARRIED_OUT, 8e8, "CNY", "星河电气股份有限公司"),
    (HANS, _PLACE_CARRIES_OUT, 8e8, "CNY", ""),
    (HANT, _HANT_PLACE_CARRIES_OUT, 8e8, "CNY", ""),
    (HANS, _COPULA, 6e8, "CNY", "远帆"),
    (HANT, _HANT_COPULA, 6e8, "CNY", "遠帆"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "expected"), INVESTORS)
def test_investor(language: str, text: str, value: float, unit: str, expected: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, "project", expected)


def test_government_referred_names_none() -> None:
    text = "江州市政府在经开区建设锂电池产业园。上述项目计划投资金额不超过20亿元。"
    found = find(extract_by_rules(text, HANS, PUBLISHED), 20e8, "CNY")
    assert found and not found[0].fields.get("investor"), describe(found, text)


# the project's name is whole: a compound with 系 or 属 in it does not cut it
WHOLE_NAMES: list[tuple[str, str, float, str]] = [
    (HANS, "工业方面,江州区远帆储能系统制造基地项目,总投资5亿元。", 5e8, "江州区远帆储能系统制造基地项目"),
    (HANT, "工業方面,江州區遠帆儲能系統製造基地項目,總投資5億元。", 5e8, "江州區遠帆儲能系統製造基地項目"),
    (HANS, "农业方面,远山县果蔬饮品系列产品生产项目,总投资3亿元。", 3e8, "远山县果蔬饮品系列产品生产项目"),
]


@pytest.mark.parametrize(("language", "text", "value", "quoted"), WHOLE_NAMES)
def test_whole_name(language: str, text: str, value: float, quoted: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "CNY")
    assert found, describe(facts, text)
    assert quoted in found[0].evidence[0].quote(text), describe(found, text)
