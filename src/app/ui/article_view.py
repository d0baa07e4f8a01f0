"""The article pane: the display text with every fact's evidence highlighted in its kind's colour,
hover for the fact, click (or Enter) to select it, find in article, and the raw text on request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.views import DocumentView, FactView
from app.review import ChangeSet
from app.text.folding import fold
from app.ui.fact_text import language_text, lead_text, tooltip
from app.ui.i18n import tr
from app.ui.queue_model import status_text
from app.ui.text_offsets import Utf16Offsets
from app.ui.theme import LIGHT, Theme


class ArticleView(QPlainTextEdit):
    """Read-only text; selectable with mouse and keyboard (the selection feeds new facts)."""

    factClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMouseTracking(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.theme: Theme = LIGHT
        self._text = ""
        self._offsets = Utf16Offsets("")
        self._facts: tuple[FactView, ...] = ()
        self._current: int | None = None
        self._matches: list[tuple[int, int]] = []
        self._match_index = -1
        self._raw = False
        self._pressed_at: QPoint | None = None

    # --- content -----------------------------------------------------------------------------------
    def set_article(self, text: str, facts: tuple[FactView, ...], *, raw: bool = False) -> None:
        self._text = text
        self._offsets = Utf16Offsets(text)
        self._raw = raw
        self._facts = () if raw else facts
        self._matches = []
        self._match_index = -1
        self.setPlainText(text)
        self._paint()

    def set_facts(self, facts: tuple[FactView, ...]) -> None:
        if not self._raw:
            self._facts = facts
            self._paint()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._paint()

    @property
    def raw(self) -> bool:
        return self._raw

    def text(self) -> str:
        return self._text

    # --- facts -------------------------------------------------------------------------------------
    def facts_at(self, index: int) -> list[FactView]:
        return [
            f for f in self._facts
            if f.status != "rejected" and any(s <= index < e for s, e in f.evidence)
        ]

    def fact_at_point(self, point: QPoint) -> FactView | None:
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None
        index = self._offsets.to_py(cursor.position())
        found = self.facts_at(index) or (self.facts_at(index - 1) if index else [])
        if self._current is not None:
            for f in found:
                if f.id == self._current:
                    return f
        return found[0] if found else None

    def set_current_fact(self, fact_id: int | None, *, scroll: bool = True) -> None:
        self._current = fact_id
        self._paint()
        fact = next((f for f in self._facts if f.id == fact_id), None)
        if scroll and fact is not None and fact.evidence:
            start = min(s for s, _ in fact.evidence)
            end = max(e for _, e in fact.evidence)
            cursor = self.textCursor()
            cursor.setPosition(self._offsets.to_qt(min(end, len(self._text))))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            cursor.setPosition(self._offsets.to_qt(min(start, len(self._text))))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def current_evidence_visible(self) -> bool:
        fact = next((f for f in self._facts if f.id == self._current), None)
        if fact is None or not fact.evidence:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(fact.evidence[0][0]))
        return self.viewport().rect().intersects(self.cursorRect(cursor))

    def selection_span(self) -> tuple[int, int] | None:
        """The selected range in display-text offsets, or None (nothing selected, or raw text shown)."""
        cursor = self.textCursor()
        if self._raw or not cursor.hasSelection():
            return None
        start = self._offsets.to_py(cursor.selectionStart())
        end = self._offsets.to_py(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # --- find --------------------------------------------------------------------------------------
    def find_all(self, needle: str) -> int:
        """Highlight every match of `needle` in either script and any case (項目 for 项目): the text
        and the needle are folded alike, character for character, so the offsets are the text's."""
        self._matches = []
        self._match_index = -1
        needle = needle.strip()
        if needle:
            hay = fold(self._text)
            probe = fold(needle)
            pos = hay.find(probe)
            while pos >= 0 and len(self._matches) < 10_000:
                self._matches.append((pos, pos + len(probe)))
                pos = hay.find(probe, pos + max(1, len(probe)))
        self._paint()
        return len(self._matches)

    def match_count(self) -> int:
        return len(self._matches)

    def find_step(self, forward: bool = True) -> tuple[int, int]:
        """Move to the next (or previous) match; returns (1-based match number, match count)."""
        if not self._matches:
            return 0, 0
        if self._match_index < 0:
            caret = self._offsets.to_py(self.textCursor().selectionStart())
            after = [i for i, (s, _) in enumerate(self._matches) if s >= caret]
            self._match_index = (after[0] if after else 0) if forward else ((after[0] - 1) if after else -1)
            self._match_index %= len(self._matches)
        else:
            self._match_index = (self._match_index + (1 if forward else -1)) % len(self._matches)
        start, end = self._matches[self._match_index]
        self.select_span(start, end)
        self.ensureCursorVisible()
        self._paint()
        return self._match_index + 1, len(self._matches)

    # --- painting ----------------------------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        limit = len(self._text)
        cursor.setPosition(self._offsets.to_qt(max(0, min(start, limit))))
        cursor.setPosition(self._offsets.to_qt(max(0, min(end, limit))), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor  # type: ignore[attr-defined]
        sel.format = fmt  # type: ignore[attr-defined]
        return sel

    def _paint(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        current: list[QTextEdit.ExtraSelection] = []
        for fact in self._facts:
            if fact.status == "rejected":
                continue
            colours = self.theme.kinds.get(fact.kind)
            if colours is None:
                continue
            fmt = QTextCharFormat()
            if fact.id == self._current:
                fmt.setBackground(QColor(colours.emphasis))
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(colours.text))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            else:
                fmt.setBackground(QColor(colours.highlight))
            for start, end in fact.evidence:
                (current if fact.id == self._current else selections).append(self._selection(start, end, fmt))
        for i, (start, end) in enumerate(self._matches):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(self.theme.find_match))
            if i == self._match_index:
                fmt.setFontUnderline(True)
            selections.append(self._selection(start, end, fmt))
        self.setExtraSelections(selections + current)

    # --- events ------------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            fact = self.fact_at_point(event.pos())  # type: ignore[attr-defined]
            if fact is not None:
                QToolTip.showText(event.globalPos(), tooltip(fact), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._pressed_at is not None and (self._pressed_at - point).manhattanLength() > 3
        if event.button() == Qt.MouseButton.LeftButton and not moved and not self.textCursor().hasSelection():
            fact = self.fact_at_point(point)
            if fact is not None:
                self.factClicked.emit(fact.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            index = self._offsets.to_py(self.textCursor().position())
            found = self.facts_at(index)
            if found:
                self.factClicked.emit(found[0].id)
                return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Find in the article: Enter for the next match, Shift+Enter for the previous, Escape to close.
    Without the bar, F3 and Shift+F3 go through the matches of the queue's search."""

    closed = Signal()
    stepped = Signal(str)  # "2 of 5" after F3 / Shift+F3

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        previous = QToolButton()
        previous.setText(tr("Previous"))
        previous.clicked.connect(lambda: self.step(False))
        following = QToolButton()
        following.setText(tr("Next"))
        following.clicked.connect(lambda: self.step(True))
        close = QToolButton()
        close.setText(tr("Close"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._search)
        self.edit.installEventFilter(self)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def close_bar(self) -> None:
        self.view.find_all("")
        self.hide()
        self.view.setFocus()
        self.closed.emit()

    def _search(self, text: str) -> None:
        n = self.view.find_all(text)
        if n:
            self.step(True)
        else:
            self.count.setText(tr("no matches") if text else "")

    def step(self, forward: bool) -> None:
        if not self.isVisible() and not self.view.match_count():
            self.open_bar()
            return
        i, n = self.view.find_step(forward)
        self.count.setText(tr("%1 of %2", i, n) if n else tr("no matches"))
        self.stepped.emit(tr("Match %1 of %2", i, n) if n else tr("no matches"))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier))  # type: ignore[attr-defined]
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


class ArticlePane(QWidget):
    """Title and metadata over the article, the find bar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("documentTitle")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title.setFont(title_font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setObjectName("documentMeta")
        self.meta.setWordWrap(True)
        self.raw_banner = QLabel(tr("Raw text as read from the file. Highlights refer to the cleaned text "
                                    "and are hidden here (Ctrl+R to go back)."))
        self.raw_banner.setObjectName("rawBanner")
        self.raw_banner.setWordWrap(True)
        self.raw_banner.hide()
        self.view = ArticleView()
        self.find_bar = FindBar(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.raw_banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self._document: DocumentView | None = None
        self._theme: Theme = LIGHT
        self.search = ""
        self._busy: tuple[str, str] | None = None
        self.find_bar.closed.connect(lambda: self.view.find_all(self.search))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.view.set_theme(theme)
        self._show_title(self._document)

    def _show_title(self, doc: DocumentView | None) -> None:
        """The stated title; without one, the article's first words in muted italics (not a title)."""
        untitled = doc is not None and not doc.title
        if doc is None:
            self.title.setText(tr("No document"))
            self.title.setToolTip("")
        elif doc.title:
            self.title.setText(doc.title)
            self.title.setToolTip("")
        else:
            self.title.setText(lead_text(doc.display_text) or tr("(empty)"))
            self.title.setToolTip(tr("No title stated: these are the article's first words"))
        font = self.title.font()
        if font.italic() != untitled:
            font.setItalic(untitled)
            self.title.setFont(font)
        palette = QPalette()  # nothing set: the title takes the window's colours
        if untitled:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(self._theme.muted))
        self.title.setPalette(palette)
        self.title.setProperty("untitled", untitled)

    def show_document(self, doc: DocumentView | None, *, raw: bool = False, filtered: bool = False,
                      search: str | None = None) -> None:
        """`filtered`: no document because the queue's filter matches none (not an empty database);
        `search`: the queue's search, highlighted in the article (F3 goes through it; None keeps it)."""
        self._document = doc
        if search is not None:
            self.search = search
        if doc is None:
            self._show_title(None)
            if self._busy and not filtered:
                self.title.setText(self._busy[0])
                self.meta.setText(self._busy[1])
            elif filtered:
                self.title.setText(tr("No document matches the filter"))
                self.meta.setText(tr("Clear the filter (Ctrl+Shift+L) to see every document."))
            else:
                self.meta.setText(tr("Import articles with File ▸ Import Folder… or drop files here."))
            self.view.set_article("", ())
            return
        self._show_title(doc)
        self.meta.setText(meta_line(doc))
        self.raw_banner.setVisible(raw)
        self.view.set_article(doc.raw_text if raw else doc.display_text, doc.facts, raw=raw)
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.view.find_all(self.find_bar.edit.text())
        elif self.search:
            self.view.find_all(self.search)

    def show_busy(self, title: str | None, detail: str = "") -> None:
        """While no document is shown: what is on its way (the demo corpus importing, with progress);
        None when it has arrived."""
        self._busy = (title, detail) if title else None
        if self._document is None and self._busy:
            self.title.setText(self._busy[0])
            self.meta.setText(self._busy[1])

    def set_search(self, term: str) -> None:
        """The queue's search changed: highlight it (unless the find bar has its own)."""
        self.search = term
        if not (self.find_bar.isVisible() and self.find_bar.edit.text()):
            self.view.find_all(term)

    def on_operation_did_execute(self, changes: ChangeSet) -> None:
        doc = changes.document
        if doc is not None and self._document is not None and doc.id == self._document.id:
            self.update_meta(doc)

    def update_meta(self, doc: DocumentView) -> None:
        raw = self.view.raw
        self._document = doc
        self._show_title(doc)
        self.raw_banner.setVisible(raw)
        self.meta.setText(meta_line(doc))
        self.view.set_facts(doc.facts)


def meta_line(doc: DocumentView) -> str:
    """The line under the article's title: status · published · language · region · outlet · note."""
    parts = [status_text(doc.status)]
    if doc.published:
        parts.append(doc.published.isoformat())
    parts.append(language_text(doc.language))
    if doc.region:
        parts.append(doc.region)
    if doc.outlet:
        parts.append(doc.outlet)
    if doc.note:
        parts.append(tr("Note: %1", doc.note))
    return " · ".join(parts)
