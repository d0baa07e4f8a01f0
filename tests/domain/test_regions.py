"""The region gazetteer: every alias resolves to its place's code, Simplified, Traditional, English,
pinyin and suffixed forms share it, and ambiguous names resolve the same way every time."""

from __future__ import annotations

import pytest

from app.domain.regions import (
    alias_forms,
    candidates,
    english_name,
    key,
    place,
    places,
    region_name,
    region_prefix,
    resolve_place,
    resolve_region,
    within,
)


def test_every_division_is_there() -> None:
    levels = [p.level for p in places()]
    assert levels.count("province") == 34
    assert levels.count("prefecture") >= 333
    assert levels.count("county") >= 2800
    assert all(p.english and p.name and p.name_hant for p in places())
    assert all(len(p.code) == 6 and p.code.isdigit() for p in places() if p.level != "area")


def test_every_alias_resolves_to_a_place_it_names() -> None:
    """Each written form of each coded place resolves to a place with that form among its aliases
    (the same place unless the form is shared, where the preferred place has it too)."""
    forms_of = {p: {key(f): f for f, _ in alias_forms(p)} for p in places()}
    checked = 0
    for p, forms in forms_of.items():
        if not p.code:
            continue
        for k, form in forms.items():
            found = candidates(form)
            assert found and p in found, (form, p)
            assert k in forms_of[found[0]], (form, found[0])
            checked += 1
    assert checked > 75_000


@pytest.mark.parametrize("alias", ["包头", "包頭", "Baotou", "Baotou City", "包头市", "包頭市", "baotou",
                                   "BAOTOU", "bao tou", "150200", "150200000000"])
def test_forms_of_baotou_share_a_code(alias: str) -> None:
    assert resolve_region(alias) == "150200"


@pytest.mark.parametrize("alias", ["包头稀土高新区", "包头稀土高新技术产业开发区", "包頭稀土高新技術產業開發區",
                                   "Baotou Rare Earth High-tech Zone"])
def test_a_zone_has_its_parents_code_and_its_own_name(alias: str) -> None:
    zone = resolve_place(alias)
    assert zone is not None and zone.level == "zone"
    assert zone.code == "150200" and zone.zone == "包头稀土高新技术产业开发区"
    assert resolve_region(alias) == "150200"


@pytest.mark.parametrize(("alias", "code"), [
    ("内蒙古", "150000"), ("內蒙古自治區", "150000"), ("Inner Mongolia", "150000"),
    ("Inner Mongolia Autonomous Region", "150000"), ("陕西", "610000"), ("Shaanxi", "610000"),
    ("Shanxi", "140000"), ("山西省", "140000"), ("Tibet", "540000"), ("西藏", "540000"),
    ("Hong Kong", "810000"), ("香港", "810000"), ("Macao", "820000"), ("澳門", "820000"),
    ("Harbin", "230100"), ("哈爾濱市", "230100"), ("Hohhot", "150100"), ("臺灣", "710000"),
    ("台湾", "710000"), ("Jiangsu Province", "320000"), ("江蘇", "320000"), ("Xi'an", "610100"),
    ("Kundulun District", "150203"), ("昆都侖區", "150203"), ("Nanning City", "450100"), ("潍坊", "370700"),
    ("濰坊市", "370700"), ("宁德", "350900"), ("寧德", "350900"),
])
def test_known_places(alias: str, code: str) -> None:
    assert resolve_region(alias) == code


def test_ambiguous_names_resolve_deterministically() -> None:
    # 朝阳: a prefecture-level city in Liaoning and districts of Beijing and Changchun: the higher level
    assert resolve_region("朝阳") == "211300"
    # 朝阳区: two districts of the same level: the one the earlier gazetteer named (Beijing) ...
    assert [p.code for p in candidates("朝阳区")][:2] == ["110105", "220104"]
    assert resolve_region("朝阳区") == "110105"
    # ... unless the document is about Jilin or Changchun
    assert resolve_region("朝阳区", context="220000") == "220104"
    assert resolve_region("朝阳区", context="220100") == "220104"
    # 鼓楼区 (Nanjing, Xuzhou, Fuzhou, Kaifeng): the lowest code, the same every time, or the context's
    assert resolve_region("鼓楼区") == "320106"
    assert resolve_region("鼓楼区", context="350000") == "350102"
    # a province before a city of the same short name
    assert resolve_region("吉林") == "220000" and resolve_region("吉林市") == "220200"
    assert resolve_region("海南") == "460000"


def test_unknown_text_resolves_to_nothing() -> None:
    for text in ("", "   ", "Atlantis", "京津冀", "99", "123456"):
        assert resolve_region(text) is None


def test_names_and_containment() -> None:
    assert region_name("150200", "zh_CN") == "包头市" and region_name("150200", "en") == "Baotou"
    assert english_name("150000") == "Inner Mongolia" and english_name(None) is None
    assert place("150203") is not None and place("150203").parent == "150200"
    assert region_prefix("150000") == "15" and region_prefix("150200") == "1502" and region_prefix("150203") == "150203"
    assert within("150203", "150000") and within("150203", "150200") and within("150200", "150200")
    assert not within("150100", "150200") and not within(None, "150000")
