"""The window's batch and evidence commands (issue 15): rejecting every fact of a kind, deciding
several selected documents of the queue at once (those that fail are listed with the reason and stay
as they were), and moving the current fact's evidence by character or word or setting it from the
article's selection. Each is one undoable, audited step through the review controller; the actions in
`app.ui.actions` call them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.domain.evidence import Step, moved_end, moved_start, with_span
from app.domain.views import BatchOutcome
from app.ui.dialogs import NoteDialog
from app.ui.fact_text import kind_plural
from app.ui.i18n import N_, tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

DONE_TEXT = {"approved": N_("Approved %n document(s)"), "rejected": N_("Rejected %n document(s)"),
             "flagged": N_("Flagged %n document(s)")}


# --- facts of a kind ------------------------------------------------------------------------------
def reject_kind(w: MainWindow) -> None:
    """Ask which kind (the kinds of the document's facts not rejected yet), then reject them all."""
    doc = w.controller.document
    open_facts = [f for f in doc.facts if f.status != "rejected"] if doc else []
    kinds = list(dict.fromkeys(f.kind for f in open_facts))
    if not kinds:
        w.message(tr("No fact left to reject in this document."))
        return
    w.form.flush()
    labels = {tr("%1 (%2)", kind_plural(k), sum(f.kind == k for f in open_facts)): k for k in kinds}
    dialog = QInputDialog(w)
    dialog.setObjectName("rejectKindDialog")
    dialog.setWindowTitle(tr("Reject Facts of a Kind"))
    dialog.setLabelText(tr("Reject every fact of this kind in the document:"))
    dialog.setComboBoxItems(list(labels))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(label: str) -> None:
        count = w.controller.reject_kind(labels[label])
        if count:
            w.message(tr("Rejected %n fact(s) (one undo step)", n=count))

    dialog.textValueSelected.connect(chosen)
    dialog.open()


# --- several documents ------------------------------------------------------------------------------
def _several(w: MainWindow) -> list[int] | None:
    ids = w.queue.selected_ids()
    return ids if len(ids) > 1 else None


def _this_or_selected(status: str, single: Callable[[MainWindow], None]) -> Callable[[MainWindow], None]:
    """The action on the selected documents when several are selected in the queue, else `single`."""
    def run(w: MainWindow) -> None:
        ids = _several(w)
        if ids is None:
            single(w)
        else:
            decide(w, ids, status)

    return run


approve = _this_or_selected("approved", lambda w: w.approve_and_next())
"""Ctrl+Return: this document, then the next; with several selected, each of them."""
reject = _this_or_selected("rejected", lambda w: w.reject_document())


def flag(w: MainWindow) -> None:
    ids = _several(w)
    if ids is None:
        w.flag_document()
        return
    dialog = NoteDialog(w, tr("Flag %n document(s)", n=len(ids)), tr("Why do these documents need another look?"), "")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: decide(w, ids, "flagged", dialog.note()))
    dialog.open()


def decide(w: MainWindow, ids: list[int], status: str, note: str | None = None) -> BatchOutcome | None:
    w.form.flush()
    outcome = w.controller.decide_documents(ids, status, note)
    if not isinstance(outcome, BatchOutcome):
        return None
    w.message(tr(DONE_TEXT[status], n=len(outcome.done)) + (
        tr("; %n left as they were", n=len(outcome.failed)) if outcome.failed else ""), 10_000)
    if outcome.failed:
        show_failures(w, outcome)
    return outcome


def show_failures(w: MainWindow, outcome: BatchOutcome) -> QMessageBox:
    """The documents the decision left as they were, each with the reason (copyable text)."""
    titles = {i: row.title for i, row in w.workspace.queue_rows(list(outcome.failed)).items()}
    lines = [tr("#%1 %2: %3", i, titles.get(i) or "", reason) for i, reason in outcome.failed.items()]
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Some documents were left as they were"),
                      tr("%n document(s) could not be decided and were left as they were:", n=len(lines))
                      + "\n\n" + "\n".join(lines), QMessageBox.StandardButton.Close, w)
    box.setObjectName("batchFailures")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                | Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


# --- comments ---------------------------------------------------------------------------------------
def focus_comment(w: MainWindow) -> None:
    """The cursor in the current fact's comment field; pressed again there, in the document's."""
    fact_comment = w.form.card.rows.editors["comment"]
    fact_id = w._current_fact_id()
    if fact_comment.hasFocus() or fact_id is None:
        w.form.document_fields.rows.editors["comment"].setFocus()
    else:
        w.form.focus_editor(fact_id, "comment")


# --- evidence ---------------------------------------------------------------------------------------
def move_evidence(w: MainWindow, step: Step, forward: bool, *, start: bool = False) -> None:
    """The end (or, `start`, the beginning) of the current fact's evidence one step further or back."""
    doc, fact_id = w.controller.document, w.form.current
    fact = doc.fact(fact_id) if doc is not None and fact_id is not None else None
    if fact is None or not fact.evidence:
        w.message(tr("This fact has no evidence to move; select it in the article and press Ctrl+Shift+G."))
        return
    w.form.flush()
    text = doc.display_text  # type: ignore[union-attr]
    spans = (moved_start(text, fact.evidence, step, forward) if start
             else moved_end(text, fact.evidence, step, forward))
    if w.controller.set_evidence(fact.id, spans):
        w.article.view.set_current_fact(fact.id, scroll=False)


def evidence_from_selection(w: MainWindow, *, add: bool) -> None:
    """The current fact's evidence set to the article's selection (`add`: one more span)."""
    doc, fact_id = w.controller.document, w.form.current
    span = w.article.view.selection_span()
    if doc is None or fact_id is None or span is None:
        w.message(tr("Select the evidence in the article first (it must not be the raw text)."))
        return
    fact = doc.fact(fact_id)
    if fact is None:
        return
    w.form.flush()
    if w.controller.set_evidence(fact_id, with_span(doc.display_text, fact.evidence, *span, add=add)):
        w.article.view.set_current_fact(fact_id, scroll=False)
        w.message(tr("Evidence added from the selection") if add else tr("Evidence set from the selection"))
