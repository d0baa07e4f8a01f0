"""Round 30 (from sets 102-107, read after they were scored once): made-up sentences, each with a near miss.

- A count whose noun is "ones", standing for the noun counted before it ("Of these projects, there are 14 large ones",
  "84 industrial development ones, 24 infrastructure ones", "17 ones amounting to 2.8 billion yuan"), is a count
  like "14 large projects"; "the first ones", "the new ones" (no number) and "one of the ones" count nothing.
- A price paid written "以N元价格收购" (without 的) or "以N元的价格再次收购" is the buyer's, as "以N元的价格收购" was:
  both the price and the stake bought are the buyer's project; a price without a buyer's name before it is no one's.
- Jobs written with more verbs and nouns (安排就业600人, 安置就业人员300余人, 吸纳就业人口1700余人, 实现就业1800人,
  带来2000人的就业, 新增就业不少于300人, 带动就业1300—1400人: at least the lower bound, 带动上万人就业: over ten
  thousand) are counts of jobs like 解决就业N人; people at work (员工600人) and a job count of one are none. In English
  "will employ around 12,000 local people, the company said" (no count of "company"), "…and create jobs for 15,000
  local people", "creating jobs for around 16,000 Vietnamese workers", "offer jobs to 200,000 people", "provide direct
  employment for 1,500 people"; not a workforce ("the group employs 3,000 people") nor people at an event.
"""

from __future__ import annotations

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

EN = "en"
CLASSES = ("Of these projects, there are 14 large ones each with funding above 1 billion yuan and five super-sized "
           "ones each with funding above 10 billion yuan.")
KINDS = "Among the 129 projects, there were 84 industrial development ones and 24 infrastructure ones."


@pytest.mark.parametrize(("text", "value"), [
    (CLASSES, 14),
    (CLASSES, 5),
    (KINDS, 84),
    (KINDS, 24),
    ("In Shenzhen, 17 ones amounting to 2.8 billion yuan were signed.", 17),
])
def test_a_count_of_ones(text: str, value: float) -> None:
    facts = extract_by_rules(text, EN)
    found = find(facts, value, "count")
    assert found, describe(facts, text)
    assert "ones" in (found[0].fields.get("indicator") or ""), describe(found, text)


@pytest.mark.parametrize("text", [
    "The first ones arrived in May.",
    "The new ones are larger than the old ones.",
    "It is one of the ones the city chose.",
])
def test_ones_without_a_number_count_nothing(text: str) -> None:
    facts = extract_by_rules(text, EN)
    assert not [f for f in facts if f.unit == "count"], describe(facts, text)


BOUGHT = ("2021年,江州动力以9.68亿元价格收购江州雷沃39.31%的股份。"
          "2025年,江州动力以15.84亿元的价格再次收购该公司22.69%的股份。")


@pytest.mark.parametrize(("value", "unit"), [(9.68e8, "CNY"), (39.31, "percent"), (15.84e8, "CNY"), (22.69, "percent")])
def test_a_price_paid_without_de_is_the_buyers(value: float, unit: str) -> None:
    facts = extract_by_rules(BOUGHT, "zh-Hans")
    check_kind_and_investor(facts, BOUGHT, value, unit, "project", "江州动力")


def test_a_price_without_a_buyer_is_no_ones() -> None:
    text = "该股份以9.68亿元价格转让。"
    facts = extract_by_rules(text, "zh-Hans")
    assert not any(f.fields.get("investor") for f in facts), describe(facts, text)


# (text, value, comparator)
JOBS: list[tuple[str, float, str]] = [
    ("项目建成后可安排就业600人。", 600, "="),
    ("将安置就业人员300余人。", 300, ">"),
    ("可吸纳就业人口1700余人。", 1700, ">"),
    ("今年以来实现就业1800人。", 1800, "="),
    ("项目能够带来2000人的就业。", 2000, "="),
    ("新增就业不少于300人。", 300, ">="),
    ("投产后带动就业1300—1400人。", 1300, ">="),
    ("建成后可带动上万人就业。", 10000, ">"),
    ("將安排就業1000余人。", 1000, ">"),
]


@pytest.mark.parametrize(("text", "value", "comparator"), JOBS)
def test_jobs_written_otherwise(text: str, value: float, comparator: str) -> None:
    facts = extract_by_rules(text, "zh-Hans")
    found = find(facts, value, "count")
    assert found, describe(facts, text)
    assert found[0].fields.get("comparator") == comparator, describe(found, text)


@pytest.mark.parametrize("text", ["公司现有员工600人。", "工厂安排了600人的宿舍。", "安排就业1人。"])
def test_no_jobs_in(text: str) -> None:
    facts = extract_by_rules(text, "zh-Hans")
    assert not [f for f in facts if f.unit == "count"], describe(facts, text)


EN_JOBS: list[tuple[str, float]] = [
    ("When fully operational, the project will employ around 12,000 local people, the company said.", 12000),
    ("It is expected to generate $5 billion in annual revenue and create jobs for 15,000 local people.", 15000),
    ("The park attracted 34 Chinese enterprises, creating jobs for around 16,000 Vietnamese workers.", 16000),
    ("The projects are expected to offer jobs to 200,000 people.", 200000),
    ("It is expected to provide direct employment for 1,500 people.", 1500),
]


@pytest.mark.parametrize(("text", "value"), EN_JOBS)
def test_english_jobs_written_otherwise(text: str, value: float) -> None:
    facts = extract_by_rules(text, "en")
    found = find(facts, value, "count")
    assert found and found[0].kind.value == "target", describe(facts, text)


@pytest.mark.parametrize("text", ["The group employs 3,000 people.", "He said 500 Chinese workers attended the fair."])
def test_no_english_jobs_in(text: str) -> None:
    facts = extract_by_rules(text, "en")
    assert not [f for f in facts if f.unit == "count"], describe(facts, text)
