"""Small dialogs: the note asked for when flagging a document."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.ui.i18n import tr


class NoteDialog(QDialog):
    """Asks for the note that goes with a flag. Opened window-modal (non-blocking); Ctrl+Enter accepts."""

    def __init__(self, parent: QWidget, title: str, prompt: str, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit(text)
        self.edit.setObjectName("noteEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(bool(text.strip()))
        self.edit.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.note())))
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(QLabel(tr("Ctrl+Enter to save, Escape to cancel")))
        layout.addWidget(buttons)
        self.resize(420, 220)

    def note(self) -> str:
        return self.edit.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
                if self.note():
                    self.accept()
                return True
        return super().eventFilter(watched, event)
