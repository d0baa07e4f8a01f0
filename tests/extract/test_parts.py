"""Unit tests of the parts: numbers, the region gazetteer, periods, the same-length matching form, and
extract_selection."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.schema import Kind
from app.extract import EXTRACTOR_VERSION, extract, extract_selection
from app.extract.numbers import parse_number
from app.extract.periods import find_periods
from app.extract.regions import find_regions, gazetteer
from app.extract.textprep import match_form


@pytest.mark.parametrize(("written", "value"), [
    ("五千万", 50_000_000), ("两百", 200), ("三千萬", 30_000_000), ("1.85亿", 185_000_000), ("十五", 15),
    ("一亿五千万", 150_000_000), ("三万亿", 3e12), ("3,596", 3596), ("2088.26", 2088.26), ("１２", 12),
    ("six", 6), ("twelve", 12), ("twenty-five", 25), ("three hundred and twelve", 312), ("一千二百三十四", 1234),
])
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == Decimal(repr(value))


def test_gazetteer_covers_provinces_and_prefectures() -> None:
    regions = gazetteer()
    assert sum(r.level == "province" for r in regions) == 34
    assert sum(r.level == "prefecture" for r in regions) >= 333
    assert all(r.english for r in regions)


@pytest.mark.parametrize(("language", "text", "found"), [
    ("en", "Baotou City, Inner Mongolia Autonomous Region", ["Baotou City", "Inner Mongolia Autonomous Region"]),
    ("en", "Baotou rare Earth High-tech Zone signed", ["Baotou rare Earth High-tech Zone"]),
    ("en", "Hohhot and Ordos and Xilingol League", ["Hohhot", "Ordos", "Xilingol League"]),
    ("zh-Hans", "呼和浩特市与鄂尔多斯", ["呼和浩特市", "鄂尔多斯"]),
    ("zh-Hans", "和林格尔新区的项目", ["和林格尔新区"]),
    ("zh-Hant", "廣西壯族自治區和延邊", ["廣西壯族自治區", "延邊"]),
    ("zh-Hans", "长三角和粤港澳大湾区", ["长三角", "粤港澳大湾区"]),
])
def test_regions(language: str, text: str, found: list[str]) -> None:
    form = match_form(text)
    assert [text[r.start : r.end] for r in find_regions(form, language)] == found


@pytest.mark.parametrize(("language", "text", "published", "value"), [
    ("zh-Hans", "上半年", dt.date(2021, 7, 24), "2021-01-01/2021-06-30"),
    ("zh-Hans", "1至9月", dt.date(2021, 10, 20), "2021-01-01/2021-09-30"),
    ("zh-Hans", "截至3月末", dt.date(2023, 4, 23), "2023-01-01/2023-03-31"),
    ("zh-Hans", "今年以来", dt.date(2023, 4, 23), "2023-01-01/2023-04-23"),
    ("zh-Hans", "“十四五”期间", None, "2021-01-01/2025-12-31"),
    ("zh-Hans", "2022年", None, "2022"),
    ("zh-Hans", "去年", dt.date(2023, 4, 23), "2022"),
    ("zh-Hans", "上半年", None, "上半年"),
    ("en", "first half of this year", dt.date(2021, 7, 24), "2021-01-01/2021-06-30"),
    ("en", "January to August", dt.date(2020, 9, 25), "2020-01-01/2020-08-31"),
    ("en", "since the beginning of this year", dt.date(2020, 9, 25), "2020-01-01/2020-09-25"),
    ("en", "13th Five-Year Plan (2016-20)", None, "2016-01-01/2020-12-31"),
    ("en", "in 2022", None, "2022"),
    ("en", "first quarter", dt.date(2022, 5, 1), "2022-01-01/2022-03-31"),
    ("en", "by the end of July", dt.date(2020, 9, 25), "2020-01-01/2020-07-31"),
])
def test_periods(language: str, text: str, published: dt.date | None, value: str) -> None:
    form = match_form(text).lower() if language == "en" else match_form(text)
    assert [p.value for p in find_periods(form, published, language)] == [value]


def test_match_form_keeps_offsets() -> None:
    text = "協議投資額達2088.26億元，３月末 “強” ｀"
    form = match_form(text)
    assert len(form) == len(text)
    assert form.startswith("协议投资额达2088.26亿元,3月末")


def test_traditional_evidence_is_in_the_original_script() -> None:
    text = "投資315億元的旭陽集團精細化工產業鏈延伸項目正在開展前期工作。"
    fact = next(f for f in extract(text, "zh-Hant") if f.kind == Kind.PROJECT)
    assert fact.fields["investor"] == "旭陽集團"
    assert fact.evidence[0].quote(text).startswith("投資315億元的旭陽集團")
    assert fact.value_text == "315億元"


def test_selection() -> None:
    text = "Baotou signed 455 signed projects. Regional GDP increased by 15.7% year-on-year."
    start = text.index("Regional")
    fact = extract_selection(text, start, len(text), "en")
    assert fact is not None and fact.unit == "percent" and fact.value == Decimal("15.7")
    assert start <= fact.evidence[0].start
    assert extract_selection(text, 0, 6, "en") is None
    reversed_range = extract_selection(text, len(text), start, "en")  # a selection made backwards
    assert reversed_range is not None and reversed_range.value == fact.value
    zh = "市长张锐表示,今年签约项目120个。"
    person = extract_selection(zh, 0, 4, "zh-Hans")
    assert person is not None and person.kind == Kind.PERSON and person.fields["name"] == "张锐"


def test_selection_outside_any_known_fact_extracts_the_selected_text() -> None:
    text = "In the text below: 36 projects."
    fact = extract_selection(text, text.index("36"), len(text), "en")
    assert fact is not None and fact.value == 36 and fact.unit == "count"


def test_version_and_origin() -> None:
    assert EXTRACTOR_VERSION
    facts = extract("投资额达5亿元,增长5%。", "zh-Hans")
    assert {f.origin for f in facts} == {"rules-zh/money", "rules-zh/percent"}


def test_restated_amount_is_one_fact_with_the_precise_value_first() -> None:
    text = "呼和浩特招商引资协议投资2088亿元\n截至3月末,全市新引进招商项目178个,协议投资额达2088.26亿元。"
    money = [f for f in extract(text, "zh-Hans") if f.unit == "CNY"]
    assert len(money) == 1
    assert money[0].value == 208_826_000_000
    assert [s.quote(text) for s in money[0].evidence] == ["协议投资额达2088.26亿元", "协议投资2088亿元"]
