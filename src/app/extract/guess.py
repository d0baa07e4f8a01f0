"""A fact guessed from a selection the extractor made nothing of (New Fact from Selection): the
number in it with its multiplier and unit, read by the extractor's own number rules. Money (元, 亿元,
yuan, dollars) and counts (个/項/场, projects, companies…) become an indicator with that unit and the
words before the number as its name; a selection without a number gives None (the window then keeps
the text for the analyst to place)."""

from __future__ import annotations

import re

from app.domain.schema import FactDraft, Kind, Unit
from app.extract.numbers import ARABIC, EN_MULTIPLIER, ZH_MULTIPLIER, ZH_NUMERAL, en_value, zh_value
from app.text.scripts import to_simplified_table

MONEY_UNITS = {"元": Unit.CNY, "yuan": Unit.CNY, "rmb": Unit.CNY, "美元": Unit.USD, "dollars": Unit.USD,
               "usd": Unit.USD, "港元": Unit.HKD, "欧元": Unit.EUR}
COUNT_WORDS = ("个", "项", "场", "家", "座", "件", "次", "批", "projects", "project", "companies", "enterprises",
               "events", "firms")
GUESS_CONFIDENCE = 0.6

_UNIT = "|".join(sorted([*MONEY_UNITS, *COUNT_WORDS], key=len, reverse=True))
_PATTERN = re.compile(
    rf"(?P<num>{ARABIC}|{ZH_NUMERAL})\s*(?P<mult>{ZH_MULTIPLIER}|{EN_MULTIPLIER})?\s*(?P<unit>{_UNIT})?",
    re.IGNORECASE,
)


def guess_fact(selected: str) -> FactDraft | None:
    """The indicator the selection states (value, unit, name), or None when it holds no number."""
    table = to_simplified_table()
    text = "".join(table.get(c, c) for c in selected)  # 億元 reads as 亿元, 場 as 场 (same length)
    for m in _PATTERN.finditer(text):
        num, mult, unit = m.group("num"), m.group("mult"), (m.group("unit") or "").lower()
        if not num[:1].isdigit() and not (mult or unit):
            continue  # a lone Chinese numeral is as often part of a name (张三) as a number
        chinese = mult in (None, "") or not mult.isascii()
        value = zh_value(num, mult) if chinese and (mult or not num.isascii() or not unit.isascii()) \
            else en_value(num, mult)
        if value is None:
            continue
        if unit in MONEY_UNITS:
            unit_value: str | None = MONEY_UNITS[unit].value
        elif unit:
            unit_value = Unit.COUNT.value
        else:
            unit_value = None
        name = (selected[: m.start()].strip(" ,，:：") or selected[m.end():].strip(" ,，.。")
                or (unit if unit_value == Unit.COUNT.value else None))
        return FactDraft(kind=Kind.INDICATOR, fields={"indicator": name}, value=value, unit=unit_value,
                         confidence=GUESS_CONFIDENCE)
    return None
