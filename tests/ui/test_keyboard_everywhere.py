"""Keyboard everywhere: the date filters take typed dates (2021-07, 2021-07-24, 2021 Q3) and open a
calendar at the current month on Alt+Down; Tab stays within a pane; F6 / Ctrl+Tab and Shift+F6 /
Ctrl+Shift+Tab move between the panes."""

from __future__ import annotations

from datetime import date

from keys import CTRL, SHIFT, focused, press, type_text
from PySide6.QtCore import Qt

ALT = Qt.KeyboardModifier.AltModifier


def _tab_to(win, name: str, limit: int = 12) -> None:  # noqa: ANN001
    for _ in range(limit):
        if focused(win).objectName() == name:
            return
        press(win, Qt.Key.Key_Tab)
    assert focused(win).objectName() == name


def test_typed_dates_and_the_calendar(qtbot, window) -> None:
    win = window
    win.activateWindow()
    queue = win.queue
    press(win, Qt.Key.Key_L, CTRL)
    _tab_to(win, "dateFrom")  # the search box, then the filters, by Tab alone
    type_text(win, "2021-07")
    press(win, Qt.Key.Key_Tab)
    assert focused(win).objectName() == "dateTo"
    assert queue.current_filter().published_from == date(2021, 7, 1)
    type_text(win, "2021 Q3")
    press(win, Qt.Key.Key_Return)
    assert queue.current_filter().published_to == date(2021, 9, 30)
    qtbot.waitUntil(lambda: not queue.model.loading, timeout=10_000)
    rows = queue.model.ids()
    assert queue.model.filter.published_from == date(2021, 7, 1)
    for doc_id in rows:
        published = win.workspace.document(doc_id).published
        assert published is not None and date(2021, 7, 1) <= published <= date(2021, 9, 30)

    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "2021-07-24")
    press(win, Qt.Key.Key_Return)
    assert queue.current_filter().published_to == date(2021, 7, 24)

    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "any0210101")  # what typing into the old date edit produced: refused, said, kept
    press(win, Qt.Key.Key_Return)
    assert queue.current_filter().published_to == date(2021, 7, 24)
    assert "any0210101" in queue.shown.text()

    press(win, Qt.Key.Key_Tab, SHIFT)
    assert focused(win).objectName() == "dateFrom"
    press(win, Qt.Key.Key_A, CTRL)
    press(win, Qt.Key.Key_Delete)
    press(win, Qt.Key.Key_Return)
    assert queue.current_filter().published_from is None
    press(win, Qt.Key.Key_Down, ALT)  # the calendar, at the current month (not January 1900)
    calendar = queue.date_from.calendar
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    press(win, Qt.Key.Key_Left)  # yesterday
    press(win, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    picked = queue.current_filter().published_from
    assert picked is not None and abs((today - picked).days) <= 1
    assert focused(win) is queue.date_from
    press(win, Qt.Key.Key_L, CTRL | SHIFT)
    assert queue.current_filter().published_from is None and queue.date_from.text() == ""


def test_tab_stays_in_its_pane_and_f6_moves_between_panes(qtbot, window) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_3, CTRL)
    assert win.context().focus == "form"
    seen = set()
    for _ in range(40):  # round the form's controls, never out of the form (never the search box)
        press(win, Qt.Key.Key_Tab)
        assert win.context().focus == "form", focused(win).objectName()
        seen.add(focused(win))
    assert len(seen) >= 3
    for _ in range(10):
        press(win, Qt.Key.Key_Tab, SHIFT)
        assert win.context().focus == "form"
    assert win.queue.search.text() == ""

    press(win, Qt.Key.Key_F6)
    assert win.context().focus == "queue"
    press(win, Qt.Key.Key_F6)
    assert win.context().focus == "article"
    for _ in range(5):
        press(win, Qt.Key.Key_Tab)
        assert win.context().focus == "article"
    press(win, Qt.Key.Key_F6, SHIFT)
    assert win.context().focus == "queue"
    for _ in range(12):  # every control of the queue pane is reachable by Tab
        press(win, Qt.Key.Key_Tab)
        assert win.context().focus == "queue"
    press(win, Qt.Key.Key_Tab, CTRL)
    assert win.context().focus == "article"
    press(win, Qt.Key.Key_Tab, CTRL)
    assert win.context().focus == "form"
    press(win, Qt.Key.Key_Backtab, CTRL | SHIFT)  # what X11 sends for Ctrl+Shift+Tab
    assert win.context().focus == "article"


def test_every_queue_control_is_reached_by_tab(window) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_1, CTRL)
    reached = set()
    for _ in range(12):
        press(win, Qt.Key.Key_Tab)
        reached.add(focused(win).objectName())
    assert {"searchBox", "statusFilter", "languageFilter", "regionFilter", "dateFrom", "dateTo",
            "queueTable"} <= reached
