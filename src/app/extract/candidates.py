"""The raw numeric mention an extractor finds before kinds, fields and confidence are decided."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.schema import Comparator


@dataclass
class Mention:
    start: int                 # start of the whole mention (comparator included)
    end: int                   # end of the whole mention (unit and counted noun included)
    num_start: int             # the number as written
    num_end: int
    value: Decimal
    unit: str                  # CNY, USD, HKD, EUR, count, percent, pp
    value_text: str
    comparator: Comparator = Comparator.EQ
    family: str = "money"      # money | count | percent
    noun: str | None = None    # what a count counts, as written ("signed projects", "项目")
    noun_start: int | None = None
    noun_end: int | None = None
    broken: bool = False       # written in a broken translated form ("579.9 billion. Yuan")
    signed_by_wording: bool = False
    hints: dict[str, str] = field(default_factory=dict)
