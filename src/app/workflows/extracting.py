"""Running extraction: on import, headless (`factdesk extract`), and again on stored documents."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app.ingest import IngestError, iter_input_files, read_document, shown
from app.store import Database
from app.store.services import documents, facts, knowledge
from app.workflows.preparing import extract_checked, extract_document
from app.workflows.progress import CancelToken, ProgressFn, no_progress

__all__ = ["extract_document", "extract_files", "reextract"]

log = logging.getLogger(__name__)


def extract_files(paths: Iterable[Path]) -> tuple[list[dict[str, Any]], list[str]]:
    """The headless contract: one JSON-ready object per readable file, and the errors."""
    results: list[dict[str, Any]] = []
    errors: list[str] = []
    for p in paths:
        try:
            files = list(iter_input_files([p]))
        except IngestError as exc:
            errors.append(str(exc))
            continue
        if not files:
            errors.append(f"no readable files: {shown(p)}")
        for f in files:
            try:
                read = read_document(f)
            except IngestError as exc:
                errors.append(str(exc))
                continue
            drafts, problem = extract_checked(read.display_text, read.language, read.published)
            if problem is not None:
                errors.append(f"{shown(f)}: {problem}; its facts are missing from the output")
            results.append(
                {
                    "path": shown(f),
                    "language": read.language,
                    "title": read.title,
                    "published": read.published.isoformat() if read.published else None,
                    "outlet": read.outlet,
                    "facts": [d.to_json(read.display_text) for d in drafts],
                }
            )
    return results, errors


def reextract(
    db: Database,
    document_ids: Iterable[int],
    user: str,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    skipped: list[int] | None = None,
) -> int:
    """Run extraction again on stored documents; what an analyst confirmed or edited stays. Approved
    and rejected documents are left as they are: their ids go to `skipped` (when given) and the last
    progress line counts them."""
    ids = list(document_ids)
    added = 0
    locked: list[int] = [] if skipped is None else skipped
    failed: list[int] = []
    with db.session() as session:
        learned = knowledge.snapshot(session)
    for i, doc_id in enumerate(ids):
        if cancel is not None and cancel.cancelled:
            break
        progress(i, len(ids), f"document {doc_id}")
        with db.session() as session:
            doc = documents.get(session, doc_id)
            if doc.status in documents.LOCKED_STATUSES:
                locked.append(doc_id)
                continue
            drafts, problem = extract_checked(doc.display_text, doc.language, doc.published, learned)
            if problem is not None:  # its suggestions stay as they were: a failure never empties a document
                failed.append(doc_id)
                continue
            added += facts.replace_suggestions(session, doc_id, drafts, user)
            session.commit()
    done = f"{added} suggestions"
    if locked:
        done += f"; skipped {len(locked)} approved or rejected documents (reopen them to extract again)"
    if failed:
        done += f"; extraction failed on {len(failed)} documents, left as they were (see the log)"
    progress(len(ids), len(ids), done)
    return added
