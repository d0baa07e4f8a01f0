"""What the fact card shows under the fields: the "Other fields" a fact keeps from before a change of
kind (the new kind has no place for them; they come back when the kind is changed back, and the
workbook's Notes column carries them), and the analyst's override of the consistency checks (the
reason, and which problems it covers)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.views import FactView
from app.ui.fact_text import field_text, format_number
from app.ui.i18n import tr


def _shown(value: Any) -> str:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return format_number(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class FactNotes(QWidget):
    """Two labels, each hidden when it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.other = QLabel()
        self.other.setObjectName("otherFields")
        self.override = QLabel()
        self.override.setObjectName("overrideNote")
        for label in (self.other, self.override):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.other)
        layout.addWidget(self.override)

    def show_fact(self, fact: FactView | None) -> None:
        other = fact.other_fields if fact is not None else {}
        lines = [f"{field_text(name)}: {_shown(value)}" for name, value in sorted(other.items())]
        listed = "\n".join(lines)
        other_text = tr("Other fields (kept from another kind; exported in Notes):\n%1", listed)
        self._set(self.other, other_text if lines else "")
        checks = fact.checks() if fact is not None and fact.override_reason else {}
        if fact is not None and fact.override_reason:
            covered = "; ".join(f"{field_text(name)}: {tr(text)}" for name, text in checks.items())
            text = tr("Checks overridden (Ctrl+Shift+K to change): %1", fact.override_reason)
            covers = tr("Covers: %1", covered)
            self._set(self.override, f"{text}\n{covers}" if covered else text)
        else:
            self._set(self.override, "")

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
        label.setVisible(bool(text))
