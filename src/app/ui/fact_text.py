"""How facts read in the window: kind names, field labels, numbers and one-line summaries."""

from __future__ import annotations

import math
import unicodedata
from datetime import date
from decimal import Decimal

from app.domain import dates, numbers
from app.domain.schema import Kind
from app.domain.views import FactView
from app.ui.i18n import N_, tr

KIND_TEXT: dict[str, str] = {
    Kind.PROJECT.value: N_("Project"),
    Kind.INDICATOR.value: N_("Indicator"),
    Kind.TARGET.value: N_("Target"),
    Kind.PERSON.value: N_("Person"),
}
KIND_PLURAL: dict[str, str] = {
    Kind.PROJECT.value: N_("Projects"),
    Kind.INDICATOR.value: N_("Indicators"),
    Kind.TARGET.value: N_("Targets"),
    Kind.PERSON.value: N_("People"),
}
FIELD_TEXT: dict[str, str] = {
    "investor": N_("Investor"),
    "project": N_("Project"),
    "industry": N_("Industry"),
    "location": N_("Location"),
    "stage": N_("Stage"),
    "period": N_("Period"),
    "subject": N_("Subject"),
    "indicator": N_("Indicator"),
    "comparator": N_("Comparator"),
    "basis": N_("Basis"),
    "horizon": N_("Horizon"),
    "name": N_("Name"),
    "role": N_("Role"),
    "organization": N_("Organization"),
    "value": N_("Value"),
    "unit": N_("Unit"),
    "title": N_("Title"),
    "published": N_("Published"),
    "region": N_("Region"),
    "comment": N_("Comment"),
}
FACT_STATUS_TEXT: dict[str, str] = {
    "suggested": N_("suggested"),
    "edited": N_("edited"),
    "confirmed": N_("confirmed"),
    "rejected": N_("rejected"),
}


CHOICE_TEXT: dict[str, dict[str, str]] = {
    "stage": {
        "planned": N_("planned"), "signed": N_("signed"), "preparing": N_("preparing"), "started": N_("started"),
        "under_construction": N_("under construction"), "completed": N_("completed"),
        "operating": N_("operating"), "unknown": N_("unknown"),
    },
    "basis": {"level": N_("level"), "yoy": N_("year on year"), "share": N_("share"),
              "average_growth": N_("average growth")},
    "unit": {"CNY": N_("CNY (yuan)"), "USD": N_("USD (dollars)"), "HKD": N_("HKD"), "EUR": N_("EUR"),
             "count": N_("count"), "percent": N_("percent"), "pp": N_("percentage points")},
}


UNIT_SHORT: dict[str, str] = {
    "CNY": N_("yuan"), "USD": N_("US dollars"), "HKD": N_("HK dollars"), "EUR": N_("euros"), "count": N_("items"),
    "percent": "%", "pp": N_("percentage points"),
}
"""A unit after a number in a summary ("178 items", "120 亿元" reads "12,000,000,000 元")."""

LANGUAGE_TEXT = {"en": N_("English"), "zh-Hans": N_("Chinese (Simplified)"), "zh-Hant": N_("Chinese (Traditional)")}


def language_text(code: str) -> str:
    """A document's language as the UI names it (zh-Hant → 繁体中文); an unknown code as it is."""
    return tr(LANGUAGE_TEXT[code]) if code in LANGUAGE_TEXT else code


ORIGIN_RULES = {"rules-en": N_("English rules"), "rules-zh": N_("Chinese rules")}
ORIGIN_FAMILY = {"money": N_("money"), "count": N_("counts"), "percent": N_("percentages"), "people": N_("people"),
                 "article-company": N_("the article's company"), "document-org": N_("a company the article names")}
ORIGIN_TEXT = {"analyst": N_("the analyst"),
               # the rules found the amount and the kind model (app.extract.kind_model) changed its kind
               "model-en/kind": N_("English rules, kind by the kind model"),
               "model-zh/kind": N_("Chinese rules, kind by the kind model")}


def origin_text(origin: str) -> str:
    """Where a fact came from, in the UI language: "rules-en/money" → "English rules: money"."""
    if origin in ORIGIN_TEXT:
        return tr(ORIGIN_TEXT[origin])
    rules, _, family = origin.partition("/")
    if rules in ORIGIN_RULES:
        named = tr(ORIGIN_RULES[rules])
        return tr("%1: %2", named, tr(ORIGIN_FAMILY[family])) if family in ORIGIN_FAMILY else named
    return origin


def unit_text(unit: str | None) -> str:
    return tr(UNIT_SHORT[unit]) if unit in UNIT_SHORT else (unit or "")


def choice_labels(field: str) -> dict[str, str]:
    """How the choices of a field read in the UI language (the stored value stays the code)."""
    return {code: tr(text) for code, text in CHOICE_TEXT.get(field, {}).items()}


def kind_text(kind: str) -> str:
    return tr(KIND_TEXT.get(kind, kind))


def kind_plural(kind: str) -> str:
    return tr(KIND_PLURAL.get(kind, kind))


def field_text(name: str) -> str:
    return tr(FIELD_TEXT.get(name, name.replace("_", " ").capitalize()))


def fact_status_text(status: str) -> str:
    return tr(FACT_STATUS_TEXT.get(status, status))


def format_number(value: Decimal | float | None) -> str:
    """A number as the form shows it: exact digits with thousands separators (208,826,000,000; 15.6)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    number = numbers.exact(value)
    assert number is not None
    return f"{number:,f}"


def parse_number(text: str) -> Decimal | None:
    """A number as an analyst types or selects it, read by the domain's one number parser
    (app.domain.numbers): separators, a multiplier (million, bn, 万, 亿…), a % or currency word."""
    return numbers.parse_number(text)


def parse_date(text: str) -> date | None:
    """A date as an analyst types or selects it (2021-07-24, 2021/7/24, 2021年7月24日, 20210724, July 24,
    2021 …), read by the domain's one date parser; None when it is not one day."""
    try:
        return dates.parse_date(text)
    except dates.DateError:
        return None


def lead_text(text: str, limit: int = 80) -> str:
    """The first words of an article, for a document without a stated title: whitespace folded, cut at
    a word boundary within `limit` columns (a Chinese character counts two), "…" when cut."""
    words = " ".join(text.split())
    width = 0
    for i, ch in enumerate(words):
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if width > limit:
            cut = words[:i]
            space = cut.rfind(" ")
            if space > len(cut) // 2:
                cut = cut[:space]
            return cut.rstrip(" ,.;:，。；：、") + "…"
    return words


def summary(fact: FactView) -> str:
    """One line: kind, the main field, the number and unit, the context fields."""
    fields = fact.fields
    main_name = {"project": "project", "indicator": "indicator", "target": "indicator", "person": "name"}.get(
        fact.kind, "indicator"
    )
    main = fields.get(main_name) or fields.get("investor") or ""
    number = ""
    if fact.value is not None:
        unit = unit_text(fact.unit)
        number = f"{format_number(fact.value)}{'' if unit == '%' else ' '}{unit}".strip()
    context = ", ".join(
        str(v) for k, v in fields.items() if v and k not in (main_name,) and k in ("subject", "period", "role",
                                                                                     "organization", "investor",
                                                                                     "horizon", "location")
    )
    parts = [kind_text(fact.kind)]
    if main:
        parts.append(str(main))
    if number:
        parts.append(number)
    text = " · ".join(parts)
    if context:
        text += f" ({context})"
    return text


def tooltip(fact: FactView) -> str:
    conf = tr("confidence %1", format(fact.confidence, ".2f"))
    return f"{summary(fact)}\n{conf} · {fact_status_text(fact.status)}"
