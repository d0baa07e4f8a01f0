"""Every command of the review window in one place: id, text, shortcuts, the window method that
handles it, its menu and whether the toolbar shows it. Menus, toolbar and the shortcut overlay (F1)
are all built from this table, so a shortcut is declared exactly once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.i18n import N_, tr


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str, ...]
    handler: str
    menu: str
    toolbar: bool = False
    checkable: bool = False
    tip: str = ""


MENUS: tuple[tuple[str, str], ...] = (
    ("file", N_("&File")),
    ("edit", N_("&Edit")),
    ("document", N_("&Document")),
    ("fact", N_("Fa&ct")),
    ("view", N_("&View")),
    ("help", N_("&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("import_files", N_("Import Files…"), ("Ctrl+O",), "import_files", "file",
               tip=N_("Import article files")),
    ActionSpec("import_folder", N_("Import Folder…"), ("Ctrl+Shift+I",), "import_folder", "file", True,
               tip=N_("Import every article in a folder")),
    ActionSpec("reextract", N_("Re-run Extraction"), ("Ctrl+Shift+E",), "reextract", "file",
               tip=N_("Extract facts again for the selected documents; your own work stays")),
    ActionSpec("export", N_("Export Approved…"), ("Ctrl+E",), "export", "file", True,
               tip=N_("Write the approved records to an Excel workbook")),
    ActionSpec("cancel_work", N_("Cancel Background Work"), ("Ctrl+.",), "cancel_work", "file"),
    ActionSpec("quit", N_("Quit"), ("Ctrl+Q",), "close", "file"),
    # Edit
    ActionSpec("undo", N_("Undo"), ("Ctrl+Z",), "undo", "edit", True),
    ActionSpec("redo", N_("Redo"), ("Ctrl+Shift+Z",), "redo", "edit", True),
    ActionSpec("find", N_("Find in Article…"), ("Ctrl+F",), "find_in_article", "edit"),
    ActionSpec("find_next", N_("Find Next"), ("F3",), "find_next", "edit"),
    ActionSpec("find_previous", N_("Find Previous"), ("Shift+F3",), "find_previous", "edit"),
    ActionSpec("focus_search", N_("Search Documents"), ("Ctrl+L",), "focus_search", "edit"),
    # Document
    ActionSpec("approve_next", N_("Approve and Next"), ("Ctrl+Return", "Ctrl+Enter"), "approve_and_next",
               "document", True, tip=N_("Approve this document (every remaining fact must be valid) and go on")),
    ActionSpec("flag_document", N_("Flag with Note…"), ("Ctrl+Shift+F",), "flag_document", "document", True),
    ActionSpec("reject_document", N_("Reject Document"), ("Ctrl+Shift+D",), "reject_document", "document", True),
    ActionSpec("reopen_document", N_("Reopen for Review"), ("Ctrl+Shift+O",), "reopen_document", "document"),
    ActionSpec("next_document", N_("Next Document"), ("Ctrl+PgDown",), "next_document", "document", True),
    ActionSpec("previous_document", N_("Previous Document"), ("Ctrl+PgUp",), "previous_document", "document", True),
    ActionSpec("next_unreviewed", N_("Next Unreviewed Document"), ("Ctrl+U",), "next_unreviewed", "document"),
    # Fact
    ActionSpec("next_fact", N_("Next Fact"), ("Ctrl+Down",), "next_fact", "fact"),
    ActionSpec("previous_fact", N_("Previous Fact"), ("Ctrl+Up",), "previous_fact", "fact"),
    ActionSpec("confirm_fact", N_("Confirm Fact"), ("Ctrl+Shift+C",), "confirm_fact", "fact", True),
    ActionSpec("reject_fact", N_("Reject or Restore Fact"), ("Ctrl+Shift+X",), "reject_fact", "fact", True),
    ActionSpec("add_fact", N_("New Fact from Selection"), ("Ctrl+N",), "add_fact_from_selection", "fact", True),
    ActionSpec("fill_field", N_("Fill Field from Selection"), ("Ctrl+I",), "fill_field_from_selection", "fact"),
    # View
    ActionSpec("focus_queue", N_("Go to Queue"), ("Ctrl+1",), "focus_queue", "view"),
    ActionSpec("focus_article", N_("Go to Article"), ("Ctrl+2",), "focus_article", "view"),
    ActionSpec("focus_form", N_("Go to Facts"), ("Ctrl+3",), "focus_form", "view"),
    ActionSpec("raw_text", N_("Show Raw Text"), ("Ctrl+R",), "toggle_raw_text", "view", checkable=True),
    # Help
    ActionSpec("shortcuts", N_("Keyboard Shortcuts"), ("F1",), "show_shortcuts", "help"),
    ActionSpec("about", N_("About FactDesk"), (), "show_about", "help"),
)

SPECS: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}


def shortcut_text(spec: ActionSpec) -> str:
    """The shortcuts as the user's platform writes them (⌘ on macOS)."""
    texts = [QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in spec.shortcuts]
    return ", ".join(dict.fromkeys(texts))  # Return and Enter may read alike (回车)


def build_actions(window: QMainWindow) -> dict[str, QAction]:
    """Create the QActions on `window`, connected to its handler methods; add menus and toolbar."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.text), window)
        action.setObjectName(f"action_{spec.id}")
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setStatusTip(tr(spec.tip))
            action.setToolTip(f"{tr(spec.tip)} ({shortcut_text(spec)})" if spec.shortcuts else tr(spec.tip))
        elif spec.shortcuts:
            action.setToolTip(f"{tr(spec.text).rstrip('…')} ({shortcut_text(spec)})")
        handler: Callable[..., object] = getattr(window, spec.handler)
        if spec.checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        actions[spec.id] = action
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for menu_id, title in MENUS:
        menu = bar.addMenu(tr(title))
        menu.setObjectName(f"menu_{menu_id}")
        menus[menu_id] = menu
    previous_menu = None
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.id in ("cancel_work", "quit", "find", "focus_search", "next_document", "next_fact", "add_fact",
                       "focus_queue", "raw_text", "about", "reopen_document") and previous_menu == spec.menu:
            menu.addSeparator()
        menu.addAction(actions[spec.id])
        previous_menu = spec.menu
    toolbar = QToolBar(tr("Review"), window)
    toolbar.setObjectName("reviewToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for spec in ACTIONS:
        if spec.toolbar:
            toolbar.addAction(actions[spec.id])
    window.addToolBar(toolbar)
    return actions


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
