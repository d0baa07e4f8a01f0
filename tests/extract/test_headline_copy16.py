"""A page that prints its headline twice (round 16): the copy right after the headline is the headline still, so
the body's statement of the headline's figure is one fact with it, the body's investor (a subsidiary the text names)
kept; a different line after the headline, or a body that states the figure again, leave two statements as before.
Made-up articles in Simplified and Traditional Chinese and in English (`merging.title_end_of`)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)

_HANS = ("星河防水:子公司拟投资10亿元建江州新材料产业园项目\n\n"
         "星河防水:子公司拟投资10亿元建江州新材料产业园项目\n\n"
         "11月22日晚,北京星河防水技术股份有限公司发布公告称,公司全资子公司星河砂粉科技集团有限公司与江州市人民政府"
         "签订《投资协议书》,协议约定砂粉集团拟投资10亿元在江州市投资建设星河江州新材料产业园项目。\n")
_HANT = ("星河防水:子公司擬投資10億元建江州新材料產業園項目\n\n"
         "星河防水:子公司擬投資10億元建江州新材料產業園項目\n\n"
         "11月22日晚,北京星河防水技術股份有限公司發布公告稱,公司全資子公司星河砂粉科技集團有限公司與江州市人民政府"
         "簽訂《投資協議書》,協議約定砂粉集團擬投資10億元在江州市投資建設星河江州新材料產業園項目。\n")
_EN = ("Starriver unit to invest $300 million in Jiangzhou plant\n\n"
       "Starriver unit to invest $300 million in Jiangzhou plant\n\n"
       "Starriver Materials Co said on Monday its subsidiary Starriver Sand Co will invest $300 million "
       "to build a new plant in Jiangzhou.\n")

ONE_FACT: list[tuple[str, str, float, str, str]] = [
    ("zh-Hans", _HANS, 10e8, "CNY", "砂粉集团"),
    ("zh-Hant", _HANT, 10e8, "CNY", "砂粉集團"),
    ("en", _EN, 3e8, "USD", "Starriver Sand Co"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "investor"), ONE_FACT)
def test_copied_headline_is_one_fact(language: str, text: str, value: float, unit: str, investor: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert len(found) == 1, describe(facts, text)
    if investor:
        assert found[0].fields.get("investor") == investor, describe(found, text)


def test_other_line_after_headline_is_body() -> None:
    """A second line that is not the headline's copy is body: its figure restates the headline, the body
    sentence after it stays its own statement (two facts, as before)."""
    text = _HANS.replace("\n\n星河防水:", "\n\n快讯 星河防水:", 1)
    facts = extract_by_rules(text, "zh-Hans", PUBLISHED)
    assert len(find(facts, 10e8, "CNY")) == 2, describe(facts, text)
