"""Reading an exported workbook back: which sheets and columns matter, found by their headers (never
by position — the analyst may have moved, hidden or added columns), and the rows as cells.

Headers and sheet names are matched in English or Chinese through the export's column spec
(`app.export.columns`, `app.export.terms`): a header names the same column everywhere. The keys below
are the English headers of the columns that can be applied back, plus the row keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.schema import Kind
from app.export.about import LABELS
from app.export.columns import column_for_header
from app.export.terms import KIND_SHEETS, SHEETS
from app.workflows.workbook_xml import XlsxPackage

FACT_SHEETS: dict[str, Kind] = {name: kind for kind, key in KIND_SHEETS.items() for name in SHEETS[key]}
"""Sheet name (English or Chinese) → the kind its rows hold."""
DOCUMENTS_SHEETS: tuple[str, ...] = SHEETS["Documents"]
ABOUT_SHEETS: tuple[str, ...] = SHEETS["About"]
DATABASE_ID_LABELS: tuple[str, ...] = LABELS["database_id"]
EXPORT_ID_LABELS: tuple[str, ...] = LABELS["export_id"]

FIELD_HEADERS: dict[str, str] = {
    "Investor": "investor", "Project": "project", "Industry": "industry", "Location": "location",
    "Stage": "stage", "Period": "period", "Subject": "subject", "Indicator": "indicator",
    "Comparator": "comparator", "Basis": "basis", "Horizon": "horizon", "Name": "name", "Role": "role",
    "Organization": "organization",
}
"""Kind fields, applicable back as text: header → schema field name."""

VALUE_HEADERS: dict[str, str] = {
    "Amount (CNY)": "amount_cny",
    "Currency": "currency",
    "Amount (other currency)": "amount_other",
    "Count": "count",
    "Percent": "percent",
    "Percentage points": "pp",
}
"""Value columns applicable back: exactly one amount is filled per row (Currency goes with the
amount in another currency)."""

FACT_HEADERS: dict[str, str] = {
    "Fact ID": "fact_id", "Version": "version", "Status": "status", **FIELD_HEADERS, **VALUE_HEADERS,
    "Comment": "comment",
}
DOCUMENT_HEADERS: dict[str, str] = {
    "Document ID": "document_id", "Version": "version", "Title": "title", "Published": "published",
    "Region": "region", "Status": "status", "Note": "note", "Comment": "comment",
}
HEADER_OF: dict[str, str] = {key: header for header, key in (FACT_HEADERS | DOCUMENT_HEADERS).items()}


@dataclass(frozen=True, slots=True)
class CellValue:
    value: Any
    formula: bool = False


EMPTY = CellValue(None)


@dataclass(frozen=True, slots=True)
class SheetRow:
    sheet: str
    number: int  # the spreadsheet's row number (1 is the header)
    cells: dict[str, CellValue]

    def get(self, key: str) -> CellValue:
        return self.cells.get(key, EMPTY)

    @property
    def blank(self) -> bool:
        return all(c.value is None or (isinstance(c.value, str) and not c.value.strip()) for c in self.cells.values())

    @property
    def where(self) -> str:
        return f"{self.sheet} row {self.number}"


def _header_text(value: object) -> str | None:
    """The English header (the column's key) of a header cell written in either language."""
    spec = column_for_header(value)
    return spec.key if spec is not None else None


def header_columns(book: XlsxPackage, title: str, headers: dict[str, str]) -> list[tuple[int, str]]:
    """(column index, key) of the known columns in the sheet's first row, in order (repeats kept)."""
    for _number, cells in book.rows(title):
        return [(i, headers[h]) for i, (v, _f) in sorted(cells.items()) if (h := _header_text(v)) in headers]
    return []


def sheet_rows(book: XlsxPackage, title: str, headers: dict[str, str]) -> Iterator[SheetRow]:
    """The rows after the header as cells of the known columns, by key. A column that appears twice
    is refused beforehand (the caller checks `header_columns`)."""
    wanted = dict(header_columns(book, title, headers))
    rows = book.rows(title, set(wanted))
    next(rows, None)  # the header
    for number, cells in rows:
        yield SheetRow(title, number, {wanted[i]: CellValue(v, f) for i, (v, f) in cells.items()})


def about_values(book: XlsxPackage, title: str) -> dict[str, Any]:
    """The About sheet's label → value pairs."""
    out: dict[str, Any] = {}
    for _number, cells in book.rows(title, {1, 2}):
        label = cells.get(1, (None, False))[0]
        if isinstance(label, str) and 2 in cells:
            out.setdefault(label.strip(), cells[2][0])
    return out
