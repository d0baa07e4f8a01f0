"""Undoable review edits. Each command saves its change at once (redo) and saves the reverse on undo,
so the database always holds what the screen shows; the store services audit both directions.
Consecutive commits of one stretch of typing in one field merge into one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.ui.fact_text import field_text, kind_text
from app.ui.i18n import N_, tr

if TYPE_CHECKING:
    from app.domain.schema import FactDraft
    from app.ui.review_controller import ReviewController

EDIT_FACT_ID = 1001
EDIT_DOCUMENT_ID = 1002


class _Command(QUndoCommand):
    def __init__(self, controller: ReviewController, text: str) -> None:
        super().__init__(text)
        self.controller = controller

    def _run(self, fn: Any) -> bool:
        """Run a save; when it fails the command is dropped (the controller has said why)."""
        ok = bool(fn())
        if not ok:
            self.setObsolete(True)
        return ok


class EditFactCommand(_Command):
    def __init__(self, controller: ReviewController, fact_id: int, name: str, old: Any, new: Any,
                 old_status: str, session: int) -> None:
        super().__init__(controller, tr("Edit %1").replace("%1", field_text(name)))
        self.fact_id, self.name, self.old, self.new = fact_id, name, old, new
        self.old_status = old_status
        self.session = session

    def id(self) -> int:
        return EDIT_FACT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditFactCommand) and other.fact_id == self.fact_id and other.name == self.name
                and other.session == self.session and self.session > 0):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._run(lambda: self.controller.apply_fact(self.fact_id, {self.name: self.new}))

    def undo(self) -> None:
        self._run(lambda: self.controller.apply_fact(self.fact_id, {self.name: self.old}, status=self.old_status))


class FactStatusCommand(_Command):
    TEXT = {"confirmed": N_("Confirm fact"), "rejected": N_("Reject fact"), "edited": N_("Restore fact")}

    def __init__(self, controller: ReviewController, fact_id: int, old: str, new: str) -> None:
        super().__init__(controller, tr(self.TEXT.get(new, N_("Change fact status"))))
        self.fact_id, self.old, self.new = fact_id, old, new

    def redo(self) -> None:
        self._run(lambda: self.controller.apply_fact(self.fact_id, {}, status=self.new))

    def undo(self) -> None:
        self._run(lambda: self.controller.apply_fact(self.fact_id, {}, status=self.old))


class AddFactCommand(_Command):
    """Adding stores the fact; undoing withdraws it: it leaves the form but stays in the database as a
    rejected fact, with its history in the audit log. Redoing brings it back."""

    def __init__(self, controller: ReviewController, draft: FactDraft) -> None:
        super().__init__(controller, tr("Add %1").replace("%1", kind_text(draft.kind.value)))
        self.draft = draft
        self.fact_id: int | None = None

    def redo(self) -> None:
        if self.fact_id is None:
            added = self.controller.apply_add(self.draft)
            if added is None:
                self.setObsolete(True)
            self.fact_id = added
        else:
            fact_id = self.fact_id
            self._run(lambda: self.controller.apply_fact(fact_id, {}, status="edited"))

    def undo(self) -> None:
        if self.fact_id is not None:
            fact_id = self.fact_id
            self._run(lambda: self.controller.apply_withdraw(fact_id))


class DocumentStatusCommand(_Command):
    """A workflow step (approve, flag with a note, reject, reopen); undo puts back the status and note
    the document had before. Approving checks the facts again each time it is (re)done."""

    TEXT = {"approved": N_("Approve document"), "flagged": N_("Flag document"), "rejected": N_("Reject document"),
            "in_review": N_("Reopen document")}

    def __init__(self, controller: ReviewController, status: str, note: str | None = None) -> None:
        super().__init__(controller, tr(self.TEXT.get(status, N_("Change document status"))))
        assert controller.document is not None
        self.old_status, self.old_note = controller.document.status, controller.document.note
        self.status, self.note = status, note

    def redo(self) -> None:
        self._run(lambda: self.controller.apply_status(self.status, self.note))

    def undo(self) -> None:
        self._run(lambda: self.controller.apply_restore(self.old_status, self.old_note))


class EditDocumentCommand(_Command):
    def __init__(self, controller: ReviewController, name: str, old: Any, new: Any, session: int) -> None:
        super().__init__(controller, tr("Edit %1").replace("%1", field_text(name)))
        self.name, self.old, self.new, self.session = name, old, new, session

    def id(self) -> int:
        return EDIT_DOCUMENT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditDocumentCommand) and other.name == self.name
                and other.session == self.session and self.session > 0):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._run(lambda: self.controller.apply_document({self.name: self.new}))

    def undo(self) -> None:
        self._run(lambda: self.controller.apply_document({self.name: self.old}))
