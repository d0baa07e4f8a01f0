"""A stock code written between a company's name and its investment verb ("X 300748.SZ will invest") is no part of
the sentence's subject: the company before it invests (names made up for this test)."""

from __future__ import annotations

import pytest
from tests.extract.table_support import extract_by_rules

from app.domain.schema import Kind


@pytest.mark.parametrize(("text", "investor"), [
    ("MEXICO CITY, Oct 18 (Reuters) - China's Norvane Magnet 300999.SZ will invest $100 million in northern Mexico "
     "to expand a magnet plant, the state governor wrote.", "Norvane Magnet"),
    ("Tallow Electric 601999.SS plans to invest $250 million in a compressor plant in Ohio.", "Tallow Electric"),
    ("Great Lake Motor (HKEX: 2999) will invest $1 billion in a plant in Brazil.", "Great Lake Motor"),
])
def test_the_company_before_its_stock_code_invests(text: str, investor: str) -> None:
    (d,) = [d for d in extract_by_rules(text, "en", None) if d.unit == "USD"]
    assert (d.kind, d.fields.get("investor")) == (Kind.PROJECT, investor)
