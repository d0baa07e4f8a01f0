"""Focus stays in its pane: Tab and Shift+Tab go round the controls of the pane that has the focus
(the queue, the article, the fact form) instead of wandering into the next one — Tab from the form's
last field does not land in the queue's search box, where the next keystroke would filter the queue.
F6 / Ctrl+Tab go to the next pane, Shift+F6 / Ctrl+Shift+Tab to the previous one (window actions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
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


class PaneFocus(QObject):
    """An application event filter on the window: Tab / Shift+Tab within the focused pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or focus.window() is not self.window:
            return False
        pane = next((p for p in _panes(self.window) if p.isAncestorOf(focus)), None)
        if pane is None:
            return False
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
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


def install(window: MainWindow) -> PaneFocus:
    handler = PaneFocus(window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(handler)  # removed by Qt when the handler (a child of the window) goes
    return handler
