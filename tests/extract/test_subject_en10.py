"""Round 10's English investor decisions (tests/extract/cases_subject_en10.py): names never cross a blank line,
officials are never investors, "the … projects of X" owns the project the next sentence prices."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_subject_en10 import FIELDS, NUMERIC
from tests.extract.table_support import check_kind, check_money_field

from app.extract import extract
from app.extract.orgs import en_orgs

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_round10_kind_en(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    check_kind(extract(text, language, PUBLISHED), text, value, unit, kind, comparator)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_round10_investor_en(language: str, text: str, value: float, field: str, expected: str) -> None:
    check_money_field(extract(text, language, PUBLISHED), text, value, field, expected, exact=True)


@pytest.mark.parametrize(("text", "names"), [
    ("Print this page\n\nAcme Motor Co. Ltd. said", ["Acme Motor Co. Ltd."]),
    ("Print this page\n  \nAcme Motor Co. Ltd. said", ["Acme Motor Co. Ltd."]),
    ("Jiangzhou Acme\nMotor Co. Ltd. said", ["Jiangzhou Acme\nMotor Co. Ltd."]),  # one line break: one name
])
def test_names_never_cross_a_blank_line(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in en_orgs(text)] == names
