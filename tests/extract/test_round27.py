"""Round 27 (from sets 81-83, read after they were scored once): made-up sentences, each with a near miss.

- A party's share in brackets after its name is the party's `project` percentage also where the sentence speaks of the
  venture's ownership, its share or its stocks ("the ownership split sees …", "the remaining stocks are split as
  follows: X (20%), Y (12%)"), not only of a stake, shareholders or equity; a bracketed rise after a name in a sentence
  about sales is not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules

PUBLISHED = dt.date(2026, 5, 4)
EN = "en"
SPLIT = ("The ownership split sees the remaining stocks split as follows: Corvel Power International Corp (20%), "
         "Tallis Energy (12%) and Marlow Engineering (5%).")

# (language, text, value, unit, kind, investor): investor "" when the fact must name none
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    (EN, SPLIT, 20, "percent", "project", "Corvel Power International Corp"),
    (EN, SPLIT, 12, "percent", "project", "Tallis Energy"),
    (EN, SPLIT, 5, "percent", "project", "Marlow Engineering"),
    (EN, "Corvel keeps the controlling share: Tallis Energy (12%) holds the rest of the plant.", 12, "percent",
     "project", "Tallis Energy"),
    (EN, "Sales grew fastest at Marlow Engineering (12%) last year.", 12, "percent", "indicator", ""),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round27_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)
