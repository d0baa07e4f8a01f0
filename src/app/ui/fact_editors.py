"""Typed editors for one field each: text, number, choice (stage, comparator, basis, unit, kind) and
date. Each commits its value by itself — on Enter or leaving the field, and while typing after a short
pause (≤ 1 s) — so nothing waits for a "save". A commit carries the editor's focus session, so the undo
stack can merge the commits of one stretch of typing into one step."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLineEdit, QWidget

from app.ui.fact_text import format_number, parse_date, parse_number
from app.ui.i18n import N_, tr

TYPING_PAUSE_MS = 600
_sessions = itertools.count(1)

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class EditorSignals(QObject):
    committed = Signal(str, object, int)  # field name, value, focus session
    focused = Signal(str)
    invalid = Signal(str, str)  # field name, message ("" when valid again)


class _EditorBase:
    """What every field editor shares; mixed into a Qt widget class."""

    field_name: str
    signals: EditorSignals
    _committed: Any
    _session: int
    _timer: QTimer
    # Each editor class defines these three for its type of value:
    value: Callable[[], Any]
    """The value the editor shows, parsed; ValueError when it cannot be parsed."""
    show_value: Callable[[Any], None]
    """Show a value without committing it."""
    fill: Callable[[str], None]
    """Fill from selected article text (Ctrl+I) and commit."""

    def _init_editor(self, field_name: str) -> None:
        self.field_name = field_name
        self.signals = EditorSignals()
        self._committed = None
        self._session = next(_sessions)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        widget: QWidget = self  # type: ignore[assignment]
        widget.setObjectName(f"field_{field_name}")
        widget.installEventFilter(_UNDO_FILTER)

    def set_value(self, value: Any) -> None:
        """Show a value from the database without committing it."""
        self._timer.stop()
        self.show_value(value)
        try:  # what the editor would save now, so that merely passing through a field saves nothing
            self._committed = self.value()
        except ValueError:
            self._committed = value

    def has_pending(self) -> bool:
        return self._timer.isActive()

    def commit(self) -> None:
        """Save what the editor shows, if it changed since the last commit or load."""
        self._timer.stop()
        try:
            value = self.value()
        except ValueError as exc:
            self.signals.invalid.emit(self.field_name, str(exc))
            return
        self.signals.invalid.emit(self.field_name, "")
        if value == self._committed or (value in (None, "") and self._committed in (None, "")):
            return
        self._committed = value
        self.signals.committed.emit(self.field_name, value, self._session)

    def _typing(self) -> None:
        self._timer.start()

    def _focus_in(self) -> None:
        self._session = next(_sessions)
        self.signals.focused.emit(self.field_name)


NOT_A_NUMBER = N_("not a number: %1")
NOT_A_DATE = N_("not a date (YYYY-MM-DD): %1")


def _parsed(text: str, parse: Callable[[str], Any], problem: str) -> Any:
    """None for an empty field; the parsed value; ValueError (shown on the field) when it does not parse."""
    text = text.strip()
    if not text:
        return None
    value = parse(text)
    if value is None:
        raise ValueError(tr(problem, text))
    return value


class _UndoKeyFilter(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo stack instead of the editor's own text undo,
    after saving what is being typed; reports focus to the editor."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, _EditorBase):
            if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
                if any(event.matches(k) for k in UNDO_KEYS):
                    watched.commit()
                    event.ignore()
                    return True
            elif event.type() == QEvent.Type.FocusIn:
                watched._focus_in()
            elif event.type() == QEvent.Type.FocusOut:
                watched.commit()
        return False


_UNDO_FILTER = _UndoKeyFilter()


class TextEditor(QLineEdit, _EditorBase):
    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_editor(field_name)
        self.textEdited.connect(self._typing)
        self.returnPressed.connect(self.commit)

    def value(self) -> str | None:
        text = self.text().strip()
        return text or None

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)

    def fill(self, text: str) -> None:
        self.setText(" ".join(text.split()))
        self.commit()


class NumberEditor(QLineEdit, _EditorBase):
    """A number: separators and multiplier words are accepted (1,234.5 · 579.9 billion · 5000万)."""

    def __init__(self, field_name: str = "value", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_editor(field_name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(tr("number"))
        self.textEdited.connect(self._typing)
        self.returnPressed.connect(self.commit)

    def value(self) -> float | None:
        return _parsed(self.text(), parse_number, NOT_A_NUMBER)  # type: ignore[no-any-return]

    def show_value(self, value: Any) -> None:
        text = format_number(value)
        if self.text() != text:
            self.setText(text)

    def commit(self) -> None:
        super().commit()
        if not self.hasFocus() and self._committed is not None:
            self.show_value(self._committed)

    def fill(self, text: str) -> None:
        number = parse_number(text)
        self.setText(format_number(number) if number is not None else text.strip())
        self.commit()


class ChoiceEditor(QComboBox, _EditorBase):
    """One of a fixed list; the empty entry means "not given"."""

    def __init__(self, field_name: str, choices: tuple[str, ...], labels: dict[str, str] | None = None,
                 *, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_editor(field_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if allow_empty:
            self.addItem("", None)
        for choice in choices:
            self.addItem((labels or {}).get(choice, choice), choice)
        # picking from the popup saves at once; arrow keys and typing the first letters save after a pause
        self._searching = False
        self.activated.connect(lambda _i: self._typing() if self._searching else self.commit())
        self.currentIndexChanged.connect(lambda _i: self._typing())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._searching = bool(event.text().strip()) or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        try:
            super().keyPressEvent(event)
        finally:
            self._searching = False

    def value(self) -> str | None:
        return self.currentData()

    def show_value(self, value: Any) -> None:
        index = self.findData(value)
        self.blockSignals(True)
        try:
            if index < 0 and value not in (None, ""):
                self.addItem(str(value), value)  # a value outside the list stays visible (and fails validation)
                index = self.count() - 1
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)

    def fill(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.count()):
            if str(self.itemData(i) or "").casefold() == wanted or self.itemText(i).casefold() == wanted:
                self.setCurrentIndex(i)
                self.commit()
                return
        self.signals.invalid.emit(self.field_name, tr("“%1” is not one of the choices", text.strip()))


class DateEditor(QLineEdit, _EditorBase):
    """A date typed as text (2021-07-24, 2021/7/24, 2021年7月24日) or picked from a calendar (F4 or
    Alt+Down, or the button in the field); empty means none. An impossible date is shown on the field."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_editor(field_name)
        self.setPlaceholderText(tr("YYYY-MM-DD"))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._typing)
        self.returnPressed.connect(self.commit)
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(self._calendar_icon())
        self.calendar_action.setToolTip(tr("Pick a date (F4)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None

    def _calendar_icon(self) -> QIcon:
        """A small calendar drawn in the field's text colour, so it shows in light and dark."""
        size = 16
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QPen(colour, 1.3))
        painter.drawRoundedRect(QRectF(2.5, 3.5, 11, 10), 1.5, 1.5)
        painter.drawLine(3, 6, 13, 6)
        painter.drawLine(5, 2, 5, 4)
        painter.drawLine(11, 2, 11, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for x, y in ((5, 8), (8, 8), (11, 8), (5, 11), (8, 11)):
            painter.drawRect(QRectF(x - 0.75, y - 0.25, 1.5, 1.5))
        painter.end()
        return QIcon(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.calendar_action.setIcon(self._calendar_icon())

    def value(self) -> date | None:
        return _parsed(self.text(), parse_date, NOT_A_DATE)  # type: ignore[no-any-return]

    def show_value(self, value: Any) -> None:
        text = value.isoformat() if isinstance(value, date) else ""
        if self.text() != text:
            self.setText(text)

    def commit(self) -> None:
        super().commit()
        if isinstance(self._committed, date) and self.text().strip() != self._committed.isoformat():
            self.show_value(self._committed)  # 2021/7/24 reads back as 2021-07-24

    def fill(self, text: str) -> None:
        parsed = parse_date(text)
        if parsed is None:
            self.signals.invalid.emit(self.field_name, tr(NOT_A_DATE, text.strip()))
            return
        self.setText(parsed.isoformat())
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """A calendar under the field; picking a day (click or Enter) saves it, Escape closes."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setObjectName(f"calendar_{self.field_name}")
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        try:
            current = self.value()
        except ValueError:
            current = None
        shown = current or date.today()
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.adjustSize()
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setText(date(picked.year(), picked.month(), picked.day()).isoformat())
        self.setFocus()
        self.commit()


FieldEditor = TextEditor | NumberEditor | ChoiceEditor | DateEditor
