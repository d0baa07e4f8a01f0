"""Round 17's investors of Chinese project facts, by structure (made-up sentences, Simplified and Traditional):

- an adverb of time before a plan word (原计划, 原定, 曾拟, 此前计划) belongs to the plan, not to the name before it
  (`projects._ZH_BRAND_INVESTS`): "X原计划投资N" is X's, and a clause that opens with the plan (原计划投资N) names
  no one by those words (`projects._ZH_NOT_BRAND`: a "brand" ending with a plan word is none);
- a clause opening with a verb of process (经过, 历经, 经历) is no name (`names_zh.CLAUSE_OPENING`): "该公司经过多次
  考察,决定…投资" is the company the back-reference stands for; a company whose name merely opens with such
  characters and carries its legal form keeps its name.

English rules are en17's."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_investor, describe, extract_by_rules, find

from app.extract.names_zh import not_a_name

PUBLISHED = dt.date(2024, 5, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

_PLANNED = "远帆集团原计划投资70亿元建设碳化硅器件制造项目。"
_HANT_PLANNED = "遠帆集團原計劃投資70億元建設碳化矽器件製造項目。"
_ONCE = "远帆集团曾拟投资12亿元建设江州储能电池基地。"
_HANT_ONCE = "遠帆集團曾擬投資12億元建設江州儲能電池基地。"
_PLAN_OPENS = "公告显示,双方签订框架协议后,原计划投资70亿元建设碳化硅器件制造项目。"
_HANT_PLAN_OPENS = "公告顯示,雙方簽訂框架協議後,原計劃投資70億元建設碳化矽器件製造項目。"
# near-misses: no adverb before the plan; a name that holds 原 not before a plan word
_PLAIN_PLAN = "远帆集团计划投资70亿元建设碳化硅器件制造项目。"
_NAME_WITH_YUAN = "远帆原野拟投资6亿元建设江州有机食品加工厂。"

_PROCESS = ("据了解,星河股份有限公司是一家农业产业化龙头企业。"
            "该公司经过多次考察和充分论证,决定在江州县投资肉食品加工项目,总投资26亿元。")
_HANT_PROCESS = ("據了解,星河股份有限公司是一家農業產業化龍頭企業。"
                 "該公司經過多次考察和充分論證,決定在江州縣投資肉食品加工項目,總投資26億元。")
_LONG_PROCESS = ("据了解,星河股份有限公司是一家农业产业化龙头企业。"
                 "该公司历经三年筹备,决定在江州县投资肉食品加工项目,总投资26亿元。")
# near-miss: a legal name opening with the same characters stays a name
_LOOK_ALIKE = "经纬文化传媒有限公司拟投资5亿元建设江州影视产业园项目。"

INVESTORS: list[tuple[str, str, float, str]] = [
    (HANS, _PLANNED, 70e8, "远帆集团"),
    (HANT, _HANT_PLANNED, 70e8, "遠帆集團"),
    (HANS, _ONCE, 12e8, "远帆集团"),
    (HANT, _HANT_ONCE, 12e8, "遠帆集團"),
    (HANS, _PLAN_OPENS, 70e8, ""),
    (HANT, _HANT_PLAN_OPENS, 70e8, ""),
    (HANS, _PLAIN_PLAN, 70e8, "远帆集团"),
    (HANS, _NAME_WITH_YUAN, 6e8, "远帆原野"),
    (HANS, _PROCESS, 26e8, "星河股份有限公司"),
    (HANT, _HANT_PROCESS, 26e8, "星河股份有限公司"),
    (HANS, _LONG_PROCESS, 26e8, "星河股份有限公司"),
    (HANS, _LOOK_ALIKE, 5e8, "经纬文化传媒有限公司"),
]


@pytest.mark.parametrize(("language", "text", "value", "expected"), INVESTORS)
def test_investor(language: str, text: str, value: float, expected: str) -> None:
    check_investor(extract_by_rules(text, language, PUBLISHED), text, value, "CNY", expected)


# a phase of the project referred to, right before its amount, the word for the investment right after it: the phase's
# investment is a `project` fact (investor only on the total); a phase with no word for the investment after it, or
# with 投资者 (investors) after it, is left to the other rules
_TOTAL = "星河新材料科技有限公司年产3万吨铝型材项目总投资5亿元。"
_HANT_TOTAL = "星河新材料科技有限公司年產3萬噸鋁型材項目總投資5億元。"
PHASES: list[tuple[str, str, float, str]] = [
    (HANS, _TOTAL + "该项目首期1.5亿元投资已开工建设。", 1.5e8, "project"),
    (HANT, _HANT_TOTAL + "該項目首期1.5億元投資已開工建設。", 1.5e8, "project"),
    (HANS, _TOTAL + "项目二期1.5亿元的投资已到位。", 1.5e8, "project"),
    (HANT, _HANT_TOTAL + "項目二期1.5億元的投資已到位。", 1.5e8, "project"),
    (HANS, _TOTAL + "一期1.5亿元投资者来自江州。", 1.5e8, "indicator"),
]


@pytest.mark.parametrize(("language", "text", "value", "kind"), PHASES)
def test_phase_investment(language: str, text: str, value: float, kind: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and found[0].kind.value == kind, describe(found, text)
    if kind == "project":
        assert not found[0].fields.get("investor"), describe(found, text)


# a date inside what a rule read as a name (继2012年公司…, 2021年5月公司) makes it a clause of time, no name
# (`names_zh.not_a_name`); the company the clause goes on about is the investor; digits that are no date stay

DATED_NAMES: list[tuple[str, bool]] = [
    ("继2012年公司", True),
    ("繼2012年公司", True),
    ("5月20日公司", True),
    ("远帆2020科技", False),
    ("星河黄金有限公司", False),
    ("星河黃金有限公司", False),
]


@pytest.mark.parametrize(("name", "expected"), DATED_NAMES)
def test_dated_name(name: str, expected: bool) -> None:
    assert not_a_name(name) is expected


_GOLD = "星河黄金有限公司是本省重点企业。继2012年公司一期冶炼工程建成投产,公司又投资3.4亿元建设二期工程。"
_HANT_GOLD = "星河黃金有限公司是本省重點企業。繼2012年公司一期冶煉工程建成投產,公司又投資3.4億元建設二期工程。"
_GOLD_AIM = ("星河黄金有限公司是本省重点企业。继2012年公司一期冶炼工程建成投产之后,公司以“建设西北加工基地”为目标,"
             "开启了概算投资3.4亿元的二期工程。")


@pytest.mark.parametrize(("language", "text", "expected"),
                         [(HANS, _GOLD, "星河黄金有限公司"), (HANT, _HANT_GOLD, "星河黃金有限公司"),
                          (HANS, _GOLD_AIM, "星河黄金有限公司")])
def test_dated_clause_investor(language: str, text: str, expected: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), 3.4e8, "CNY")
    assert found and (found[0].fields.get("investor") or "") == expected, describe(found, text)
