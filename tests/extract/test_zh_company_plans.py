"""A company that plans (规划) an investment invests: its amount is its project, not a place's target (sentences and
companies made up for this test); a dateline's bracket before the company is no part of its name."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


@pytest.mark.parametrize(("text", "investor"), [
    ("岚轴精工机械公司今年还规划投资8亿元,建设新厂房。", "岚轴精工机械公司"),
    ("新华社北海8月8日电 (记者 李明)澜星玻璃工业公司规划投资2亿美元在北海市建设特种玻璃项目。", "澜星玻璃工业公司"),
])
def test_a_company_planning_an_investment_invests(text: str, investor: str) -> None:
    (d,) = [d for d in extract_by_rules(text, "zh-Hans", None) if d.unit in ("CNY", "USD")]
    assert (d.kind, d.fields.get("investor")) == (Kind.PROJECT, investor)


def test_a_place_planning_an_investment_stays_a_target() -> None:
    facts = extract_by_rules("全市今年规划投资80亿元,建设一批重点项目。", "zh-Hans", None)
    (d,) = [d for d in facts if d.unit == "CNY"]
    assert d.kind is Kind.TARGET
