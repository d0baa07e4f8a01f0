"""Validation of a fact's values: the problems that keep a document from being approved."""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import Decimal

from app.domain.schema import (
    CURRENCIES,
    FIELD_CHOICES,
    KIND_FIELDS,
    NUMERIC_KINDS,
    REQUIRED_FIELDS,
    Kind,
    Unit,
)

KNOWN_UNITS: frozenset[str] = frozenset(u.value for u in Unit)


def _finite(value: int | float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def validate_fact(
    kind: str, fields: Mapping[str, object], value: Decimal | float | None, unit: str | None
) -> dict[str, str]:
    """Return {field name: message} for every problem; an empty dict means the fact is valid.

    The pseudo-fields `value` and `unit` carry problems with the number."""
    problems: dict[str, str] = {}
    try:
        k = Kind(kind)
    except ValueError:
        return {"kind": f"unknown kind {kind!r}"}
    for name in REQUIRED_FIELDS[k]:
        v = fields.get(name)
        if v is None or not str(v).strip():
            problems[name] = f"{name} is required"
    for name, choices in FIELD_CHOICES.items():
        if name in KIND_FIELDS[k]:
            v = fields.get(name)
            if v not in (None, "") and v not in choices:
                problems[name] = f"{name} must be one of: {', '.join(choices)}"
    if k in NUMERIC_KINDS:
        if value is None:
            problems["value"] = "a number is required"
        elif isinstance(value, bool) or not isinstance(value, int | float | Decimal) or not _finite(value):
            problems["value"] = "the value is not a number"
        if not unit:
            problems["unit"] = "a unit is required"
        elif unit not in KNOWN_UNITS:
            problems["unit"] = f"unknown unit {unit!r}"
        elif k is Kind.PROJECT and unit not in CURRENCIES and unit not in (Unit.COUNT, Unit.PERCENT):
            # (a percentage: the share of a project or venture a party holds or buys, docs/fact-schema.md)
            problems["unit"] = "a project's amount is money, a count or a percentage"
        number: Decimal | float | None = None if problems.get("value") else value
        if unit == Unit.PERCENT and number is not None and abs(float(number)) > 10_000:
            problems["value"] = "a percentage this large is implausible"
        if number is not None and unit in CURRENCIES and float(number) < 0:
            problems["value"] = "an amount of money cannot be negative"
    else:
        if value is not None:
            problems["value"] = "a person has no value"
    return problems
