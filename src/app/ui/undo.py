"""Undoable review edits. Each command runs an operation of the workspace at once (redo) and the
reverse operation on undo, so the database always holds what the screen shows; the store audits both
directions. Consecutive commits of one stretch of typing in one field merge into one undo step.

A command knows only a `Runner` — the callable that runs an operation against the document as the
window holds it now and answers its change set (None when it failed and said why) — not the
controller that owns the stacks, so there is no import cycle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.domain.schema import FactDraft
from app.domain.views import ApprovalResult, DocumentView
from app.review import ChangeSet, Workspace
from app.ui.fact_text import field_text, kind_text
from app.ui.i18n import N_, tr

Operation = Callable[[DocumentView], ChangeSet]
Runner = Callable[[Operation], "ChangeSet | None"]

EDIT_FACT_ID = 1001
EDIT_DOCUMENT_ID = 1002


def _fact_version(doc: DocumentView, fact_id: int) -> int | None:
    fact = doc.fact(fact_id)
    return fact.version if fact is not None else None


class OperationCommand(QUndoCommand):
    """Runs `forward` on redo and `backward` on undo; a failed run drops the command (the runner has
    said why)."""

    def __init__(self, run: Runner, text: str, forward: Operation, backward: Operation) -> None:
        super().__init__(text)
        self.run, self.forward, self.backward = run, forward, backward
        self.last: ChangeSet | None = None
        self.undoing = False  # which way the command is running (a write kept for later needs to know)

    def _do(self, op: Operation) -> None:
        self.undoing = op == self.backward
        self.last = self.run(op)
        result = self.last.result if self.last is not None else None
        if self.last is None or (isinstance(result, ApprovalResult) and not result.approved):
            self.setObsolete(True)

    def redo(self) -> None:
        self._do(self.forward)

    def undo(self) -> None:
        self._do(self.backward)


class EditFieldCommand(OperationCommand):
    """One field of a fact (`fact_id` set) or of the document; typing in one focus session merges."""

    def __init__(self, run: Runner, ws: Workspace, name: str, old: Any, new: Any, session: int, *,
                 fact_id: int | None = None, old_status: str | None = None, keep_mine: Any = None) -> None:
        self.ws, self.fact_id, self.name, self.old, self.new = ws, fact_id, name, old, new
        self.old_status, self.session, self.keep_mine = old_status, session, keep_mine
        super().__init__(run, tr("Edit %1", field_text(name)), self._write_new, self._write_old)

    def _write(self, doc: DocumentView, value: Any, status: str | None, keep_mine: Any) -> ChangeSet:
        if self.fact_id is None:
            return self.ws.edit_document(doc.id, {self.name: value}, expected_version=doc.version,
                                         keep_mine=keep_mine)
        return self.ws.edit_fact(self.fact_id, {self.name: value}, expected_version=_fact_version(doc, self.fact_id),
                                 status=status, keep_mine=keep_mine)

    def _write_new(self, doc: DocumentView) -> ChangeSet:
        keep, self.keep_mine = self.keep_mine, None  # an override is audited once, when first applied
        return self._write(doc, self.new, None, keep)

    def _write_old(self, doc: DocumentView) -> ChangeSet:
        return self._write(doc, self.old, self.old_status, None)

    def id(self) -> int:
        return EDIT_DOCUMENT_ID if self.fact_id is None else EDIT_FACT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditFieldCommand) and other.fact_id == self.fact_id and other.name == self.name
                and other.session == self.session and self.session > 0):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def fact_status_command(run: Runner, ws: Workspace, fact_id: int, old: str, new: str) -> OperationCommand:
    texts = {"confirmed": N_("Confirm fact"), "rejected": N_("Reject fact"), "edited": N_("Restore fact")}

    def to(status: str) -> Operation:
        return lambda doc: ws.set_fact_status(fact_id, status, expected_version=_fact_version(doc, fact_id))

    return OperationCommand(run, tr(texts.get(new, N_("Change fact status"))), to(new), to(old))


def batch_status_command(run: Runner, ws: Workspace, document_id: int, old: dict[int, str],
                         new: dict[int, str], text: str) -> OperationCommand:
    """A batch decision on several facts (one undo step); undo gives each fact its old status back."""
    def to(statuses: dict[int, str]) -> Operation:
        return lambda doc: ws.set_fact_statuses(document_id, statuses,
                                                {f: v for f in statuses if (v := _fact_version(doc, f)) is not None})

    return OperationCommand(run, text, to(new), to(old))


def override_command(run: Runner, ws: Workspace, fact_id: int, old: str | None, new: str | None) -> OperationCommand:
    """Keep a fact despite its consistency problems for a written reason (or withdraw that); undo puts
    the previous reason back."""
    def to(reason: str | None) -> Operation:
        return lambda doc: ws.override_checks(fact_id, reason, expected_version=_fact_version(doc, fact_id))

    return OperationCommand(run, tr("Override checks") if new else tr("Withdraw override"), to(new), to(old))


class AddFactCommand(OperationCommand):
    """Adding stores the fact; undoing withdraws it: it leaves the form but stays in the database as a
    rejected fact, with its history in the audit log. Redoing brings it back."""

    def __init__(self, run: Runner, ws: Workspace, draft: FactDraft) -> None:
        self.ws, self.draft = ws, draft
        self.fact_id: int | None = None
        super().__init__(run, tr("Add %1", kind_text(draft.kind.value)), self._add, self._withdraw)

    def _add(self, doc: DocumentView) -> ChangeSet:
        if self.fact_id is None:
            done = self.ws.add_fact(doc.id, self.draft)
            self.fact_id = done.result
            return done
        return self.ws.set_fact_status(self.fact_id, "edited")

    def _withdraw(self, _doc: DocumentView) -> ChangeSet:
        assert self.fact_id is not None
        return self.ws.withdraw_fact(self.fact_id)


STATUS_TEXT = {"approved": N_("Approve document"), "flagged": N_("Flag document"),
               "rejected": N_("Reject document"), "in_review": N_("Reopen document"),
               "ready_for_review": N_("Mark ready for review")}


def document_status_command(run: Runner, ws: Workspace, doc: DocumentView, status: str,
                            note: str | None = None) -> OperationCommand:
    """A workflow step (approve, flag with a note, reject, reopen); undo puts back the status and note
    the document had before. Approving checks the facts again each time it is (re)done."""
    old_status, old_note = doc.status, doc.note

    def forward(now: DocumentView) -> ChangeSet:
        if status == "approved":
            return ws.approve(now.id, expected_version=now.version)
        if status == "flagged":
            return ws.flag(now.id, note or "", expected_version=now.version)
        if status == "rejected":
            return ws.reject(now.id, expected_version=now.version)
        if status == "ready_for_review":
            return ws.mark_ready(now.id, expected_version=now.version)
        return ws.reopen(now.id, expected_version=now.version)

    def backward(now: DocumentView) -> ChangeSet:
        return ws.restore_status(now.id, old_status, old_note, expected_version=now.version)

    return OperationCommand(run, tr(STATUS_TEXT.get(status, N_("Change document status"))), forward, backward)
