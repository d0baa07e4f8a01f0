"""Projects a Chinese list tells by their amounts, in shapes the list rules first missed (sentences and names made
up for this test): the last item before 等N个…以上项目, an item whose name opens with a quoted brand, and a list in
parentheses closed by its bracket. Each amount is its own project's; the count that closes the list stays a count."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


def _cny(text: str) -> list[tuple[Kind, int, str | None]]:
    return [(d.kind, int(d.value), d.fields.get("project")) for d in extract_by_rules(text, "zh-Hans", None)
            if d.unit == "CNY"]


@pytest.mark.parametrize(("text", "value", "project"), [
    ("此外,总投资3亿元的秸秆发电、总投资1.6亿元的澜禾木塑产业化等18个5000万元以上项目也已具备开工条件。",
     160000000, "澜禾木塑产业化"),
    ("总投资2亿元的峰岚光电、总投资1.2亿元的青屿新材等12个亿元以上项目集中签约。", 120000000, "青屿新材"),
    ("主要有总投资3亿元的南湖商业广场项目、总投资2亿元的“云岫花语”高山蔬菜示范园项目。", 200000000,
     "“云岫花语”高山蔬菜示范园项目"),
    ("10亿元以上项目2个(投资60亿元的星澜城市综合体、25亿元的北岭国际物流园项目);", 2500000000,
     "北岭国际物流园项目"),
])
def test_each_listed_amount_is_its_projects(text: str, value: int, project: str) -> None:
    found = {v: (k, p) for k, v, p in _cny(text)}
    assert found[value] == (Kind.PROJECT, project)


def test_a_quoted_name_alone_is_still_the_name() -> None:
    assert _cny("总投资5亿元的“两桥一园”项目今日开工。") == [(Kind.PROJECT, 500000000, "两桥一园")]
