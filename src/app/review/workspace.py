"""The workspace: one database and the analyst working on it. Each method is one user action — it
opens a session, calls the store's services, commits once and returns what changed — or one read the
window needs (a document, a page of queue rows, counts). Methods are safe to call from a worker thread:
each has a session of its own."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import config
from app.domain.errors import ConflictError
from app.domain.knowledge import KnowledgeRow
from app.domain.queue import QueueFacets, QueueFilter, QueueRow, QueueSort
from app.domain.schema import FactDraft, FactStatus
from app.domain.views import ApprovalResult, DocumentView
from app.review.changes import Change, ChangeSet
from app.review.team import TeamOperations
from app.review.workbook_corrections import (
    DocumentCorrections,
    WorkbookApplied,
    by_document,
    put_back,
    remember_versions,
    status_of,
)
from app.store import Database
from app.store.live import ChangeFeed
from app.store.services import attention, audit, batch, claims, documents, facts, knowledge, queue, review, team
from app.workflows.progress import CancelToken, ProgressFn, no_progress

if TYPE_CHECKING:
    from app.domain.records import ExportFilter
    from app.store.db import Session

KEEP_MINE = "conflict_keep_mine"
"""Audit action of a stale write the analyst chose to apply over another change ("Keep mine")."""


def _document_of_fact(fact_id: int) -> Callable[[Session], int]:
    return lambda s: facts.get_fact(s, fact_id).document_id


def open_workspace(url: str, user: str | None = None) -> Workspace:
    """Open (and migrate) the database at `url` for `user` (default: the PostgreSQL login when it is a
    team member — the name the database writes into the audit log — else the configured user name)."""
    db = Database.open(url)
    if user is None:
        with db.session() as s:
            login = team.login_role(s)
        user = login[0] if login else config.user_name()
    return Workspace(db, user)


class Workspace(TeamOperations):
    def __init__(self, db: Database, user: str, attention_below: float = 0.85) -> None:
        """`attention_below`: a suggested fact of lower confidence needs the analyst's attention (the
        window sets it from the settings' confirm threshold)."""
        self._db = db
        self.user = user
        self.attention_below = attention_below

    def close(self) -> None:
        self._db.dispose()

    # --- the connection ----------------------------------------------------------------------------
    def place(self) -> tuple[str, str | None] | None:
        """(database@host:port, login) of a team database, None for a SQLite file."""
        return self._db.place()

    def where(self) -> str:
        """The database file, or its server URL with the password masked."""
        return self._db.where()

    def ping(self) -> None:
        """Raises UnreachableError while the database server cannot be reached."""
        self._db.ping()

    def change_feed(self) -> ChangeFeed | None:
        """Other writers' changes as they commit (`app.store.live`), for one worker thread."""
        return self._db.changes()

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends normally, rolled back otherwise."""
        with self._db.session() as session:
            yield session
            session.commit()

    def _read(self, fn: Callable[[Session], Any]) -> Any:
        with self._db.session() as session:
            return fn(session)

    # --- reads -------------------------------------------------------------------------------------
    def document(self, document_id: int) -> DocumentView:
        return self._read(lambda s: review.load(s, document_id))  # type: ignore[no-any-return]

    def document_exists(self, document_id: int) -> bool:
        return bool(self._read(lambda s: queue.exists(s, document_id)))

    def first_document(self, flt: QueueFilter = QueueFilter(), sort: QueueSort = QueueSort()) -> int | None:
        return self._read(lambda s: queue.first_id(s, flt, sort))  # type: ignore[no-any-return]

    def queue_ids(self, flt: QueueFilter = QueueFilter(), sort: QueueSort = QueueSort()) -> list[int]:
        return self._read(lambda s: queue.ids(s, flt, sort))  # type: ignore[no-any-return]

    def queue_rows(self, document_ids: Sequence[int]) -> dict[int, QueueRow]:
        """The queue's rows, each with its count of facts needing attention."""
        def read(s: Session) -> dict[int, QueueRow]:
            rows = queue.rows(s, document_ids)
            counted = attention.counts(s, list(rows), self.attention_below)
            held = {d: c.user for d, c in claims.holders(s, list(rows)).items() if c.user != self.user}
            return {i: replace(row, attention=counted.get(i, 0), claimed_by=held.get(i)) for i, row in rows.items()}

        return self._read(read)  # type: ignore[no-any-return]

    def status_counts(self, flt: QueueFilter | None = None) -> dict[str, int]:
        return self._read(lambda s: queue.counts_by_status(s, flt))  # type: ignore[no-any-return]

    def facets(self) -> QueueFacets:
        return self._read(queue.facets)  # type: ignore[no-any-return]

    def first_unreviewed(self, ordered_ids: Sequence[int], start: int) -> int | None:
        return self._read(lambda s: queue.first_unreviewed(s, ordered_ids, start))  # type: ignore[no-any-return]

    def next_uncertain_fact(self, after_fact_id: int | None = None) -> tuple[int, int] | None:
        """(document id, fact id) of the next lowest-confidence unreviewed fact across documents."""
        return self._read(lambda s: attention.next_uncertain(s, after_fact_id))  # type: ignore[no-any-return]

    # --- fact edits --------------------------------------------------------------------------------
    def edit_fact(self, fact_id: int, changes: Mapping[str, Any], *, expected_version: int | None = None,
                  status: str | None = None, keep_mine: ConflictError | None = None) -> ChangeSet:
        """Change a fact's fields (and then, if given, its status). `keep_mine` is the conflict the
        analyst overrode: the write goes over the other change and says so in the audit log."""
        def run(s: Session) -> int:
            fact = review.edit_fact(s, fact_id, changes, self.user, expected_version=expected_version)
            if status is not None and fact.status != status:
                fact = review.set_fact_status(s, fact_id, FactStatus(status), self.user)
            if keep_mine is not None:
                self._audit_keep_mine(s, keep_mine, changes, document_id=fact.document_id, fact_id=fact_id)
            return fact.id

        kind = Change.FACTS if "kind" in changes else Change.FACT
        return self._document_op(_document_of_fact(fact_id), run, {kind}, entity=("fact", fact_id, changes))

    def set_fact_status(self, fact_id: int, status: str, *, expected_version: int | None = None) -> ChangeSet:
        def run(s: Session) -> int:
            return review.set_fact_status(s, fact_id, FactStatus(status), self.user,
                                          expected_version=expected_version).id

        return self._document_op(_document_of_fact(fact_id), run, {Change.FACT},
                                 entity=("fact", fact_id, {"status": status}))

    def set_fact_statuses(self, document_id: int, statuses: Mapping[int, str],
                          expected_versions: Mapping[int, int] | None = None) -> ChangeSet:
        """Several facts of one document to new statuses in one unit of work (a batch decision: all
        or none); each change is audited as its own fact's. `result` is the number changed."""
        versions = expected_versions or {}

        def run(s: Session) -> None:
            for fact_id, status in statuses.items():
                if facts.get_fact(s, fact_id).document_id != document_id:
                    raise ValueError(f"fact {fact_id} is not in document {document_id}")
                review.set_fact_status(s, fact_id, FactStatus(status), self.user,
                                       expected_version=versions.get(fact_id))

        done = self._document_op(lambda _s: document_id, run, {Change.FACT})
        return ChangeSet(done.changes, done.document_ids, tuple(statuses), done.document, len(statuses))

    def add_fact(self, document_id: int, draft: FactDraft) -> ChangeSet:
        """Store a fact the analyst made; `result` is its id."""
        def run(s: Session) -> int:
            return review.add_fact(s, document_id, draft, self.user).id

        return self._document_op(lambda _s: document_id, run, {Change.FACTS})

    def withdraw_fact(self, fact_id: int) -> ChangeSet:
        """Undo of an added fact: rejected in the database (audited), gone from the window."""
        def run(s: Session) -> int:
            return review.withdraw_fact(s, fact_id, self.user).id

        return self._document_op(_document_of_fact(fact_id), run, {Change.FACTS})

    def override_checks(self, fact_id: int, reason: str | None, *, expected_version: int | None = None) -> ChangeSet:
        """Keep a fact despite its consistency problems for a written reason (audited, exported); an
        empty reason withdraws the override, so the problems block approval again."""
        def run(s: Session) -> int:
            return review.override_checks(s, fact_id, reason, self.user, expected_version=expected_version).id

        return self._document_op(_document_of_fact(fact_id), run, {Change.FACT},
                                 entity=("fact", fact_id, {"override_reason": reason}))

    # --- batch decisions on several documents -----------------------------------------------------
    def decide_documents(self, document_ids: Sequence[int], status: str, *, note: str | None = None,
                         shown: int | None = None) -> ChangeSet:
        """Approve, reject or flag every document of `document_ids` in one unit of work, each on its
        own savepoint; `result` is the `BatchOutcome` (the documents that failed are listed with the
        reason and left as they were). `document` is `shown` (the document in the window) as stored after."""
        with self._unit() as s:
            outcome = batch.decide(s, document_ids, status, self.user, note=note)
        return self._batch_changes(tuple(outcome.done), shown, outcome)

    def restore_documents(self, before: Mapping[int, tuple[str, str | None]], *,
                          shown: int | None = None) -> ChangeSet:
        """Undo (or redo) of a batch decision: each document's status and note put back."""
        with self._unit() as s:
            batch.restore(s, before, self.user)
        return self._batch_changes(tuple(before), shown, None)

    def _batch_changes(self, changed: tuple[int, ...], shown: int | None, result: Any) -> ChangeSet:
        doc = self.document(shown) if shown is not None else None
        return ChangeSet(frozenset({Change.STATUS}) if changed else frozenset(), changed, (), doc, result)

    # --- document edits and workflow ---------------------------------------------------------------
    def edit_document(self, document_id: int, changes: Mapping[str, Any], *, expected_version: int | None = None,
                      keep_mine: ConflictError | None = None) -> ChangeSet:
        def run(s: Session) -> None:
            # the version is checked first: putting a new document in review changes it
            review.edit_document(s, document_id, changes, self.user, expected_version=expected_version)
            review.begin_review(s, document_id, self.user)
            if keep_mine is not None:
                self._audit_keep_mine(s, keep_mine, changes, document_id=document_id)

        return self._document_op(lambda _s: document_id, run, {Change.DOCUMENT},
                                 entity=("document", document_id, changes))

    def approve(self, document_id: int, *, expected_version: int | None = None) -> ChangeSet:
        """Approve when every remaining fact validates; `result` is the `ApprovalResult` (nothing is
        changed when it says no)."""
        verdict: list[ApprovalResult] = []

        def run(s: Session) -> None:
            verdict.append(review.approve(s, document_id, self.user, expected_version=expected_version))

        done = self._document_op(lambda _s: document_id, run, set(),
                                 entity=("document", document_id, {"status": "approved"}))
        return ChangeSet(done.changes if verdict[0].approved else frozenset(), done.document_ids, (),
                         done.document, verdict[0])

    def flag(self, document_id: int, note: str, *, expected_version: int | None = None) -> ChangeSet:
        return self._status_op(document_id, "flagged", lambda s: review.flag(
            s, document_id, note, self.user, expected_version=expected_version))

    def mark_ready(self, document_id: int, *, expected_version: int | None = None) -> ChangeSet:
        """The analyst's work is done; a reviewer approves it (two-step review)."""
        return self._status_op(document_id, "ready_for_review", lambda s: review.mark_ready(
            s, document_id, self.user, expected_version=expected_version))

    def reject(self, document_id: int, *, expected_version: int | None = None) -> ChangeSet:
        return self._status_op(document_id, "rejected", lambda s: review.reject_document(
            s, document_id, self.user, expected_version=expected_version))

    def reopen(self, document_id: int, *, expected_version: int | None = None) -> ChangeSet:
        return self._status_op(document_id, "in_review", lambda s: review.reopen(
            s, document_id, self.user, expected_version=expected_version))

    def restore_status(self, document_id: int, status: str, note: str | None, *,
                       expected_version: int | None = None) -> ChangeSet:
        """Undo of a workflow step: the status and note the document had before."""
        return self._status_op(document_id, status, lambda s: review.restore_status(
            s, document_id, status, note, self.user, expected_version=expected_version))

    def _status_op(self, document_id: int, status: str, fn: Callable[[Session], None]) -> ChangeSet:
        return self._document_op(lambda _s: document_id, fn, set(),
                                 entity=("document", document_id, {"status": status}))

    def _document_op(self, document_of: Callable[[Session], int], run: Callable[[Session], int | None],
                     kinds: set[Change], entity: tuple[str, int, Mapping[str, Any]] | None = None) -> ChangeSet:
        """Run one change in one unit of work and answer the change set with the document as stored
        after it; `run` answers the fact it changed, if any. `STATUS` is added when the document's
        status or note changed (a first edit puts a new document in review)."""
        try:
            with self._unit() as s:
                document_id = document_of(s)
                before = documents.get(s, document_id)
                was = (before.status, before.note)
                fact_id = run(s)
        except ConflictError as exc:
            if entity is not None and exc.entity is None:
                raise self._described(exc, *entity) from None
            raise
        doc = self.document(document_id)
        if (doc.status, doc.note) != was:
            kinds = kinds | {Change.STATUS}
        return ChangeSet(frozenset(kinds), (document_id,), (fact_id,) if fact_id is not None else (), doc, fact_id)

    # --- conflicts -----------------------------------------------------------------------------------
    def _described(self, exc: ConflictError, entity: str, entity_id: int,
                   changes: Mapping[str, Any]) -> ConflictError:
        """The conflict with what the other change was: the stored values of the fields this write
        touched, and who changed them last and when (from the audit log)."""
        def read(s: Session) -> ConflictError:
            if entity == "document":
                stored: Any = review.load(s, entity_id)
                events = audit.events(s, document_id=entity_id)
            else:
                stored = review.fact_view(facts.get_fact(s, entity_id))
                events = audit.events(s, fact_id=entity_id)
            theirs = {name: (stored.get(name) if entity == "fact" else getattr(stored, name, None))
                      for name in changes}
            touching = [e for e in events if e.field in changes] or list(events)
            last = touching[-1] if touching else None  # the last change of these fields, else of the row
            return ConflictError(
                str(exc), entity=entity, entity_id=entity_id, theirs=theirs,
                changed_by=last.user if last else None, changed_at=last.at if last else None,
            )

        return self._read(read)  # type: ignore[no-any-return]

    def _audit_keep_mine(self, s: Session, conflict: ConflictError, mine: Mapping[str, Any], *, document_id: int,
                         fact_id: int | None = None) -> None:
        for name, value in mine.items():
            audit.record(s, self.user, KEEP_MINE, document_id=document_id, fact_id=fact_id, field=name,
                         old={"theirs": conflict.theirs.get(name), "by": conflict.changed_by}, new=value)

    def put_back_corrections(self, done: DocumentCorrections, *, undo: bool) -> ChangeSet:
        """Undo (or redo) what applying a workbook changed in one document."""
        return self._document_op(lambda _s: done.document_id,
                                 lambda s: put_back(s, self.user, done, undo=undo), {Change.FACTS, Change.DOCUMENT})

    # --- long work (run these in a worker thread) ----------------------------------------------------
    def apply_workbook(self, path: Path, *, dry_run: bool, progress: ProgressFn = no_progress,
                       cancel: CancelToken | None = None) -> ChangeSet:
        """Apply an exported workbook's corrections (or only report them: `dry_run`); `result` is a
        `WorkbookApplied` with the report and, when applied, the corrections by document."""
        from app.workflows.applying import apply_workbook

        report = apply_workbook(self._db, path, self.user, dry_run=dry_run, progress=progress, cancel=cancel)
        if dry_run or not report.applied_rows:
            return ChangeSet(result=WorkbookApplied(report))
        ids = tuple(dict.fromkeys(row.document_id for row in report.applied_rows))
        done = by_document(report.applied_rows, self._read(lambda s: status_of(s, ids)))
        self._read(lambda s: remember_versions(s, done))
        return ChangeSet(frozenset({Change.FACTS, Change.DOCUMENT, Change.STATUS}), ids,
                         tuple(row.entity_id for row in report.applied_rows if row.entity == "fact"),
                         result=WorkbookApplied(report, done))

    def import_paths(self, paths: Sequence[Path], progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None) -> ChangeSet:
        """Read, extract and store articles; `result` is the import summary."""
        from app.workflows.importing import import_paths  # the readers and extractors load here

        summary = import_paths(self._db, list(paths), self.user, progress=progress, cancel=cancel)
        return ChangeSet(frozenset({Change.QUEUE}), result=summary)

    def import_demo_if_empty(self, progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ChangeSet:
        """The seed articles on a first start with an empty database (stopped between articles when cancelled: the
        window closed at once)."""
        from app.workflows.importing import import_demo_if_empty

        summary = import_demo_if_empty(self._db, self.user, progress, cancel)
        return ChangeSet(frozenset({Change.QUEUE}) if summary is not None else frozenset(), result=summary)

    def reextract(self, document_ids: Sequence[int], progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> ChangeSet:
        """Extract again; `result` is the number of suggestions added."""
        from app.workflows.extracting import reextract

        added = reextract(self._db, list(document_ids), self.user, progress=progress, cancel=cancel)
        return ChangeSet(frozenset({Change.FACTS, Change.QUEUE}), tuple(document_ids), result=added)

    def unreviewed_ids(self) -> list[int]:
        """Documents not approved or rejected: those a re-run after learning may add suggestions to."""
        return self.queue_ids(QueueFilter(statuses=("new", "in_review", "flagged")))

    def knowledge(self, search: str = "") -> list[KnowledgeRow]:
        """The learned entries (organisations, labels, regions) whose value or an alias has `search`."""
        return self._read(lambda s: knowledge.rows(s, search))

    def edit_knowledge(self, entry_id: int, value: str, aliases: Sequence[str]) -> ChangeSet:
        with self._unit() as s:
            knowledge.edit(s, entry_id, value, list(aliases))
        return ChangeSet(frozenset({Change.KNOWLEDGE}), result=entry_id)

    def delete_knowledge(self, entry_id: int) -> ChangeSet:
        with self._unit() as s:
            knowledge.delete(s, entry_id)
        return ChangeSet(frozenset({Change.KNOWLEDGE}), result=entry_id)

    def export_workbook(self, path: Path, flt: ExportFilter, progress: ProgressFn = no_progress,
                        cancel: CancelToken | None = None) -> ChangeSet:
        from app.workflows.exporting import export_workbook  # openpyxl loads here, off the UI thread

        return ChangeSet(result=export_workbook(self._db, path, flt, self.user, progress, cancel))
