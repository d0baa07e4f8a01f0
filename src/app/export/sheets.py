"""What each data sheet holds: its columns (from `app.export.columns`) and how a record becomes a
row, in the workbook's language.

Fact sheets hold one unit per value column: the fact's unit decides which one of `Amount (CNY)`
(with `Amount (CNY 100 million)` beside it), `Amount (other currency)` (with `Currency`), `Count`
(with `Counted`), `Percent` or `Percentage points` is filled; the others stay empty."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PureWindowsPath
from typing import Any

from app.domain.indicators import lookup
from app.domain.records import AuditRecord, DocumentRecord, FactRecord, Suggestion
from app.domain.regions import english_name, region_name
from app.domain.schema import CURRENCIES, KIND_FIELDS, DocStatus, FactStatus, Kind, Unit
from app.export import terms
from app.export.cells import number_text, utc_naive
from app.export.columns import (
    ABOUT_KEYS,
    AUDIT_KEYS,
    FIELD_KEYS,
    ColumnSpec,
    column,
    document_keys,
    fact_keys,
)
from app.export.sheet import Col, Link, is_web_url

DETAIL_COLUMNS: frozenset[str] = frozenset({
    "Version", "Period start", "Period end", "Region code", "Indicator as written", "Amount (CNY)", "Currency",
    "Amount (other currency)", "Suggested value", "Changed fields", "Reviewed at", "Confidence", "Origin",
    "Override reason", "Notes", "Title", "Region", "Document status", "Value as written",
})
"""Grouped and collapsed on fact sheets (one click on the + above shows them): not printed, so a
sheet prints one page wide with readable rows."""
PROJECT_DETAIL: frozenset[str] = frozenset({"Count", "Counted", "Percent", "Percentage points"})
DOCUMENT_DETAIL: frozenset[str] = frozenset({"Version", "Region code", "Assignee", "Reviewed at"})

TABLE_NAMES: dict[str, str] = {"Projects": "Projects", "Indicators": "Indicators", "Targets": "Targets",
                               "People": "People", "Documents": "Documents", "Audit": "AuditLog"}

ENUM_FIELDS: dict[str, str] = {"stage": "stage", "basis": "basis", "comparator": "comparator"}
CHANGED_NAMES: dict[str, str] = {"value": "Value", "unit": "Unit", "kind": "Kind", "evidence": "Evidence",
                                 "value_text": "Value as written", "confidence": "Confidence"}
CHANGED_NAMES_ZH: dict[str, str] = {"value": "数值", "unit": "单位", "kind": "类型", "evidence": "证据",
                                    "value_text": "数值原文", "confidence": "置信度"}


@dataclass
class RowContext:
    """What rows need besides their record: the language, where each document's row is, paths."""

    language: str = "en"
    full_paths: bool = False
    document_rows: Mapping[int, int] = field(default_factory=dict)  # document id → row on Documents
    documents_title: str = "Documents"


def _cols(keys: tuple[str, ...], language: str, detail: frozenset[str]) -> tuple[Col, ...]:
    def col(spec: ColumnSpec) -> Col:
        return Col(spec.header(language), spec.type, spec.width, spec.back, spec.key in detail)

    return tuple(col(column(k)) for k in keys)


def fact_columns(kind: Kind, language: str) -> tuple[Col, ...]:
    detail = DETAIL_COLUMNS | (PROJECT_DETAIL if kind is Kind.PROJECT else frozenset())
    return _cols(fact_keys(kind), language, detail)


def document_columns(language: str, full_paths: bool) -> tuple[Col, ...]:
    return _cols(document_keys(full_paths), language, DOCUMENT_DETAIL)


def audit_columns(language: str) -> tuple[Col, ...]:
    return _cols(AUDIT_KEYS, language, frozenset())


def about_columns(language: str) -> tuple[Col, ...]:
    return _cols(ABOUT_KEYS, language, frozenset())


def file_name(source: str | None) -> str | None:
    """The file name of a source path (either kind of separator); a web address stays whole."""
    if not source:
        return None
    if is_web_url(source):
        return source
    return PureWindowsPath(source).name or source


def source_link(source: str | None) -> Link | str | None:
    name = file_name(source)
    if name is not None and is_web_url(source):
        return Link(name, url=source)
    return name


def fact_status(f: FactRecord) -> str:
    """`approved` for the facts (not rejected) of an approved document, else the fact's status."""
    if f.document_status == DocStatus.APPROVED.value and f.status != FactStatus.REJECTED.value:
        return terms.APPROVED
    return f.status


@dataclass(frozen=True, slots=True)
class Amounts:
    """A value spread over the unit columns: exactly one group is filled."""

    cny: int | float | Decimal | None = None
    cny_100m: Decimal | None = None
    currency: str | None = None
    other: int | float | Decimal | None = None
    count: int | float | Decimal | None = None
    percent: int | float | Decimal | None = None
    points: int | float | Decimal | None = None


def exact(value: int | float | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else value)


def amounts(value: int | float | Decimal | None, unit: str | None) -> Amounts:
    if value is None:
        return Amounts()
    if unit == Unit.CNY:
        return Amounts(cny=value, cny_100m=exact(value) / Decimal(100_000_000))
    if unit in CURRENCIES or (unit and unit.isupper() and len(unit) == 3):
        return Amounts(currency=unit, other=value)
    if unit == Unit.COUNT:
        return Amounts(count=value)
    if unit == Unit.PERCENT:
        return Amounts(percent=value)
    if unit == Unit.PERCENTAGE_POINT:
        return Amounts(points=value)
    return Amounts()


def value_text(value: int | float | Decimal | None, unit: str | None, language: str) -> str | None:
    """A value with its unit, as text (the `Suggested value` column: text, so no column mixes units)."""
    if value is None:
        return None
    number = number_text(value) or str(value)
    if "." in number:
        whole, frac = number.split(".", 1)
        number = f"{int(whole):,}.{frac}" if whole.lstrip("-").isdigit() else number
    elif number.lstrip("-").isdigit():
        number = f"{int(number):,}"
    zh = language == "zh_CN"
    if unit == Unit.CNY:
        return f"{number}元" if zh else f"{number} yuan"
    if unit == Unit.PERCENT:
        return f"{number}%"
    if unit == Unit.PERCENTAGE_POINT:
        return f"{number}个百分点" if zh else f"{number} pp"
    if unit == Unit.COUNT or not unit:
        return number
    return f"{number} {unit}"


def changed_text(s: Suggestion | None, language: str) -> str | None:
    if s is None or not s.changed:
        return None
    names = []
    for name in s.changed:
        key = FIELD_KEYS.get(name)
        if key is not None:
            names.append(column(key).header(language))
        else:
            table = CHANGED_NAMES_ZH if language == "zh_CN" else CHANGED_NAMES
            names.append(table.get(name, name))
    return ", ".join(dict.fromkeys(names))


def notes_text(f: FactRecord) -> str | None:
    """Fields the kind does not have, as `name: value`."""
    try:
        own = set(KIND_FIELDS[Kind(f.kind)])
    except ValueError:
        own = set()
    extra: dict[str, Any] = {k: v for k, v in f.fields.items() if k not in own and v not in (None, "")}
    extra.update({k: v for k, v in (f.other_fields or {}).items() if v not in (None, "")})
    return "; ".join(f"{k}: {v}" for k, v in extra.items()) or None


def _field_text(value: object) -> str | None:
    """Fields are text in the schema; anything else stored there is shown as its text."""
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


def fact_row(kind: Kind, f: FactRecord, ctx: RowContext) -> list[object]:
    """The row of a fact, in the order of `fact_keys(kind)`."""
    lang = ctx.language
    fields = f.fields
    doc_row = ctx.document_rows.get(f.document_id)
    row: list[object] = [
        f.id, f.version,
        Link(f.document_id, location=f"'{ctx.documents_title}'!A{doc_row}") if doc_row else f.document_id,
        terms.term("status", fact_status(f), lang),
    ]
    label = None
    for name in KIND_FIELDS[kind]:
        v = _field_text(fields.get(name))
        if name in ENUM_FIELDS:
            v = terms.term(ENUM_FIELDS[name], v, lang)
        elif name == "indicator":
            label = lookup(v)
            v = label.name(lang) if label else None
        row.append(v)
    if "period" in KIND_FIELDS[kind]:
        row += [f.period_start, f.period_end]
    if kind is not Kind.PERSON:
        row += region_names(f.region_code, lang)
    if "indicator" in KIND_FIELDS[kind]:
        row.append(label.written if label else None)
    if kind is not Kind.PERSON:
        a = amounts(f.value, f.unit)
        counted = None
        if a.count is not None:
            counted = (label.counted(lang) or label.written) if label else None
        row += [a.cny, a.cny_100m, a.currency, a.other, a.count, counted, a.percent, a.points, f.value_text]
        s = f.suggestion
        row.append(value_text(s.value, s.unit, lang) if s else None)
    reviewer, reviewed_at = (
        (f.reviewer, f.reviewed_at) if f.reviewer or f.reviewed_at else (f.document_reviewer, f.document_reviewed_at)
    )
    corrected = bool(f.suggestion and f.suggestion.changed)
    row += [
        terms.term("yes/no", "yes" if corrected else "no", lang),
        changed_text(f.suggestion, lang),
        reviewer,
        utc_naive(reviewed_at),
        f.confidence,
        terms.term("origin", f.origin, lang),
        f.override_reason,
        notes_text(f),
        f.quote or None,
        f.comment or None,
        f.title,
        f.published,
        f.region,
        source_link(f.source),
        terms.term("document status", f.document_status, lang),
    ]
    return row


def region_names(code: str | None, language: str) -> list[object]:
    """Region code, its canonical name in the workbook's language and its English name."""
    return [code, region_name(code, language), english_name(code)]


def document_row(d: DocumentRecord, exported: int, ctx: RowContext) -> list[object]:
    row: list[object] = [
        d.id, d.version, d.title, d.published, d.region, *region_names(d.region_code, ctx.language), d.language,
        d.outlet,
        terms.term("document status", d.status, ctx.language), d.note, d.comment or None, exported, d.assignee,
        d.reviewer, utc_naive(d.reviewed_at), source_link(d.source),
    ]
    if ctx.full_paths:
        row.append(Link(d.source, url=d.source) if d.source and is_web_url(d.source) else d.source)
    return row


def audit_row(a: AuditRecord) -> list[object]:
    return [a.id, utc_naive(a.at), a.user, a.action, a.document_id, a.fact_id, a.field, a.old_value, a.new_value]
