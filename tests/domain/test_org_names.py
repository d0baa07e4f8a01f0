"""The aliases learning derives from an organisation an analyst confirmed or corrected (table-driven), and
the forms it refuses because they would find false investors."""

from __future__ import annotations

import pytest

from app.domain.org_names import (
    brands_in,
    learnable,
    org_aliases,
    safe_alias,
    without_leading_place,
    without_legal_suffix,
)
from app.text import to_simplified_table, to_traditional


def _scripts(form: str) -> list[str]:
    simp = to_simplified_table()
    return [to_traditional(form), "".join(simp.get(ch, ch) for ch in form)]


ALIASES = [
    # (name, context, aliases that must be derived, forms that must not be)
    ("星辰新能源科技有限公司", "", {"星辰新能源科技", "星辰新能源", "星辰新能源科技有限公司"}, {"星辰", "新能源"}),
    ("包头市星辰新能源科技有限公司", "", {"星辰新能源科技有限公司", "星辰新能源", "包頭市星辰新能源科技有限公司"},
     {"包头市", "包头"}),
    ("内蒙古伊泰煤炭股份有限公司", "", {"伊泰煤炭", "伊泰煤炭股份有限公司", "内蒙古伊泰煤炭", "內蒙古伊泰煤炭"},
     {"内蒙古", "煤炭"}),
    ("中国石油化工集团有限公司", "", {"中国石油化工", "中國石油化工"}, {"中国", "化工", "石油化工"}),
    ("中创新航科技集团股份有限公司", "", {"中创新航", "中创新航科技", "中創新航"}, {"科技"}),
    ("長城汽車股份有限公司", "", {"长城汽车", "長城汽車", "长城汽车股份有限公司"}, {"汽车", "長城"}),
    ("东方电气集团", "", {"东方电气", "東方電氣集團"}, {"电气", "东方"}),
    ("Zijin Mining Group Co., Ltd.", "", {"Zijin Mining Group", "Zijin Mining", "Zijin MiningGroup", "ZijinMining"},
     {"Mining", "Group", "Mining Group"}),
    ("Inner Mongolia Yitai Coal Co., Ltd.", "", {"Yitai Coal", "Inner Mongolia Yitai Coal", "YitaiCoal"},
     {"Inner Mongolia", "Coal"}),
    ("Baotou Steel Group", "", {"Baotou Steel"}, {"Steel", "Steel Group", "Baotou"}),
    ("China Energy Investment Group", "", {"China Energy InvestmentGroup"}, {"China Energy Investment", "China"}),
    ("Trina Solar Co., Ltd.", "", {"Trina Solar", "TrinaSolar", "Trina"}, {"Solar"}),
    ("Zoomlion Heavy Industry Science and Technology Co., Ltd.", "", {"Zoomlion"}, {"Heavy Industry"}),
    ("Intel Semiconductor (Dalian) Ltd.", "", {"Intel Semiconductor", "Intel"}, {"Dalian", "Semiconductor"}),
    ("孚能科技(赣州)股份有限公司", "", {"孚能科技(赣州)", "孚能科技股份有限公司", "孚能科技"}, {"赣州"}),
    ("中国石油化工股份有限公司（中国石化）", "", {"中国石化", "中国石油化工股份有限公司", "中国石油化工"}, set()),
    ("Tongwei Co., Ltd. (hereinafter \"Tongwei\")", "", {"Tongwei", "Tongwei Co., Ltd."}, set()),
    ("伊泰煤炭股份有限公司", "内蒙古伊泰煤炭股份有限公司（以下简称“伊泰”）今日宣布", {"伊泰", "伊泰煤炭"}, set()),
    ("Zijin Mining Group Co., Ltd.", 'Zijin Mining Group Co., Ltd. (hereinafter referred to as "Zijin") said',
     {"Zijin"}, set()),
    ("宁德时代新能源科技股份有限公司", "", {"宁德时代新能源", "寧德時代新能源科技股份有限公司"}, {"时代", "新能源"}),
    # the place 宁德 leaves the common word 时代, refused in either script (the word lists are Simplified)
    ("宁德时代", "", {"寧德時代"}, {"时代", "時代"}),
    ("寧德時代", "", {"宁德时代"}, {"时代", "時代"}),
]


@pytest.mark.parametrize(("name", "context", "wanted", "refused"), ALIASES)
def test_aliases(name: str, context: str, wanted: set[str], refused: set[str]) -> None:
    got = org_aliases(name, context=context, scripts=_scripts)
    assert got[0] == name.strip()
    assert wanted <= set(got), sorted(wanted - set(got))
    assert not refused & set(got), sorted(refused & set(got))
    assert len(got) == len({g.casefold() for g in got})  # case variants are one alias (matching ignores case)


@pytest.mark.parametrize(("name", "shorter"), [
    ("Zijin Mining Group Co., Ltd.", ["Zijin Mining Group", "Zijin Mining"]),
    ("Foxconn Industrial Internet Co Ltd", ["Foxconn Industrial Internet"]),
    ("Sungrow Power Supply Co., Limited", ["Sungrow Power Supply Co.", "Sungrow Power Supply"]),
    ("Tesla, Inc.", ["Tesla"]),
    ("New Hope Holdings", ["New Hope"]),
    ("中国石化集团有限公司", ["中国石化"]),
    ("隆基绿能科技股份有限公司", ["隆基绿能科技"]),
    ("蒙牛乳业有限责任公司", ["蒙牛乳业"]),
    ("中化控股有限责任公司", ["中化"]),
    ("比亚迪", []),
])
def test_legal_suffixes(name: str, shorter: list[str]) -> None:
    assert without_legal_suffix(name) == shorter


@pytest.mark.parametrize(("name", "local"), [
    ("包头市星辰科技", "星辰科技"),
    ("内蒙古包头市星辰科技", "星辰科技"),
    ("内蒙古伊泰集团", "伊泰集团"),
    ("Inner Mongolia Yitai Coal", "Yitai Coal"),
    ("Baotou Steel", "Steel"),  # derived here; safe_alias refuses it alone
    ("星辰科技", None),
    ("Zijin Mining", None),
])
def test_leading_place(name: str, local: str | None) -> None:
    assert without_leading_place(name) == local


@pytest.mark.parametrize(("alias", "safe"), [
    ("星辰", True), ("伊泰", True), ("星", False), ("科技", False), ("新能源科技", False), ("时代", False),
    ("集团有限公司", False), ("包头", False), ("包头市", False), ("内蒙古", False), ("東方電氣", True),
    ("Zijin", True), ("BYD", True), ("GE", False), ("Group", False), ("China Energy", False), ("Thursday", False),
    ("May", False), ("Baotou", False), ("Inner Mongolia", False), ("Yitai Coal", True),
])
def test_safe_alias(alias: str, safe: bool) -> None:
    assert safe_alias(alias) is safe


@pytest.mark.parametrize(("name", "ok"), [
    ("星辰", True), ("China Energy Investment Group", True), ("Thursday", False), ("集团", False), ("包头市", False),
    ("X", False), ("Baotou", False), ("星辰新能源科技有限公司", True),
])
def test_learnable(name: str, ok: bool) -> None:
    assert learnable(name) is ok


def test_brands_in_article() -> None:
    text = ('内蒙古伊泰煤炭股份有限公司（以下简称"伊泰煤炭"）与包头市签约。Trina Solar Co., Ltd. ("Trina") said. '
            "星辰新能源(包头)公司开工,华鼎稀土材料科技有限公司,简称华鼎稀土,今日签约。"
            "Intel Semiconductor (Dalian) Ltd.")
    assert brands_in(text, ["内蒙古伊泰煤炭股份有限公司"]) == ["伊泰煤炭"]
    assert brands_in(text, ["Trina Solar Co., Ltd."]) == ["Trina"]
    assert brands_in(text, ["华鼎稀土材料科技有限公司"]) == ["华鼎稀土"]
    assert brands_in(text, ["星辰新能源"]) == []  # a place in parentheses is no brand
    assert brands_in(text, ["Intel Semiconductor"]) == []
