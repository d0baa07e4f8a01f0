"""Searching the queue in Simplified finds the Traditional article, its matches are highlighted in the
article, and F3 / Shift+F3 go through them (keyboard only)."""

from __future__ import annotations

from keys import CTRL, SHIFT, press, type_text
from PySide6.QtCore import Qt

from app.text.folding import fold


def _search(qtbot, win, text: str) -> None:  # noqa: ANN001
    press(win, Qt.Key.Key_L, CTRL)
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, text)
    press(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    qtbot.waitUntil(lambda: win.controller.document is not None, timeout=10_000)


def test_simplified_query_finds_traditional_article_and_f3_walks_matches(qtbot, window) -> None:
    win = window
    win.activateWindow()
    _search(qtbot, win, "招商引资")  # Simplified; the seed article is Traditional (招商引資)
    doc = win.controller.document
    assert win.queue.model.total() >= 1
    assert "招商引資" in doc.display_text and "招商引资" not in doc.display_text
    view = win.article.view
    n = view.match_count()
    assert n == doc.display_text.count("招商引資") and n >= 2

    press(win, Qt.Key.Key_F3)
    first = view.selection_span()
    assert first is not None and doc.display_text[first[0]:first[1]] == "招商引資"
    press(win, Qt.Key.Key_F3)
    second = view.selection_span()
    assert second is not None and second != first
    assert win.statusBar().currentMessage().endswith(f"of {n}")
    press(win, Qt.Key.Key_F3, SHIFT)
    assert view.selection_span() == first

    _search(qtbot, win, "项目")  # two characters: the pattern search, both scripts
    doc = win.controller.document
    assert fold("项目") in fold(doc.display_text)
    assert win.article.view.match_count() == fold(doc.display_text).count("项目")


def test_english_search_any_case_highlighted(qtbot, window) -> None:
    win = window
    win.activateWindow()
    _search(qtbot, win, "INVESTMENT")
    doc = win.controller.document
    assert "investment" in doc.display_text.lower()
    assert win.article.view.match_count() == doc.display_text.lower().count("investment")
    press(win, Qt.Key.Key_F3)
    start, end = win.article.view.selection_span()
    assert doc.display_text[start:end].lower() == "investment"
