"""Focus stays in its pane: Tab and Shift+Tab go round the controls of the pane that has the focus
(the queue, the article, the fact form) instead of wandering into the next one — Tab from the form's
last field does not land in the queue's search box, where the next keystroke would filter the queue.
F6 / Ctrl+Tab go to the next pane, Shift+F6 / Ctrl+Shift+Tab to the previous one (window actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

PANES = ("queue", "article", "form")


def _panes(window: MainWindow) -> list[QWidget]:
    return [window.queue, window.article, window.form]


def _takes_tab_focus(widget: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and widget.focusProxy() is None)


def step_within(pane: QWidget, current: QWidget, forward: bool) -> QWidget | None:
    """The next (or previous) control in the window's focus chain that lies in `pane`, going round."""
    widget = current
    for _ in range(2000):  # the chain is a ring through the whole window
        following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if following is None or following is current:
            return None
        widget = following
        if pane.isAncestorOf(widget) and _takes_tab_focus(widget):
            return widget
    return None


def focus_next_prev(window: MainWindow, forward: bool) -> bool:
    """The window's `focusNextPrevChild` (Tab / Shift+Tab, for every widget that does not keep Tab for
    itself): the next control within the focused pane. False when the focus is in no pane."""
    focus = QApplication.focusWidget()
    if focus is None or focus.window() is not window:
        return False
    pane = next((p for p in _panes(window) if p.isAncestorOf(focus)), None)
    if pane is None:
        return False
    target = step_within(pane, focus, forward)
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def cycle_pane(window: MainWindow, step: int) -> None:
    """Focus the next (`step` 1) or previous (-1) pane, from the one that has the focus."""
    current = window.context().focus
    index = PANES.index(current) if current in PANES else -1
    target = PANES[(index + step) % len(PANES)] if index >= 0 else PANES[0 if step > 0 else -1]
    {"queue": window.focus_queue, "article": window.focus_article, "form": window.focus_form}[target]()
