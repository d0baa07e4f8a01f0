"""Round 14's investors of English project facts, by structure (made-up sentences):

- "X has said (that) it will invest N": the reporting verb in the perfect ("has said", "had announced", "have
  confirmed") names the company "it" stands for, like "X said it will" (projects_en._EN_SAID_BEFORE), rather than
  the company an earlier sentence named last; a reporter that is no company ("Analysts have said that it …")
  is not taken.

Chinese writes no pronoun subject after a reporting verb in this way (公司表示将投资N: the company opens the
clause), so the cases are English only."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)

_EARLIER = "Orin Resources Ltd sold a gold mine to Pella Gold Ltd. last year.\n\n"
_HAS_SAID = _EARLIER + "In view of low prices, Halden Mining has said that it will spend $1.6 billion on miners."
_HAD_ANNOUNCED = _EARLIER + "Halden Mining had announced it would invest $1.6 billion in a new smelter."
_HAVE_CONFIRMED = _EARLIER + "Halden Mining Group have confirmed that it will invest $1.6 billion in a smelter."
_PLAIN_SAID = _EARLIER + "Halden Mining said it will invest $1.6 billion in a new smelter."
_NOT_A_COMPANY = _EARLIER + "Analysts have said that it will invest $1.6 billion in a new smelter."

INVESTORS: list[tuple[str, float, str]] = [
    (_HAS_SAID, 1.6e9, "Halden Mining"),
    (_HAD_ANNOUNCED, 1.6e9, "Halden Mining"),
    (_HAVE_CONFIRMED, 1.6e9, "Halden Mining Group"),
    (_PLAIN_SAID, 1.6e9, "Halden Mining"),
]


@pytest.mark.parametrize(("text", "value", "expected"), INVESTORS)
def test_investor(text: str, value: float, expected: str) -> None:
    check_investor(extract_by_rules(text, "en", PUBLISHED), text, value, "USD", expected)


@pytest.mark.parametrize("text", [_NOT_A_COMPANY])
def test_reporter_no_company(text: str) -> None:
    found = find(extract_by_rules(text, "en", PUBLISHED), 1.6e9, "USD")
    assert found and "Analysts" not in (found[0].fields.get("investor") or ""), describe(found, text)
