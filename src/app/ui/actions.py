"""Every command of the review window declared once (as napari's app-model actions are): id, text,
shortcuts, the callable that runs it, its menu group, whether the toolbar shows it and when it is
enabled. Menus, toolbar and the shortcut overlay (F1) are built from this table, and enablement is
evaluated from one `Context` whenever the window's state changes — nothing looks a handler up by name.

`ShortcutsWin` makes an action's shortcut win over an editor's own binding for the same key (Ctrl+U
deletes to the start of a line edit on Linux, Ctrl+E moves to its end, Ctrl+PgDown steps a spin box
…): at `ShortcutOverride` the editor is not allowed to claim a key that an enabled action owns."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from app.domain.evidence import Step
from app.ui import batch_commands as batch
from app.ui import claims, pane_focus
from app.ui import review_commands as speed
from app.ui import selection_commands as selection
from app.ui.connect_dialog import open_connect_dialog
from app.ui.i18n import N_, tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Context:
    """What enablement depends on: is a document open, its status, may it be edited, is background
    work running, can the document's stack undo or redo, does it have facts, which pane has focus."""

    document_open: bool = False
    status: str | None = None
    editable: bool = False
    busy: bool = False
    can_undo: bool = False
    can_redo: bool = False
    has_facts: bool = False
    may_approve: bool = True  # False for an analyst in two-step review (a reviewer approves)
    may_assign: bool = False  # a team database, and this login is a reviewer, an admin or the owner
    on_team: bool = False  # the window is on a team database (PostgreSQL)
    focus: str = "other"  # "queue", "article", "form" or "other"


Callback = Callable[["MainWindow"], object]
Condition = Callable[[Context], bool]


def _editable(c: Context) -> bool:
    return c.editable


def _editable_with_facts(c: Context) -> bool:
    return c.editable and c.has_facts


def _idle(c: Context) -> bool:
    return not c.busy


@dataclass(frozen=True)
class Action:
    id: str
    text: str
    callback: Callback
    group: str  # "menu/section": the menu it is in, and the run of items between separators
    shortcuts: tuple[str, ...] = ()
    toolbar: bool = False
    checkable: bool = False
    tip: str = ""
    enablement: Condition | None = None  # None: always enabled
    # why it is disabled, when the reason is not plain from the window (a role, a mode): the tooltip and
    # status tip say so while it is disabled, so a greyed button explains itself
    disabled_tip: Callable[[Context], str | None] | None = None

    @property
    def menu(self) -> str:
        return self.group.split("/", 1)[0]


def _open_knowledge(w: MainWindow) -> None:
    from app.ui import knowledge_view  # loaded when first used, not at start-up

    knowledge_view.open_knowledge(w)


def _use_local(w: MainWindow) -> None:
    from app.ui.application import use_local_database  # the application module builds windows

    use_local_database(w)


def _reextract_unreviewed(w: MainWindow) -> None:
    from app.ui import knowledge_view

    knowledge_view.reextract_unreviewed(w)


MENUS: tuple[tuple[str, str], ...] = (
    ("file", N_("&File")),
    ("edit", N_("&Edit")),
    ("document", N_("&Document")),
    ("fact", N_("Fa&ct")),
    ("view", N_("&View")),
    ("help", N_("&Help")),
)

ACTIONS: tuple[Action, ...] = (
    # File
    Action("import_files", N_("Import Files…"), lambda w: w.import_files(), "file/import", ("Ctrl+O",),
           tip=N_("Import article files"), enablement=_idle),
    Action("import_folder", N_("Import Folder…"), lambda w: w.import_folder(), "file/import", ("Ctrl+Shift+I",),
           toolbar=True, tip=N_("Import every article in a folder"), enablement=_idle),
    Action("reextract", N_("Re-run Extraction"), lambda w: w.reextract(), "file/import", ("Ctrl+Shift+E",),
           tip=N_("Extract facts again for the selected documents; your own work stays"),
           enablement=lambda c: c.document_open and not c.busy),
    Action("reextract_unreviewed", N_("Re-run Extraction on Unreviewed Documents"),
           _reextract_unreviewed, "file/import",
           tip=N_("Extract again every document not approved or rejected, with what was learned; "
                  "confirmed and edited facts stay"), enablement=_idle),
    Action("export", N_("Export Approved…"), lambda w: w.export(), "file/import", ("Ctrl+E",), toolbar=True,
           tip=N_("Write the approved records to an Excel workbook"), enablement=_idle),
    Action("apply_workbook", N_("Apply Corrections from Workbook…"), lambda w: w.apply_corrections.choose(),
           "file/import", tip=N_("Bring back the corrections made in an exported workbook"), enablement=_idle),
    Action("connect_team", N_("Connect to Team Database…"), lambda w: open_connect_dialog(w), "file/team",
           tip=N_("Work on a shared PostgreSQL database with your team"), enablement=_idle),
    Action("use_local", N_("Use Local Database"), _use_local, "file/team",
           tip=N_("Leave the team database and work on this computer's own database (the next start opens it too)"),
           enablement=lambda c: c.on_team and not c.busy),
    Action("cancel_work", N_("Cancel Background Work"), lambda w: w.cancel_work(), "file/work", ("Ctrl+.",),
           enablement=lambda c: c.busy),
    Action("quit", N_("Quit"), lambda w: w.close(), "file/quit", ("Ctrl+Q",)),
    # Edit
    Action("undo", N_("Undo"), lambda w: w.undo(), "edit/undo", ("Ctrl+Z",), toolbar=True,
           enablement=lambda c: c.can_undo),
    Action("redo", N_("Redo"), lambda w: w.redo(), "edit/undo", ("Ctrl+Shift+Z",), toolbar=True,
           enablement=lambda c: c.can_redo),
    Action("find", N_("Find in Article…"), lambda w: w.find_in_article(), "edit/find", ("Ctrl+F",),
           enablement=lambda c: c.document_open),
    Action("find_next", N_("Find Next"), lambda w: w.find_next(), "edit/find", ("F3",),
           enablement=lambda c: c.document_open),
    Action("find_previous", N_("Find Previous"), lambda w: w.find_previous(), "edit/find", ("Shift+F3",),
           enablement=lambda c: c.document_open),
    Action("clear_filter", N_("Clear Filter"), lambda w: speed.clear_filter(w), "edit/search", ("Ctrl+Shift+L",),
           tip=N_("Show every document: no search, any status, language, region or date")),
    Action("focus_search", N_("Search Documents"), lambda w: w.focus_search(), "edit/search", ("Ctrl+L",)),
    # Document
    Action("approve_next", N_("Approve and Next"), batch.approve, "document/workflow",
           ("Ctrl+Return", "Ctrl+Enter"), toolbar=True,
           tip=N_("Approve this document (every remaining fact must be valid) and go on; with several documents "
                  "selected in the queue, approve each of them"),
           enablement=lambda c: c.editable and c.may_approve,
           disabled_tip=lambda c: None if c.may_approve else N_(
               "Two-step review: a reviewer approves; when your work on a document is done, mark it ready for "
               "review (Ctrl+Shift+Y)")),
    Action("flag_document", N_("Flag with Note…"), batch.flag, "document/workflow",
           ("Ctrl+Shift+F",), toolbar=True, enablement=_editable,
           tip=N_("Flag this document (or every selected document) with a note")),
    Action("reject_document", N_("Reject Document"), batch.reject, "document/workflow",
           ("Ctrl+Shift+D",), toolbar=True, enablement=_editable,
           tip=N_("Reject this document (or every selected document)")),
    Action("reopen_document", N_("Reopen for Review"), lambda w: w.reopen_document(), "document/reopen",
           ("Ctrl+Shift+O",), toolbar=True, tip=N_("Make an approved, rejected or flagged document editable again"),
           enablement=lambda c: c.status in ("approved", "rejected", "flagged")),
    Action("next_document", N_("Next Document"), lambda w: w.next_document(), "document/navigate",
           ("Ctrl+PgDown",), toolbar=True),
    Action("previous_document", N_("Previous Document"), lambda w: w.previous_document(), "document/navigate",
           ("Ctrl+PgUp",), toolbar=True),
    Action("sort_queue", N_("Sort Queue by Current Column"), lambda w: speed.sort_queue(w), "document/navigate",
           ("Ctrl+Shift+S",), tip=N_("Sort the queue by the column of its current cell (Left and Right move it); "
                                     "again to reverse")),
    Action("next_unreviewed", N_("Next Unreviewed Document"), lambda w: claims.next_unreviewed(w),
           "document/navigate", ("Ctrl+U",),
           tip=N_("On a team database: the next document nobody else has open, claimed for you")),
    Action("mark_ready", N_("Mark Ready for Review"), lambda w: claims.mark_ready(w), "document/workflow",
           ("Ctrl+Shift+Y",), tip=N_("Your work on this document is done: a reviewer approves it (two-step review)"),
           enablement=_editable),
    Action("assign_documents", N_("Assign Documents…"), lambda w: claims.assign_documents(w), "document/team",
           tip=N_("Assign the selected documents, or all the queue shows, to an analyst (reviewers and admins)"),
           enablement=lambda c: c.may_assign and not c.busy,
           disabled_tip=lambda c: None if c.may_assign else N_(
               "Only a reviewer or an admin assigns documents, on a team database (PostgreSQL)")),
    # Fact
    Action("next_fact", N_("Next Fact"), lambda w: w.next_fact(), "fact/navigate", ("Ctrl+Down",),
           enablement=lambda c: c.has_facts),
    Action("previous_fact", N_("Previous Fact"), lambda w: w.previous_fact(), "fact/navigate", ("Ctrl+Up",),
           enablement=lambda c: c.has_facts),
    Action("next_uncertain", N_("Next Uncertain Fact"), lambda w: speed.next_uncertain_fact(w), "fact/navigate",
           ("F8",), toolbar=True, tip=N_("Go to the lowest-confidence fact not yet reviewed, in any document")),
    Action("sort_facts", N_("Sort Facts"), lambda w: speed.sort_facts(w), "fact/navigate", ("F7",),
           tip=N_("Order the fact list by kind, by confidence (lowest first) or by position in the article"),
           enablement=lambda c: c.has_facts),
    Action("confirm_fact", N_("Confirm Fact"), lambda w: w.confirm_fact(), "fact/status", ("Ctrl+Shift+C",),
           toolbar=True, enablement=_editable_with_facts),
    Action("confirm_high", N_("Confirm Facts at or above Threshold"), lambda w: speed.confirm_high_confidence(w),
           "fact/batch", ("Ctrl+Shift+A",), toolbar=True,
           tip=N_("Confirm every suggested fact at or above the confirm threshold, as one undoable step"),
           enablement=_editable_with_facts),
    Action("set_threshold", N_("Set Confirm Threshold…"), lambda w: speed.set_confirm_threshold(w), "fact/batch",
           ("Ctrl+Shift+T",)),
    Action("reject_kind", N_("Reject Facts of a Kind…"), batch.reject_kind, "fact/batch", ("Ctrl+Shift+J",),
           tip=N_("Reject every fact of one kind in this document, as one undoable step"),
           enablement=_editable_with_facts),
    Action("override_checks", N_("Override Checks…"), lambda w: speed.override_checks(w), "fact/status",
           ("Ctrl+Shift+K",), tip=N_("Keep this fact despite its consistency problems, for a written reason"),
           enablement=_editable_with_facts),
    Action("reject_fact", N_("Reject or Restore Fact"), lambda w: w.reject_fact(), "fact/status", ("Ctrl+Shift+X",),
           toolbar=True, enablement=_editable_with_facts),
    Action("add_fact", N_("New Fact from Selection"), selection.add_fact_from_selection, "fact/add",
           ("Ctrl+N",), toolbar=True, enablement=_editable),
    Action("fill_field", N_("Fill Field from Selection"), selection.fill_field_from_selection, "fact/add",
           ("Ctrl+I",), enablement=_editable),
    Action("comment", N_("Comment"), batch.focus_comment, "fact/comment", ("Ctrl+Shift+M",),
           tip=N_("Write a comment on the current fact; press again for the document's comment (the queue's "
                  "search finds comments; the workbook exports them)"), enablement=_editable),
    Action("evidence_word_more", N_("Extend Evidence by a Word"), lambda w: batch.move_evidence(w, Step.WORD, True),
           "fact/evidence", ("Alt+Shift+Right",), enablement=_editable_with_facts),
    Action("evidence_word_less", N_("Shrink Evidence by a Word"), lambda w: batch.move_evidence(w, Step.WORD, False),
           "fact/evidence", ("Alt+Shift+Left",), enablement=_editable_with_facts),
    Action("evidence_char_more", N_("Extend Evidence by a Character"),
           lambda w: batch.move_evidence(w, Step.CHARACTER, True), "fact/evidence", ("Ctrl+Alt+Shift+Right",),
           enablement=_editable_with_facts),
    Action("evidence_char_less", N_("Shrink Evidence by a Character"),
           lambda w: batch.move_evidence(w, Step.CHARACTER, False), "fact/evidence", ("Ctrl+Alt+Shift+Left",),
           enablement=_editable_with_facts),
    Action("evidence_start_earlier", N_("Start Evidence a Word Earlier"),
           lambda w: batch.move_evidence(w, Step.WORD, True, start=True), "fact/evidence", ("Alt+Shift+Up",),
           enablement=_editable_with_facts),
    Action("evidence_start_later", N_("Start Evidence a Word Later"),
           lambda w: batch.move_evidence(w, Step.WORD, False, start=True), "fact/evidence", ("Alt+Shift+Down",),
           enablement=_editable_with_facts),
    Action("evidence_set", N_("Set Evidence from Selection"), lambda w: batch.evidence_from_selection(w, add=False),
           "fact/evidence", ("Ctrl+Shift+G",), enablement=_editable_with_facts),
    Action("evidence_add", N_("Add Evidence Span from Selection"),
           lambda w: batch.evidence_from_selection(w, add=True), "fact/evidence", ("Ctrl+Shift+H",),
           enablement=_editable_with_facts),
    # View
    Action("focus_queue", N_("Go to Queue"), lambda w: w.focus_queue(), "view/focus", ("Ctrl+1",)),
    Action("focus_article", N_("Go to Article"), lambda w: w.focus_article(), "view/focus", ("Ctrl+2",)),
    Action("focus_form", N_("Go to Facts"), lambda w: w.focus_form(), "view/focus", ("Ctrl+3",)),
    Action("next_pane", N_("Next Pane"), lambda w: pane_focus.cycle_pane(w, 1), "view/focus", ("F6", "Ctrl+Tab"),
           tip=N_("Move to the next pane: queue, article, facts (Tab stays within a pane)")),
    Action("previous_pane", N_("Previous Pane"), lambda w: pane_focus.cycle_pane(w, -1), "view/focus",
           ("Shift+F6", "Ctrl+Shift+Tab")),
    Action("raw_text", N_("Show Raw Text"), lambda w: w.toggle_raw_text(w.commands["raw_text"].isChecked()),
           "view/text", ("Ctrl+R",), checkable=True),
    Action("knowledge", N_("Knowledge…"), _open_knowledge, "view/knowledge", ("Ctrl+Shift+B",),
           tip=N_("What extraction learned from your corrections: organisations, labels, regions")),
    # Help
    Action("shortcuts", N_("Keyboard Shortcuts"), lambda w: w.show_shortcuts(), "help/keys", ("F1",)),
    Action("about", N_("About FactDesk"), lambda w: w.show_about(), "help/about"),
)

SPECS: dict[str, Action] = {spec.id: spec for spec in ACTIONS}
OWN_KEY_HANDLING = ("undo", "redo")
"""Actions whose keys an editor may still use (its own text undo first, then the window's)."""


def shortcut_text(spec: Action) -> str:
    """The shortcuts as the user's platform writes them (⌘ on macOS)."""
    texts = [QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts]
    return ", ".join(dict.fromkeys(texts))  # Return and Enter may read alike (回车)


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Create the QActions on `window`, each running its callable; add menus (a separator between
    groups) and the toolbar."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.text), window)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        status, tip = _tips(spec)
        if status:
            action.setStatusTip(status)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False, run=spec.callback: run(window))
        window.addAction(action)
        actions[spec.id] = action
    bar = window.menuBar()
    for menu_id, title in MENUS:
        menu: QMenu = bar.addMenu(tr(title))
        menu.setObjectName(f"menu_{menu_id}")
        group = None
        for spec in ACTIONS:
            if spec.menu != menu_id:
                continue
            if group is not None and spec.group != group:
                menu.addSeparator()
            menu.addAction(actions[spec.id])
            group = spec.group
    toolbar = QToolBar(tr("Review"), window)
    toolbar.setObjectName("reviewToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for spec in ACTIONS:
        if spec.toolbar:
            toolbar.addAction(actions[spec.id])
    window.addToolBar(toolbar)
    return actions


def _tips(spec: Action) -> tuple[str, str]:
    """(status tip, tooltip) of an enabled action."""
    if spec.tip:
        return tr(spec.tip), f"{tr(spec.tip)} ({shortcut_text(spec)})" if spec.shortcuts else tr(spec.tip)
    return "", f"{tr(spec.text).rstrip('…')} ({shortcut_text(spec)})" if spec.shortcuts else ""


def update_enablement(actions: dict[str, QAction], context: Context) -> None:
    for spec in ACTIONS:
        if spec.enablement is None:
            continue
        action = actions[spec.id]
        enabled = spec.enablement(context)
        action.setEnabled(enabled)
        if spec.disabled_tip is not None:
            why = None if enabled else spec.disabled_tip(context)
            status, tip = (tr(why), tr(why)) if why else _tips(spec)
            action.setStatusTip(status)
            action.setToolTip(tip or tr(spec.text))


class ShortcutsWin(QObject):
    """An application event filter: in `window`, a key that an enabled action owns goes to the action,
    not to the focused editor (the editor would otherwise accept the `ShortcutOverride` and handle
    the key itself). Undo and redo keep their own handling (an editor's typing is saved first)."""

    def __init__(self, window: QMainWindow, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self.window, self.actions = window, actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget) and watched.window() is self.window
                and self._owned(event)):
            event.ignore()
            return True
        return False

    def _owned(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        for action_id, action in self.actions.items():
            if action_id in OWN_KEY_HANDLING or not action.isEnabled():
                continue
            if any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                return True
        return False


def menu_title(title: str) -> str:
    """A menu's title without its mnemonic: "&File" → "File", "文件(&F)" → "文件"."""
    return re.sub(r"\s*\(&\w\)", "", tr(title)).replace("&", "")


def overlay_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, shortcuts)]) for the shortcut overlay, in menu order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for menu_id, title in MENUS:
        entries = [
            (tr(spec.text).rstrip("…"), shortcut_text(spec))
            for spec in ACTIONS
            if spec.menu == menu_id and spec.shortcuts
        ]
        if entries:
            groups.append((menu_title(title), entries))
    return groups
