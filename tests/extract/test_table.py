"""Table-driven unit tests: every pattern family of the issue, in English, Simplified and Traditional
Chinese (cases in tests/extract/cases.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases import FIELDS, NOT_FACTS, NOT_PEOPLE, NUMERIC, PEOPLE
from tests.extract.cases_general import GENERAL_ONE_FACT
from tests.extract.cases_misses import MISS_ONE_FACT, MISS_PINYIN
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import extract_by_rules
from tests.extract.table_support import find as _find
from tests.extract.table_support import same_value as _same

from app.domain.schema import Kind
from app.ingest import clean_text

PUBLISHED = dt.date(2021, 7, 24)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), NUMERIC)
def test_numeric_fact(language: str, text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = _find(facts, value, unit)
    assert found, f"no {value} {unit} in: {_describe(facts, text)}"
    fact = found[0]
    assert fact.kind == Kind(kind), _describe(found, text)
    if comparator and fact.kind != Kind.PROJECT:
        assert fact.fields.get("comparator") == comparator, _describe(found, text)
    for span in fact.evidence:
        assert 0 <= span.start < span.end <= len(text)
    assert fact.value_text
    assert 0 < fact.confidence <= 1
    assert fact.origin.startswith("rules-")


@pytest.mark.parametrize(("language", "text", "unit"), NOT_FACTS)
def test_not_a_fact(language: str, text: str, unit: str) -> None:
    facts = [f for f in extract_by_rules(text, language, PUBLISHED) if f.unit == unit]
    assert not facts, _describe(facts, text)


@pytest.mark.parametrize(("language", "raw", "value", "unit", "kind"), MISS_PINYIN)
def test_fact_behind_inline_pinyin(language: str, raw: str, value: float, unit: str, kind: str) -> None:
    text, _ = clean_text(raw)
    found = _find(extract_by_rules(text, language, PUBLISHED), value, unit)
    assert found and found[0].kind == Kind(kind), _describe(extract_by_rules(text, language, PUBLISHED), text)


@pytest.mark.parametrize(("language", "text", "unit"), MISS_ONE_FACT + GENERAL_ONE_FACT)
def test_one_fact(language: str, text: str, unit: str) -> None:
    facts = [f for f in extract_by_rules(text, language, PUBLISHED) if f.unit == unit]
    assert len(facts) == 1, _describe(facts, text)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), FIELDS)
def test_field(language: str, text: str, value: float, field: str, expected: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = [f for f in facts if f.value is not None and _same(f.unit or "", f.value, value)]
    assert found, _describe(facts, text)
    got = found[0].fields.get(field) or ""
    assert got == expected or (field in ("investor", "indicator") and expected in got), \
        f"{field}={got!r}: {_describe(found, text)}"


@pytest.mark.parametrize(("language", "text", "name", "role"), PEOPLE)
def test_person(language: str, text: str, name: str, role: str) -> None:
    people = [f for f in extract_by_rules(text, language, PUBLISHED) if f.kind == Kind.PERSON]
    match = [p for p in people if p.fields.get("name") == name]
    assert match, [p.fields for p in people]
    assert role.lower() in (match[0].fields.get("role") or "").lower()


@pytest.mark.parametrize(("language", "text"), NOT_PEOPLE)
def test_not_a_person(language: str, text: str) -> None:
    people = [f.fields for f in extract_by_rules(text, language, PUBLISHED) if f.kind == Kind.PERSON]
    assert not people


def test_case_count() -> None:
    assert len(NUMERIC) + len(NOT_FACTS) + len(FIELDS) + len(PEOPLE) + len(NOT_PEOPLE) >= 150
