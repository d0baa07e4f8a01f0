"""The dialog for a stale write: another window or analyst changed the field since this window read
it. It shows their value and the analyst's, who changed it and when, and offers "Keep mine" (written
over theirs, audited) or "Take theirs". The analyst's text stays selectable in the dialog and, on
"Take theirs", is put on the clipboard: what was typed is never lost."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConflictError
from app.ui.fact_text import field_text
from app.ui.i18n import tr


def shown(value: Any) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def local_time(at: datetime) -> str:
    """The audit log's time (UTC; SQLite hands it back without a zone) in the analyst's time zone."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class ConflictDialog(QDialog):
    keepMine = Signal()
    takeTheirs = Signal()

    def __init__(self, parent: QWidget, conflict: ConflictError, name: str, mine: Any) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Changed by someone else"))
        self.mine = mine
        what = tr("this document's %1", field_text(name)) if conflict.entity == "document" else tr(
            "this fact's %1", field_text(name))
        when = local_time(conflict.changed_at) if conflict.changed_at else tr("an unknown time")
        who = conflict.changed_by or tr("Someone")
        self.intro = intro = QLabel(tr("%1 changed %2 at %3, after you opened it.", who, what, when))
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        self.theirs_text = QLineEdit(shown(conflict.theirs.get(name)))
        self.theirs_text.setObjectName("conflictTheirs")
        self.mine_text = QLineEdit(shown(mine))
        self.mine_text.setObjectName("conflictMine")
        for edit in (self.theirs_text, self.mine_text):
            edit.setReadOnly(True)
        form = QFormLayout()
        form.addRow(tr("Their value:"), self.theirs_text)
        form.addRow(tr("Your value:"), self.mine_text)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(tr("Keep mine"))
        self.keep_button.setObjectName("keepMine")
        self.take_button = QPushButton(tr("Take theirs"))
        self.take_button.setObjectName("takeTheirs")
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(self._keep)
        self.take_button.clicked.connect(self._take)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _keep(self) -> None:
        self.keepMine.emit()
        self.accept()

    def _take(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(shown(self.mine))
        self.takeTheirs.emit()
        self.reject()
