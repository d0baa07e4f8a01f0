"""A party's share of a joint venture names its party as investor (tests/extract/cases_kinds_en11.py SHARE_INVESTOR;
that module's kinds and money fields run in test_kinds_en_table.py with round 10's cases)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_kinds_en11 import SHARE_INVESTOR
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "value", "investor"), SHARE_INVESTOR)
def test_share_of_a_venture_names_its_party(text: str, value: float, investor: str) -> None:
    facts = extract_by_rules(text, "en", PUBLISHED)
    found = find(facts, value, "percent")
    assert found and found[0].kind.value == "project", describe(facts, text)
    assert (found[0].fields.get("investor") or "") == investor, describe(found, text)
