"""Driving the window with the keyboard only, as an analyst would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused(window: QWidget) -> QWidget:
    return QApplication.focusWidget() or window


def press(window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press delivered to whatever has the keyboard focus (shortcuts included)."""
    QTest.keyClick(focused(window), key, modifiers)
    QApplication.processEvents()


def type_text(window: QWidget, text: str) -> None:
    """Type ASCII key by key; anything else arrives as an input-method commit, as from a Chinese IME."""
    target = focused(window)
    if text.isascii():
        QTest.keyClicks(target, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
    QApplication.processEvents()
