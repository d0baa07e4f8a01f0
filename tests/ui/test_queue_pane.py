"""The queue: searching and sorting query in a thread of their own (the window keeps working and a
newer request makes an older answer void), and the columns an analyst needs fit the default pane."""

from __future__ import annotations

from keys import CTRL, press, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.store import Database
from app.store.services import queue, review
from app.ui.queue_model import COLUMN


def ids_for(db: Database, flt: queue.QueueFilter, sort: queue.QueueSort | None = None) -> list[int]:
    with db.session() as s:
        return queue.ids(s, flt, sort or queue.QueueSort())


def test_a_search_answers_from_its_thread_and_keeps_the_window_working(qtbot, window, seeded_db: Database) -> None:
    win = window
    model = win.queue.model
    every = model.ids()
    press(win, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is win.queue.search
    type_text(win, "呼和")  # two characters: the LIKE fallback, the slow one at scale
    states: list[bool] = []
    model.loadingChanged.connect(states.append)
    QTest.keyClick(win.queue.search, Qt.Key.Key_Return)  # returns before the answer (no event processing)
    assert states == [True] and model.loading and win.queue.shown.text() == "Searching…"
    assert model.ids() == every, "the previous list stays until the answer arrives"
    press(win, Qt.Key.Key_PageDown, CTRL)  # the window still navigates meanwhile
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert states == [True, False]
    expected = ids_for(seeded_db, queue.QueueFilter(search="呼和"))
    assert model.ids() == expected and 0 < len(expected) < len(every)
    assert win.queue.shown.text() == f"{len(expected)} document(s) shown"
    assert win.queue.current_id() in expected and win.controller.document.id == win.queue.current_id()


def test_an_older_answer_is_discarded(qtbot, window, seeded_db: Database) -> None:
    model = window.queue.model
    shown: list[list[int]] = []
    model.modelReset.connect(lambda: shown.append(model.ids()))
    model.set_filter(queue.QueueFilter(search="investment"))
    model.set_filter(queue.QueueFilter(languages=("zh-Hant",)))
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    model.wait(5000)
    QApplication.processEvents()
    expected = ids_for(seeded_db, queue.QueueFilter(languages=("zh-Hant",)))
    assert shown == [expected]


def test_sorting_by_a_header_click_runs_in_the_background(qtbot, window, seeded_db: Database) -> None:
    win = window
    header = win.queue.table.horizontalHeader()
    column = COLUMN["published"]
    point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    model = win.queue.model
    assert model.loading
    current = win.controller.document.id
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    order = queue.QueueSort("published", descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert model.ids() == ids_for(seeded_db, queue.QueueFilter(), order) != sorted(model.ids())
    assert win.queue.current_id() == current, "the open document stays selected"


def test_the_columns_an_analyst_needs_fit_the_default_pane(qtbot, window) -> None:
    win = window
    win.resize(1500, 900)
    QApplication.processEvents()
    table = win.queue.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    for name in ("status", "title", "published", "region", "fact_count"):
        column = COLUMN[name]
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, name
    assert header.sectionSize(COLUMN["title"]) >= 150
    fm = table.fontMetrics()
    model = win.queue.model
    for row in range(model.rowCount()):
        for name in ("status", "published", "fact_count"):
            text = model.index(row, COLUMN[name]).data()
            assert fm.horizontalAdvance(text) + 8 <= header.sectionSize(COLUMN[name]), (name, text)
        region = model.index(row, COLUMN["region"])
        if region.data():  # a long zone name is cut short; the tooltip has all of it
            assert region.data(Qt.ItemDataRole.ToolTipRole) == region.data()
            assert fm.horizontalAdvance(region.data()[:6]) + 8 <= header.sectionSize(COLUMN["region"])


def test_a_document_without_a_title_shows_its_first_words(qtbot, window, seeded_db: Database) -> None:
    win = window
    model = win.queue.model
    with seeded_db.session() as s:
        untitled = [i for i, r in queue.rows(s, model.ids()).items() if not r.title]
    assert untitled, "a seed article states no title"
    doc_id = untitled[0]
    win.queue.select_document(doc_id)
    doc = win.controller.document
    assert doc.id == doc_id and doc.title is None
    words = " ".join(doc.display_text.split())
    index = model.index(model.position_of(doc_id), COLUMN["title"])
    qtbot.waitUntil(lambda: index.data() is not None, timeout=10_000)  # the row comes from the model's thread
    shown = index.data()
    assert shown.endswith("…") and words.startswith(shown[:-1]) and 40 <= len(shown) <= 81
    assert "(untitled)" not in shown
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole) == win.palette().color(QPalette.ColorRole.PlaceholderText)
    assert "No title stated" in index.data(Qt.ItemDataRole.ToolTipRole)
    title = win.article.title
    assert title.text() == shown and title.font().italic()
    assert title.palette().color(QPalette.ColorRole.WindowText) != win.palette().color(QPalette.ColorRole.WindowText)
    assert win.windowTitle().startswith(words[:20])
    editor = win.form.editor("title")
    assert editor.text() == "" and editor.placeholderText()
    with seeded_db.session() as s:
        assert review.load(s, doc_id).title is None, "the stored title stays empty"

    titled = next(i for i in model.ids() if i not in untitled)
    win.queue.select_document(titled)
    assert not title.font().italic() and title.text() == win.controller.document.title
    cell = model.index(model.position_of(titled), COLUMN["title"])
    qtbot.waitUntil(lambda: cell.data() is not None, timeout=10_000)
    assert not cell.data(Qt.ItemDataRole.FontRole)


def test_the_lead_of_a_chinese_article_is_cut_by_width() -> None:
    from app.ui.fact_text import lead_text

    text = "呼和浩特市" * 30
    assert lead_text(text) == "呼和浩特市" * 8 + "…"
    assert lead_text("Short text.\n\nSecond  paragraph") == "Short text. Second paragraph"
    cut = lead_text("word " * 40)
    assert cut.endswith("word…") and len(cut) <= 81
