"""A learned organisation that invests an amount makes it its project (table-driven, sentences written for
this test): the subject of an investment verb for the amount (拟投资 / 擬投資 / 总投资将达到 / will invest /
plans to spend), or the organisation the sentence before says invests in the project this one gives the amount
of; in Simplified, Traditional and English text, the name in the script the text writes it in. Annual plans,
period and year totals, several projects' sums, other labels and uses (revenue, R&D, buy-backs), an organisation
written as an object or a partner, and two investors get nothing from learning, whatever the rules make of them."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry, learned_entry, learned_fields
from app.domain.org_names import org_aliases
from app.domain.schema import Kind
from app.text import to_simplified_table, to_traditional


def _scripts(form: str) -> list[str]:
    simp = to_simplified_table()
    return [to_traditional(form), "".join(simp.get(ch, ch) for ch in form)]


NAMES = ["华鼎稀土材料科技有限公司", "星辰新能源科技有限公司", "Zijin Mining Group Co., Ltd."]
HUADING, XINGCHEN, ZIJIN = 1, 2, 3
KNOWN = Knowledge(tuple(LearnedEntry(i + 1, KIND_ORG, n, tuple(org_aliases(n, scripts=_scripts)[1:]))
                        for i, n in enumerate(NAMES)))
HUADING_HANT = "華鼎稀土材料科技有限公司"
KIND_AND_INVESTOR = ("kind", "investor")

CASES = [
    # (text, language, the money facts as (kind, investor, fields the learned entry set, entry id))
    # the sentence before says who builds it; this one gives the project's amount
    ("Zijin Mining, China's largest gold producer, plans to invest as much as 2.5 billion yuan in a copper "
     "smelter.", "en", [(Kind.PROJECT, NAMES[2], KIND_AND_INVESTOR, ZIJIN)]),
    ("Zijin, which has mines in 15 countries, will spend up to 1.2 billion yuan expanding the refinery.", "en",
     [(Kind.PROJECT, NAMES[2], KIND_AND_INVESTOR, ZIJIN)]),
    # (the rules read the kind since round 20: one plant's total investment is a deal's money, en_deal)
    ("ZijinMining is building a lithium plant in Ordos. The plant has a total investment of 3 billion yuan.", "en",
     [(Kind.PROJECT, NAMES[2], ("investor",), ZIJIN)]),
    # the rules leave a cut name (华鼎): learning mends it
    ("据此，华鼎稀土材料包头基地总投资将达到120亿元。", "zh-Hans", [(Kind.PROJECT, NAMES[0], ("investor",), HUADING)]),
    ("據此，華鼎稀土材料包頭基地總投資將達到120億元。", "zh-Hant",
     [(Kind.PROJECT, HUADING_HANT, ("investor",), HUADING)]),
    # a place's government signing with it leaves it the investor (the subject of 拟投资 / "will invest")
    ("包头市与华鼎稀土材料签约，拟投资不超过10亿元建设抛光粉基地。", "zh-Hans",
     [(Kind.PROJECT, NAMES[0], KIND_AND_INVESTOR, HUADING)]),
    ("包頭市與華鼎稀土材料簽約，擬投資不超過10億元建設拋光粉基地。", "zh-Hant",
     [(Kind.PROJECT, HUADING_HANT, KIND_AND_INVESTOR, HUADING)]),
    # (the rules read the kind: an amount invested in one facility, en_facility; learning adds the investor)
    ("The Baotou government and Zijin Mining signed a deal under which it will invest up to 2 billion yuan in a "
     "copper smelter.", "en", [(Kind.PROJECT, NAMES[2], ("investor",), ZIJIN)]),
    # a project the rules found with no investor: the sentence before names the one that builds
    ("华鼎稀土材料将在包头投资建设三条生产线。总投资20亿元的稀土抛光粉项目同日开工。", "zh-Hans",
     [(Kind.PROJECT, NAMES[0], ("investor",), HUADING)]),
]

# stays as the rules have it: no field from learning (annual plans, period and year totals, several projects' sum,
# other labels and uses, an object or a partner, two investors)
UNTOUCHED = [
    ("星辰新能源今年计划完成投资50亿元。", "zh-Hans"),
    ("全年，华鼎稀土材料计划投资20亿元。", "zh-Hans"),
    ("Zijin Mining expects to invest 3 billion yuan this year in its mines.", "en"),
    ("华鼎稀土材料、星辰新能源等12个项目集中开工，总投资85亿元。", "zh-Hans"),
    ("截至目前，华鼎稀土材料累计投资建设了6个项目，累计投资45亿元。", "zh-Hans"),
    ("2023年，华鼎稀土材料完成投资25亿元。", "zh-Hans"),
    ("2023年，华鼎稀土材料营业收入达到45亿元。", "zh-Hans"),
    ("去年，华鼎稀土材料研发投入达到5亿元，同比增长20%。", "zh-Hans"),
    ("华鼎稀土材料拟斥资3亿元回购公司股份。", "zh-Hans"),
    ("Zijin Mining will pay a dividend of 2 billion yuan.", "en"),
    ("包头市为华鼎稀土材料投资5亿元建设配套道路。", "zh-Hans"),
    ("星辰新能源将携手华鼎稀土材料投资20亿元建设储能材料项目。", "zh-Hans"),
    ("华鼎稀土材料与北方稀土集团有限公司共同投资30亿元建设分离厂。", "zh-Hans"),
    ("北方稀土集团有限公司与华鼎稀土材料签约，拟投资不超过10亿元建设抛光粉基地。", "zh-Hans"),
    ("华鼎稀土材料与北方稀土集团有限公司签约。总投资20亿元的稀土抛光粉项目开工。", "zh-Hans"),
    ("Ordos aims to attract investment of 50 billion yuan this year, and Zijin Mining will build a plant there.", "en"),
    ("The city will give Zijin Mining 300 million yuan to build roads.", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_learned_investment(text: str, language: str,
                            expected: list[tuple[Kind, str | None, tuple[str, ...], int | None]]) -> None:
    got = []
    for d in extract_by_rules(text, language, None, KNOWN):
        if d.unit in ("CNY", "USD"):
            entry = learned_entry(d.origin)
            got.append((d.kind, d.fields.get("investor"), learned_fields(d.origin), entry[1] if entry else None))
    assert got == expected


@pytest.mark.parametrize(("text", "language"), UNTOUCHED)
def test_no_learned_investment(text: str, language: str) -> None:
    for d in extract_by_rules(text, language, None, KNOWN):
        assert not learned_fields(d.origin), (d.kind, d.fields, d.origin)
        investor = (d.fields.get("investor") or "").casefold()
        assert not any(investor == n.casefold() for n in (*NAMES, HUADING_HANT)), investor


def test_a_project_made_by_learning_has_a_projects_fields_and_keeps_the_place() -> None:
    text = "包头市与星辰新能源签约，拟投资不超过10亿元建设储能电池基地。"
    (d,) = [d for d in extract_by_rules(text, "zh-Hans", None, KNOWN) if d.unit == "CNY"]
    assert (d.kind, d.fields["investor"], learned_fields(d.origin)) == (Kind.PROJECT, NAMES[1], KIND_AND_INVESTOR)
    assert set(d.fields) == {"investor", "project", "industry", "location", "stage", "period"}
    assert d.fields["location"] and d.region_code == "150200"

