"""A search that matches nothing says so (not "import articles"), offers Ctrl+Shift+L to clear the
filter, and leaves an empty form behind — no values of the previous fact."""

from __future__ import annotations

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt


def test_no_match_state_and_clear_filter(qtbot, window) -> None:
    win = window
    win.activateWindow()
    model = win.queue.model
    every = model.ids()
    press(win, Qt.Key.Key_3, CTRL)  # a fact with values in the form
    assert win.form.editor("value").text()

    press(win, Qt.Key.Key_L, CTRL)
    type_text(win, "zzqqxx-nothing-has-this")
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not model.loading and model.total() == 0, timeout=10_000)
    assert win.controller.document is None
    assert win.article.title.text() == "No document matches the filter"
    assert "Ctrl+Shift+L" in win.article.meta.text()
    assert win.form.editor("value").text() == ""  # nothing left of the previous fact
    assert not win.form.card.isEnabled()

    press(win, Qt.Key.Key_L, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not model.loading and model.ids() == every, timeout=10_000)
    assert win.queue.search.text() == ""
    assert win.controller.document is not None
    assert win.article.title.text() != "No document matches the filter"
