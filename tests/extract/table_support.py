"""What the table-driven extraction tests share: finding a fact by unit and value, and describing what
was found when an assertion fails."""

from __future__ import annotations

from decimal import Decimal

from app.domain.schema import FactDraft


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
