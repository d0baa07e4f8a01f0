"""A learned organisation owns an amount with no investment verb before it (table-driven, sentences written for
this test): right before the amount with the project after it (中鼎电池50亿元…基地开建, places between allowed), as
the possessive heading a project whose amount is an investment ("X's plant …, with a N investment", list items
"X's base (N yuan)"), after it as the owner or builder ("owned by X", 由X投资建设), a signing the sentence before
names it in, a place's government as the host (与…市政府签订总投资…), a date that is no period (去年8月); a name the
article gives beside a learned one (诺维克系统（Norvik）) is that organisation in the whole article, and a name
learned in English is written as the Chinese article writes it. Revenue, output, loans, cumulative totals,
several projects, another company whose name begins with the learned one, and two owners get nothing."""

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


# (name the analyst set, the article it was set in): the first one's article writes its Chinese name beside it
TAUGHT = [
    ("Zhongding Battery Co., Ltd.", "Zhongding Battery Co., Ltd. (中鼎电池股份有限公司) makes power cells."),
    ("瀚星汽车集团有限公司", ""),
    ("Norvik Systems Co., Ltd.", ""),
]
ZHONGDING, HANXING, NORVIK = 1, 2, 3
KNOWN = Knowledge(tuple(LearnedEntry(i + 1, KIND_ORG, n, tuple(org_aliases(n, context=c, scripts=_scripts)[1:]))
                        for i, (n, c) in enumerate(TAUGHT)))
HANXING_NAME, NORVIK_NAME = TAUGHT[1][0], TAUGHT[2][0]
BOTH = ("kind", "investor")

CASES = [
    # (text, language, the money facts as (kind, investor, fields the learned entry set, entry id))
    # right before the amount, the project after it: learned in English, written as the article writes it
    ("中鼎电池50亿元动力电池基地一期开建。", "zh-Hans", [(Kind.PROJECT, "中鼎电池", BOTH, ZHONGDING)]),
    ("中鼎電池50億元動力電池基地一期開建。", "zh-Hant", [(Kind.PROJECT, "中鼎電池", BOTH, ZHONGDING)]),
    ("瀚星汽车宜宾30亿元整车项目签约。", "zh-Hans", [(Kind.PROJECT, HANXING_NAME, BOTH, HANXING)]),
    # a date is no period; a place's government signing is the host, not a second investor
    ("去年8月，瀚星汽车与宜宾市政府就整车项目签订投资协议，项目总投资80亿元。", "zh-Hans",
     [(Kind.PROJECT, "瀚星汽车", (), None)]),  # rules5: the rules find the signing company themselves
    ("周五，旗下瀚星汽车就与宜宾市人民政府签订总投资达人民币250亿元的全面合作协议。", "zh-Hans",
     [(Kind.PROJECT, "瀚星汽车", (), None)]),  # rules5
    # the possessive heading the project, the amount an investment of it
    ("Norvik's new battery plant is located in Yibin, with a 6-billion-yuan investment and an annual capacity "
     "of 20 GWh.", "en", [(Kind.PROJECT, "Norvik", (), None)]),  # rules5: the owner heading its facility
    ("Norvik's storage base (900 million yuan) and a logistics park (650 million yuan) were signed on Monday.",
     "en", [(Kind.PROJECT, "Norvik", (), None), (Kind.PROJECT, None, (), None)]),  # rules5: each item a project
    # one item each of a list of several projects: its own amount
    ("Three projects were signed, namely Norvik's storage base (900 million yuan), a logistics park (650 million "
     "yuan) and Zhongding's cell plant (700 million yuan).", "en",
     [(Kind.PROJECT, "Norvik", (), None), (Kind.PROJECT, None, (), None),
      (Kind.PROJECT, "Zhongding", (), None)]),  # rules5
    # the owner or builder after the amount
    ("The 100-million-dollar factory, owned by Norvik Systems, makes battery packs.", "en",
     [(Kind.PROJECT, NORVIK_NAME, BOTH, NORVIK)]),
    ("总投资12亿元的储能电站项目由瀚星汽车投资建设。", "zh-Hans",  # round 6: the rules read 由X投资建设 themselves
     [(Kind.PROJECT, "瀚星汽车", (), None)]),
    # the rules' project; the sentence before says who signed it (与 after a place), this one who it is built for
    ("宜宾市与瀚星汽车就储能电池项目举行签约仪式。\n电池生产基地项目位于临港经济开发区，总投资60亿元，将打造瀚星汽车在西南的"
     "电池基地。", "zh-Hans", [(Kind.PROJECT, "瀚星汽车", (), None)]),  # rules5: the signing company before
    # a name given beside the learned one is the same organisation throughout the article
    ("诺维克系统（Norvik）是一家储能企业。诺维克系统50亿元储能电池基地一期开工。", "zh-Hans",
     [(Kind.PROJECT, "诺维克系统", BOTH, NORVIK)]),
]

# nothing from learning: revenue, output, loans, cumulative totals, several projects, two owners, an object
UNTOUCHED = [
    ("中鼎电池2023年营业收入达到600亿元。", "zh-Hans"),
    ("长沙中鼎电池累计产值逾60亿元。", "zh-Hans"),
    ("中鼎电池5亿元项目贷款到位。", "zh-Hans"),
    ("银行向中鼎电池5亿元电池基地项目提供贷款。", "zh-Hans"),
    ("瀚星汽车早在2005年就到宜宾投资设厂，18年来累计投资超过100亿元。", "zh-Hans"),
    ("中鼎电池、瀚星汽车等12个项目集中开工，总投资85亿元。", "zh-Hans"),
    ("Last year, Norvik's factory in Yibin produced 180,000 packs and achieved 28 billion yuan in output value.",
     "en"),
    ("The 100-million-dollar factory, owned by Norvik Systems and a local fund, makes packs.", "en"),
    ("Norvik has invested a total of 1.7 billion US dollars in Yibin in the past 24 years.", "en"),
]


def _learned(text: str, language: str) -> list[tuple[Kind, str | None, tuple[str, ...], int | None]]:
    got = []
    for d in extract_by_rules(text, language, None, KNOWN):
        if d.unit in ("CNY", "USD"):
            entry = learned_entry(d.origin)
            got.append((d.kind, d.fields.get("investor"), learned_fields(d.origin), entry[1] if entry else None))
    return got


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_learned_organisation_owns_the_amount(text: str, language: str,
                                              expected: list[tuple[Kind, str | None, tuple[str, ...], int | None]]
                                              ) -> None:
    assert _learned(text, language) == expected


@pytest.mark.parametrize(("text", "language"), UNTOUCHED)
def test_no_learned_owner(text: str, language: str) -> None:
    for d in extract_by_rules(text, language, None, KNOWN):
        assert not learned_fields(d.origin), (d.kind, d.fields, d.origin)


def test_another_company_whose_name_begins_with_a_learned_one_keeps_the_rules_investor() -> None:
    """瀚星汽车零部件股份有限公司 is not the learned 瀚星汽车集团: the rules' investor stays, nothing is learned."""
    text = "瀚星汽车零部件股份有限公司在宜宾投资10亿元的瀚星汽车零部件智能制造项目开工。"
    alone = [(d.kind, d.fields.get("investor")) for d in extract_by_rules(text, "zh-Hans", None) if d.unit == "CNY"]
    assert [(k, i) for k, i, _, _ in _learned(text, "zh-Hans")] == alone
    assert all(not fields for _, _, fields, _ in _learned(text, "zh-Hans"))


def test_without_the_learned_organisations_the_rules_see_no_project() -> None:
    """The cases are learning's: without what was learned, none of their amounts has a learned field, and the
    amounts the learned ones make projects are not projects with that investor."""
    for text, language, expected in CASES:
        alone = [d for d in extract_by_rules(text, language, None) if d.unit in ("CNY", "USD")]
        assert len(alone) == len(expected)
        for d, (_, investor, fields, _) in zip(alone, expected, strict=True):
            assert not learned_fields(d.origin)
            if fields:
                assert d.fields.get("investor") != investor
