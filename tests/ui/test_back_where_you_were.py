"""Back where you were: after a restart the selected document and fact, the queue's sort and filter and
the pane sizes are as they were; on a first start the window says the demo corpus is importing."""

from __future__ import annotations

from datetime import date

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt

from app import config
from app.review import Workspace
from app.store import Database
from app.ui.application import create_window, import_demo_in_background


def test_selection_sort_filter_and_panes_come_back(qtbot, window, workspace) -> None:
    win = window
    win.activateWindow()
    press(win, Qt.Key.Key_L, CTRL)
    type_text(win, "the")  # a search that keeps several documents
    press(win, Qt.Key.Key_Tab)
    press(win, Qt.Key.Key_Tab)
    press(win, Qt.Key.Key_Tab)
    press(win, Qt.Key.Key_Tab)  # the "from" date
    assert win.queue.date_from.hasFocus()
    type_text(win, "2020 Q3")
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    assert win.queue.model.total() >= 2
    press(win, Qt.Key.Key_1, CTRL)
    for _ in range(4):  # to the Published column
        press(win, Qt.Key.Key_Right)
    press(win, Qt.Key.Key_S, CTRL | SHIFT)
    press(win, Qt.Key.Key_S, CTRL | SHIFT)  # descending
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    sort = win.queue.model.sort_order
    assert sort.descending and sort.column != "id"
    press(win, Qt.Key.Key_PageDown, CTRL)
    doc = win.controller.document
    press(win, Qt.Key.Key_3, CTRL)
    press(win, Qt.Key.Key_Down, CTRL)
    press(win, Qt.Key.Key_Down, CTRL)
    fact = win.form.current
    assert fact is not None and fact != win.form.order[0]
    win.splitter.setSizes([500, 520, 420])
    sizes = win.splitter.sizes()
    flt = win.queue.model.filter
    win.close()

    again = create_window(Workspace(workspace._db, config.user_name()))  # noqa: SLF001
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: not again.queue.model.loading, timeout=10_000)
    assert again.controller.document is not None and again.controller.document.id == doc.id
    assert again.form.current == fact
    assert again.queue.model.sort_order == sort
    assert again.queue.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.queue.model.filter == flt
    assert again.queue.search.text() == "the" and again.queue.date_from.value() == date(2020, 7, 1)
    assert again.queue.current_id() == doc.id
    assert again.splitter.sizes() == sizes
    assert again.article.view.match_count() > 0  # the restored search is highlighted
    again.close()


def test_first_start_says_the_demo_corpus_is_importing(qtbot, sqlite_url) -> None:
    db = Database.open(sqlite_url)
    try:
        win = create_window(Workspace(db, "tester"))
        qtbot.addWidget(win)
        seen: list[str] = []
        win.runner.progress.connect(lambda *_a: seen.append(win.article.title.text() + " | " + win.article.meta.text()))
        win.show()
        import_demo_in_background(win)
        assert win.article.title.text() == "Importing the demo articles…"
        assert "Import articles" not in win.article.meta.text()
        qtbot.waitUntil(lambda: win.controller.document is not None, timeout=60_000)
        assert seen and all("Import articles" not in s for s in seen)
        assert any(" of 5 articles imported" in s for s in seen)
        win.close()
        win.runner.wait(5000)
    finally:
        db.dispose()
