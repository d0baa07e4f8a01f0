"""An English investor is the company's name as written, never with a weekday, a month or an opening adverbial
before it, nor cut inside a word (a "to" inside "Auto" is no infinitive marker): exact names, made-up companies."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import extract_by_rules
from tests.extract.table_support import find as _find

from app.domain.schema import Kind

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "investor"), [
    ("Monday Zentro Auto said it will invest 4.5 billion yuan in a plant.", "Zentro Auto"),
    ("Thursday Halden Castings said it would spend 800 million yuan on a foundry.", "Halden Castings"),
    ("September saw Zentro Auto invest 4.5 billion yuan in a new plant.", "Zentro Auto"),
    ("Last week saw Velnor Photo invest 900 million yuan in a lens factory.", "Velnor Photo"),
    ("Wuhu signed a deal with Zentro Auto on Monday. Under the deal, the company will build a motor plant with an "
     "investment of 4.5 billion yuan.", "Zentro Auto"),
])
def test_investor_is_the_name_alone(text: str, investor: str) -> None:
    facts = extract_by_rules(text, "en", PUBLISHED)
    found = [f for value in (4.5e9, 8e8, 9e8) for f in _find(facts, value, "CNY")]
    assert found and found[0].kind == Kind.PROJECT, _describe(found, text)
    assert found[0].fields.get("investor") == investor, _describe(found, text)


@pytest.mark.parametrize("text", [
    "During the ceremony, the province signed 30 projects, led by a 2-billion-yuan project from Baixi.",
    "Following the talks, the county signed a 2-billion-yuan project from Baixi.",
])
def test_an_opener_is_no_investor(text: str) -> None:
    found = _find(extract_by_rules(text, "en", PUBLISHED), 2e9, "CNY")
    assert found, text
    assert not found[0].fields.get("investor"), _describe(found, text)
