"""The window's reviewer-speed commands (issue 15), kept beside the window: going to the uncertain
facts first, sorting the fact list and the queue from the keyboard, batch-confirming at the confirm
threshold, and clearing the queue's filter. Each takes the window; the actions in `app.ui.actions`
call them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app import config
from app.ui.fact_list_model import SORTS as FACT_SORTS
from app.ui.fact_text import field_text
from app.ui.i18n import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def clear_filter(w: MainWindow) -> None:
    w.queue.clear_filter()
    w.message(tr("Filter cleared: every document is shown"))


def sort_queue(w: MainWindow) -> None:
    column = w.queue.sort_by_current_column()
    if column is None:
        w.message(tr("The queue cannot be sorted by this column; move to another with Left or Right."))
    else:
        w.message(tr("Queue sorted by %1", tr(column)))


def next_uncertain_fact(w: MainWindow) -> None:
    """The lowest-confidence unreviewed fact in any document, then the next one on each press (the
    walk goes on from the fact it reached last, whatever was confirmed or corrected meanwhile, and
    starts again at the lowest after the highest)."""
    w.form.flush()
    target = w.workspace.next_uncertain_fact(w._uncertain_at)
    if target is None:
        w.message(tr("Every fact in the documents under review has been reviewed."))
        return
    document_id, fact_id = target
    doc = w.controller.document
    if (doc is None or doc.id != document_id) and not w.queue.select_document(document_id):
        w.open_document(document_id)  # not shown by the queue's filter: open it all the same
    w._uncertain_at = fact_id
    w.form.set_current(fact_id, focus=True)
    w.article.view.set_current_fact(fact_id)


def sort_facts(w: MainWindow) -> None:
    """The fact list's next order (kind → confidence → position → kind)."""
    names = [name for name, _text in FACT_SORTS]
    sort = names[(names.index(w.form.model.sort_name) + 1) % len(names)]
    w.form.sort_facts(sort)
    w.message(tr("Facts sorted by %1", tr(dict(FACT_SORTS)[sort])))


def confirm_threshold(_w: MainWindow) -> int:
    """The batch-confirm threshold in percent (typed settings: review.confirm_threshold)."""
    return config.load_settings().review_confirm_threshold


def show_confirm_threshold(w: MainWindow) -> None:
    """The threshold in the action's text, so the analyst sees it in the menu and the toolbar."""
    w.commands["confirm_high"].setText(tr("Confirm Facts ≥ %1 %", confirm_threshold(w)))


def confirm_high_confidence(w: MainWindow) -> None:
    w.form.flush()
    threshold = confirm_threshold(w)
    done = w.controller.confirm_at_or_above(threshold / 100)
    if done:
        w.message(tr("Confirmed %n fact(s) at or above %1 % (one undo step)", threshold, n=done))
    else:
        w.message(tr("No suggested fact is at or above %1 %.", threshold))


def set_confirm_threshold(w: MainWindow) -> None:
    dialog = QInputDialog(w)
    dialog.setWindowTitle(tr("Confirm threshold"))
    dialog.setLabelText(tr("Confirm suggested facts at or above this confidence (percent):"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(0, 100)
    dialog.setIntValue(confirm_threshold(w))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(value: int) -> None:
        config.save_settings(review_confirm_threshold=value)
        w.workspace.attention_below = value / 100
        show_confirm_threshold(w)
        w.queue.model.refresh_documents(w.queue.model.ids())
        w.message(tr("Confirm threshold set to %1 %", value))

    dialog.intValueSelected.connect(chosen)
    dialog.open()


def override_checks(w: MainWindow) -> None:
    """Keep the current fact despite its consistency problems (a value far from the value as written,
    a period ending before it starts, …) for a written reason, or change or withdraw that reason. The
    reason is audited and exported; without it those problems block approval."""
    fact_id = w._current_fact_id()
    doc = w.controller.document
    fact = doc.fact(fact_id) if doc is not None and fact_id is not None else None
    if fact is None:
        return
    fact_id = fact.id
    w.form.flush()
    checks = fact.checks()
    if not checks and not fact.override_reason:
        w.message(tr("This fact has no consistency problem to override."))
        return
    listed = "\n".join(f"• {field_text(name)}: {tr(text)}" for name, text in checks.items())
    dialog = QInputDialog(w)
    dialog.setWindowTitle(tr("Override checks"))
    dialog.setLabelText(tr("Keep this fact despite:\n%1\n\nReason (audited and exported; empty withdraws the "
                           "override):", listed or tr("(no problem now)")))
    dialog.setTextValue(fact.override_reason or "")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(reason: str) -> None:
        if not w.controller.override_checks(fact_id, reason):
            return
        if reason.strip():
            w.message(tr("Checks overridden: the reason is kept with the fact and exported"))
        else:
            w.message(tr("Override withdrawn: the problems block approval again"))

    def back() -> None:  # the keyboard goes on in the form, where the analyst was
        w.activateWindow()
        w.form.card.first_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    dialog.textValueSelected.connect(chosen)
    dialog.finished.connect(lambda _result: back())
    dialog.open()
