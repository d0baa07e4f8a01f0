"""After an import from the window: every folder warning, skipped and failed file with its reason, in
the words the command line prints (the workflow's report, translated by template in app.ui.messages),
selectable and copyable (Ctrl+C copies the selected lines, or all; the Copy button copies all)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import tr
from app.ui.messages import translated


def summary_text(summary: Any) -> str:
    """"Imported 3, duplicates 0, failed 2" (and what was skipped or cancelled), in the UI language."""
    text = tr("Imported %1, duplicates %2, failed %3", len(summary.imported), len(summary.duplicates),
              len(summary.failed))
    if summary.skipped:
        text += tr(", skipped %1 outside the folder", len(summary.skipped))
    if summary.stopped:
        text += " " + tr("(stopped: %1)", translated(summary.stopped))
    if summary.cancelled:
        text += " " + tr("(cancelled)")
    return text


class ImportReport(QDialog):
    def __init__(self, parent: QWidget, summary: Any) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(tr("Import report"))
        self.heading = QLabel(summary_text(summary))
        self.heading.setObjectName("importSummary")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("importProblems")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        for template, detail in summary.report():
            self.list.addItem(tr(template, translated(detail)))
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(tr("&Copy"))
        self.copy_button.setObjectName("copyReport")
        self.copy_button.setToolTip(tr("Copy every line of the report (Ctrl+C copies the selected lines)"))
        self.copy_button.clicked.connect(self.copy_all)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.list)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join([self.heading.text(), *self.lines()]) + "\n")

    def copy_selected(self) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        if not rows:
            self.copy_all()
            return
        QGuiApplication.clipboard().setText("\n".join(self.list.item(r).text() for r in rows) + "\n")


def show_report(window: Any, summary: Any) -> ImportReport | None:
    """Open the report (not modal) when some file did not import plainly; the status bar says the rest."""
    window.message(summary_text(summary), 15_000)
    if not summary.report():
        return None
    dialog = ImportReport(window, summary)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.import_report = dialog
    dialog.finished.connect(lambda _r: setattr(window, "import_report", None))
    dialog.open()
    dialog.list.setFocus()
    return dialog
