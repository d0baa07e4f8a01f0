"""The total investment of the one facility an English sentence is about is a project, though the sentence names no
owner the rules read (sentences made up for this test); a sentence about several facilities, a period's total or an
item of a list of places stays an indicator."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


def _kind(text: str, value: int) -> Kind:
    (d,) = [d for d in extract_by_rules(text, "en", None) if d.unit in ("CNY", "USD") and int(d.value) == value]
    return d.kind


@pytest.mark.parametrize(("text", "value"), [
    ("Started in March 2022 and completed in July 2023, the Tarnow factory has a total area of 75,000 square "
     "meters with a total investment of 46 million USD.", 46000000),
    ("Headquarters base: The total investment is about 3.5 billion yuan, the total land area is about 280 mu.",
     3500000000),
    ("The storage equipment base project signed this time is one of the six sub-projects of the first phase, with a "
     "total investment of about 500 million yuan.", 500000000),
    ("SAYS BOARD APPROVES FIBRE-RELATED PROJECT WITH TOTAL INVESTMENT AT 1.2 BILLION YUAN", 1200000000),
])
def test_one_facilitys_total_is_a_project(text: str, value: int) -> None:
    assert _kind(text, value) is Kind.PROJECT


@pytest.mark.parametrize(("text", "value"), [
    ("The park's 12 projects have a total investment of 3.5 billion yuan.", 3500000000),
    ("The zone has attracted 40 companies with a total investment of 8 billion yuan, including a steel plant.",
     8000000000),
    ("31 in Lanxi city, a total investment of 26.2 billion yuan; the project battle goes on.", 26200000000),
    ("This year the district's fixed-asset investment in the industrial park reached a total investment of 9 "
     "billion yuan.", 9000000000),
])
def test_several_or_a_period_stay_indicators(text: str, value: int) -> None:
    assert _kind(text, value) is not Kind.PROJECT


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("The Lanxi biotech project is growing fast. It is planned to invest about 1 billion yuan to this project, with "
     "health products at its core.", 1000000000, Kind.PROJECT),
    ("The group will put another 200 million yuan into the plant next spring.", 200000000, Kind.PROJECT),
    ("Investors put 3 billion yuan into the park's 12 projects.", 3000000000, None),
])
def test_an_amount_put_into_the_one_project(text: str, value: int, kind: Kind | None) -> None:
    if kind is None:
        assert _kind(text, value) is not Kind.PROJECT
    else:
        assert _kind(text, value) is kind
