"""The shortcut overlay (F1): every action with a shortcut, grouped as in the menus, drawn over the
window; any key or click closes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.actions import overlay_groups
from app.ui.i18n import tr


class ShortcutOverlay(QWidget):
    COLUMNS = 3

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutOverlayShade")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panel = QFrame(self)
        self.panel.setObjectName("shortcutOverlay")
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(24, 16, 24, 16)
        heading = QLabel(tr("Keyboard shortcuts"))
        heading.setObjectName("overlayHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        outer.addWidget(heading)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        groups = overlay_groups()
        per_column = [groups[i :: self.COLUMNS] for i in range(self.COLUMNS)]
        for column_groups in per_column:
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(3)
            row = 0
            for title, entries in column_groups:
                label = QLabel(title)
                label.setObjectName("overlayHeading")
                grid.addWidget(label, row, 0, 1, 2)
                row += 1
                for text, keys in entries:
                    key = QLabel(keys)
                    key.setObjectName("overlayKey")
                    grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignRight)
                    grid.addWidget(QLabel(text), row, 1)
                    row += 1
            grid.setRowStretch(row, 1)
            box = QVBoxLayout()
            box.addLayout(grid)
            columns.addLayout(box)
        outer.addLayout(columns)
        hint = QLabel(tr("Press any key to close"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(hint)
        self._return_focus: QWidget | None = None
        self.hide()
        parent.installEventFilter(self)

    def open(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self._return_focus = parent.focusWidget()
        self.setGeometry(parent.rect())
        self._place()
        self.show()
        self.raise_()
        self.setFocus()

    def _place(self) -> None:
        hint = self.panel.sizeHint()
        w = min(hint.width(), self.width() - 40)
        h = min(hint.height(), self.height() - 40)
        self.panel.setGeometry((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())  # type: ignore[union-attr]
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def close_overlay(self) -> None:
        if self.isVisible():
            self.hide()
            if self._return_focus is not None:
                self._return_focus.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.close_overlay()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()
        event.accept()
