"""The document under review: loading it, every change through an undoable command that commits at
once (one session per action), and the workflow (approve, flag, reject, reopen)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from app.domain.schema import FactDraft, FactStatus
from app.domain.views import ApprovalResult, DocumentView, FactView
from app.store import Database, StoreError
from app.store.services import review
from app.ui.i18n import tr
from app.ui.undo import (
    AddFactCommand,
    DocumentStatusCommand,
    EditDocumentCommand,
    EditFactCommand,
    FactStatusCommand,
)


class ReviewController(QObject):
    documentLoaded = Signal(object)  # DocumentView | None
    factChanged = Signal(object)  # FactView (same kind: update the card in place)
    factsRebuilt = Signal(object)  # DocumentView (a fact was added or changed kind)
    documentChanged = Signal(object)  # DocumentView (its fields or status)
    saved = Signal(str)
    failed = Signal(str)

    MAX_STACKS = 40

    def __init__(self, db: Database, user: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user = user
        self.document: DocumentView | None = None
        self.undo_group = QUndoGroup(self)
        self._stacks: OrderedDict[int, QUndoStack] = OrderedDict()
        self.last_approval: ApprovalResult | None = None

    # --- loading -----------------------------------------------------------------------------------
    def open(self, document_id: int | None) -> DocumentView | None:
        if document_id is None:
            self.document = None
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]  # Qt takes a null stack
            self.documentLoaded.emit(None)
            return None
        try:
            with self.db.session() as session:
                doc = review.load(session, document_id)
        except StoreError as exc:
            self.failed.emit(str(exc))
            return None
        self.document = doc
        self.undo_group.setActiveStack(self._stack(document_id))
        self.documentLoaded.emit(doc)
        return doc

    def reload(self) -> None:
        if self.document is not None:
            self.open(self.document.id)

    def _stack(self, document_id: int) -> QUndoStack:
        stack = self._stacks.get(document_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._stacks[document_id] = stack
            while len(self._stacks) > self.MAX_STACKS:
                _, old = self._stacks.popitem(last=False)
                self.undo_group.removeStack(old)
                old.deleteLater()
        else:
            self._stacks.move_to_end(document_id)
        return stack

    def stack(self) -> QUndoStack | None:
        return self.undo_group.activeStack()

    # --- requests from the window (undoable) --------------------------------------------------------
    def edit_fact(self, fact_id: int, name: str, value: Any, session: int = 0) -> None:
        fact = self.document.fact(fact_id) if self.document else None
        stack = self.stack()
        if fact is None or stack is None:
            return
        old = fact.get(name)
        if old == value:
            return
        stack.push(EditFactCommand(self, fact_id, name, old, value, fact.status, session))

    def set_fact_status(self, fact_id: int, status: str) -> None:
        fact = self.document.fact(fact_id) if self.document else None
        stack = self.stack()
        if fact is None or stack is None or fact.status == status:
            return
        stack.push(FactStatusCommand(self, fact_id, fact.status, status))

    def add_fact(self, draft: FactDraft) -> int | None:
        stack = self.stack()
        if self.document is None or stack is None:
            return None
        command = AddFactCommand(self, draft)
        stack.push(command)
        return command.fact_id

    def edit_document(self, name: str, value: Any, session: int = 0) -> None:
        stack = self.stack()
        if self.document is None or stack is None:
            return
        old = getattr(self.document, name)
        if old == value:
            return
        stack.push(EditDocumentCommand(self, name, old, value, session))

    # --- what the commands run: one session, one commit each ----------------------------------------
    def apply_fact(self, fact_id: int, changes: dict[str, Any], status: str | None = None) -> bool:
        doc = self.document
        if doc is None:
            return False
        current = doc.fact(fact_id)
        try:
            with self.db.session() as session:
                expected = current.version if current is not None else None
                fact = review.edit_fact(session, fact_id, changes, self.user, expected_version=expected)
                if status is not None and fact.status != status:
                    fact = review.set_fact_status(session, fact_id, FactStatus(status), self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return False
        self._replace_fact(fact, rebuild=current is None or current.kind != fact.kind)
        return True

    def apply_add(self, draft: FactDraft) -> int | None:
        if self.document is None:
            return None
        try:
            with self.db.session() as session:
                fact = review.add_fact(session, self.document.id, draft, self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return None
        self._replace_fact(fact, rebuild=True)
        return fact.id

    def apply_document(self, changes: dict[str, Any]) -> bool:
        if self.document is None:
            return False
        try:
            with self.db.session() as session:
                review.begin_review(session, self.document.id, self.user)
                doc = review.edit_document(session, self.document.id, changes, self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return False
        self.document = doc
        self.documentChanged.emit(doc)
        self._saved()
        return True

    def _replace_fact(self, fact: FactView, *, rebuild: bool) -> None:
        assert self.document is not None
        facts = list(self.document.facts)
        for i, f in enumerate(facts):
            if f.id == fact.id:
                facts[i] = fact
                break
        else:
            facts.append(fact)
        status = "in_review" if self.document.status == "new" else self.document.status
        was_new = status != self.document.status
        self.document = replace(self.document, facts=tuple(facts), status=status)
        if rebuild:
            self.factsRebuilt.emit(self.document)
        else:
            self.factChanged.emit(fact)
        if was_new or rebuild:
            self.documentChanged.emit(self.document)
        self._saved()

    def _saved(self) -> None:
        self.saved.emit(tr("Saved %1").replace("%1", datetime.now().strftime("%H:%M:%S")))

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(str(exc))
        self.reload()

    def apply_withdraw(self, fact_id: int) -> bool:
        """Undo of an added fact: rejected in the database (audited), gone from the form."""
        if self.document is None:
            return False
        try:
            with self.db.session() as session:
                review.withdraw_fact(session, fact_id, self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return False
        facts = tuple(f for f in self.document.facts if f.id != fact_id)
        self.document = replace(self.document, facts=facts)
        self.factsRebuilt.emit(self.document)
        self.documentChanged.emit(self.document)
        self._saved()
        return True

    # --- workflow: each step is an undoable command on the document's stack -------------------------
    def approve(self) -> ApprovalResult | None:
        """Approve when every remaining fact validates; the result says what is wrong otherwise."""
        stack = self.stack()
        if self.document is None or stack is None:
            return None
        self.last_approval = None
        stack.push(DocumentStatusCommand(self, "approved"))
        return self.last_approval

    def flag(self, note: str) -> bool:
        return self._push_status("flagged", note)

    def reject_document(self) -> bool:
        return self._push_status("rejected")

    def reopen(self) -> bool:
        return self._push_status("in_review")

    def _push_status(self, status: str, note: str | None = None) -> bool:
        stack = self.stack()
        if self.document is None or stack is None:
            return False
        if self.document.status == status and (note is None or note == self.document.note):
            return False
        before = stack.index()
        stack.push(DocumentStatusCommand(self, status, note))
        return stack.index() != before

    # --- what the status commands run ---------------------------------------------------------------
    def apply_status(self, status: str, note: str | None = None) -> bool:
        if self.document is None:
            return False
        doc_id = self.document.id
        try:
            with self.db.session() as session:
                if status == "approved":
                    result = review.approve(session, doc_id, self.user)
                    self.last_approval = result
                    if not result.approved:
                        return False
                elif status == "flagged":
                    review.flag(session, doc_id, note or "", self.user)
                elif status == "rejected":
                    review.reject_document(session, doc_id, self.user)
                else:
                    review.reopen(session, doc_id, self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return False
        self._status_changed()
        return True

    def apply_restore(self, status: str, note: str | None) -> bool:
        if self.document is None:
            return False
        try:
            with self.db.session() as session:
                review.restore_status(session, self.document.id, status, note, self.user)
                session.commit()
        except StoreError as exc:
            self._failed(exc)
            return False
        self._status_changed()
        return True

    def _status_changed(self) -> None:
        assert self.document is not None
        with self.db.session() as session:
            self.document = review.load(session, self.document.id)
        self.documentChanged.emit(self.document)
        self._saved()
