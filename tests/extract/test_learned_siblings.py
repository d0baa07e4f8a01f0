"""A learned organisation whose name is a place before a brand ("Hunan Veltrix", 岳阳瑞岭) gives later
articles the brand alone as an alias. The brand is the group's as much as that company's, so learning must not
rename other companies of the group (sentences and companies made up for this test):

- a sibling the article names in full ("Shandong Veltrix") stays the rules' investor, never the learned one;
- the brand written alone stays as written ("Veltrix"), not expanded to the learned subsidiary;
- a word glued before the brand that is no place ("Firm Veltrix") is mended to the brand;
- the learned name written in full is still the learned organisation."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry, learned_entry
from app.domain.org_names import org_aliases
from app.domain.schema import Kind

LEARNED = "Hunan Veltrix"
KNOWN = Knowledge((LearnedEntry(1, KIND_ORG, LEARNED, tuple(org_aliases(LEARNED)[1:])),))


def _money(text: str, knowledge: Knowledge | None = None) -> tuple[Kind, str | None, int | None]:
    (d,) = [d for d in extract_by_rules(text, "en", None, knowledge) if d.unit == "USD"]
    entry = learned_entry(d.origin)
    return d.kind, d.fields.get("investor"), entry[1] if entry else None


def test_the_brand_alone_is_an_alias() -> None:
    assert "Veltrix" in KNOWN.entries[0].aliases


@pytest.mark.parametrize(("text", "investor"), [
    ("Chinese company Shandong Veltrix said on Monday it plans to invest around US$1 billion in a tyre plant in "
     "Serbia.", "Shandong Veltrix"),
    ("Tyre maker Jiangsu Veltrix Co., Ltd. will invest US$300 million in a new plant in Morocco.",
     "Jiangsu Veltrix Co., Ltd"),
])
def test_a_sibling_named_in_full_stays(text: str, investor: str) -> None:
    without = _money(text)
    assert without[:2] == (Kind.PROJECT, investor)
    assert _money(text, KNOWN)[:2] == without[:2]


@pytest.mark.parametrize("text", [
    "Veltrix to build US$1 bn tyre plant in Serbia\n\nVeltrix to build US$1 bn tyre plant in Serbia\n\nThe "
    "construction of the factory is planned to start in April.",
    "Veltrix plans to invest US$500 million in a tyre plant in Hungary.",
])
def test_the_brand_alone_stays_as_written(text: str) -> None:
    kind, investor, _entry = _money(text, KNOWN)
    assert (kind, investor) == (Kind.PROJECT, "Veltrix")


def test_the_learned_name_in_full_is_learned() -> None:
    kind, investor, _entry = _money("Hunan Veltrix will invest US$200 million in a new tyre plant in Vietnam.", KNOWN)
    assert (kind, investor) == (Kind.PROJECT, LEARNED)


def test_a_word_glued_before_the_brand_is_mended() -> None:
    """A headline's word before the brand ("Firm Veltrix") is no place: the rules cut it (company_en.described_lead),
    and the learned organisation keeps the brand."""
    text = ("Firm Veltrix to put $25 million research centre in Georgia\n\nThe company would put a $25 million "
            "research and development center in the state.")
    assert _money(text)[:2] == (Kind.PROJECT, "Veltrix")
    assert _money(text, KNOWN)[:2] == (Kind.PROJECT, "Veltrix")  # (the rules' name already: no learned origin)


# Chinese (made up too): a learned "place + brand" (岳阳瑞岭, whose alias is the brand 瑞岭) or a group's full
# legal name (江西瑞岭建材有限公司, aliases 瑞岭建材 and more) beside a sibling the article names after its own place
ZH_LEARNED = ("岳阳瑞岭", "江西瑞岭建材有限公司")
ZH_SIBLINGS = [
    ("绵阳瑞岭建材项目总投资12亿元，占地500亩，建设两条生产线。", "zh-Hans", "绵阳瑞岭建材"),
    ("綿陽瑞嶺建材項目總投資12億元,佔地500畝,建設兩條生產線。", "zh-Hant", "綿陽瑞嶺建材"),
    ("六盘水瑞岭建材项目计划总投资8.5亿元，今年开工。", "zh-Hans", "六盘水瑞岭建材"),
]


def _cny(text: str, language: str, knowledge: Knowledge | None = None) -> tuple[Kind, str | None, str]:
    (d,) = [d for d in extract_by_rules(text, language, None, knowledge) if d.unit == "CNY"]
    return d.kind, d.fields.get("investor"), d.origin


@pytest.mark.parametrize("learned", ZH_LEARNED)
@pytest.mark.parametrize(("text", "language", "investor"), ZH_SIBLINGS)
def test_a_chinese_sibling_named_after_its_place_stays(learned: str, text: str, language: str, investor: str) -> None:
    known = Knowledge((LearnedEntry(1, KIND_ORG, learned, tuple(org_aliases(learned)[1:])),))
    assert _cny(text, language)[:2] == (Kind.PROJECT, investor)
    kind, name, origin = _cny(text, language, known)
    assert (kind, name) == (Kind.PROJECT, investor)
    assert learned_entry(origin) is None


def test_the_chinese_learned_name_in_full_stays_itself() -> None:
    group = "江西瑞岭建材有限公司"
    known = Knowledge((LearnedEntry(1, KIND_ORG, group, tuple(org_aliases(group)[1:])),))
    kind, name, _origin = _cny("江西瑞岭建材有限公司拟投资6亿元建设新型建材项目。", "zh-Hans", known)
    assert kind is Kind.PROJECT and name == group


# A learned group company known by its first word (the group's brand): "Norvane Central", alias "Norvane". A
# sibling the article names by the brand and a name word of its own ("Norvane Zhonghuan", "Norvane CSOT") is
# another company, not the learned one; the brand followed by a title or a verb is still the learned one.
BRAND_FIRST = "Norvane Central"
BRAND_KNOWN = Knowledge((LearnedEntry(7, KIND_ORG, BRAND_FIRST, tuple(org_aliases(BRAND_FIRST)[1:])),))


def test_the_brand_first_is_an_alias() -> None:
    assert "Norvane" in BRAND_KNOWN.entries[0].aliases


@pytest.mark.parametrize(("text", "investor"), [
    ("Norvane Zhonghuan will invest US$400 million in a wafer plant in Yinchuan.", "Norvane Zhonghuan"),
    ("Solar maker Norvane Zhonghuan plans to invest US$1.2 billion in a cell plant in Malaysia.", "Norvane Zhonghuan"),
])
def test_a_sibling_after_the_brand_stays(text: str, investor: str) -> None:
    without = _money(text)
    assert without[:2] == (Kind.PROJECT, investor)
    kind, name, entry = _money(text, BRAND_KNOWN)
    assert (kind, name, entry) == (Kind.PROJECT, investor, None)


def test_a_sibling_after_the_brand_is_not_given_the_learned_name() -> None:
    """The rules name no investor here; learning must not give the sibling's amount to the learned company."""
    text = "A wafer plant worth US$300 million was signed with Norvane Zhonghuan on Monday."
    assert _money(text, BRAND_KNOWN) == (Kind.PROJECT, None, None)


def test_the_brand_before_a_title_is_the_learned_one() -> None:
    text = "Norvane Chairman Li Wei said the group will invest US$300 million in a wafer plant in Wuxi."
    assert _money(text, BRAND_KNOWN) == (Kind.PROJECT, BRAND_FIRST, 7)
