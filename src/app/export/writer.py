"""The workbook: fact sheets, Documents, Summary, Dictionary, Audit and About, streamed.

Rows arrive as plain records from iterables (the store's batched queries); only the Summary's
figures (a few numbers per fact) and a per-document fact count are kept, so memory stays small."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from app.domain.records import AuditRecord, DocumentRecord, ExportFilter, FactRecord
from app.domain.schema import Kind
from app.export import terms
from app.export.about import about_rows
from app.export.cells import Styles
from app.export.dictionary import write_dictionary
from app.export.sheet import FreeSheet, SheetWriter
from app.export.sheets import (
    TABLE_NAMES,
    RowContext,
    about_columns,
    audit_columns,
    audit_row,
    document_columns,
    document_row,
    fact_columns,
    fact_row,
)
from app.export.stream import StreamSheet, save_workbook
from app.export.summary import Totals, write_summary

Progress = Callable[[int, str], None]
"""progress(rows written so far, message); raising from it (e.g. on cancel) stops the export."""

PROGRESS_EVERY = 1000


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
    undated_left_out: int = 0


@dataclass
class WorkbookOptions:
    language: str = "en"
    full_paths: bool = False
    document_rows: Mapping[int, int] = field(default_factory=dict)  # document id → its row on Documents


@dataclass
class WorkbookStats:
    """Rows written per sheet (keys: the English sheet names)."""

    sheets: dict[str, int] = field(default_factory=dict)
    facts: int = 0
    documents: int = 0
    audit_events: int = 0

    @property
    def empty(self) -> bool:
        return self.facts == 0


def footer(language: str) -> str:
    return "第 &P 页，共 &N 页" if language == "zh_CN" else "Page &P of &N"


def write_workbook(
    path: Path,
    facts: Iterable[FactRecord],
    documents: Iterable[DocumentRecord],
    audit: Iterable[AuditRecord],
    about: AboutInfo,
    progress: Progress | None = None,
    options: WorkbookOptions | None = None,
) -> WorkbookStats:
    """Write the workbook to `path` (the caller makes that a temporary file). The iterables are
    consumed in order: facts, then documents, then audit events."""
    wb = Workbook(write_only=True)
    try:
        return _write(wb, path, facts, documents, audit, about, progress, options or WorkbookOptions())
    except BaseException:
        for ws in wb.worksheets:
            if isinstance(ws, StreamSheet):
                ws.discard()
        raise


def _write(
    wb: Workbook,
    path: Path,
    facts: Iterable[FactRecord],
    documents: Iterable[DocumentRecord],
    audit: Iterable[AuditRecord],
    about: AboutInfo,
    progress: Progress | None,
    options: WorkbookOptions,
) -> WorkbookStats:
    lang = options.language
    name = lambda key: terms.sheet_name(key, lang)  # noqa: E731
    foot = footer(lang)
    ctx = RowContext(lang, options.full_paths, options.document_rows, name("Documents"))
    styles = Styles(wb)
    fact_writers = {
        kind: SheetWriter(wb, name(key), fact_columns(kind, lang), styles, table_name=TABLE_NAMES[key], footer=foot)
        for kind, key in terms.KIND_SHEETS.items()
    }
    doc_writer = SheetWriter(wb, name("Documents"), document_columns(lang, options.full_paths), styles,
                             table_name=TABLE_NAMES["Documents"], footer=foot)
    stats = WorkbookStats()
    totals = Totals(language=lang)
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
        fact_writers[kind].append(fact_row(kind, f, ctx))
        totals.add(f)
        per_document[f.document_id] += 1
        done += 1
        tick("facts")
    for d in documents:
        doc_writer.append(document_row(d, per_document.get(d.id, 0), ctx))
        done += 1
        tick("documents")
    for kind, w in fact_writers.items():
        stats.sheets[terms.KIND_SHEETS[kind]] = w.close()
    stats.facts = sum(stats.sheets.values())
    stats.documents = stats.sheets["Documents"] = doc_writer.close()

    write_summary(wb, styles, totals, name("Summary"), foot)
    write_dictionary(wb, styles, name("Dictionary"), foot, lang, options.full_paths)
    audit_writer = SheetWriter(wb, name("Audit"), audit_columns(lang), styles, table_name=TABLE_NAMES["Audit"],
                               footer=foot)
    for a in audit:
        audit_writer.append(audit_row(a))
        done += 1
        tick("audit")
    stats.audit_events = stats.sheets["Audit"] = audit_writer.close()

    cols = about_columns(lang)
    about_sheet = FreeSheet(wb, name("About"), styles, [32, 90], foot, landscape=False, wrap_columns=[1])
    about_sheet.ws.page_setup.fitToHeight = 1  # About fits on one page
    about_sheet.header([c.header for c in cols])
    for label, value in about_rows(about, stats, lang):
        about_sheet.values([label, value])
    if progress is not None:
        progress(done, "saving")
    save_workbook(wb, path)
    return stats
