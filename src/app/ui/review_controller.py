"""The document under review: loading it, every change as an undoable command that runs one operation
of the workspace, and the workflow (approve, flag, reject, reopen). Each document keeps its own undo
stack for the whole session, so switching documents and coming back keeps its history.

The controller never opens a session: the workspace's operations do, and answer a change set, which
the controller passes on (`operationDidExecute`) for every pane to bring itself up to date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from app.domain.errors import ConflictError, StoreError, UnreachableError
from app.domain.schema import FactDraft
from app.domain.views import ApprovalResult, DocumentView
from app.review import ChangeSet, Workspace
from app.ui.i18n import tr
from app.ui.undo import (
    AddFactCommand,
    EditFieldCommand,
    Operation,
    OperationCommand,
    batch_status_command,
    document_status_command,
    fact_status_command,
    override_command,
)


@dataclass(frozen=True)
class PendingWrite:
    """What the analyst wrote when a conflict refused it: a fact's field (`fact_id`) or the document's."""

    fact_id: int | None
    name: str
    value: Any
    expected_version: int | None = None  # the version the analyst wrote against (for the journal)


READ_ONLY = ("approved", "rejected")
"""Statuses in which the store refuses every change to a document and its facts until it is reopened."""


class ReviewController(QObject):
    documentLoaded = Signal(object)  # DocumentView | None
    operationDidExecute = Signal(object)  # ChangeSet
    conflicted = Signal(object, object)  # ConflictError, the analyst's write that met it (PendingWrite | None)
    saved = Signal(str)
    failed = Signal(str)
    unreachable = Signal(object, object)  # UnreachableError, the write that could not be stored (PendingWrite | None)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.held_by: str | None = None  # team mode: who else has the document open (app.ui.claims)
        self.document: DocumentView | None = None
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._running: OperationCommand | None = None
        self.last: ChangeSet | None = None  # what the last operation answered (None: it failed)
        self.offline = False  # the database server is unreachable: nothing may be edited (app.ui.live_updates)

    # --- loading -----------------------------------------------------------------------------------
    def open(self, document_id: int | None) -> DocumentView | None:
        doc: DocumentView | None = None
        if document_id is not None:
            try:
                doc = self.workspace.document(document_id)
            except StoreError as exc:
                self.failed.emit(str(exc))
                return None
        self.document = doc
        self.undo_group.setActiveStack(self._stack(doc.id) if doc else None)  # type: ignore[arg-type]
        self.documentLoaded.emit(doc)
        return doc

    def reload(self) -> None:
        if self.document is not None:
            self.open(self.document.id)

    def _stack(self, document_id: int) -> QUndoStack:
        """The document's undo stack; kept for the whole session (one per document opened)."""
        stack = self._stacks.get(document_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[document_id] = stack
        return stack

    def stack_of(self, document_id: int) -> QUndoStack:
        return self._stack(document_id)

    def stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    @property
    def read_only(self) -> bool:
        return self.document is not None and (self.offline or self.document.status in READ_ONLY
                                              or self.held_by is not None)

    # --- running operations -------------------------------------------------------------------------
    def run(self, op: Operation) -> ChangeSet | None:
        """Run one operation against the document as shown; tell the panes what changed. A conflict
        (another window or analyst changed the row) and any other refusal reload the document."""
        doc = self.document
        self.last = None
        if doc is None:
            return None
        try:
            changes = op(doc)
        except ConflictError as exc:
            mine = self._mine(doc)
            self.reload()
            self.conflicted.emit(exc, mine)
            return None
        except UnreachableError as exc:  # nothing to reload from: the window keeps what it shows
            self.unreachable.emit(exc, self._mine(doc))
            return None
        except StoreError as exc:
            self.failed.emit(str(exc))
            self.reload()
            return None
        if changes.document is not None and changes.document.id == doc.id:
            self.document = changes.document
        self.last = changes
        self.operationDidExecute.emit(changes)
        if not changes.empty:
            self.saved.emit(tr("Saved %1", datetime.now().strftime("%H:%M:%S")))
        return changes

    def _mine(self, doc: DocumentView) -> PendingWrite | None:
        """The field edit being run, with the version it was written against."""
        running = self._running
        if not isinstance(running, EditFieldCommand):
            return None
        fact = doc.fact(running.fact_id) if running.fact_id is not None else None
        version = fact.version if fact is not None else (doc.version if running.fact_id is None else None)
        return PendingWrite(running.fact_id, running.name, running.old if running.undoing else running.new, version)

    def _push(self, command: OperationCommand) -> ChangeSet | None:
        """Push (and so run) the command; answers its change set, None when it failed."""
        stack = self.stack()
        self.last = None
        if stack is None:
            return None
        self._running = command
        try:
            stack.push(command)  # a command that failed is obsolete and dropped by the stack
        finally:
            self._running = None
        return self.last

    def _runner(self, op: Operation) -> ChangeSet | None:
        return self.run(op)

    # --- requests from the window (undoable) --------------------------------------------------------
    def edit_fact(self, fact_id: int, name: str, value: Any, session: int = 0, *,
                  keep_mine: ConflictError | None = None) -> None:
        fact = self.document.fact(fact_id) if self.document else None
        if fact is None or (fact.get(name) == value and keep_mine is None):
            return
        self._push(EditFieldCommand(self._runner, self.workspace, name, fact.get(name), value, session,
                                    fact_id=fact_id, old_status=fact.status, keep_mine=keep_mine))

    def edit_document(self, name: str, value: Any, session: int = 0, *,
                      keep_mine: ConflictError | None = None) -> None:
        if self.document is None:
            return
        old = getattr(self.document, name)
        if old == value and keep_mine is None:
            return
        self._push(EditFieldCommand(self._runner, self.workspace, name, old, value, session, keep_mine=keep_mine))

    def set_fact_status(self, fact_id: int, status: str) -> None:
        fact = self.document.fact(fact_id) if self.document else None
        if fact is None or fact.status == status:
            return
        self._push(fact_status_command(self._runner, self.workspace, fact_id, fact.status, status))

    def override_checks(self, fact_id: int, reason: str | None) -> bool:
        """Keep the fact despite its consistency problems for `reason` (None or blank: withdraw); one
        undo step. Answers whether it was stored."""
        fact = self.document.fact(fact_id) if self.document else None
        new = " ".join(reason.split()) if reason and reason.strip() else None
        if fact is None or fact.override_reason == new:
            return False
        command = override_command(self._runner, self.workspace, fact_id, fact.override_reason, new)
        return self._push(command) is not None

    def confirm_at_or_above(self, threshold: float) -> int:
        """Confirm every suggested fact of the document whose confidence is at least `threshold`, as one
        undoable step; answers how many were confirmed."""
        doc = self.document
        if doc is None:
            return 0
        old = {f.id: f.status for f in doc.facts if f.status == "suggested" and f.confidence >= threshold}
        if not old:
            return 0
        text = tr("Confirm %n fact(s) at or above %1", format(threshold, ".0%"), n=len(old))
        done = self._push(batch_status_command(self._runner, self.workspace, doc.id, old,
                                               dict.fromkeys(old, "confirmed"), text))
        return len(old) if done is not None else 0

    def add_fact(self, draft: FactDraft) -> int | None:
        if self.document is None:
            return None
        done = self._push(AddFactCommand(self._runner, self.workspace, draft))
        return done.result if done is not None else None

    # --- workflow: each step is an undoable command on the document's stack -------------------------
    def approve(self) -> ApprovalResult | None:
        """Approve when every remaining fact validates; the result says what is wrong otherwise."""
        if self.document is None:
            return None
        done = self._push(document_status_command(self._runner, self.workspace, self.document, "approved"))
        result = done.result if done is not None else None
        return result if isinstance(result, ApprovalResult) else None

    def flag(self, note: str) -> bool:
        return self._push_status("flagged", note)

    def reject_document(self) -> bool:
        return self._push_status("rejected")

    def reopen(self) -> bool:
        return self._push_status("in_review")

    def mark_ready(self) -> bool:
        return self._push_status("ready_for_review")

    def _push_status(self, status: str, note: str | None = None) -> bool:
        doc = self.document
        if doc is None or (doc.status == status and (note is None or note == doc.note)):
            return False
        return self._push(document_status_command(self._runner, self.workspace, doc, status, note)) is not None
