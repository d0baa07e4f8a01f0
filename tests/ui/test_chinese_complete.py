"""The Chinese interface is complete: a walk through the window in zh_CN — menus, every action's text and
tooltips, every widget's text, placeholder and tooltip, the status bar, the queue's and the fact list's
cells and headers for every document, the form's problem labels, and the dialogs the keyboard opens
(shortcuts, find, flag, confirm threshold, the import report) — finds no untranslated English.

What counts as untranslated English: an ASCII word of three letters or more that is not an allowed
token (ALLOWED: the product's name, Excel, key names in shortcuts, currency and ISO codes shown as
codes, file extensions, date patterns). In the places that show the documents' own content (article
title, the queue's title and region cells, fact values and summaries, the window title, the region
filter) the words of the documents themselves (their text, titles, regions, outlets, fact fields and
file names) are content, not interface, and are allowed there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from keys import CTRL, SHIFT, press
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from app.review import Workspace
from app.store import Database
from app.ui.application import create_application, create_window
from app.ui.i18n import ENV_LANG, install_translator

WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {
    "FactDesk", "Excel", "xlsx", "txt", "htm", "html", "pdf", "docx",  # names and file extensions
    "Ctrl", "Shift", "Alt", "Meta", "PgDown", "PgUp", "Enter", "Return", "Tab", "Esc", "Escape", "Del",
    "Delete", "Home", "End", "Space", "Backspace", "Down", "Left", "Right", "Ins",  # key names
    "CNY", "USD", "HKD", "EUR", "YYYY",  # codes shown as codes, date patterns
}


def english_words(text: str, content: set[str] | None = None) -> list[str]:
    """The untranslated words; with `content`, a word of the documents (or the start of one, where a
    preview is cut) is content, not interface."""
    return [w for w in WORD.findall(text or "") if w not in ALLOWED
            and not (content and (w in content or any(c.startswith(w) for c in content)))]


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv(ENV_LANG, "zh_CN")
    yield
    monkeypatch.delenv(ENV_LANG)
    install_translator(QApplication.instance())


class Walk:
    def __init__(self, content: set[str]) -> None:
        self.content = content
        self.found: dict[str, str] = {}
        self.checked = 0

    def check(self, where: str, text: str | None, *, content: bool = False) -> None:
        self.checked += bool(text)
        words = english_words(text or "", self.content if content else None)
        if words:
            self.found.setdefault(f"{where}: {text!r}", " ".join(words))

    def widgets(self, root: QWidget, where: str, content_widgets: tuple[QWidget, ...] = ()) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisibleTo(root) and widget is not root:
                continue
            # fields hold the document's values; a problem may quote one (a period as written)
            inside = (any(c is widget or c.isAncestorOf(widget) for c in content_widgets)
                      or widget.objectName().startswith(("field_", "problem")))
            name = f"{where}/{widget.objectName() or type(widget).__name__}"
            self.check(name + " tooltip", widget.toolTip(), content=inside)
            self.check(name + " status tip", widget.statusTip())
            if isinstance(widget, QLabel):
                self.check(name, widget.text(), content=inside)
            elif isinstance(widget, QAbstractButton):
                self.check(name, widget.text())
            elif isinstance(widget, QGroupBox):
                self.check(name, widget.title())
            elif isinstance(widget, QLineEdit):
                self.check(name + " placeholder", widget.placeholderText())
                if not inside:
                    self.check(name, widget.text(), content=True)
            elif isinstance(widget, QComboBox):
                for i in range(widget.count()):
                    self.check(f"{name} item", widget.itemText(i), content=inside)

    def model(self, model, where: str, content_columns: set[int]) -> None:  # noqa: ANN001
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                self.check(f"{where} header {column}", model.headerData(column, Qt.Orientation.Horizontal, role))
            for row in range(model.rowCount()):
                index = model.index(row, column, QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        self.check(f"{where} cell {row},{column}", value, content=column in content_columns)


def _content_words(workspace: Workspace, ids: list[int]) -> set[str]:
    words: set[str] = set()
    for doc_id in ids:
        doc = workspace.document(doc_id)
        for text in (doc.display_text, doc.raw_text, doc.title, doc.region, doc.outlet, doc.source,
                     Path(doc.source or "").name):
            words.update(WORD.findall(text or ""))
        for fact in doc.facts:
            for value in fact.fields.values():
                words.update(WORD.findall(str(value or "")))
    return words


def test_the_whole_window_speaks_chinese(qtbot, chinese, seeded_db: Database, tmp_path: Path) -> None:
    create_application()
    workspace = Workspace(seeded_db, "tester")
    win = create_window(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: not win.queue.model.loading, timeout=10_000)
    ids = win.queue.model.ids()
    walk = Walk(_content_words(workspace, ids))
    from app.ui.queue_model import COLUMN

    content_panes = (win.article.title, win.article.meta, win.article.view, win.form.card)
    for menu in win.menuBar().findChildren(QMenu):
        walk.check("menu", menu.title())
    for action_id, action in win.commands.items():
        for what, text in (("text", action.text()), ("tooltip", action.toolTip()), ("status tip", action.statusTip())):
            walk.check(f"action {action_id} {what}", text)

    qtbot.waitUntil(lambda: bool(win.counts_label.text()), timeout=5000)
    for position in range(len(ids)):  # every document: the queue, the article's line, the form, the facts
        win.queue.select_row(position)
        qtbot.waitUntil(lambda row=position: win.queue.model.index(row, 0).data() is not None, timeout=5000)
        doc = win.controller.document
        walk.widgets(win, "window", content_panes + (win.queue.region,))
        walk.check("window title", win.windowTitle(), content=True)
        walk.check("article meta", win.article.meta.text(), content=True)
        walk.model(win.queue.model, "queue", {COLUMN["title"], COLUMN["region"]})
        walk.model(win.form.model, "facts", {1})
        for fact_id in win.form.order:  # every fact's card: labels, choices, problems
            win.form.set_current(fact_id, focus=False)
            walk.widgets(win.form.card, f"form {doc.id}/{fact_id}", _form_content(win))
        for message in (win.statusBar().currentMessage(), win.save_label.text()):
            walk.check("status bar", message)

    # the form's problem labels: approve a document whose facts miss values
    press(win, Qt.Key.Key_3, CTRL)
    editor = win.form.card.first_editor()
    editor.setFocus()
    press(win, Qt.Key.Key_A, CTRL)
    press(win, Qt.Key.Key_Delete)
    press(win, Qt.Key.Key_Return, CTRL)
    problems = [label.text() for label in win.form.card.findChildren(QLabel) if label.isVisible()
                and label.objectName().startswith("problem")]
    walk.widgets(win.form.card, "form with problems", _form_content(win))
    walk.check("status bar after approve", win.statusBar().currentMessage())
    walk.model(win.form.model, "facts with problems", {1})
    press(win, Qt.Key.Key_Z, CTRL)

    # dialogs and panels the keyboard opens
    press(win, Qt.Key.Key_F1)
    walk.widgets(win.overlay, "shortcuts")
    press(win, Qt.Key.Key_Escape)
    press(win, Qt.Key.Key_F, CTRL)
    walk.widgets(win.article.find_bar, "find bar")
    press(win, Qt.Key.Key_Escape)
    press(win, Qt.Key.Key_F, CTRL | SHIFT)
    dialog = QApplication.activeModalWidget() or next(d for d in win.findChildren(QDialog) if d.isVisible())
    walk.widgets(dialog, "flag dialog")
    dialog.reject()
    win.commands["set_threshold"].trigger()  # in the Fact menu (Alt+C, then its item)
    dialog = next(d for d in win.findChildren(QDialog) if d.isVisible())
    walk.widgets(dialog, "threshold dialog")
    dialog.reject()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "image.png").write_bytes(b"\x89PNG")
    assert win.start_import([folder])
    qtbot.waitUntil(lambda: win.import_report is not None, timeout=60_000)
    walk.content.update({"empty", "binary", "image", "png", "in"} | set(WORD.findall(str(tmp_path))))
    walk.widgets(win.import_report, "import report")
    for line in win.import_report.lines():
        walk.check("import report line", line, content=True)
    walk.check("status bar after import", win.statusBar().currentMessage())
    win.import_report.reject()
    walk.check("date filter problem", _typed_bad_date(win), content=False)

    assert any("需要填写数值" in p or "为必填项" in p for p in problems), problems  # the domain's words, translated
    for text in problems:  # a problem may quote the document (a period as written: "previous year")
        walk.check("problem label", text, content=True)
    assert walk.checked > 1000  # the walk saw the window, not an empty shell
    assert english_words("indicator is required") == ["indicator", "required"]  # and would see English
    assert not walk.found, "untranslated English:\n" + "\n".join(f"{k} -> {v}" for k, v in sorted(walk.found.items()))
    win.close()


def _form_content(win) -> tuple[QWidget, ...]:  # noqa: ANN001
    """The form's widgets that show the document's content: the editors' values and the evidence quote."""
    quote = win.form.card.findChild(QLabel, "evidenceQuote")
    return (*win.form.card.rows.editors.values(), *([quote] if quote is not None else []))


def _typed_bad_date(win) -> str:  # noqa: ANN001
    from keys import type_text

    win.queue.date_from.setFocus()
    type_text(win, "2021-13")
    press(win, Qt.Key.Key_Return)
    return win.queue.shown.text()
