"""The review window's smaller promises, each driven through the real window on a real database:
hover and click on highlights, the raw text, the shortcut overlay, flagging with a note, filling a
field from the selection, next unreviewed, Chinese typed through an input method, the date editor,
cancelling an import, and the light/dark theme."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keys import CTRL, SHIFT, focused, press, type_text
from PySide6.QtCore import QDate, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QHelpEvent, QInputMethodEvent, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QGridLayout, QLabel, QToolTip
from seed_data import SEEDS

from app.domain.schema import DocStatus
from app.domain.views import FactView
from app.store import Database
from app.store.services import audit, documents, queue, review
from app.ui.actions import ACTIONS, shortcut_text
from app.ui.dialogs import NoteDialog
from app.ui.fact_editors import DateEditor
from app.ui.fact_text import tooltip
from app.ui.i18n import tr
from app.ui.theme import DARK, ENV_THEME, LIGHT, theme_manager


def stored(db: Database, document_id: int) -> review.DocumentView:
    with db.session() as s:
        return review.load(s, document_id)


def audit_rows(db: Database, document_id: int) -> list[tuple]:
    with db.session() as s:
        return [(e.user, e.action, e.fact_id, e.field, e.old_value, e.new_value)
                for e in audit.events(s, document_id=document_id) if e.action != "import"]


def lone_fact(win) -> FactView:  # noqa: ANN001
    """A highlighted fact that is not the current one and whose evidence no other fact shares."""
    view = win.article.view
    for fact in win.controller.document.facts:
        if fact.id == win.form.current or fact.status == "rejected" or not fact.evidence:
            continue
        start, end = fact.evidence[0]
        if end - start >= 2 and [f.id for f in view.facts_at(start + 1)] == [fact.id]:
            return fact
    raise AssertionError("the seed document has no fact with evidence of its own")


def point_in_evidence(win, fact: FactView) -> QPoint:  # noqa: ANN001
    """Scroll the fact's evidence into view (without selecting the fact) and return a point inside it."""
    view = win.article.view
    start, _end = fact.evidence[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    QApplication.processEvents()
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x() + 2, rect.center().y())


def test_hovering_a_highlight_shows_the_fact_and_clicking_selects_it(qtbot, window) -> None:
    win = window
    fact = lone_fact(win)
    point = point_in_evidence(win, fact)
    viewport = win.article.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=10_000)
    assert QToolTip.text() == tooltip(fact)
    assert tr("confidence %1").replace("%1", f"{fact.confidence:.2f}") in QToolTip.text()
    QToolTip.hideText()

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert win.form.current == fact.id
    assert win.form.card.fact is not None and win.form.card.fact.id == fact.id
    assert win.form.table.currentIndex().row() == win.form.order.index(fact.id)

    # hovering plain text shows no fact
    blank = QPoint(viewport.width() - 3, viewport.height() - 3)
    if win.article.view.fact_at_point(blank) is None:
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, blank, viewport.mapToGlobal(blank)))
        assert not QToolTip.isVisible() or QToolTip.text() != tooltip(fact)


def test_ctrl_r_shows_the_raw_text_and_back(qtbot, window) -> None:
    win = window
    for _ in win.queue.model.ids():  # a seed whose cleaning changed something (pinyin noise, boilerplate)
        if win.controller.document.raw_text != win.controller.document.display_text:
            break
        press(win, Qt.Key.Key_PageDown, CTRL)
    doc = win.controller.document
    assert doc.raw_text != doc.display_text
    press(win, Qt.Key.Key_R, CTRL)
    assert win.commands["raw_text"].isChecked()
    assert win.article.view.text() == doc.raw_text
    assert win.article.view.toPlainText() == doc.raw_text.replace("\xa0", " ")  # Qt shows NBSP as a space
    assert win.article.raw_banner.isVisible()
    assert win.article.view.extraSelections() == [] or all(
        s.format.background().color() != QColor(LIGHT.kinds["indicator"].highlight)
        for s in win.article.view.extraSelections())
    assert win.article.view.selection_span() is None  # no facts from raw text
    press(win, Qt.Key.Key_R, CTRL)
    assert not win.commands["raw_text"].isChecked()
    assert win.article.view.text() == doc.display_text
    assert not win.article.raw_banner.isVisible()
    assert len(win.article.view.extraSelections()) >= len([f for f in doc.facts if f.evidence])


def overlay_rows(win) -> list[tuple[str, str]]:  # noqa: ANN001
    rows: list[tuple[str, str]] = []
    for grid in win.overlay.panel.findChildren(QGridLayout):
        for r in range(grid.rowCount()):
            key = grid.itemAtPosition(r, 0)
            text = grid.itemAtPosition(r, 1)
            if (key and text and key.widget() is not text.widget() and isinstance(key.widget(), QLabel)
                    and isinstance(text.widget(), QLabel)):
                rows.append((text.widget().text(), key.widget().text()))
    return rows


def test_f1_lists_every_action_with_its_shortcut(qtbot, window) -> None:
    win = window
    press(win, Qt.Key.Key_F1)
    assert win.overlay.isVisible()
    rows = overlay_rows(win)
    with_keys = [spec for spec in ACTIONS if spec.shortcuts]
    assert len(with_keys) >= 30
    for spec in with_keys:
        assert (tr(spec.text).rstrip("…"), shortcut_text(spec)) in rows, spec.id
    assert len(rows) == len(with_keys)
    # nothing is cut off: every label lies inside the panel, which lies inside the window
    panel = win.overlay.panel
    assert win.overlay.rect().contains(panel.geometry())
    for label in panel.findChildren(QLabel):
        box = label.geometry().translated(label.parentWidget().mapTo(panel, QPoint(0, 0)))
        assert panel.rect().contains(box), label.text()
        assert label.sizeHint().width() <= label.width() + 1, label.text()
    press(win, Qt.Key.Key_Escape)
    assert not win.overlay.isVisible()


def test_flag_with_a_note(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc_id = win.controller.document.id
    press(win, Qt.Key.Key_F, CTRL | SHIFT)
    dialog = win.findChild(NoteDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert not dialog.ok_button.isEnabled()  # a flag needs a note
    dialog.edit.setFocus()
    QTest.keyClicks(dialog.edit, "Check the amount against ")
    commit = "包头市统计局"
    event = QInputMethodEvent("", [])
    event.setCommitString(commit)
    QApplication.sendEvent(dialog.edit, event)
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    note = "Check the amount against 包头市统计局"
    doc = stored(seeded_db, doc_id)
    assert doc.status == "flagged" and doc.note == note
    assert audit_rows(seeded_db, doc_id) == [
        ("tester", "note", None, "note", None, note),
        ("tester", "status", None, "status", "new", "flagged"),
    ]
    assert note in win.article.meta.text()
    qtbot.waitUntil(lambda: "Flagged 1" in win.counts_label.text(), timeout=5000)


def test_ctrl_i_fills_the_focused_field_from_the_selection(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    fact = next(f for f in doc.facts if f.kind == "indicator")
    editor = win.form.focus_editor(fact.id, "subject")
    assert focused(win) is editor
    text = doc.display_text
    word = next(w for w in text.split() if w.isalpha() and len(w) > 4 and w != fact.fields.get("subject"))
    start = text.index(word)
    win.article.view.select_span(start, start + len(word))
    press(win, Qt.Key.Key_I, CTRL)
    assert editor.text() == word and focused(win) is editor
    assert stored(seeded_db, doc.id).fact(fact.id).fields["subject"] == word
    assert ("tester", "edit", fact.id, "subject", fact.fields.get("subject"), word) in audit_rows(seeded_db, doc.id)


def test_ctrl_u_skips_approved_and_rejected_documents(qtbot, window, seeded_db: Database) -> None:
    win = window
    ids = win.queue.model.ids()
    with seeded_db.session() as s:
        documents.set_status(s, ids[1], DocStatus.APPROVED, "ana")
        review.reject_document(s, ids[2], "ana")
        s.commit()
    assert win.controller.document.id == ids[0]
    press(win, Qt.Key.Key_U, CTRL)
    assert win.controller.document.id == ids[3]
    press(win, Qt.Key.Key_U, CTRL)
    assert win.controller.document.id == ids[4]
    press(win, Qt.Key.Key_U, CTRL)
    assert win.controller.document.id == ids[0], "wraps round to the first unreviewed"


def test_chinese_typed_through_an_input_method_is_saved_and_audited(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    fact = next(f for f in doc.facts if f.kind == "indicator")
    editor = win.form.focus_editor(fact.id, "subject")
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "包头市")
    assert editor.text() == "包头市"
    press(win, Qt.Key.Key_Return)
    assert stored(seeded_db, doc.id).fact(fact.id).fields["subject"] == "包头市"
    assert ("tester", "edit", fact.id, "subject", fact.fields.get("subject"), "包头市") in audit_rows(
        seeded_db, doc.id)
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, doc.id).fact(fact.id).fields.get("subject") == fact.fields.get("subject")


def test_the_published_date_editor_saves_a_real_date(qtbot, window, seeded_db: Database) -> None:
    win = window
    doc = win.controller.document
    editor = win.form.editor("published")
    assert isinstance(editor, DateEditor)
    old = doc.published.isoformat() if doc.published else None
    assert editor.text() == (old or "")
    editor.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert focused(win) is editor

    # not a real day: shown on the field, nothing saved
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "2021-02-30")
    press(win, Qt.Key.Key_Return)
    problem = win.form.document_fields.rows.problems["published"]
    assert problem.isVisible() and "2021-02-30" in problem.text()
    assert stored(seeded_db, doc.id).published == doc.published

    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "2020/2/29")
    press(win, Qt.Key.Key_Return)
    assert not problem.isVisible()
    assert editor.text() == "2020-02-29"
    after = stored(seeded_db, doc.id)
    assert after.published == date(2020, 2, 29) and isinstance(after.published, date)
    assert ("tester", "edit_document", None, "published", old, "2020-02-29") in audit_rows(seeded_db, doc.id)
    assert "2020-02-29" in win.article.meta.text()

    # a Chinese date through the input method, saved when leaving the field
    press(win, Qt.Key.Key_A, CTRL)
    type_text(win, "2020年3月2日")
    press(win, Qt.Key.Key_3, CTRL)
    assert stored(seeded_db, doc.id).published == date(2020, 3, 2)

    # the calendar: F4 opens it on the field's date, arrow keys move, Enter saves
    editor.setFocus()
    press(win, Qt.Key.Key_F4)
    calendar = editor.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2020, 3, 2)
    press(win, Qt.Key.Key_Right)
    press(win, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert stored(seeded_db, doc.id).published == date(2020, 3, 3)
    press(win, Qt.Key.Key_Z, CTRL)
    assert stored(seeded_db, doc.id).published == date(2020, 3, 2)


def test_cancelling_an_import_leaves_only_whole_documents(qtbot, window, seeded_db: Database, tmp_path: Path) -> None:
    win = window
    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(24):
        source = seeds[i % len(seeds)]
        (folder / f"{i:03d}_{source.name}").write_text(
            source.read_text(encoding="utf-8") + f"\n\nCopy {i} for the cancel test.\n", encoding="utf-8")
    with seeded_db.session() as s:
        before = set(queue.ids(s))
    progress: list[int] = []

    def cancel_when_started(done: int, _total: int, _message: str) -> None:
        progress.append(done)
        if done == 2 and win.cancel_button.isVisible():
            qtbot.mouseClick(win.cancel_button, Qt.MouseButton.LeftButton)

    win.runner.progress.connect(cancel_when_started)
    assert win.start_import([folder])
    assert win.progress.isVisible() and win.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=60_000)
    assert not win.progress.isVisible()
    assert tr("(cancelled)") in win.statusBar().currentMessage()
    with seeded_db.session() as s:
        new_ids = sorted(set(queue.ids(s)) - before)
        assert 2 <= len(new_ids) < 24
        for doc_id in new_ids:
            doc = documents.get(s, doc_id)
            events = [e.action for e in audit.events(s, document_id=doc_id)]
            assert events == ["import"]
            assert doc.display_text.rstrip().endswith("for the cancel test.")
            live = [f for f in doc.facts if f.status != "rejected"]
            assert doc.fact_count == len(live) > 0
    qtbot.waitUntil(lambda: win.queue.model.total() == len(before) + len(new_ids), timeout=10_000)


@pytest.fixture
def restore_theme(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.delenv(ENV_THEME, raising=False)
    yield
    monkeypatch.delenv(ENV_THEME, raising=False)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)


def test_the_theme_follows_the_system_scheme_unless_forced(qtbot, window, restore_theme,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    win = window
    app = QApplication.instance()
    hints = QGuiApplication.styleHints()
    themes = theme_manager(app)

    def window_colour() -> str:
        return app.palette().color(QPalette.ColorRole.Window).name()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert themes.theme is LIGHT and window_colour() == LIGHT.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert themes.theme is DARK and window_colour() == DARK.window
    assert win.article.view.theme is DARK and win.form.model.theme is DARK
    assert DARK.muted in win.form.card.styleSheet() or DARK.card in win.form.card.styleSheet()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert themes.theme is LIGHT and window_colour() == LIGHT.window and win.article.view.theme is LIGHT

    monkeypatch.setenv(ENV_THEME, "dark")
    themes.refresh()
    assert themes.theme is DARK and window_colour() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert themes.theme is DARK, "FACTDESK_THEME=dark wins over the system"
    monkeypatch.setenv(ENV_THEME, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert themes.theme is LIGHT and window_colour() == LIGHT.window
