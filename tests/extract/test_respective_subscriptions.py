"""A "respectively" list of payments (app.extract.zh_respective), read after sets 62-65 were scored: each party
subscribing or buying at its own price (A、B、C分别以N、M、K(的价格)认购…) pays its own figure, as each party's
contribution in such a list does; figures may be written with thousands separators (40,000.0000万元). A ranking's
totals after 分别以 stay no one's (test_round20)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules

PUBLISHED = dt.date(2026, 3, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

CASES: list[tuple[str, str, float, str, str, str]] = [
    (HANS, "星岚资产、远帆种业基金、青禾基金分别以4亿元、2亿元、1.2亿元认购岚峰种业新增注册资本。", 2e8, "CNY",
     "project", "远帆种业基金"),
    (HANS, "星岚资产、远帆基金分别以人民币40,000.0000万元、20,000.0000万元的价格认购岚峰种业新增注册资本。", 4e8, "CNY",
     "project", "星岚资产"),
    (HANT, "星嵐資產、遠帆基金分別以4億元、2億元受讓嵐峰種業股權。", 2e8, "CNY", "project", "遠帆基金"),
    # near miss: a ranking's totals
    (HANS, "星岚集团、远帆集团、青禾集团分别以120亿元、80亿元和50亿元位列前三名。", 80e8, "CNY", "indicator", ""),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_each_party_pays_its_own_figure(language: str, text: str, value: float, unit: str, kind: str,
                                        investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)
