"""Helpers for the apply-workbook tests: export a workbook, edit cells by header (as an analyst would
in Excel, through openpyxl), and run the apply workflow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.domain.records import ExportFilter
from app.store import Database
from app.workflows.applying import ApplyReport, apply_workbook
from app.workflows.exporting import export_workbook


def export_all(db: Database, path: Path) -> Path:
    export_workbook(db, path, ExportFilter(status="all"), "exporter")
    return path


def header_index(ws: Any, header: str) -> int:
    """1-based column of `header` in the first row."""
    for cell in ws[1]:
        if cell.value == header:
            return int(cell.column)
    raise KeyError(f"{ws.title} has no column {header!r}")


def row_of(ws: Any, key_header: str, key: int) -> int:
    col = header_index(ws, key_header)
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, col).value == key:
            return r
    raise KeyError(f"{ws.title}: no row with {key_header} {key}")


def edit(path: Path, edits: list[tuple[str, int, str, Any]], out: Path | None = None) -> Path:
    """Apply (sheet, id, header, value) edits to the workbook: the row is found by its Fact ID (fact
    sheets) or Document ID (Documents)."""
    wb = openpyxl.load_workbook(path)
    for sheet, key, header, value in edits:
        ws = wb[sheet]
        key_header = "Document ID" if sheet == "Documents" else "Fact ID"
        ws.cell(row_of(ws, key_header, key), header_index(ws, header)).value = value
    target = out or path
    wb.save(target)
    wb.close()
    return target


def cell(path: Path, sheet: str, key: int, header: str) -> Any:
    wb = openpyxl.load_workbook(path, read_only=False)
    try:
        ws = wb[sheet]
        key_header = "Document ID" if sheet == "Documents" else "Fact ID"
        return ws.cell(row_of(ws, key_header, key), header_index(ws, header)).value
    finally:
        wb.close()


def apply(db: Database, path: Path, *, dry_run: bool = False, user: str = "corrector") -> ApplyReport:
    return apply_workbook(db, path, user, dry_run=dry_run)
