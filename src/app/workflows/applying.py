"""Applying an exported workbook's corrections back to the database (`factdesk apply-workbook`).

1. Open the file (`workbook_file`: missing, unreadable, locked, not an .xlsx — one line each) and
   check it is a FactDesk workbook of *this* database (About ▸ Database ID).
2. Read the fact sheets, then Documents, row by row (streamed, `workbook_xml`); compare each row's
   applicable cells with the stored state, fetched 500 rows at a time (`correction_rows`). Only the
   rows that change something are kept, so memory stays flat however large the workbook is; for the
   others a hash of the row is kept, to catch the same Fact ID twice with different values.
3. Apply the kept rows through the review services in one transaction, each row in its own
   savepoint (`store.services.corrections`): documents being reopened first, then facts, then the
   other document changes (an approval sees the corrected facts). Every audit event carries origin
   `workbook` and the workbook's export id. A dry run does all of it and rolls back.

The report has one line per change or refusal, ordered as the workbook, and the summary
`applied N, unchanged M, conflicts C, refused R` (rows)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import StoreError
from app.domain.schema import DocStatus, Kind
from app.store import Database
from app.store.services import audit, corrections, meta
from app.workflows.correction_rows import (
    Plan,
    RowConflict,
    RowProblem,
    parse_document_cells,
    parse_fact_cells,
    plan_document,
    plan_fact,
    row_id,
    row_version,
    show,
)
from app.workflows.progress import Cancelled, CancelToken, ProgressFn, no_progress
from app.workflows.workbook_file import WorkbookFileError, open_workbook
from app.workflows.workbook_rows import (
    ABOUT_SHEETS,
    DATABASE_ID_LABELS,
    DOCUMENT_HEADERS,
    DOCUMENTS_SHEETS,
    EXPORT_ID_LABELS,
    FACT_HEADERS,
    FACT_SHEETS,
    HEADER_OF,
    SheetRow,
    about_values,
    header_columns,
    sheet_rows,
)
from app.workflows.workbook_xml import XlsxPackage

__all__ = ["AppliedRow", "ApplyError", "ApplyReport", "ReportLine", "WorkbookFileError", "apply_workbook"]

ORIGIN = "workbook"
BATCH = 500
CHANGED, CONFLICT, REFUSED = "changed", "conflict", "refused"


class ApplyError(Exception):
    """The workbook as a whole cannot be applied; one line. `refused` is True when the workbook is
    readable but refused (another database), False when it could not be read as a FactDesk workbook."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


@dataclass(frozen=True, order=True)
class ReportLine:
    """One line of the report; besides the text, its parts for a table (the window's dialog)."""

    order: tuple[int, int, int]  # sheet, row, line of that row
    outcome: str
    text: str
    entity: str = field(default="", compare=False)  # "fact" / "document"
    entity_id: int | None = field(default=None, compare=False)
    document_id: int | None = field(default=None, compare=False)
    column: str = field(default="", compare=False)  # a change: the column, database and workbook values
    old: str = field(default="", compare=False)
    new: str = field(default="", compare=False)
    reason: str = field(default="", compare=False)  # a conflict or refusal: why


@dataclass(frozen=True)
class AppliedRow:
    """A row that was applied: the stored values it replaced (`before`) and the new ones (`after`),
    keyed as the services take them (fact fields, value, unit, status; document fields, note,
    status), and the document's status before applying — what an undo puts back."""

    entity: str
    entity_id: int
    document_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    document_status: str | None


@dataclass
class ApplyReport:
    path: Path
    dry_run: bool = False
    export_id: str | None = None
    lines: list[ReportLine] = field(default_factory=list)
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0
    applied_rows: list[AppliedRow] = field(default_factory=list)

    def summary(self) -> str:
        return f"applied {self.applied}, unchanged {self.unchanged}, conflicts {self.conflicts}, refused {self.refused}"

    def text_lines(self) -> list[str]:
        out = [line.text for line in sorted(self.lines)]
        if self.dry_run:
            out.append("dry run: nothing was changed in the database")
        out.append(self.summary())
        return out


@dataclass
class _Entry:
    digest: int
    order: tuple[int, int]
    where: str
    outcome: Plan | tuple[str, str, str] | None  # a plan, (conflict|refused, label, reason), or None: unchanged
    rows: list[tuple[tuple[int, int], str]] = field(default_factory=list)
    document_id: int | None = None


@dataclass
class _Sheet:
    index: int
    title: str
    entity: str  # "fact" / "document"
    kind: Kind | None
    columns: set[str]
    entries: dict[int, _Entry] = field(default_factory=dict)


def apply_workbook(
    db: Database,
    path: Path | str,
    user: str,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ApplyReport:
    """Apply the workbook at `path`; see the module docstring. Raises WorkbookFileError or ApplyError
    (nothing applied), Cancelled (nothing applied)."""
    path = Path(path)
    report = ApplyReport(path=path, dry_run=dry_run)
    tell = progress or no_progress
    with open_workbook(path) as wb:
        names = set(wb.sheetnames)
        fact_titles = [t for t in FACT_SHEETS if t in names]
        documents_title = next((t for t in DOCUMENTS_SHEETS if t in names), None)
        about_title = next((t for t in ABOUT_SHEETS if t in names), None)
        if not fact_titles and documents_title is None:
            raise ApplyError(f"{path.name} is not a FactDesk workbook: it has none of the sheets "
                             "Projects, Indicators, Targets, People, Documents")
        if about_title is None:
            raise ApplyError(f"{path.name} has no About sheet, so it cannot be told which database it comes from")
        about = about_values(wb, about_title)
        sheets = [_sheet(wb, i, t, "fact", FACT_SHEETS[t], FACT_HEADERS) for i, t in enumerate(fact_titles)]
        if documents_title is not None:
            sheets.append(_sheet(wb, len(sheets), documents_title, "document", None, DOCUMENT_HEADERS))
        with db.session() as session:
            report.export_id = _check_identity(session, path, about)
            done = 0
            for sheet in sheets:
                headers = FACT_HEADERS if sheet.entity == "fact" else DOCUMENT_HEADERS
                for chunk in _chunks(sheet_rows(wb, sheet.title, headers)):
                    if cancel is not None and cancel.cancelled:
                        raise Cancelled("cancelled; nothing was applied")
                    _compare(session, sheet, chunk, report)
                    done += len(chunk)
                    tell(done, 0, f"reading {sheet.title}")
            plans = _settle(sheets, report)
            tell(done, 0, "applying")
            corrections.begin_applying(session)
            with audit.origin(session, ORIGIN, report.export_id):
                _apply(session, plans, user, report, cancel)
            if dry_run:
                session.rollback()
            else:
                session.commit()
    return report


def _sheet(
    wb: XlsxPackage, index: int, title: str, entity: str, kind: Kind | None, headers: dict[str, str]
) -> _Sheet:
    keys = [key for _i, key in header_columns(wb, title, headers)]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ApplyError(f"{title}: the column {HEADER_OF[twice[0]]!r} appears twice; delete one and try again")
    id_key = "fact_id" if entity == "fact" else "document_id"
    if id_key not in keys or "version" not in keys:
        missing = "Fact ID" if entity == "fact" else "Document ID"
        raise ApplyError(f"{title}: the {missing} and Version columns are needed to apply it; "
                         "they are in every FactDesk export (check that they were not deleted)")
    return _Sheet(index, title, entity, kind, set(keys))


def _check_identity(session: Any, path: Path, about: dict[str, Any]) -> str:
    theirs = next((about[k] for k in DATABASE_ID_LABELS if about.get(k)), None)
    export_id = next((about[k] for k in EXPORT_ID_LABELS if about.get(k)), None)
    if not theirs or not export_id:
        raise ApplyError(f"{path.name} does not say which database it comes from (About: Database ID, Export ID "
                         "are missing): export the workbook again from this version of FactDesk", refused=True)
    ours = meta.database_id(session)
    if str(theirs).strip() != ours:
        raise ApplyError(f"{path.name} comes from another database (its Database ID is {str(theirs).strip()}, "
                         f"this database's is {ours}): nothing was applied", refused=True)
    return str(export_id).strip()


def _chunks(rows: Iterator[SheetRow]) -> Iterator[list[SheetRow]]:
    chunk: list[SheetRow] = []
    for row in rows:
        if row.blank:
            continue
        chunk.append(row)
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _line(report: ApplyReport, order: tuple[int, int], outcome: str, text: str, **parts: Any) -> None:
    report.lines.append(ReportLine((*order, len(report.lines)), outcome, f"{outcome:<8} {text}", **parts))


def _refusal(report: ApplyReport, order: tuple[int, int], outcome: str, label: str, reason: str,
             entity: str, entity_id: int | None, document_id: int | None) -> None:
    _line(report, order, outcome, f"{label}: {reason}", entity=entity, entity_id=entity_id,
          document_id=document_id, reason=reason)


def _compare(session: Any, sheet: _Sheet, rows: list[SheetRow], report: ApplyReport) -> None:
    """Parse a batch of rows and compare them with the stored state; keep an entry per id."""
    parsed: list[tuple[SheetRow, int, int, Any]] = []
    refusals: list[tuple[tuple[int, int], str, str, int | None]] = []
    id_key = "fact_id" if sheet.entity == "fact" else "document_id"
    for row in rows:
        order = (sheet.index, row.number)
        label = row.where
        entity_id = None
        try:
            entity_id = row_id(row, id_key)
            if entity_id is None:
                raise RowProblem(f"no {'Fact ID' if sheet.entity == 'fact' else 'Document ID'}: "
                                 "rows cannot be added from a workbook")
            label = f"{sheet.entity} {entity_id} ({row.where})"
            version = row_version(row)
            cells = (parse_fact_cells(row, sheet.kind, sheet.columns) if sheet.kind is not None
                     else parse_document_cells(row, sheet.columns))
        except RowProblem as exc:
            refusals.append((order, label, str(exc), entity_id))
            continue
        parsed.append((row, entity_id, version, cells))
    ids = [p[1] for p in parsed] + [r[3] for r in refusals if r[3] is not None]
    states = (corrections.fact_states(session, ids) if sheet.entity == "fact"
              else corrections.document_states(session, ids))
    for order, label, reason, entity_id in refusals:  # told with their document, where the id is known
        report.refused += 1
        _refusal(report, order, REFUSED, label, reason, sheet.entity, entity_id,
                 _document_of(sheet, entity_id, states.get(entity_id) if entity_id is not None else None))
    for row, entity_id, version, cells in parsed:
        order = (sheet.index, row.number)
        label = f"{sheet.entity} {entity_id} ({row.where})"
        entry = sheet.entries.get(entity_id)
        digest = hash((version, cells.digest()))
        if entry is not None:
            if entry.digest != digest:
                entry.rows.append((order, row.where))
                entry.outcome = ("duplicate", "", "")
            else:
                report.unchanged += 1  # the same row twice: the first one counts
            continue
        outcome: Plan | tuple[str, str, str] | None
        state = states.get(entity_id)
        document_id = _document_of(sheet, entity_id, state)
        try:
            if state is None:
                raise RowProblem(f"no {sheet.entity} with this id in the database (deleted since the export?)")
            if isinstance(state, corrections.FactState) and sheet.kind is not None and state.kind != sheet.kind:
                raise RowProblem(f"the fact is a {state.kind} in the database, not a {sheet.kind.value} "
                                 "(a row cannot move to another sheet)")
            plan = (plan_fact(row, cells, entity_id, version, state, sheet.columns) if sheet.entity == "fact"
                    else plan_document(row, cells, entity_id, version, state))
            outcome = None if plan.empty else plan
        except RowProblem as exc:
            outcome = (REFUSED, label, str(exc))
        except RowConflict as exc:
            outcome = (CONFLICT, label, str(exc))
        sheet.entries[entity_id] = _Entry(digest, order, row.where, outcome, [(order, row.where)], document_id)


def _document_of(sheet: _Sheet, entity_id: int | None, state: Any) -> int | None:
    return entity_id if sheet.entity == "document" else getattr(state, "document_id", None)


def _settle(sheets: list[_Sheet], report: ApplyReport) -> list[tuple[_Sheet, Plan]]:
    """Count the unchanged, report conflicts, refusals and duplicates; the plans left to apply."""
    plans: list[tuple[_Sheet, Plan]] = []
    for sheet in sheets:
        for entity_id, entry in sheet.entries.items():
            outcome = entry.outcome
            if isinstance(outcome, tuple) and outcome[0] == "duplicate":
                wheres = [w for _, w in entry.rows]
                for order, where in entry.rows:
                    others = ", ".join(w for w in wheres if w != where)
                    report.refused += 1
                    _refusal(report, order, REFUSED, f"{sheet.entity} {entity_id} ({where})", "the same "
                             f"{'Fact ID' if sheet.entity == 'fact' else 'Document ID'} is also on {others} with "
                             "different values; keep one row (nothing of either is applied)",
                             sheet.entity, entity_id, entry.document_id)
            elif isinstance(outcome, tuple):
                if outcome[0] == CONFLICT:
                    report.conflicts += 1
                else:
                    report.refused += 1
                _refusal(report, entry.order, outcome[0], outcome[1], outcome[2], sheet.entity, entity_id,
                         entry.document_id)
            elif outcome is None:
                report.unchanged += 1
            else:
                plans.append((sheet, outcome))
        sheet.entries = {}

    def phase(item: tuple[_Sheet, Plan]) -> int:
        sheet, plan = item
        if sheet.entity == "document":
            return 0 if plan.status is DocStatus.IN_REVIEW else 2
        return 1

    return sorted(plans, key=phase)


def _apply(
    session: Any, plans: list[tuple[_Sheet, Plan]], user: str, report: ApplyReport, cancel: CancelToken | None
) -> None:
    touched: set[int] = set()
    for start in range(0, len(plans), BATCH):
        batch = plans[start : start + BATCH]
        if cancel is not None and cancel.cancelled:
            raise Cancelled("cancelled; nothing was applied")
        corrections.preload(session, [p.entity_id for s, p in batch if s.entity == "fact"],
                            [p.entity_id for s, p in batch if s.entity == "document"])
        for sheet, plan in batch:
            _apply_one(session, sheet, plan, user, report, touched)
        corrections.release(session)


def _apply_one(session: Any, sheet: _Sheet, plan: Plan, user: str, report: ApplyReport, touched: set[int]) -> None:
    order = (sheet.index, int(plan.where.rsplit(" ", 1)[1]))
    label = f"{sheet.entity} {plan.entity_id} ({plan.where})"
    try:
        if sheet.entity == "fact":
            corrections.apply_fact(session, plan.entity_id, plan.version, plan.changes, plan.status, user)
            if plan.document_id is not None:
                touched.add(plan.document_id)
        else:
            expected = plan.version
            if plan.entity_id in touched:  # this run's own fact changes moved the document's version on
                expected = corrections.document_version(session, plan.entity_id) or plan.version
            corrections.apply_document(session, plan.entity_id, expected, plan.changes, plan.note,
                                       plan.note_changed, plan.status, user)
    except corrections.StaleRow as exc:
        report.conflicts += 1
        _refusal(report, order, CONFLICT, label, f"{exc}; the database value is kept", sheet.entity,
                 plan.entity_id, plan.document_id)
        return
    except StoreError as exc:
        report.refused += 1
        _refusal(report, order, REFUSED, label, str(exc), sheet.entity, plan.entity_id, plan.document_id)
        return
    report.applied += 1
    after = dict(plan.changes)
    if plan.status is not None:
        after["status"] = plan.status.value
    if plan.note_changed:
        after["note"] = plan.note
    document_id = plan.document_id if plan.document_id is not None else plan.entity_id
    report.applied_rows.append(AppliedRow(sheet.entity, plan.entity_id, document_id, dict(plan.before), after,
                                          plan.document_status))
    for header, old, new in plan.shown:
        _line(report, order, CHANGED, f"{label}: {header}: {show(old)} → {show(new)}", entity=sheet.entity,
              entity_id=plan.entity_id, document_id=document_id, column=header, old=show(old), new=show(new))
