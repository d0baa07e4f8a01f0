"""The last look at an investor (app.extract.investor_check) drops more words that name no one: a clause's verbs
or an event's words, a relation, a stage of a chain, a weekday or weekend, a threshold's words, and English number
words or adverbs taken for a name; real names with the same characters stay. A list's connective or an attracting verb
before a company's legal name (以及…有限公司, 正在引进…有限公司) is cut, not the name dropped."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind
from app.extract.investor_check import checked_investor


@pytest.mark.parametrize(("name", "expected"), [
    ("聚力打造具有全球竞争力", None),
    ("在主会场举行开工仪式", None),
    ("有关", None),
    ("中游", None),
    ("周末", None),
    ("以上科研", None),
    ("中游集团", "中游集团"),
    ("有研新材", "有研新材"),
    ("周大福", "周大福"),
    ("上海月星集团", "上海月星集团"),
])
def test_chinese_words_that_name_no_one(name: str, expected: str | None) -> None:
    assert checked_investor(name, False) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Two", None),
    ("Back", None),
    ("Both", None),
    ("Two Rivers Group", "Two Rivers Group"),
    ("Tallis Lithium", "Tallis Lithium"),
])
def test_english_words_that_name_no_one(name: str, expected: str | None) -> None:
    assert checked_investor(name, True) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("以及湖北岚环车镫有限公司", "湖北岚环车镫有限公司"),
    ("正在引进深圳墨岚科技有限公司", "深圳墨岚科技有限公司"),
    ("及时", "及时"),  # (no legal name after it: the other checks decide)
])
def test_a_connective_before_a_legal_name_is_cut(name: str, expected: str) -> None:
    assert checked_investor(name, False) == expected


def test_the_last_item_of_a_list_of_signings_keeps_its_company() -> None:
    text = ("当天签约的2个项目分别为:岚星水务集团计划投资5亿元建设的供水项目,以及湖北岚环车镫有限公司计划投资3.5亿元"
            "建设汽车零部件项目。")
    found = {int(d.value): (d.kind, d.fields.get("investor")) for d in extract_by_rules(text, "zh-Hans", None)
             if d.unit == "CNY"}
    assert found[350000000] == (Kind.PROJECT, "湖北岚环车镫有限公司")
