"""Exporting to Excel: select the rows (store), write the workbook (export) to a temporary file beside
the target, move it into place, and record the export (export record and audit event).

One session for the whole export, so every sheet sees the same data."""

from __future__ import annotations

import locale
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__, config
from app.domain.records import ExportFilter
from app.export import AboutInfo, ExportError, WorkbookOptions, atomic_target, check_target, write_workbook
from app.export.columns import check_language
from app.store import Database
from app.store.services import export_rows, meta, review
from app.workflows.leftovers import export_registry
from app.workflows.progress import Cancelled, CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from app.store.db import Session

__all__ = ["ExportError", "ExportResult", "export_workbook", "workbook_language"]

ENV_LANG = "FACTDESK_LANG"


def workbook_language(explicit: str | None = None) -> str:
    """The workbook language: `explicit`, else the interface language ($FACTDESK_LANG, else the
    `language` setting, else the system locale: Chinese → zh_CN, anything else → en). Raises
    ValueError (one line) for a language the workbook is not written in."""
    if explicit:
        return check_language(explicit)
    wanted = os.environ.get(ENV_LANG) or config.load_settings().language
    if not wanted:
        wanted = (locale.getlocale()[0] or os.environ.get("LANG") or "en").split(".")[0]
    try:
        return check_language(wanted)
    except ValueError:
        return "en"


@dataclass
class ExportResult:
    path: Path
    filter: ExportFilter
    sheets: dict[str, int] = field(default_factory=dict)
    facts: int = 0
    documents: int = 0
    audit_events: int = 0
    seconds: float = 0.0
    record_id: int | None = None
    export_id: str | None = None
    undated_left_out: int = 0

    @property
    def empty(self) -> bool:
        return self.facts == 0

    def line(self) -> str:
        if self.empty:
            return f"no facts match the selection; wrote a workbook that says so: {self.path}"
        kinds = ", ".join(f"{name} {n}" for name, n in self.sheets.items()
                          if name in ("Projects", "Indicators", "Targets", "People"))
        undated = (f"; {self.undated_left_out} undated documents left out by the date filter"
                   if self.undated_left_out else "")
        return (f"exported {self.facts} facts from {self.documents} documents ({kinds}) "
                f"to {self.path} in {self.seconds:.1f} s{undated}")


def _refuse_broken_approvals(session: Session, doc_ids: Sequence[int]) -> None:
    """An approved document whose facts fail validation is never written as approved: the export is
    refused with one line naming it (reopen it, fix or override the problems, approve again)."""
    broken = review.approved_with_problems(session)
    exported = sorted(set(broken) & set(doc_ids))
    if exported:
        doc_id = exported[0]
        fact_id, problems = next(iter(broken[doc_id].items()))
        more = f" (and {len(exported) - 1} more documents)" if len(exported) > 1 else ""
        raise ExportError(
            f"document {doc_id} is approved but fact {fact_id} fails validation "
            f"({'; '.join(problems.values())}){more}; reopen it for review and fix it before exporting"
        )


def export_workbook(
    db: Database,
    path: Path | str,
    filter: ExportFilter,
    user: str,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    *,
    language: str | None = None,
    full_paths: bool = False,
) -> ExportResult:
    """Write the workbook for `filter` to `path`, in `language` (`en`, `zh_CN`; default: the
    interface language). Raises ExportError (target cannot be written, unknown language, an approved
    document in the selection whose facts fail validation — nothing is written then), Cancelled (the
    token was set; nothing is left at the target, nothing is recorded)."""
    report = progress or no_progress
    try:
        lang = workbook_language(language)
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    target = check_target(Path(path))
    export_id = str(uuid.uuid4())
    started = time.perf_counter()
    exported_at = datetime.now(UTC)
    with db.session() as session:
        export_rows.begin_snapshot(session)
        counts = export_rows.count(session, filter)
        total = counts.total

        def on_rows(done: int, message: str) -> None:
            if cancel is not None and cancel.cancelled:
                raise Cancelled("export cancelled")
            report(min(done, total), total, f"writing {message}")

        about = AboutInfo(filter=filter, user=user, exported_at=exported_at, file_name=target.name,
                          version=__version__, export_id=export_id,
                          database_id=meta.database_id(session), undated_left_out=counts.undated_left_out)
        report(0, total, "selecting rows")
        doc_ids = export_rows.document_ids(session, filter)
        _refuse_broken_approvals(session, doc_ids)
        options = WorkbookOptions(language=lang, full_paths=full_paths,
                                  document_rows={doc_id: row for row, doc_id in enumerate(doc_ids, 2)})
        del doc_ids
        with atomic_target(target, export_registry()) as pending:
            stats = write_workbook(
                pending.path,
                export_rows.iter_facts(session, filter),
                export_rows.iter_documents(session, filter),
                export_rows.iter_audit(session, filter),
                about,
                progress=on_rows,
                options=options,
            )
            if cancel is not None and cancel.cancelled:
                raise Cancelled("export cancelled")
            # The record first (this takes the write lock, waiting while another program writes), then
            # the file moves into place and the record is committed: both happen, or neither.
            record = export_rows.record_export(session, user, str(target), filter, stats.sheets, at=exported_at,
                                               export_id=export_id)
            pending.place(session.commit)
        record_id = record.id
    report(total, total, "done")
    return ExportResult(
        path=target,
        filter=filter,
        sheets=dict(stats.sheets),
        facts=stats.facts,
        documents=stats.documents,
        audit_events=stats.audit_events,
        seconds=time.perf_counter() - started,
        record_id=record_id,
        export_id=export_id,
        undated_left_out=counts.undated_left_out,
    )
