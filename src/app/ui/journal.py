"""The window's side of the journal of unsaved edits (`app.review.journal`): keeping an edit that could
not reach the server, applying the journal when the server is back (each edit with its version
checked; a conflict is shown with the usual conflict dialog, one after the other), and, on a start
with edits left from last time, offering to apply them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import ConflictError, StoreError, UnreachableError
from app.review import Journal, JournalEntry, apply_entry
from app.ui.i18n import tr
from app.ui.review_controller import PendingWrite

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class JournalKeeper(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal = Journal(window.workspace.where())
        self._conflicts: list[tuple[ConflictError, JournalEntry]] = []
        self.offer: QMessageBox | None = None

    def keep(self, document_id: int, mine: PendingWrite) -> None:
        """Put one edit that could not be stored in the journal (written and fsynced at once)."""
        self.journal.add(JournalEntry(
            database=self.journal.database, document_id=document_id, fact_id=mine.fact_id, name=mine.name,
            value=mine.value, expected_version=mine.expected_version, user=self.window.workspace.user,
            at=datetime.now(UTC).isoformat(timespec="seconds")))
        self.window.save_label.setText(tr("Not saved to the database: %n edit(s) kept on this computer",
                                          n=len(self.journal)))

    def offer_at_start(self) -> None:
        """Edits left in the journal by the last session: apply them now, keep them, or discard them."""
        count = len(self.journal)
        if not count:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved edits"),
                          tr("%n edit(s) from the last session could not be saved to the database. Apply them "
                             "now (each is checked against later changes)?", n=count),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("journalOffer")
        box.addButton(tr("Apply"), QMessageBox.ButtonRole.AcceptRole).setObjectName("applyJournal")
        box.addButton(tr("Keep for later"), QMessageBox.ButtonRole.RejectRole).setObjectName("keepJournal")
        box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("discardJournal")
        box.buttonClicked.connect(lambda button: self._offer_answered(button.objectName()))
        self.offer = box
        box.open()

    def _offer_answered(self, choice: str) -> None:
        self.offer = None
        if choice == "applyJournal":
            self.apply()
        elif choice == "discardJournal":
            for entry in self.journal.entries():
                self.journal.remove(entry)
            self.window.message(tr("The unsaved edits were discarded."))

    def apply(self) -> int:
        """Apply the journal in order; answers how many edits were stored. A conflict leaves the edit to
        the conflict dialog; a server gone again stops here (the rest stays in the journal)."""
        window = self.window
        stored = 0
        for entry in self.journal.entries():
            try:
                changes = apply_entry(window.workspace, entry)
            except ConflictError as exc:
                self.journal.remove(entry)  # now the analyst's to decide, in the dialog
                self._conflicts.append((exc, entry))
                continue
            except UnreachableError:
                break
            except StoreError as exc:  # the row is gone, the value is refused now: say so, drop the edit
                self.journal.remove(entry)
                window.message(tr("An unsaved edit could not be applied: %1", exc), 15_000)
                continue
            self.journal.remove(entry)
            stored += 1
            doc = window.controller.document
            if doc is not None and changes.document is not None and changes.document.id == doc.id:
                window.controller.document = changes.document
            window.on_operation_did_execute(changes)
        if stored:
            window.message(tr("%n unsaved edit(s) were applied to the database", n=stored), 10_000)
            window.save_label.setText(tr("All changes are saved as you make them"))
        self._next_conflict()
        return stored

    def _next_conflict(self) -> None:
        window = self.window
        if not self._conflicts or window.conflict_dialog is not None:
            return
        conflict, entry = self._conflicts.pop(0)
        doc = window.controller.document
        elsewhere = doc is None or doc.id != entry.document_id
        if elsewhere and not window.queue.select_document(entry.document_id):
            window.queue.expect(entry.document_id)
            window.open_document(entry.document_id)
        window.show_conflict(conflict, PendingWrite(entry.fact_id, entry.name, entry.value, entry.expected_version))
        if window.conflict_dialog is not None:
            window.conflict_dialog.finished.connect(lambda _r: self._next_conflict())
