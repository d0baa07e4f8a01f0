"""The tests' keystroke player (run_scripted.py launches the window with it): the window performs the listed
keystrokes through the real event path (shortcuts, editors, autosave) and reports each step on
stdout, so a test can kill the process at a known point and look at the database.

Steps: {"key": "Ctrl+Shift+C"} presses a key sequence on the focused widget; {"type": "text"} types
ASCII text into it; {"wait_ms": 200} waits. After each step the line `step N done` is printed, after
the last `script done`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

STEP_GAP_MS = 50


def _report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _perform(window: MainWindow, step: dict[str, Any]) -> int:
    """Do one step; returns how long to wait before the next one."""
    target = QApplication.focusWidget() or window
    if "key" in step:
        combo = QKeySequence(step["key"])[0]  # type: ignore[index]  # QKeySequence[i] is a QKeyCombination
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
    elif "type" in step:
        QTest.keyClicks(target, str(step["type"]))
    return int(step.get("wait_ms", STEP_GAP_MS))


def run_script(window: MainWindow, path: str) -> None:
    steps: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    window.activateWindow()
    window.raise_()

    def run(index: int) -> None:
        if index >= len(steps):
            _report("script done")
            return
        delay = _perform(window, steps[index])
        _report(f"step {index + 1} done")
        QTimer.singleShot(delay, lambda: run(index + 1))

    def start() -> None:  # once the queue's list has arrived, so that navigation works
        if window.queue.model.loading:
            QTimer.singleShot(50, start)
        else:
            QTimer.singleShot(300, lambda: run(0))

    start()
