"""Confidence of a drafted fact: a base per pattern family, raised or lowered by the evidence the
rules found around it. Calibrated on the seeds and the table cases so that facts under 0.5 are wrong
more often than right (tests/extract/test_calibration.py)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.schema import Comparator, Kind, Unit
from app.extract.candidates import Mention

BASE = {"money": 0.84, "count": 0.78, "percent": 0.84}
# read once: in Python 3.11 an Enum member read from its class costs about 0.2 µs, and these are read for
# every number of every article
_TARGET, _PROJECT, _EQ, _PERCENT, _COUNT = Kind.TARGET, Kind.PROJECT, Comparator.EQ, Unit.PERCENT, Unit.COUNT
_MONEY_UNITS = frozenset({Unit.CNY, Unit.USD, Unit.HKD, Unit.EUR})
_FEW_YUAN, _MANY = Decimal(10_000), Decimal(100_000)  # (a Decimal compares with a Decimal faster than with an int)


@dataclass
class Evidence:
    kind: Kind
    has_label: bool
    label_canonical: bool
    weak_target: bool = False
    investor: bool = False
    merged: int = 1


def score(m: Mention, ev: Evidence) -> float:
    c = BASE.get(m.family, 0.7)
    if m.broken:
        c -= 0.06
    if ev.has_label:
        c += 0.06 if ev.label_canonical else 0.02
    else:
        c -= 0.12
    if ev.kind == _TARGET and ev.weak_target:
        c -= 0.12
    if ev.kind == _PROJECT:
        c += 0.06 if ev.investor else -0.1
    hints, unit = m.hints, m.unit
    if hints and "word_number" in hints and hints["word_number"]:
        c -= 0.08
    if unit in _MONEY_UNITS and abs(m.value) < _FEW_YUAN:
        c -= 0.35  # amounts of a few yuan are rarely the fact an analyst records
    if hints and "per_capita" in hints and hints["per_capita"]:
        c -= 0.45  # per-capita figures (income, GDP per head) are context, rarely recorded
    if unit == _PERCENT and abs(m.value) > 1000:
        c -= 0.35
    if unit == _COUNT and m.value > _MANY:
        c -= 0.3
    if m.comparator != _EQ:
        c += 0.01
    if ev.merged > 1:
        c += 0.04
    return round(min(0.98, max(0.05, c)), 3)
