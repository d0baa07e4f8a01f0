"""Exporting to Excel: select the rows (store), write the workbook (export) to a temporary file beside
the target, move it into place, and record the export (export record and audit event).

One session for the whole export, so every sheet sees the same data."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.domain.records import ExportFilter
from app.export import AboutInfo, ExportError, atomic_target, check_target, write_workbook
from app.store import Database
from app.store.services import export_rows
from app.workflows.leftovers import export_registry
from app.workflows.progress import Cancelled, CancelToken, ProgressFn, no_progress

__all__ = ["ExportError", "ExportResult", "export_workbook"]


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

    @property
    def empty(self) -> bool:
        return self.facts == 0

    def line(self) -> str:
        if self.empty:
            return f"no facts match the selection; wrote a workbook that says so: {self.path}"
        kinds = ", ".join(f"{name} {n}" for name, n in self.sheets.items()
                          if name in ("Projects", "Indicators", "Targets", "People"))
        return (f"exported {self.facts} facts from {self.documents} documents ({kinds}) "
                f"to {self.path} in {self.seconds:.1f} s")


def export_workbook(
    db: Database,
    path: Path | str,
    filter: ExportFilter,
    user: str,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Write the workbook for `filter` to `path`. Raises ExportError (target cannot be written),
    Cancelled (the token was set; nothing is left at the target, nothing is recorded)."""
    report = progress or no_progress
    target = check_target(Path(path))
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
                          version=__version__)
        report(0, total, "selecting rows")
        with atomic_target(target, export_registry()) as pending:
            stats = write_workbook(
                pending.path,
                export_rows.iter_facts(session, filter),
                export_rows.iter_documents(session, filter),
                export_rows.iter_audit(session, filter),
                about,
                progress=on_rows,
            )
            if cancel is not None and cancel.cancelled:
                raise Cancelled("export cancelled")
            # The record first (this takes the write lock, waiting while another program writes), then
            # the file moves into place and the record is committed: both happen, or neither.
            record = export_rows.record_export(session, user, str(target), filter, stats.sheets, at=exported_at)
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
    )
