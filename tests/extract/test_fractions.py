"""Shares written as fractions and tenths (round 30): made-up sentences, each with a near miss.

A share told as a fraction is a percentage like 四分之三 (tests/heldout/README.md, set 18): 占全国的三分之一,
林地面积占全省1/3, 万分之五, 三成五, 七成以上, 骤减七成; "one-fifth of the company's milk", "more than a third of
total costs", "will drop by almost a quarter". Not a slogan in quotes, a size (4/6吋), a physical comparison (重量是
钢的四分之一), people counted in numerals (2/3是董事长), a time ("the first three quarters of 2021"), "a third
party" or "one and a half years"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

from app.domain.numbers import parse_fraction

ZH, EN = "zh-Hans", "en"

# (language, text, value, comparator)
SHARES: list[tuple[str, str, float, str]] = [
    (ZH, "江州市粮食产量约占全国的十分之一。", 10, "="),  # (as 约占全国的10%: 约 before 占 is not read)
    (ZH, "江州市粮食产量占全省总量的三分之一以上。", 33.33, ">="),
    (ZH, "江州玉器产量占全国近三分之二。", 66.67, "~"),
    (ZH, "該市竹林面積占全國1/10。", 10, "="),
    (ZH, "其中有20多万吨产能位于江州,占比超过1/3。", 33.33, ">"),
    (ZH, "江州出口额尚不足全省的1/50。", 2, "="),  # (as with 不足全省的2%)
    (ZH, "逾期按每日万分之五支付违约金。", 0.05, "="),
    (ZH, "新项目占江州新签约项目总投资的三成五。", 35, "="),
    (ZH, "其中七成以上通过铁路外运。", 70, ">="),
    (ZH, "受此影响,公司现金骤减七成。", -70, "="),
    (ZH, "电力支出占其六成以上运营成本。", 60, ">="),
    (EN, "Local farmers supply one-fifth of the company's milk.", 20, "="),
    (EN, "Power accounts for more than a third of total costs.", 33.33, ">"),
    (EN, "Two-thirds of the leased land is owned by the state.", 66.67, "="),
    (EN, "Copper output will drop by almost a quarter this year.", -25, "~"),
]

# (language, text): no percentage at all
NO_SHARE: list[tuple[str, str]] = [
    (ZH, "落实钾肥供应“三分之一国产、三分之一进口”的要求。"),
    (ZH, "碳纤维重量是钢的四分之一,强度是钢的十倍。"),
    (ZH, "一根仅有头发丝的十分之一粗。"),
    (ZH, "聘请的20名招商大使中,2/3是龙头企业董事长。"),
    (ZH, "项目将建设一条4/6吋化合物半导体生产线。"),
    (ZH, "这是江州招商工作的又一成果。"),
    (ZH, "江州人一成不变地坚持。"),
    (EN, "In the first three quarters of 2021, output rose."),
    (EN, "The plant added a third product line."),
    (EN, "It took three and a half years to build."),
    (EN, "The company hired a third party to audit the deal."),
]


@pytest.mark.parametrize(("language", "text", "value", "comparator"), SHARES)
def test_a_fraction_is_a_share(language: str, text: str, value: float, comparator: str) -> None:
    facts = extract_by_rules(text, language)
    found = find(facts, value, "percent")
    assert found, describe(facts, text)
    assert found[0].fields.get("comparator") == comparator, describe(found, text)


@pytest.mark.parametrize(("language", "text"), NO_SHARE)
def test_no_share_in(language: str, text: str) -> None:
    facts = extract_by_rules(text, language)
    assert not [f for f in facts if f.unit == "percent"], describe(facts, text)


@pytest.mark.parametrize(("written", "percent"), [
    ("三分之一", "33.33"), ("三分之二", "66.67"), ("十分之一", "10"), ("万分之五", "0.05"), ("千分之三", "0.3"),
    ("二分之一", "50"), ("1/4", "25"), ("1/50", "2"), ("one-third", "33.33"), ("two-thirds", "66.67"),
    ("a quarter", "25"), ("one fifth", "20"), ("three-quarters", "75"),
])
def test_parse_fraction(written: str, percent: str) -> None:
    assert parse_fraction(written) == Decimal(percent)


@pytest.mark.parametrize("written", ["3/2", "0/4", "one half", "a half", "one thirds", "two third", "三分之三",
                                     "分之一", "10/01/2023", "third"])
def test_parse_fraction_refuses(written: str) -> None:
    assert parse_fraction(written) is None


def test_a_segment_is_no_physical_comparison() -> None:
    """细分 (a market segment) in the clause before is no thinness (头发丝的十分之一粗)."""
    text = "公司产品占细分市场的三分之一。"
    assert find(extract_by_rules(text, ZH), 33.33, "percent"), describe(extract_by_rules(text, ZH), text)
