"""Commercial facilities a plan builds or a company opens — shopping malls, plazas, hotels, stores, data centres — are
counted like the factories and plants the conventions count (en_counts._COUNT_HEADS, zh_count_nouns._FIRM_NOUNS);
a rating (5-star, 5星级) is no count of them. Made-up sentences, Simplified, Traditional and English."""

from __future__ import annotations

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

COUNTED = [
    pytest.param("远帆集团计划在江州新建5个购物广场和3个五星级酒店,并开设20家门店。", "zh-Hans", [5, 3, 20],
                 id="zh-plan"),
    pytest.param("遠帆集團計劃在江州新建5個購物廣場和3個五星級酒店。", "zh-Hant", [5, 3], id="zht-plan"),
    pytest.param("今年江州新建2个数据中心。", "zh-Hans", [2], id="zh-data-centres"),
    pytest.param("Nexa Group will build 15 shopping malls and three hotels in the province, and open 20 stores.", "en",
                 [15, 3, 20], id="en-plan"),
    pytest.param("Nexa opened four Nexa Plazas and two data centres last year.", "en", [4, 2], id="en-opened"),
]
NOT_COUNTED = [
    pytest.param("江州市有5星级酒店12家。", "zh-Hans", 5, id="zh-star-rating"),
    pytest.param("The 5-star hotels in the city received 3 million guests.", "en", 5, id="en-star-rating"),
    pytest.param("The hotel opened in 2019 on the city's central plaza.", "en", 2019, id="en-year"),
]


@pytest.mark.parametrize(("text", "language", "counts"), COUNTED)
def test_commercial_facilities_are_counted(text: str, language: str, counts: list[int]) -> None:
    facts = extract_by_rules(text, language)
    for n in counts:
        assert find(facts, n, "count"), f"{n}: {describe(facts, text)}"


@pytest.mark.parametrize(("text", "language", "value"), NOT_COUNTED)
def test_a_rating_or_a_year_is_no_count(text: str, language: str, value: int) -> None:
    facts = extract_by_rules(text, language)
    assert not find(facts, value, "count"), describe(facts, text)
