"""Round 14's investors of Chinese project facts, by structure (made-up sentences, Simplified and Traditional):

- the company an article states invests in a project named after a brand ("P由(descriptor)Y投资建设", in another
  sentence or paragraph than the amount) is the investor of the project facts whose investor was the brand opening
  P (`stated_agent_zh`); a company "X公司由Y投资" (ownership, not a project), a joint statement (由A与B), a
  government agent, or a project not opening with the brand leave the investor as it was.

English has no such brand-before-project display to correct; its agents are read in the sentence (company_en)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_investor, extract_by_rules

PUBLISHED = dt.date(2024, 5, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

_STATED_BEFORE = ("远帆江州粮油加工基地项目由世界500强企业星河国际集团投资建设。"
                  "项目一期用地300亩。远帆江州粮油加工基地项目预计总投资达20亿元。")
_HANT_STATED_BEFORE = ("遠帆江州糧油加工基地項目由世界500強企業星河國際集團投資建設。"
                       "項目一期用地300畝。遠帆江州糧油加工基地項目預計總投資達20億元。")
_STATED_AFTER = ("远帆食品工业园一期占地500亩,远帆食品工业园项目总投资8亿美元。\n"
                 "远帆食品工业园由知名企业——新加坡星河国际投资,总部设在上海。")
_HANT_STATED_AFTER = ("遠帆食品工業園一期佔地500畝,遠帆食品工業園項目總投資8億美元。\n"
                      "遠帆食品工業園由知名企業——新加坡星河國際投資,總部設在上海。")
_COMPANY_OWNED = ("远帆粮油有限公司由星河国际集团投资,总部设在上海。\n"
                  "远帆江州粮油加工基地项目预计总投资达20亿元。")
_JOINT = ("远帆江州粮油加工基地项目由星河国际集团与江州城投公司共同投资建设。"
          "远帆江州粮油加工基地项目预计总投资达20亿元。")
_GOVERNMENT = ("远帆江州粮油加工基地项目由江州市政府投资建设。"
               "远帆江州粮油加工基地项目预计总投资达20亿元。")
_OTHER_PROJECT = ("江州物流园由星河国际集团投资建设。"
                  "远帆江州粮油加工基地项目预计总投资达20亿元。")

INVESTORS: list[tuple[str, str, float, str, str]] = [
    (HANS, _STATED_BEFORE, 20e8, "CNY", "星河国际集团"),
    (HANT, _HANT_STATED_BEFORE, 20e8, "CNY", "星河國際集團"),
    (HANS, _STATED_AFTER, 8e8, "USD", "新加坡星河国际"),
    (HANT, _HANT_STATED_AFTER, 8e8, "USD", "新加坡星河國際"),
    (HANS, _COMPANY_OWNED, 20e8, "CNY", "远帆江州粮油"),
    (HANS, _JOINT, 20e8, "CNY", "远帆江州粮油"),
    (HANS, _GOVERNMENT, 20e8, "CNY", "远帆江州粮油"),
    (HANS, _OTHER_PROJECT, 20e8, "CNY", "远帆江州粮油"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "expected"), INVESTORS)
def test_investor(language: str, text: str, value: float, unit: str, expected: str) -> None:
    check_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, expected)
