"""Round 16's investors of Chinese project facts, by structure (made-up sentences, Simplified and Traditional):

- a document stating what follows (协议约定, 合同规定, 公告显示 …) opens a clause whose subject comes after it: the
  agreement is no part of the investor's name (`names_zh.tidy_span`); "协议约定公司拟投资N" is the company the
  article is about, a name after it stays that name;
- a date between an announcer and its verb of announcing ("X11月9日晚间发布公告称") still makes X the company the
  article establishes (`company_zh`); a date before another verb (X11月9日举行发布会) establishes no one;
- a clause opening with a word of the whole (整个项目…) or of an estimate (概算, 初步) or the rest of a date cut
  from its year ((2020年)底前建成…) is no name (`names_zh.CLAUSE_OPENING`); a company whose name opens with a
  look-alike (整体厨房有限公司) keeps it;
- a project's budget estimate (投资概算, like 投资估算) is its total: a `project` of the company that carries the
  project out, its subsidiary as the text names it (`zh_one_project`, `company_zh`); a batch's (该批项目) stays an
  indicator.

English states its agreements with "provides that" and names the company after it; English rules are en16's."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

_AGREED = ("星河股份发布公告,2021年5月27日,公司与江州市人民政府签订《项目投资协议书》,"
           "协议约定公司拟投资20亿元在江州市投资建设星河江州生产基地项目。")
_HANT_AGREED = ("星河股份發布公告,2021年5月27日,公司與江州市人民政府簽訂《項目投資協議書》,"
                "協議約定公司擬投資20億元在江州市投資建設星河江州生產基地項目。")
_SHOWN = ("星河股份发布公告,公司与江州市人民政府签订《项目投资协议书》,"
          "协议显示公司拟投资20亿元在江州市投资建设星河江州生产基地项目。")
_CONTRACT = ("星河股份发布公告,公司与江州市人民政府签订投资合同,"
             "合同规定公司拟投资20亿元在江州市投资建设星河江州生产基地项目。")
# a name after the document stays that name
_AGREED_NAMED = "协议约定远帆集团拟投资20亿元在江州市投资建设生产基地项目。"
_HANT_AGREED_NAMED = "協議約定遠帆集團擬投資20億元在江州市投資建設生產基地項目。"

_DATED = ("远帆雨虹11月9日晚间发布公告称,11月8日,公司与江州市人民政府正式签订《建材项目投资协议书》,"
          "协议约定公司拟投资8亿元在江州市工业园区投资建设新型建筑材料生产研发项目。")
_HANT_DATED = ("遠帆雨虹11月9日晚間發布公告稱,11月8日,公司與江州市人民政府正式簽訂《建材項目投資協議書》,"
               "協議約定公司擬投資8億元在江州市工業園區投資建設新型建築材料生產研發項目。")
_DATED_NO_ANNOUNCEMENT = ("远帆雨虹11月9日晚间举行发布会,11月8日,公司与江州市人民政府正式签订《建材项目投资协议书》,"
                          "协议约定公司拟投资8亿元在江州市工业园区投资建设新型建筑材料生产研发项目。")

_WHOLE = "星河能源集团在江州建设光伏产业园,整个项目初步预计投资90亿元。"
_HANT_WHOLE = "星河能源集團在江州建設光伏產業園,整個項目初步預計投資90億元。"
_YEAR_END = "星河集团公告称,2020年底前建成投产两条生产线,总投资30亿元。"
_HANT_YEAR_END = "星河集團公告稱,2020年底前建成投產兩條生產線,總投資30億元。"
_LOOK_ALIKE = "整体厨房有限公司拟投资5亿元建设江州家居产业园项目。"

_BUDGET = ("星河酵母(600298)日前公告,公司全资子公司江州远帆有限公司拟实施白洋生物科技园项目。"
           "该项目投资概算为人民币16.62亿元,计划于2025年6月全部建成投产。")
_HANT_BUDGET = ("星河酵母(600298)日前公告,公司全資子公司江州遠帆有限公司擬實施白洋生物科技園項目。"
                "該項目投資概算為人民幣16.62億元,計劃於2025年6月全部建成投產。")

INVESTORS: list[tuple[str, str, float, str]] = [
    (HANS, _AGREED, 20e8, "星河股份"),
    (HANT, _HANT_AGREED, 20e8, "星河股份"),
    (HANS, _SHOWN, 20e8, "星河股份"),
    (HANS, _CONTRACT, 20e8, "星河股份"),
    (HANS, _AGREED_NAMED, 20e8, "远帆集团"),
    (HANT, _HANT_AGREED_NAMED, 20e8, "遠帆集團"),
    (HANS, _DATED, 8e8, "远帆雨虹"),
    (HANT, _HANT_DATED, 8e8, "遠帆雨虹"),
    (HANS, _DATED_NO_ANNOUNCEMENT, 8e8, ""),
    (HANS, _WHOLE, 90e8, "星河能源集团"),
    (HANT, _HANT_WHOLE, 90e8, "星河能源集團"),
    (HANS, _YEAR_END, 30e8, "星河集团"),
    (HANT, _HANT_YEAR_END, 30e8, "星河集團"),
    (HANS, _LOOK_ALIKE, 5e8, "整体厨房有限公司"),
    (HANS, _BUDGET, 16.62e8, "江州远帆有限公司"),
    (HANT, _HANT_BUDGET, 16.62e8, "江州遠帆有限公司"),
]


@pytest.mark.parametrize(("language", "text", "value", "expected"), INVESTORS)
def test_investor(language: str, text: str, value: float, expected: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, "CNY", "project", expected)


def test_batch_budget_stays_indicator() -> None:
    text = "江州市今年实施重点项目45个。该批项目投资概算为人民币16.62亿元。"
    found = find(extract_by_rules(text, HANS, PUBLISHED), 16.62e8, "CNY")
    assert found and found[0].kind.value == "indicator", describe(found, text)
