"""The workbook: fact sheets, Documents, Audit, About and Summary, streamed in write-only mode.

Rows arrive as plain records from iterables (the store's batched queries); only running totals for
the Summary and a per-document fact count are kept, so memory does not grow with the export."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app.domain.records import AuditRecord, DocumentRecord, ExportFilter, FactRecord
from app.domain.schema import Kind
from app.export.cells import Styles
from app.export.sheet import SheetWriter
from app.export.sheets import (
    ABOUT_COLUMNS,
    ABOUT_TITLE,
    AUDIT_COLUMNS,
    AUDIT_TITLE,
    DOCUMENT_COLUMNS,
    DOCUMENTS_TITLE,
    FACT_SHEETS,
    SUMMARY_TITLE,
    audit_row,
    document_row,
    fact_row,
)
from app.export.stream import save_workbook
from app.export.summary import Totals, write_summary

Progress = Callable[[int, str], None]
"""progress(rows written so far, message); raising from it (e.g. on cancel) stops the export."""

PROGRESS_EVERY = 1000

NOTES: tuple[tuple[str, str], ...] = (
    ("Values", "Money is in the currency's unit (yuan for CNY): 579.9 billion yuan is 579,900,000,000. "
     "'Amount as written' / 'Value as written' is the text in the article. Percentages are numbers as "
     "written: 15.7 means 15.7 %; negative values are declines."),
    ("Evidence", "The quoted text from the article's cleaned text; 'Evidence offsets' are the character "
     "positions in it (start-end, end exclusive). Several quotes are joined with ' … '."),
    ("Reviewer", "The analyst who last reviewed the fact; for a fact nobody touched, the analyst who "
     "approved or rejected its document."),
    ("Times", "All times are UTC."),
    ("Formulas", "The workbook holds no formulas: text that starts with =, +, -, @, tab or CR is stored "
     "as text and shown literally."),
)


@dataclass
class AboutInfo:
    """What the About sheet says besides the counts."""

    filter: ExportFilter
    user: str
    exported_at: datetime
    file_name: str
    version: str
    database: str | None = None
    database_id: str | None = None
    export_id: str | None = None


@dataclass
class WorkbookStats:
    """Rows written per sheet."""

    sheets: dict[str, int] = field(default_factory=dict)
    facts: int = 0
    documents: int = 0
    audit_events: int = 0

    @property
    def empty(self) -> bool:
        return self.facts == 0


def write_workbook(
    path: Path,
    facts: Iterable[FactRecord],
    documents: Iterable[DocumentRecord],
    audit: Iterable[AuditRecord],
    about: AboutInfo,
    progress: Progress | None = None,
) -> WorkbookStats:
    """Write the workbook to `path` (the caller makes that a temporary file). The iterables are
    consumed in order: facts, then documents, then audit events."""
    wb = Workbook(write_only=True)
    try:
        return _write(wb, path, facts, documents, audit, about, progress)
    except BaseException:
        _discard(wb)
        raise


def _discard(wb: Workbook) -> None:
    """After a failure: end each sheet's stream and delete its temporary file now (openpyxl would
    only do so at interpreter exit, and complain when the half-written streams are collected)."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if rows is not None:
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def _write(
    wb: Workbook,
    path: Path,
    facts: Iterable[FactRecord],
    documents: Iterable[DocumentRecord],
    audit: Iterable[AuditRecord],
    about: AboutInfo,
    progress: Progress | None,
) -> WorkbookStats:
    styles = Styles()
    fact_writers = {k: SheetWriter(wb, s.title, s.columns, styles) for k, s in FACT_SHEETS.items()}
    doc_writer = SheetWriter(wb, DOCUMENTS_TITLE, DOCUMENT_COLUMNS, styles)
    audit_writer = SheetWriter(wb, AUDIT_TITLE, AUDIT_COLUMNS, styles)
    about_writer = SheetWriter(wb, ABOUT_TITLE, ABOUT_COLUMNS, styles)
    stats = WorkbookStats()
    totals = Totals()
    per_document: dict[int, int] = defaultdict(int)
    done = 0

    def tick(message: str) -> None:
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, message)

    for f in facts:
        try:
            kind = Kind(f.kind)
        except ValueError:
            continue  # a kind this version does not know has no sheet
        fact_writers[kind].append(fact_row(FACT_SHEETS[kind], f))
        totals.add(f)
        per_document[f.document_id] += 1
        done += 1
        tick("facts")
    for d in documents:
        doc_writer.append(document_row(d, per_document.get(d.id, 0)))
        done += 1
        tick("documents")
    for a in audit:
        audit_writer.append(audit_row(a))
        done += 1
        tick("audit")

    for kind, w in fact_writers.items():
        stats.sheets[FACT_SHEETS[kind].title] = w.close()
    stats.facts = sum(stats.sheets.values())
    stats.documents = stats.sheets[DOCUMENTS_TITLE] = doc_writer.close()
    stats.audit_events = stats.sheets[AUDIT_TITLE] = audit_writer.close()

    for label, value in about_rows(about, stats):
        about_writer.append([label, value])
    about_writer.close()
    write_summary(wb, styles, totals, SUMMARY_TITLE)
    if progress is not None:
        progress(done, "saving")
    save_workbook(wb, path)
    return stats


def about_rows(about: AboutInfo, stats: WorkbookStats) -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [
        ("Workbook", "FactDesk export: facts extracted from news articles and reviewed by analysts"),
        ("Result", "No facts match this selection: the fact sheets are empty." if stats.empty
         else f"{stats.facts} facts from {stats.documents} documents"),
        ("Exported at (UTC)", about.exported_at),
        ("Exported by", about.user),
        ("FactDesk version", about.version),
        ("File", about.file_name),
    ]
    if about.database:
        rows.append(("Database", about.database))
    if about.database_id:
        rows.append(("Database ID", about.database_id))
    if about.export_id:
        rows.append(("Export ID", about.export_id))
    rows += [(f"Filter: {label}", text) for label, text in about.filter.describe()]
    rows += [(f"Rows: {sheet}", count) for sheet, count in stats.sheets.items()]
    rows += [(f"Note: {label}", text) for label, text in NOTES]
    return rows
