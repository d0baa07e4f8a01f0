"""Where a learned organisation stands decides whether it owns an amount (table-driven, sentences and companies
made up for this test; learned in one article, used in another in another form or position):

- an English sentence the subject rules read as about a learned company (its amount "is expected to cost", "it
  plans to …", "the investment in this project is …" after a sentence saying it builds one) is its project, as it
  is without learning — knowing a company never costs its investments; "it" after "X will buy Y" is X;
- a learned name that is the subject of the investment verb before the amount replaces a rules' investor standing
  after the amount (the project's own words) or before it (the parent of the learned subsidiary), never one
  standing between it and the amount;
- the amount's clause naming a project (5GW项目投资…) that a learned name headed earlier in the article is its;
- a learned name right after the amount and 的 heads the project the clause names (总投资N亿元的X…项目), also as
  one item of a list;
- a rules' investor longer than a learned alias stays when the clause goes on from it (a subsidiary's or newer
  name), and is mended only when it ran on into glued words or the project's name.

The investor is the learned name (in the article's script), or the brand as the article writes it where it writes
only the brand without the trade the learned name ends with (鸿澜 of 鸿澜新材料股份有限公司: the group, not the one
company confirmed).

Market value, output and amounts of another company get nothing from learning."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry, learned_entry
from app.domain.org_names import org_aliases
from app.domain.schema import Kind
from app.text import to_simplified_table, to_traditional


def _scripts(form: str) -> list[str]:
    simp = to_simplified_table()
    return [to_traditional(form), "".join(simp.get(ch, ch) for ch in form)]


# (name the analyst set, the article it was set in): the second article writes the brand alone (鸿澜将…)
TAUGHT = [
    ("Veltrix Power Co., Ltd.", ""),
    ("鸿澜新材料股份有限公司", "鸿澜新材料股份有限公司发布公告称，鸿澜将在湖南建设正极材料基地。"),
    ("Norland Cobalt", ""),
]
NAMES = [n for n, _ in TAUGHT]
VELTRIX, HONGLAN, NORLAND = 1, 2, 3
KNOWN = Knowledge(tuple(LearnedEntry(i + 1, KIND_ORG, n, tuple(org_aliases(n, context=c, scripts=_scripts)[1:]))
                        for i, (n, c) in enumerate(TAUGHT)))
HONGLAN_HANT = "鴻瀾新材料股份有限公司"

CASES = [
    # (text, language, value, (kind, investor, learned entry or None) with what was learned)
    # English: the subject rules' reading, with the learned company as the subject
    ("Veltrix Power said its new cathode plant in the county is expected to cost about 3 billion yuan.", "en",
     3e9, (Kind.PROJECT, NAMES[0], VELTRIX)),
    ("Veltrix Power will build a separator plant in Hubei. The investment in this project is estimated at RMB 2 "
     "billion.", "en", 2e9, (Kind.PROJECT, NAMES[0], VELTRIX)),
    ("At the same time, Veltrix Power plans to use 600 million yuan of its own funds to acquire Norland Cobalt, and "
     "it plans to increase capital by 500 million yuan to a graphite maker in Inner Mongolia.", "en",
     5e8, (Kind.PROJECT, NAMES[0], VELTRIX)),
    # Chinese: the learned subject of the verb before the amount over the rules' investor after it or its parent
    ("3月初，鸿澜总投资40亿元的高镍正极材料及前驱体项目在湖南开工。", "zh-Hans", 4e9,
     (Kind.PROJECT, "鸿澜", HONGLAN)),
    ("3月初，鴻瀾總投資40億元的高鎳正極材料及前驅體項目在湖南開工。", "zh-Hant", 4e9,
     (Kind.PROJECT, "鴻瀾", HONGLAN)),
    # (the rules read these two themselves since round 8 — a subsidiary named after its parent, an item of a list
    # of projects by amount — so the investor is the same and learning has nothing to add)
    ("据报道，远川控股集团有限公司的子公司鸿澜将在当地投资建设电池材料工厂，投资金额约为15亿元。", "zh-Hans", 1.5e9,
     (Kind.PROJECT, "鸿澜", None)),
    # Chinese: the learned name right after the amount and 的, heading the project (also one item of a list)
    ("总投资25亿元的鸿澜正极材料、前驱体一体化项目在当地投产。", "zh-Hans", 2.5e9, (Kind.PROJECT, "鸿澜", HONGLAN)),
    ("總投資25億元的鴻瀾正極材料一體化項目在當地投產。", "zh-Hant", 2.5e9, (Kind.PROJECT, "鴻瀾", HONGLAN)),
    ("总投资80亿元的星汉集团、25亿元的鸿澜等重大产业项目建成投产。", "zh-Hans", 2.5e9,
     (Kind.PROJECT, "鸿澜", None)),
    # the amount's clause names the project a learned name headed earlier in the article (and nobody else)
    ("鸿澜新材料5GW高镍正极项目今日在当地开工。据了解，5GW项目投资约20亿元，建设期一年半。", "zh-Hans", 2e9,
     (Kind.PROJECT, NAMES[1], HONGLAN)),
    ("鴻瀾長沙正極材料產業園項目二期正式開工。二期項目總投資7億元，用地面積300畝。", "zh-Hant", 7e8,
     (Kind.PROJECT, "鴻瀾", HONGLAN)),
    ("鸿澜新材料5GW高镍正极项目今日开工。2GW项目投资约20亿元。", "zh-Hans", 2e9, (Kind.PROJECT, None, None)),
    # a longer name the clause goes on from stays the rules'
    ("据了解，鸿澜锂业计划投资约20亿元建设正极材料项目。", "zh-Hans", 2e9, (Kind.PROJECT, "鸿澜锂业", None)),
    ("鸿澜新能源拟斥资30亿元在当地建设储能电池基地。", "zh-Hans", 3e9, (Kind.PROJECT, "鸿澜新能源", None)),
    # another company as the nearer subject stays the investor
    ("鸿澜与星汉集团签约后，星汉集团拟投资30亿元建设储能电池基地。", "zh-Hans", 3e9, (Kind.PROJECT, "星汉集团", None)),
]


def _money(text: str, language: str, value: float, knowledge: Knowledge | None = None
           ) -> tuple[Kind, str | None, int | None]:
    facts = extract_by_rules(text, language, None, knowledge) if knowledge else extract_by_rules(text, language)
    (d,) = [d for d in facts
            if d.unit in ("CNY", "USD") and float(d.value or 0) == value]
    entry = learned_entry(d.origin)
    return d.kind, d.fields.get("investor"), entry[1] if entry else None


@pytest.mark.parametrize(("text", "language", "value", "expected"), CASES)
def test_learned_organisation_by_its_place(text: str, language: str, value: float,
                                          expected: tuple[Kind, str | None, int | None]) -> None:
    assert _money(text, language, value, KNOWN) == expected


UNTOUCHED = [
    ("Veltrix Power has exceeded 200 billion yuan in market value.", "en", 2e11),
    ("Last year Veltrix Power's plant in the county achieved 28 billion yuan in output value.", "en", 2.8e10),
    ("鸿澜去年实现产值25亿元，同比增长12%。", "zh-Hans", 2.5e9),
    ("总投资80亿元的星汉集团储能电池基地项目在当地投产。", "zh-Hans", 8e9),
]


@pytest.mark.parametrize(("text", "language", "value"), UNTOUCHED)
def test_no_learned_investment(text: str, language: str, value: float) -> None:
    """What learning leaves as the rules have it: no learned entry, the same kind and investor as without it."""
    with_knowledge = _money(text, language, value, KNOWN)
    assert with_knowledge[2] is None
    assert with_knowledge[:2] == _money(text, language, value)[:2]


def test_brand_without_its_trade_only_where_the_article_writes_it() -> None:
    """鸿澜 of 鸿澜新材料 (鴻瀾 in Traditional) is learned from an article that writes it alone, never from the name
    alone, where it may be a common word."""
    assert {"鸿澜", "鴻瀾"} <= set(org_aliases(TAUGHT[1][0], context=TAUGHT[1][1], scripts=_scripts))
    assert "鸿澜" not in org_aliases(TAUGHT[1][0], scripts=_scripts)
    assert "鸿澜" not in org_aliases(TAUGHT[1][0], context="鸿澜新材料股份有限公司今日开工。", scripts=_scripts)
    assert "鴻瀾" in org_aliases(TAUGHT[1][0], context="鴻瀾新材料公告稱，鴻瀾將在湖南建設基地。", scripts=_scripts)


@pytest.mark.parametrize(("name", "context", "brand"), [
    ("澜峰电子有限公司", "澜峰电子有限公司宣布，澜峰将在成都新建模组工厂。", "澜峰"),
    ("澜峰绿能", "澜峰绿能拟斥资40亿元。澜峰表示项目明年投产。", "澜峰"),
    ("澜峰硅", "总投资20亿元的澜峰硅单晶项目投产，澜峰称产能翻番。", "澜峰"),
    ("瀾峰新能源科技股份有限公司", "瀾峰新能源科技股份有限公司公告，瀾峰將在宜賓擴產。", "瀾峰"),
])
def test_brand_of_each_trade(name: str, context: str, brand: str) -> None:
    """The brand without its trade, from an article writing it alone; an article writing only the name gives none."""
    assert brand in org_aliases(name, context=context, scripts=_scripts)
    assert brand not in org_aliases(name, context=name + "今日开工。", scripts=_scripts)
