"""What a Chinese project is expected to bring is a target, in wordings the yield rules first missed (sentences
made up for this test): 可年实现 (the modal before the year), 年实现 (the verb after it), a measure at full load
told with its verb and no 年, a further measure listed after one written 30多亿元, and what an added capacity can
bring. A result told with 已 or a year stays an indicator."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


def _kinds(text: str) -> dict[int, Kind]:
    return {int(d.value): d.kind for d in extract_by_rules(text, "zh-Hans", None) if d.unit == "CNY"}


@pytest.mark.parametrize(("text", "values"), [
    ("总投资2亿元的云川药业研究中心项目,建设三条针剂生产线,可年实现销售收入2.6亿元、利税5200万元;",
     (260000000, 52000000)),
    ("这三个项目,概算总投资近40亿元,可形成年产精矿2万吨产能,年实现销售收入20多亿元,上缴税收2亿多元。",
     (2000000000, 200000000)),
    ("投资12亿元的岚山生猪全产业链项目正在开工。满负荷生产后,年出栏60万头,实现产值18.5亿元。", (1850000000,)),
    ("董事长表示,新增的3万吨产能可实现年销售收入90亿元,税收20亿元。", (9000000000, 2000000000)),
])
def test_an_expected_yield_is_a_target(text: str, values: tuple[int, ...]) -> None:
    kinds = _kinds(text)
    assert [kinds[v] for v in values] == [Kind.TARGET] * len(values)


@pytest.mark.parametrize(("text", "value"), [
    ("该项目去年已实现销售收入2.6亿元。", 260000000),
    ("投资12亿元的岚山生猪项目已满负荷生产,2023年实现产值18.5亿元。", 1850000000),
])
def test_a_result_stays_an_indicator(text: str, value: int) -> None:
    assert _kinds(text)[value] is Kind.INDICATOR
