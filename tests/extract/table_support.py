"""What the table-driven extraction tests share: finding a fact by unit and value, and describing what
was found when an assertion fails."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.domain.knowledge import EMPTY, Knowledge
from app.domain.schema import FactDraft
from app.extract.pipeline import run_pipeline


def _rules_kinds(low: str, english: bool, drafts: list[FactDraft]) -> None:
    """The kind review that keeps every kind the rules gave."""


def extract_by_rules(text: str, language: str, published: dt.date | None = None,
                     knowledge: Knowledge = EMPTY) -> list[FactDraft]:
    """What the rules alone extract, the kind model off: the table-driven tests pin the rules' own decisions on
    one or two sentences; the model's second opinion, read from whole annotated articles, is tested in
    test_kind_model.py and by the article and seed scores, which run the whole extractor."""
    return run_pipeline(text, language, published, knowledge, kind_review=_rules_kinds)


def same_value(unit: str, exact: Decimal | None, b: float) -> bool:
    if exact is None:
        return False
    a = float(exact)
    if unit in ("percent", "pp"):
        return abs(a - b) < 1e-6
    return abs(a - b) <= abs(b) * 1e-9 + 1e-6


def find(facts: list[FactDraft], value: float, unit: str) -> list[FactDraft]:
    """The facts of `unit` whose value is `value`."""
    return [f for f in facts if f.unit == unit and same_value(unit, f.value, value)]


def describe(facts: list[FactDraft], text: str) -> str:
    """One line per fact (kind, value, unit, fields, evidence): the message of a failed assertion."""
    return "; ".join(f"{f.kind.value} {f.value} {f.unit} {f.fields} «{f.evidence[0].quote(text)}»"
                     for f in facts if f.evidence)


def check_kind(facts: list[FactDraft], text: str, value: float, unit: str, kind: str, comparator: str) -> None:
    """The first fact of `unit` and `value` has `kind` (and `comparator` when not a project); a fact that is no
    project names no investor."""
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)
    if comparator and found[0].kind.value != "project":
        assert found[0].fields.get("comparator") == comparator
    if found[0].kind.value != "project":
        assert "investor" not in found[0].fields, describe(found, text)


def check_money_field(facts: list[FactDraft], text: str, value: float, field: str, expected: str,
                      exact: bool = False) -> None:
    """The first money fact of `value` has `expected` in `field` ("" for none); unless `exact`, a longer value
    that holds the expected one also does."""
    found = find(facts, value, "CNY") + find(facts, value, "USD")
    assert found, describe(facts, text)
    got = found[0].fields.get(field) or ""
    assert got == expected or (not exact and expected and expected in got), describe(found, text)


def check_investor(facts: list[FactDraft], text: str, value: float, unit: str, investor: str) -> None:
    """The first fact of `unit` and `value` has exactly `investor` ("" for none), whatever its kind."""
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert (found[0].fields.get("investor") or "") == investor, describe(found, text)


def check_kind_and_investor(facts: list[FactDraft], text: str, value: float, unit: str, kind: str,
                            investor: str | None) -> None:
    """The first fact of `unit` and `value` has `kind` and exactly `investor` ("" for none; None: not checked)."""
    found = find(facts, value, unit)
    assert found, f"no {value} {unit} in: {describe(facts, text)}"
    assert found[0].kind.value == kind, describe(found, text)
    if investor is not None:
        assert (found[0].fields.get("investor") or "") == investor, describe(found, text)


def check_how_many(facts: list[FactDraft], text: str, unit: str, n: int) -> None:
    """Exactly `n` facts of `unit` (none when `n` is 0)."""
    of_unit = [f for f in facts if f.unit == unit]
    assert len(of_unit) == n, describe(of_unit, text)
