"""Importing files: read, clean, extract, store — one transaction per file, so a file that fails
leaves nothing behind and the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from app.domain.schema import FactDraft
from app.ingest import IngestError, ReadDocument, iter_input_files, read_document
from app.store import Database, StoreError
from app.store.services import documents
from app.workflows.extracting import extract_document
from app.workflows.progress import CancelToken, ProgressFn, no_progress

log = logging.getLogger(__name__)


@dataclass
class ImportSummary:
    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False

    def line(self) -> str:
        text = (
            f"imported {len(self.imported)}, duplicates {len(self.duplicates)}, failed {len(self.failed)}"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def collect_files(paths: Iterable[Path], summary: ImportSummary) -> list[Path]:
    """Expand the arguments into files; a missing path or a folder without readable files is a
    failure of its own, reported in the summary."""
    files: list[Path] = []
    for p in paths:
        try:
            found = list(iter_input_files([p]))
        except IngestError as exc:
            summary.failed.append((p, str(exc)))
            continue
        if not found:
            what = "no readable files (.txt .md .html .htm .pdf .docx) in folder" if p.is_dir() else (
                "not a supported file type (.txt .md .html .htm .pdf .docx)"
            )
            summary.failed.append((p, f"{what}: {p}"))
        files.extend(found)
    return files


def store_document(db: Database, read: ReadDocument, facts: Sequence[FactDraft], user: str) -> int | None:
    """Store one document with its suggestions in its own transaction; None when it is a duplicate."""
    new = documents.NewDocument(
        content_hash=read.content_hash,
        source=str(read.path),
        raw_text=read.raw_text,
        display_text=read.display_text,
        offset_map=read.offset_map,
        language=read.language,
        title=read.title,
        published=read.published,
        outlet=read.outlet,
    )
    with db.session() as session:
        doc = documents.add_unless_stored(session, new, user, facts)
        session.commit()
        return doc.id if doc is not None else None


def is_stored(db: Database, content_hash: str) -> bool:
    with db.session() as session:
        return documents.find_by_hash(session, content_hash) is not None


def import_paths(
    db: Database,
    paths: Iterable[Path],
    user: str,
    *,
    run_extraction: bool = True,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    summary = ImportSummary()
    files = collect_files(paths, summary)
    total = len(files)
    for i, path in enumerate(files):
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        progress(i, total, str(path))
        try:
            read = read_document(path)
            if is_stored(db, read.content_hash):  # before extraction: re-importing a folder is cheap
                summary.duplicates.append(path)
                continue
            facts = extract_document(read.display_text, read.language, read.published) if run_extraction else []
            doc_id = store_document(db, read, facts, user)
        except IngestError as exc:
            summary.failed.append((path, str(exc)))
            continue
        except StoreError as exc:
            summary.failed.append((path, f"{path}: {exc}"))
            continue
        if doc_id is None:
            summary.duplicates.append(path)
        else:
            summary.imported.append((path, doc_id))
    progress(total if not summary.cancelled else len(summary.imported), total, summary.line())
    return summary


def demo_corpus_dir() -> Path:
    """The seed articles shipped inside the package (a real folder, also in the frozen bundle)."""
    return Path(str(resources.files("app") / "seeds"))


def import_demo_if_empty(db: Database, user: str, progress: ProgressFn = no_progress) -> ImportSummary | None:
    with db.session() as session:
        if documents.count(session) > 0:
            return None
    return import_paths(db, [demo_corpus_dir()], user, progress=progress)
