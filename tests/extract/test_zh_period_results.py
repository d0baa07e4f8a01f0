"""A period gone by, told before what a place achieved in it, makes the figure a result even when a plan word stands
earlier in the sentence (sentences made up for this test): 今年来 (今年以来 without 以), and a run of months right
before the place's total (1-5月全市…), with no comma after it."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


@pytest.mark.parametrize(("text", "value"), [
    ("今年来,我市在重大项目谋划建设方面取得突破,在一批项目带动下,1-5月全市工业投资增长45.5%。", 45.5),
    ("在重大项目谋划方面,今年来全县签约项目投资增长12.5%。", 12.5),
])
def test_a_period_gone_by_is_a_result(text: str, value: float) -> None:
    (d,) = [d for d in extract_by_rules(text, "zh-Hans", None) if d.unit == "percent" and float(d.value) == value]
    assert d.kind is Kind.INDICATOR


def test_a_plan_for_months_to_come_stays_a_target() -> None:
    (d,) = [d for d in extract_by_rules("力争1-5月全市工业投资增长20%。", "zh-Hans", None) if d.unit == "percent"]
    assert d.kind is Kind.TARGET
