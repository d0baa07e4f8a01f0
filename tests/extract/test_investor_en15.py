"""Round 15's investors of English project facts, by structure (made-up sentences):

- "the company", "it" or an owner-less "the plant" stands for the subject of the sentence that named a company last,
  not for a company that sentence named only as a preposition's object ("X Co. is a joint venture between Y Group
  and Z", "X Co. signed a deal with Y Group", "X Co. is a unit of Y Group": X; `en_antecedent`);
- a company's abbreviated suffix ("Co. is …") is no sentence end when the first company of the sentence is sought
  (`projects_en._first_in_its_sentence`);
- the second of a subject's coordinated verb phrases holding the investment has the first's subject as investor,
  also after a sentence adverb ("Indeed, X shows …, and has announced an investment of N");
- "its" right before the amount of a facility, in a sentence that opens with a company and has only its verb phrase
  between ("X breaks ground on its $N Halden factory"), makes the facility that company's (`company_en.owner_project`);
  a place opening the sentence, or another name in the verb phrase ("X said Y would expand its …"), does not.

Near misses: a company named after a verb ("X Co. acquired Y Group") or as a second subject ("X Co. and Y Group
signed"), and a later sentence with its own subject, keep the company named last. Chinese reads its clause subjects
in subject_zh (no pronoun of this kind)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules

PUBLISHED = dt.date(2024, 5, 20)

CASES: list[tuple[str, float, str]] = [
    ("Nexa Gold (Baotou) Rare Earth Co. is a joint venture between Halvard Rare Earth Group and Fujian Orlin. "
     "The company received approval to build a separation plant with a budget of 65.9 million yuan.",
     65.9e6, "Nexa Gold (Baotou) Rare Earth Co."),
    ("Nexa Gold Co. signed a deal with Halvard Group on Monday. The company will invest 500 million yuan in a "
     "battery plant.", 5e8, "Nexa Gold Co"),
    ("Nexa Gold Co. is a unit of Halvard Group. The company will invest 500 million yuan in a battery plant.",
     5e8, "Nexa Gold Co"),
    ("Nexa Gold Co. signed a deal with Halvard Group on Monday. The plant will cost 500 million yuan.",
     5e8, "Nexa Gold Co."),
    # near misses: the company named last stands
    ("Nexa Gold Co. is a unit of Halvard Group. Halvard Group Co. was founded in 1990. The company will invest "
     "500 million yuan in a battery plant.", 5e8, "Halvard Group Co"),
    ("Nexa Gold Co. acquired Halvard Group. The plant will cost 500 million yuan.", 5e8, "Halvard Group"),
    ("Nexa Gold Co. and Halvard Group signed a deal. The plant will cost 500 million yuan.", 5e8, "Halvard Group"),
]


@pytest.mark.parametrize(("text", "value", "investor"), CASES)
def test_investor(text: str, value: float, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, "en", PUBLISHED), text, value, "CNY", "project", investor)


# a subject's second, coordinated verb phrase holds the investment ("X grew fast, and has announced an investment
# of N"): the subject of the first is the company (`company_en._coordinated_subject`), also after a sentence adverb
# ("Indeed, X …"); a place as that subject names no company.
COORDINATED: list[tuple[str, float, str, str]] = [
    ("Indeed, Nexo shows no signs of slowing down, and has recently announced an investment of $1 billion in a new "
     "production facility in the Philippines.", 1e9, "project", "Nexo"),
    ("Nexo Group grew fast last year, and has recently announced an investment of $1 billion in a new plant.",
     1e9, "project", "Nexo Group"),
    ("Indeed, Nexo has recently announced an investment of $1 billion in a new production facility.",
     1e9, "project", "Nexo"),
    ("The city of Halden grew fast last year, and has recently announced an investment of $1 billion in a new "
     "plant.", 1e9, "indicator", ""),
]


@pytest.mark.parametrize(("text", "value", "kind", "investor"), COORDINATED)
def test_coordinated_subject(text: str, value: float, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, "en", PUBLISHED), text, value, "USD", kind, investor)


ITS_FACILITY: list[tuple[str, str, str]] = [
    ("Nexo break ground on its $100 million Halden factory", "project", "Nexo"),
    ("Nexo opens its $100 million Halden factory. The new plant of Nexo covers 20 hectares.", "project", "Nexo"),
    ("Shanghai opens its $100 million Halden factory.", "indicator", ""),
]


@pytest.mark.parametrize(("text", "kind", "investor"), ITS_FACILITY)
def test_its_facility(text: str, kind: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, "en", PUBLISHED), text, 1e8, "USD", kind, investor)


def test_its_facility_of_another_name() -> None:
    text = "Nexo said Halden would expand its $100 million factory."
    found = [f for f in extract_by_rules(text, "en", PUBLISHED) if f.value is not None and float(f.value) == 1e8]
    assert found and not found[0].fields.get("investor")
