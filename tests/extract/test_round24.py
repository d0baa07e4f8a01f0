"""Round 24 (from sets 50-57, read after they were scored once; sets 58-61 were written beside it by sessions that
never saw it, and are its measure): made-up sentences, each with a near miss.

- A party's share in brackets after its name, in a sentence about a venture's owners ("set up by X New Materials
  (70%) and Y Investment (30%)"), is the party's `project` percentage; a bracketed growth after a name is not.
- "allow X to control a 60% stake" is X's holding; "the remaining 40% will be controlled by …" a held stake.
- "X announced to invest N" is X's investment like "announced plans to invest".
- The last look cuts a trade written before an English name ("China pig breeder X", "Chinese dairy giant X"); "Bank
  of China" keeps its words; a Chinese run opening on a facility's size (大型石化), a superlative, a
  connective (此前, 并且) or 是, or holding a half-year (下半年启动) names no one — read after a description
  before 的 is cut (而此次开工的X → X).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules

from app.extract.investor_check import checked_investor

PUBLISHED = dt.date(2026, 3, 20)
EN = "en"

# (language, text, value, unit, kind, investor): investor "" when the fact must name none, None when not checked
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    (EN, "The plant was set up by Corvel New Materials (70%) and Tallis Investment (30%) in the park.", 70, "percent",
     "project", "Corvel New Materials"),
    (EN, "The plant was set up by Corvel New Materials (70%) and Tallis Investment (30%) in the park.", 30, "percent",
     "project", "Tallis Investment"),
    (EN, "Revenue grew at Marlow (30%) last year.", 30, "percent", "indicator", ""),
    (EN, "The deal will allow Corvel to control a 60% stake in the venture.", 60, "percent", "project", "Corvel"),
    (EN, "The deal gives Corvel 60% of the venture. The remaining 40% will be controlled by a subsidiary of Lanxi "
         "Communications.", 40, "percent", "project", None),
    (EN, "Marlow announced to invest about USD230 million in dairy farms.", 230e6, "USD", "project", "Marlow"),
    (EN, "Marlow announced that sales rose to USD230 million.", 230e6, "USD", "indicator", ""),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round24_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


@pytest.mark.parametrize(("name", "expected"), [
    ("China pig breeder Guangdong Marlow Group", "Guangdong Marlow Group"),
    ("Chinese dairy giant Inner Mongolia Tessin Group Co., Ltd", "Inner Mongolia Tessin Group Co., Ltd"),
    ("Chinese conglomerate Lanxi Wanfeng Group Co Ltd", "Lanxi Wanfeng Group Co Ltd"),
    ("Bank of China", "Bank of China"),
    ("Tallis Lithium", "Tallis Lithium"),
])
def test_the_last_look_cuts_a_trade_before_an_english_name(name: str, expected: str) -> None:
    assert checked_investor(name, True) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("大型石化", None),
    ("最大", None),
    ("此前", None),
    ("并且", None),
    ("下半年启动", None),
    ("是国家黄河流域综合规划", None),
    ("而此次开工的星河利尔", "星河利尔"),
    ("大连星河集团", "大连星河集团"),
])
def test_the_last_look_drops_a_facility_size_or_a_connective(name: str, expected: str | None) -> None:
    assert checked_investor(name, False) == expected
