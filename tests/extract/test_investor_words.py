"""The last look at an investor (app.extract.investor_check) drops more words that name no one: a clause's verbs
or an event's words, a relation, a stage of a chain, a weekday or weekend, a threshold's words, and English number
words or adverbs taken for a name; real names with the same characters stay."""

from __future__ import annotations

import pytest

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
