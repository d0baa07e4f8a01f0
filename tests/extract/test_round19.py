"""Round 19: structures that hold across scripts (made-up sentences, Simplified and Traditional).

- A count of projects by a range of size in money, with 有 before the count (20亿元至30亿元项目有4个): the range's
  bounds are the class, not amounts; a class holding one project (10亿元至20亿元项目有1个, 10亿元以上项目有1个) is
  counted like the others.
- A phase named after the amount's 的 (总投资14亿元的X铜矿一期) is one project; a mine's phase names the mine, not
  its owner (X矿业一期 does name a firm).
- What a project can bring, told with a modal (可实现销售收入N, 利税M), is a `target` when the paragraph describes
  the project being built; told without the modal, or of a year gone by or of a place, it stays an `indicator`.
- An assigned task fixed at an amount (任务确定为N, 任务调整为N) is a `target`, like 任务为N.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe, find

from app.extract import extract

PUBLISHED = dt.date(2026, 3, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

# (language, text, value, unit, kind; "" when no fact of that value may be found)
RANGE_CLASSES: list[tuple[str, str, float, str, str]] = [
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 4, "count", "indicator"),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 1, "count", "indicator"),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 20e8, "CNY", ""),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 10e8, "CNY", ""),
    (HANT, "從投資額看,簽約的21個項目中20億元至30億元項目有4個,10億元至20億元項目有1個。", 20e8, "CNY", ""),
    (HANT, "從投資額看,簽約的21個項目中20億元至30億元項目有4個,10億元至20億元項目有1個。", 1, "count", "indicator"),
    (HANS, "签约项目中,10亿元以上项目有1个。", 1, "count", "indicator"),
    # near misses: one thing a company has is no class's count; a range that is a plan's amount stays an amount
    (HANS, "星河集团有1个项目在建。", 1, "count", ""),
    (HANS, "全年计划完成投资300亿元至350亿元。", 300e8, "CNY", "target"),
]

PHASES: list[tuple[str, str, float, str, str]] = [
    # (language, text, value, kind, investor)
    (HANS, "总投资5亿元的禄源酒业一期、总投资14亿元的大向东铜矿一期开工建设。", 14e8, "project", ""),
    (HANS, "总投资5亿元的禄源酒业一期、总投资14亿元的大向东铜矿一期开工建设。", 5e8, "project", "禄源酒业"),
    (HANT, "總投資14億元的大向東銅礦一期開工建設。", 14e8, "project", ""),
    (HANS, "总投资30亿元的紫金矿业二期开工建设。", 30e8, "project", "紫金矿业"),
    # near miss: an amount followed by 的 and a phase word alone names no project's name to read an investor from
    (HANS, "总投资14亿元的一期工程开工建设。", 14e8, "project", ""),
]

YIELDS: list[tuple[str, str, float, str]] = [
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目新建厂房5000平方米,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,可实现销售收入3亿元,利税3000万元。", 3e8, "target"),
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目新建厂房5000平方米,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,可实现销售收入3亿元,利税3000万元。", 3e7, "target"),
    (HANT, "此外,與星河石墨有限公司簽約的年產3萬噸石墨精粉項目,總投資1億元。項目新建廠房5000平方米,新上石墨精粉"
           "生產線,年可加工生產石墨精粉3萬噸,可實現銷售收入3億元,利稅3000萬元。", 3e8, "target"),
    # near misses: told as done, of a year gone by, of a place
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目已建成投产,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,实现销售收入3亿元。", 3e8, "indicator"),
    (HANS, "星河公司去年实现销售收入3亿元,利税3000万元。", 3e8, "indicator"),
    (HANS, "今年,全县规上企业累计实现产值30亿元,实现销售收入3亿元。", 3e8, "indicator"),
]

TASKS: list[tuple[str, str, float, str]] = [
    (HANS, "该市将今年确定为“招商引资年”,将招商引资任务确定为500亿元以上。", 500e8, "target"),
    (HANT, "該市將今年確定為「招商引資年」,將招商引資任務確定為500億元以上。", 500e8, "target"),
    (HANS, "年中,全市招商引资任务调整为420亿元。", 420e8, "target"),
    # near miss: the amount the task was completed with is a result
    (HANS, "上半年,全市完成招商引资到位资金260亿元。", 260e8, "indicator"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind"), RANGE_CLASSES)
def test_range_classes(language: str, text: str, value: float, unit: str, kind: str) -> None:
    facts = extract(text, language, PUBLISHED)
    found = find(facts, value, unit)
    if not kind:
        assert not found, describe(found, text)
        return
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind", "investor"), PHASES)
def test_phases(language: str, text: str, value: float, kind: str, investor: str) -> None:
    facts = extract(text, language, PUBLISHED)
    found = find(facts, value, "CNY")
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)
    assert (found[0].fields.get("investor") or "") == investor, describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "kind"), YIELDS + TASKS)
def test_yields_and_tasks(language: str, text: str, value: float, kind: str) -> None:
    facts = extract(text, language, PUBLISHED)
    found = find(facts, value, "CNY")
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)
