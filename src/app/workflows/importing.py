"""Importing files: read, clean and extract in worker processes, store from one writer in batches.

Each file is atomic (a savepoint per file inside the batch transaction): a file that fails leaves
nothing behind and the batch goes on. A database that another program is writing to is waited for
(a bounded time, stated in the message); disk full stops the batch cleanly. The summary line is
always printed."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from app.domain.knowledge import EMPTY, Knowledge
from app.ingest import hash_key, scan_inputs, shown
from app.store import Database, StoreError
from app.store.services import bulk, documents, knowledge
from app.store.services.documents import NewDocument
from app.store.writing import DatabaseBusyError, DiskFullError
from app.workflows.preparing import Prepared, extract_facts, prepared
from app.workflows.progress import CancelToken, ProgressFn, no_progress

log = logging.getLogger(__name__)

BATCH_FILES = 64
BATCH_SECONDS = 0.5

# The report's words, shared by the command line and the window (which translates them by template).
REPORT_WARNING = "warning: %1"
REPORT_SKIPPED = "skipped (a link leading outside the folder): %1"
REPORT_FAILED = "failed: %1"
REPORT_DUPLICATE = "duplicate: %1"
REPORT_TEMPLATES = (REPORT_WARNING, REPORT_SKIPPED, REPORT_FAILED, REPORT_DUPLICATE)


@dataclass
class ImportSummary:
    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # links leading outside the imported folder
    warnings: list[str] = field(default_factory=list)  # folders that could not be read, extractors that failed
    cancelled: bool = False
    stopped: str | None = None  # why the batch stopped early (disk full)

    def line(self) -> str:
        text = (
            f"imported {len(self.imported)}, duplicates {len(self.duplicates)}, failed {len(self.failed)}"
        )
        if self.skipped:
            text += f", skipped {len(self.skipped)} outside the folder"
        if self.stopped:
            text += f" (stopped: {self.stopped})"
        return text + (" (cancelled)" if self.cancelled else "")

    def report(self, *, duplicates: bool = False) -> list[tuple[str, str]]:
        """(template, detail) for each folder warning, skipped and failed file (and duplicate), in the
        order the command line prints them; the detail names the file and says why."""
        return [
            *((REPORT_WARNING, w) for w in self.warnings),
            *((REPORT_SKIPPED, shown(p)) for p in self.skipped),
            *((REPORT_FAILED, reason) for _p, reason in self.failed),
            *(((REPORT_DUPLICATE, shown(p)) for p in self.duplicates) if duplicates else ()),
        ]

    def report_lines(self, *, duplicates: bool = False) -> list[str]:
        return [template.replace("%1", detail) for template, detail in self.report(duplicates=duplicates)]


@dataclass
class _Batch:
    items: list[tuple[Path, bulk.BulkDocument]] = field(default_factory=list)
    started: float = 0.0

    def add(self, path: Path, item: bulk.BulkDocument) -> None:
        if not self.items:
            self.started = time.monotonic()
        self.items.append((path, item))

    def due(self) -> bool:
        return len(self.items) >= BATCH_FILES or (
            bool(self.items) and time.monotonic() - self.started >= BATCH_SECONDS
        )


def import_paths(
    db: Database,
    paths: Iterable[Path],
    user: str,
    *,
    run_extraction: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> ImportSummary:
    summary = ImportSummary()
    scan = scan_inputs([Path(p) for p in paths])
    summary.failed.extend(scan.failed)
    summary.skipped.extend(scan.outside)
    summary.warnings.extend(scan.warnings)
    files = scan.files
    total = len(files)
    stored = frozenset(hash_key(h) for h in db.read(lambda conn: list(bulk.stored_hashes(conn))))
    batch = _Batch()
    learned = learned_knowledge(db) if run_extraction else EMPTY
    stream = prepared(files, run_extraction=run_extraction, stored=stored, workers=workers, knowledge=learned)
    try:
        for i, item in enumerate(stream):
            if cancel is not None and cancel.cancelled:
                summary.cancelled = True
                break
            progress(i, total, shown(item.path))
            _take(db, item, batch, summary, run_extraction, learned)
            if batch.due() and not _store(db, batch, user, summary):
                break
    finally:
        stream.close()  # stops the workers when the loop ended early
    if not summary.stopped:
        _store(db, batch, user, summary)
    done = total if not (summary.cancelled or summary.stopped) else len(summary.imported)
    progress(done, total, summary.line())
    return summary


def _take(db: Database, item: Prepared, batch: _Batch, summary: ImportSummary, run_extraction: bool,
          learned: Knowledge) -> None:
    if item.failure is not None or item.read is None:
        summary.failed.append((item.path, item.failure or f"cannot read file: {shown(item.path)}"))
        return
    read = item.read
    facts, problem = item.facts, item.extraction_problem
    if item.probably_stored:
        if db.read(lambda conn: bulk.is_stored(conn, read.content_hash)):
            summary.duplicates.append(item.path)
            return
        if run_extraction:  # a 64-bit key collision: very rare
            facts, problem = extract_facts(read, learned)
    if problem is not None:
        summary.warnings.append(f"{shown(item.path)}: {problem}; imported without suggestions")
    new = NewDocument(
        content_hash=read.content_hash,
        source=shown(read.path),
        raw_text=read.raw_text,
        display_text=read.display_text,
        offset_map=read.offset_map,
        language=read.language,
        title=read.title,
        published=read.published,
        outlet=read.outlet,
    )
    batch.add(item.path, bulk.BulkDocument(new, facts, read.warnings))


def _store(db: Database, batch: _Batch, user: str, summary: ImportSummary) -> bool:
    """Store the batch; False when the import must stop (disk full)."""
    items, batch.items = batch.items, []
    if not items:
        return True
    try:
        results = db.write(lambda conn: bulk.store_batch(conn, [it for _, it in items], user))
    except DiskFullError as exc:
        summary.stopped = "disk full"
        summary.failed.extend((path, f"{exc}; not stored: {shown(path)}") for path, _ in items)
        return False
    except (DatabaseBusyError, StoreError) as exc:
        summary.failed.extend((path, f"{exc}; not stored: {shown(path)}") for path, _ in items)
        return True
    for (path, _), result in zip(items, results, strict=True):
        if result.document_id is not None:
            summary.imported.append((path, result.document_id))
        elif result.duplicate:
            summary.duplicates.append(path)
        else:
            summary.failed.append((path, f"{result.failure}: {shown(path)}"))
    return True


def learned_knowledge(db: Database) -> Knowledge:
    """What the analysts taught so far (app.domain.knowledge), read once per import or re-run."""
    with db.session() as session:
        return knowledge.snapshot(session)


def demo_corpus_dir() -> Path:
    """The seed articles shipped inside the package (a real folder, also in the frozen bundle)."""
    return Path(str(resources.files("app") / "seeds"))


def import_demo_if_empty(db: Database, user: str, progress: ProgressFn = no_progress,
                         cancel: CancelToken | None = None) -> ImportSummary | None:
    with db.session() as session:
        if documents.count(session) > 0:
            return None
    return import_paths(db, [demo_corpus_dir()], user, progress=progress, cancel=cancel)
