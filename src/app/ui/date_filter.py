"""The queue's published-from/to filters: a line edit that takes dates as people type them (2021-07,
2021-07-24, 2021 Q3, 2021年7月 — read by app.domain.dates, the one date parser) and a calendar that
opens at the current month on Alt+Down or F4 (Enter picks the day, Escape closes)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from app.domain.dates import DateError, parse_date_span
from app.ui.i18n import tr


class DateFilterEdit(QLineEdit):
    """`end=False`: a "from" filter (a month means its first day); `end=True`: a "to" filter (its last)."""

    changed = Signal()  # the value changed (typed and confirmed, picked, or cleared)
    problem = Signal(str)  # typed text that is not a date: one line for the user

    def __init__(self, name: str, placeholder: str, *, end: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.setToolTip(tr("Type a date (2021-07-24), a month (2021-07), a quarter (2021 Q3) or a year; "
                           "Alt+Down opens a calendar"))
        self.setClearButtonEnabled(True)
        self._end = end
        self._value: date | None = None
        self._calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._read)
        self.textChanged.connect(self._cleared)  # the clear button, or the text deleted

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None, *, quiet: bool = False) -> None:
        self.blockSignals(True)
        self.setText(value.isoformat() if value else "")
        self.blockSignals(False)
        self.setProperty("invalid", False)
        if value != self._value:
            self._value = value
            if not quiet:
                self.changed.emit()

    def _cleared(self, text: str) -> None:
        if not text and self._value is not None:  # (never setText() here: the edit is mid-change)
            self._value = None
            self.changed.emit()

    def _read(self) -> None:
        text = self.text().strip()
        if not text:
            self.set_value(None)
            return
        try:
            span = parse_date_span(text)
        except DateError:
            self.setProperty("invalid", True)
            self.problem.emit(tr("Not a date: %1 (type 2021-07-24, 2021-07, 2021 Q3 or 2021)", text))
            return
        self.set_value(span.end if self._end else span.start)

    # --- the calendar ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt_down or (event.key() == Qt.Key.Key_F4 and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    @property
    def calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setObjectName(f"{self.objectName()}Calendar")
            cal.setGridVisible(True)
            cal.activated.connect(self._picked)
            cal.installEventFilter(self)
            self._calendar = cal
        return self._calendar

    def open_calendar(self) -> None:
        """At the chosen day, else today (the current month, not January 1900)."""
        cal = self.calendar
        start = self._value or date.today()
        cal.setSelectedDate(QDate(start.year, start.month, start.day))
        cal.adjustSize()
        cal.move(self.mapToGlobal(self.rect().bottomLeft()))
        cal.show()
        cal.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.set_value(date(day.year(), day.month(), day.day()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._calendar and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            self._calendar.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return super().eventFilter(watched, event)
