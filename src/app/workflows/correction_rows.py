"""One workbook row against the database: what the analyst changed, or why the row cannot be applied.

Pure comparison, no database: the caller fetches the stored state (`FactState`, `DocumentState`) and
gets back either nothing to do, a `Plan` (the services' changes plus the lines to print), a conflict
(the row is older than the database) or a refusal, each with a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from app.domain import numbers
from app.domain.cell_values import (
    CellValueError,
    decimal_of,
    is_empty,
    parse_date,
    parse_integer,
    parse_number,
    parse_text,
    same_number,
)
from app.domain.indicators import indicator_name
from app.domain.schema import CURRENCIES, KIND_FIELDS, NUMERIC_KINDS, DocStatus, FactStatus, Kind, Unit
from app.domain.validation import validate_fact
from app.export.terms import value_for_term
from app.workflows.workbook_rows import FIELD_HEADERS, HEADER_OF, SheetRow

ENUM_FIELDS = ("stage", "basis", "comparator")
"""Fields written as a term of an enumeration (e.g. `under construction`, `在建`), read back to the
stored value; text that is no term is kept as typed, and validation says what is allowed."""

AMOUNT_UNITS: dict[str, str | None] = {
    "amount_cny": Unit.CNY.value,
    "amount_other": None,  # the unit is the Currency cell
    "count": Unit.COUNT.value,
    "percent": Unit.PERCENT.value,
    "pp": Unit.PERCENTAGE_POINT.value,
}
COLUMN_OF_UNIT: dict[str, str] = {
    Unit.CNY.value: "amount_cny", Unit.COUNT.value: "count", Unit.PERCENT.value: "percent",
    Unit.PERCENTAGE_POINT.value: "pp", **{str(c): "amount_other" for c in CURRENCIES if c != Unit.CNY},
}
FACT_STATUSES_BACK = (FactStatus.CONFIRMED.value, FactStatus.REJECTED.value)
DOC_STATUSES_BACK = (DocStatus.APPROVED.value, DocStatus.REJECTED.value, DocStatus.FLAGGED.value, DocStatus.READY.value,
                     DocStatus.IN_REVIEW.value)


class RowProblem(Exception):
    """This row cannot be applied; the message (one line) says why."""


class RowConflict(Exception):
    """The row is older than the database and would change it; the message gives both values."""


def stored_number(value: Decimal) -> Decimal:
    """The number as the store keeps it: the exact decimal, canonical (no exponent, no trailing zeros)."""
    return numbers.canonical(value)


def show(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, float):
        return show(decimal_of(value))
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return repr(text if len(text) <= 80 else text[:79] + "…")


@dataclass
class Plan:
    """What applying one row does: `changes` for the services, and (header, old, new) to print."""

    entity_id: int
    version: int
    where: str
    changes: dict[str, Any] = field(default_factory=dict)
    shown: list[tuple[str, Any, Any]] = field(default_factory=list)
    status: Any = None  # FactStatus / DocStatus, or None
    note: str | None = None
    note_changed: bool = False
    document_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)  # the stored values of what changes (undo puts them back)
    document_status: str | None = None  # the document's status before applying

    @property
    def empty(self) -> bool:
        return not self.changes and self.status is None and not self.note_changed


def _cell(row: SheetRow, key: str) -> Any:
    c = row.get(key)
    if c.formula:
        raise RowProblem(f"{HEADER_OF[key]}: formula in a data cell ({str(c.value)[:40]})")
    return c.value


def _parse(row: SheetRow, key: str, parser: Any) -> Any:
    value = _cell(row, key)
    try:
        return parser(value)
    except CellValueError as exc:
        raise RowProblem(f"{HEADER_OF[key]}: {exc}") from None


def row_id(row: SheetRow, key: str) -> int | None:
    """The row's id (Fact ID / Document ID); None for a row without one."""
    return _parse(row, key, parse_integer)


def row_version(row: SheetRow) -> int:
    version = _parse(row, "version", parse_integer)
    if version is None:
        raise RowProblem("Version: empty; the version is needed to tell whether the row is out of date")
    return version


def check_formulas(row: SheetRow) -> None:
    for key, c in row.cells.items():
        if c.formula:
            raise RowProblem(f"{HEADER_OF[key]}: formula in a data cell ({str(c.value)[:40]})")


@dataclass(frozen=True)
class FactCells:
    """A fact row's applicable values, parsed (the columns the sheet does not have are left out)."""

    fields: dict[str, str | None]
    value: tuple[Decimal | None, str | None, str | None] | None  # (number, unit, column key) or None
    status: str | None | bool  # text, None for empty, False when the sheet has no Status column

    def digest(self) -> int:
        return hash((tuple(sorted(self.fields.items())), self.value, self.status))


def parse_fact_cells(row: SheetRow, kind: Kind, columns: set[str]) -> FactCells:
    check_formulas(row)
    fields = {name: _enum_value(name, _parse(row, name, parse_text)) for name in KIND_FIELDS[kind] if name in columns}
    value = _value_cells(row, columns) if kind in NUMERIC_KINDS else None
    status: str | None | bool = False
    if "status" in columns:
        text = _parse(row, "status", parse_text)
        status = (value_for_term("status", text) or text.strip().lower()) if text else None
    return FactCells(fields, value, status)


def _enum_value(name: str, text: str | None) -> str | None:
    if text is None or name not in ENUM_FIELDS:
        return text
    return value_for_term(name, text) or text


def _value_cells(row: SheetRow, columns: set[str]) -> tuple[Decimal | None, str | None, str | None] | None:
    present = [k for k in AMOUNT_UNITS if k in columns]
    if not present:
        return None
    filled = [(k, _parse(row, k, parse_number)) for k in present if not is_empty(row.get(k).value)]
    if len(filled) > 1:
        raise RowProblem("more than one value column is filled (" + ", ".join(HEADER_OF[k] for k, _ in filled)
                         + "): keep the one that fits the value")
    currency = _parse(row, "currency", parse_text) if "currency" in columns else None
    if not filled:
        if currency:
            raise RowProblem("Currency is filled but Amount (other currency) is empty")
        return (None, None, None)
    key, number = filled[0]
    unit = AMOUNT_UNITS[key]
    if key == "amount_other":
        if not currency:
            raise RowProblem("Amount (other currency): the Currency column is empty")
        unit = currency.strip().upper()
    elif currency:
        raise RowProblem(f"Currency is filled, but the amount is in {HEADER_OF[key]}")
    return (number, unit, key)


def plan_fact(row: SheetRow, cells: FactCells, fact_id: int, version: int, state: Any, columns: set[str]) -> Plan:
    """The changes the row makes to the stored fact. Raises RowProblem (invalid) or RowConflict."""
    plan = Plan(fact_id, version, row.where, document_id=state.document_id, document_status=state.document_status)
    new_fields = dict(state.fields)
    for name, new in cells.fields.items():
        old = state.fields.get(name)
        if (old in (None, "") and new is None) or old == new or _shown_as(name, old, new):
            continue
        plan.changes[name] = new
        plan.before[name] = old
        new_fields[name] = new
        plan.shown.append((_header(name), old, new))
    new_value, new_unit = state.value, state.unit
    if cells.value is not None:
        number, unit, key = cells.value
        if number is None and state.value is not None and COLUMN_OF_UNIT.get(state.unit or "") not in columns:
            pass  # the column of this fact's unit was removed from the sheet: nothing said about the value
        elif not same_number(number, decimal_of(state.value)) or (number is not None and unit != state.unit):
            new_value = stored_number(number) if number is not None else None
            new_unit = unit if number is not None else state.unit
            header = HEADER_OF[key] if key else HEADER_OF[COLUMN_OF_UNIT.get(state.unit or "", "amount_cny")]
            if not same_number(number, decimal_of(state.value)):
                plan.changes["value"] = new_value
                plan.before["value"] = state.value
                plan.shown.append((header, decimal_of(state.value), number))
            if new_unit != state.unit:
                plan.changes["unit"] = new_unit
                plan.before["unit"] = state.unit
                plan.shown.append(("Unit", state.unit, new_unit))
    new_status = state.status
    if not isinstance(cells.status, bool):
        new_status = _fact_status(cells.status, state, version)
        if new_status != state.status:
            plan.status = FactStatus(new_status)
            plan.before["status"] = state.status
            plan.shown.append(("Status", state.status, new_status))
    if plan.empty:
        return plan
    _check_version(version, state.version, plan)
    if new_status != FactStatus.REJECTED.value:
        found = validate_fact(state.kind, new_fields, new_value, new_unit)
        if found:
            raise RowProblem("; ".join(f"{_header(name, new_unit)}: {message}" for name, message in found.items()))
    return plan


def _shown_as(name: str, stored: Any, cell: str | None) -> bool:
    """Is the cell the exported form of the stored value? The Indicator column shows the controlled
    vocabulary's name (in the workbook's language) for the label stored as written."""
    if name != "indicator" or cell is None:
        return False
    return cell in (indicator_name(stored, "en"), indicator_name(stored, "zh_CN"))


def _fact_status(text: str | None, state: Any, version: int) -> str:
    if text is None:
        raise RowProblem("Status: empty; a fact's status is required (confirmed or rejected to change it)")
    if text == state.status or (text == DocStatus.APPROVED.value and state.document_status == text):
        return str(state.status)
    if text in FACT_STATUSES_BACK:
        return text
    if text in (*(s.value for s in FactStatus), DocStatus.APPROVED.value) and version < state.version:
        return str(state.status)  # the status as exported; the fact has moved on since
    raise RowProblem(f"Status: {text!r} cannot be set from a workbook; use confirmed or rejected")


def _header(name: str, unit: str | None = None) -> str:
    if name == "value" and unit in COLUMN_OF_UNIT:
        return HEADER_OF[COLUMN_OF_UNIT[unit]]
    if name in ("value", "unit"):
        return name.capitalize()
    return next((h for h, n in FIELD_HEADERS.items() if n == name), name)


def _check_version(version: int, current: int, plan: Plan) -> None:
    """A row that changes something must be of the stored version: older is a conflict (someone
    changed the record since the export), newer cannot come from this database."""
    if version < current:
        raise RowConflict(_conflict_text(version, current, plan))
    if version > current:
        raise RowProblem(f"Version {version} is newer than the database's ({current}): "
                         "the workbook does not come from this database as it is")


def _conflict_text(version: int, current: int, plan: Plan) -> str:
    values = "; ".join(f"{h}: database {show(old)}, workbook {show(new)}" for h, old, new in plan.shown)
    return (f"changed in the database since the export (version {version} in the workbook, {current} in the "
            f"database); {values}; the database value is kept")


@dataclass(frozen=True)
class DocumentCells:
    values: dict[str, Any]  # title, published, region, note: present columns only
    status: str | None | bool

    def digest(self) -> int:
        return hash((tuple(sorted(self.values.items())), self.status))


def parse_document_cells(row: SheetRow, columns: set[str]) -> DocumentCells:
    check_formulas(row)
    values: dict[str, Any] = {}
    for key in ("title", "region", "note"):
        if key in columns:
            values[key] = _parse(row, key, parse_text)
    if "published" in columns:
        values["published"] = _parse(row, "published", parse_date)
    status: str | None | bool = False
    if "status" in columns:
        text = _parse(row, "status", parse_text)
        status = (value_for_term("document status", text) or text.strip().lower().replace(" ", "_")) if text else None
    return DocumentCells(values, status)


def plan_document(row: SheetRow, cells: DocumentCells, doc_id: int, version: int, state: Any) -> Plan:
    plan = Plan(doc_id, version, row.where, document_id=doc_id, note=state.note, document_status=state.status)
    for key, new in cells.values.items():
        old = getattr(state, key)
        if (old in (None, "") and new is None) or old == new:
            continue
        if key == "note":
            plan.note, plan.note_changed = new, True
        else:
            plan.changes[key] = new
        plan.before[key] = old
        plan.shown.append((HEADER_OF[key], old, new))
    if not isinstance(cells.status, bool):
        text = cells.status
        if text is None:
            raise RowProblem("Status: empty; a document's status is required")
        if text != state.status:
            if text not in DOC_STATUSES_BACK:
                raise RowProblem(f"Status: {text!r} cannot be set from a workbook; use "
                                 + ", ".join(DOC_STATUSES_BACK))
            plan.status = DocStatus(text)
            plan.before["status"] = state.status
            plan.shown.append(("Status", state.status, text))
    if not plan.empty:
        _check_version(version, state.version, plan)
    return plan
