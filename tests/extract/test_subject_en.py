"""The structural decision of `app.extract.subject_en` over the table cases of tests/extract/cases_subject_en.py
(kind, investor, project), each project's amount in the two plans of one company kept apart, and a learned
organisation as a company subject ("it" refers to it). A learned name written in the sentence itself is left to
learning, which then says so in the fact's origin (tests/extract/test_learned_investments.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.cases_subject_en import SUBJECT_FIELDS, SUBJECT_NUMERIC
from tests.extract.table_support import describe as _describe
from tests.extract.table_support import extract_by_rules
from tests.extract.table_support import find as _find

from app.domain.knowledge import KIND_ORG, Knowledge, LearnedEntry
from app.domain.schema import Kind
from app.extract.pipeline import Document
from app.extract.subject_en import decide, shortened, subject_at

PUBLISHED = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "comparator"), SUBJECT_NUMERIC)
def test_subject_decides_the_kind(language: str, text: str, value: float, unit: str, kind: str,
                                  comparator: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = _find(facts, value, unit)
    assert found, f"no {value} {unit} in: {_describe(facts, text)}"
    assert found[0].kind == Kind(kind), _describe(found, text)
    if comparator and found[0].kind != Kind.PROJECT:
        assert found[0].fields.get("comparator") == comparator, _describe(found, text)


@pytest.mark.parametrize(("language", "text", "value", "field", "expected"), SUBJECT_FIELDS)
def test_subject_gives_the_investor(language: str, text: str, value: float, field: str, expected: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = _find(facts, value, "CNY")
    assert found and found[0].kind == Kind.PROJECT, _describe(facts, text)
    got = found[0].fields.get(field) or ""
    assert got == expected or (expected and expected in got), _describe(found, text)


def test_two_plans_of_one_company_with_equal_amounts_are_two_projects() -> None:
    text = next(t for _, t, _, f, _ in SUBJECT_FIELDS if f == "project")
    found = _find(extract_by_rules(text, "en", PUBLISHED), 3e9, "CNY")
    assert [(f.kind, f.fields.get("investor")) for f in found] == [(Kind.PROJECT, "Nordhaven Battery")] * 2, \
        _describe(found, text)
    assert [f.fields.get("project") for f in found] == ["pack plant", "research centre"]


@pytest.mark.parametrize(("text", "at", "what"), [
    ("It will invest 5 billion yuan.", 0, None),  # "it" with no company named before: nothing
    ("The city will invest 5 billion yuan.", 0, "place"),
    ("Guangxi will invest 5 billion yuan.", 0, "place"),
    ("The investment in the plant is 5 billion yuan.", 0, "project"),
    ("Chinese drone maker Aerolux will invest 5 billion yuan.", 0, "company"),
])
def test_subject_at_the_start_of_a_sentence(text: str, at: int, what: str | None) -> None:
    doc = Document(text, "en", PUBLISHED)
    found = subject_at(doc.about(), at, len(text))
    assert (found.what if found else None) == what


def test_place_subject_decides_nothing() -> None:
    text = "Qinzhou will spend 4 billion yuan building a new container terminal."
    doc = Document(text, "en", PUBLISHED)
    at = text.index("4 billion")
    assert decide(doc.about(), doc.low, doc.seg.sentence(at), (at, at + len("4 billion yuan"))) is None


def test_learned_organisation_is_a_company_subject() -> None:
    """"Arvana" (no suffix, never introduced by the article, only ever opening a sentence) is a company only once
    learned: "It" then refers to it and the plan is its project; unlearned, "It" refers to nothing and the plan
    stays a target."""
    text = ("Arvana opened a depot in Yunnan last year. It intends to spend 1.2 billion yuan on a cold-chain hub in "
            "Kunming.")
    known = Knowledge((LearnedEntry(7, KIND_ORG, "Arvana Logistics Co., Ltd.", ("Arvana",)),))
    learned = _find(extract_by_rules(text, "en", PUBLISHED, known), 1.2e9, "CNY")
    assert [(f.kind, f.fields.get("investor")) for f in learned] == [(Kind.PROJECT, "Arvana")], _describe(learned, text)
    assert Document(text, "en", PUBLISHED, known).about().learned == ("Arvana",)
    unlearned = _find(extract_by_rules(text, "en", PUBLISHED), 1.2e9, "CNY")
    assert [f.kind for f in unlearned] == [Kind.TARGET], _describe(unlearned, text)



@pytest.mark.parametrize(("short", "full", "same"), [
    ("Jinko Power", "JinkoSolar Power", True),
    ("Nexa Power", "Nexa Solar Power", True),
    ("Nexa Power", "Nexa Solar Power Holdings", False),  # the last word differs: not shown to be the same
    ("Nexa Mining", "Nexa Power", False),
    ("Ab Power", "Abacus Power", False),  # too short a beginning to tell
    ("Nexa Green Power", "Nexa Power", False),
])
def test_a_name_written_shorter(short: str, full: str, same: bool) -> None:
    assert shortened(short, full) is same
