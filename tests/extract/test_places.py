"""Extraction emits region codes and periods as written; a project is where it is built, not the
investor's home region."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind
from app.extract.regions import find_regions
from app.extract.textprep import match_form

PUBLISHED = dt.date(2021, 7, 24)


@pytest.mark.parametrize(("language", "text", "location", "code"), [
    ("zh-Hans", "江苏恒信科技有限公司投资10亿元在包头建设新材料项目。", "包头", "150200"),
    ("zh-Hans", "包头市签约项目：上海华谊集团投资50亿元的煤化工项目落户九原区。", "九原区", "150207"),
    ("en", "Beijing Energy Co., Ltd. will invest 2 billion yuan in a wind power project in Ordos, Inner Mongolia.",
     "Ordos", "150600"),
])
def test_project_location_is_where_it_is_built(language: str, text: str, location: str, code: str) -> None:
    projects = [d for d in extract_by_rules(text, language, PUBLISHED) if d.kind is Kind.PROJECT]
    assert len(projects) == 1
    assert projects[0].fields["location"] == location
    assert projects[0].region_code == code


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "上半年，包头市地区生产总值增长8.5%。"),
    ("zh-Hant", "上半年，包頭市地區生產總值增長8.5%。"),
    ("en", "In the first half of this year, Baotou City's GDP grew by 8.5%."),
])
def test_indicators_carry_the_subject_code_and_the_period_as_written(language: str, text: str) -> None:
    (fact,) = extract_by_rules(text, language, PUBLISHED)
    assert fact.region_code == "150200"
    assert fact.fields["period"] == "2021-01-01/2021-06-30"
    assert fact.period_text in ("上半年", "first half of this year")
    assert fact.to_json(text)["region_code"] == "150200"


def test_a_zone_mention_carries_its_parents_code() -> None:
    for language, text in [("zh-Hans", "包头稀土高新区签约项目12个"), ("en", "the Baotou Rare Earth High-tech Zone")]:
        found = find_regions(match_form(text), language)
        assert found and found[0].level == "zone" and found[0].code == "150200", text


def test_county_names_in_ordinary_words_are_not_places() -> None:
    # 合作 (合作市), 东方 (东方市), 城区 (a district of several cities) are everyday words
    text = "双方在合作中取得东方企业的支持，城区经济增长"
    assert [text[r.start : r.end] for r in find_regions(match_form(text), "zh-Hans")] == []
