"""Where a learned organisation becomes a project's investor (table-driven): in the amount's clause, or
alone in another clause of the sentence that says it invests or builds; a rules' investor that a learned
name contains or overlaps (cut short, glued to the next words) is mended; a rules' investor of its own
stays; indicators and targets never get one."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry, learned_entry
from app.domain.org_names import org_aliases
from app.domain.schema import Kind

NAMES = ["华鼎稀土材料科技有限公司", "内蒙古伊泰煤炭股份有限公司", "星辰新能源科技有限公司", "中国华能集团有限公司",
         "Zijin Mining Group Co., Ltd.", "Trina Solar Co., Ltd."]
KNOWN = Knowledge(tuple(LearnedEntry(i + 1, KIND_ORG, n, tuple(org_aliases(n)[1:])) for i, n in enumerate(NAMES)))

CASES = [
    # (text, language, [(kind, investor, learned entry id or None)] in text order)
    ("总投资20亿元的稀土抛光粉项目开工，华鼎稀土材料将建设三条生产线。", "zh-Hans",
     [(Kind.PROJECT, "华鼎稀土材料科技有限公司", 1)]),
    ("伊泰煤炭拟投资30亿元建设煤制油项目，星辰新能源拟投资10亿元建设储能电池项目。", "zh-Hans",
     [(Kind.PROJECT, "伊泰煤炭", None), (Kind.PROJECT, "星辰新能源", None)]),  # the rules' own, as written
    ("据悉，星辰新能源蓝海基地项目总投资30亿元。", "zh-Hans",
     [(Kind.PROJECT, "星辰新能源科技有限公司", 3)]),  # the rules glued the base's name on
    ("据悉，星辰新能源拟在当地投资30亿元建设储能电池项目。", "zh-Hans",
     [(Kind.PROJECT, "星辰新能源", None)]),  # the rules stop before 拟在当地 (rules5): their own, as written
    # listed amounts (总投资分别为…): each project's investor, which the rules cut short at an industry word
    ("总投资分别为11亿元、6亿元的星辰新能源储能项目和华鼎稀土材料抛光粉项目开工。", "zh-Hans",
     [(Kind.PROJECT, "星辰新能源科技有限公司", 3), (Kind.PROJECT, "华鼎稀土材料科技有限公司", 1)]),
    # a longer legal name with the words before it glued on: the name from the learned one on
    ("主会场开工星辰新能源储能科技有限公司储能电池项目总投资20亿元。", "zh-Hans",
     [(Kind.PROJECT, "星辰新能源储能科技有限公司", 3)]),
    ("主会场开工的星辰新能源储能科技有限公司储能电池项目总投资20亿元。", "zh-Hans",
     [(Kind.PROJECT, "星辰新能源储能科技有限公司", None)]),  # a clause before 的: the rules cut it themselves
    ("华能新能源股份有限公司投资55亿元的风电项目开工。", "zh-Hans",
     [(Kind.PROJECT, "华能新能源股份有限公司", None)]),  # a longer name of its own stays
    # two organisations sign in the other clause: not for learning to choose
    ("星辰新能源与华鼎稀土材料同日签约，其中总投资10亿元的储能电池项目开工。", "zh-Hans", [(Kind.PROJECT, None, None)]),
    # named in another clause that says nothing of investing
    ("总投资10亿元的储能电池项目开工，星辰新能源出席了仪式。", "zh-Hans", [(Kind.PROJECT, None, None)]),
    ("星辰新能源今年计划完成投资50亿元。", "zh-Hans", [(Kind.TARGET, None, None)]),
    ("2023年，华鼎稀土材料营业收入增长15%。", "zh-Hans", [(Kind.INDICATOR, None, None)]),
    ("On Monday, Zijin Mining signed an agreement with the city on a copper smelter project with a total "
     "investment of 2 billion yuan.", "en", [(Kind.PROJECT, "Zijin Mining Group Co., Ltd.", 5)]),
    ("The city signed 12 projects worth 30 billion yuan, and Trina Solar attended the ceremony.", "en",
     [(Kind.INDICATOR, None, None), (Kind.INDICATOR, None, None)]),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_learned_investor(text: str, language: str, expected: list[tuple[Kind, str | None, int | None]]) -> None:
    found = [d for d in extract_by_rules(text, language, None, KNOWN) if d.kind != Kind.PERSON]
    got = []
    for d in found:
        entry = learned_entry(d.origin)
        got.append((d.kind, d.fields.get("investor"), entry[1] if entry and entry[0] == "investor" else None))
    assert got == expected
