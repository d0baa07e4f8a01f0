"""File ▸ Apply Corrections from Workbook…: the corrections an analyst made in an exported workbook,
shown as a table before anything changes, then applied with one undoable step per document.

1. A dry run reads the workbook off the UI thread (the window's job runner, with progress) and the
   report comes back as a table: document, fact, field, database value → workbook value, or the
   reason a row is refused or in conflict, and the summary `applied N, unchanged M, conflicts C,
   refused R`.
2. Apply runs the real apply (again in the background) through the workspace; Cancel changes nothing.
3. Each document the apply changed gets an undo command on its own stack: undo puts back the values
   it had through the review services (audited), redo writes the workbook's values again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.review import ChangeSet, DocumentCorrections, WorkbookApplied, Workspace
from app.ui.i18n import N_, tr
from app.ui.undo import OperationCommand, Runner

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.workflows.applying import ReportLine

COLUMNS = (N_("Outcome"), N_("Document"), N_("Fact"), N_("Field"), N_("Database → workbook, or why not"))
OUTCOMES = {"changed": N_("change"), "conflict": N_("conflict"), "refused": N_("refused")}
REFUSAL = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    """The report's lines, in workbook order, one table row each (the lines are kept as they are; a
    large workbook's report is not copied into widgets)."""

    def __init__(self, lines: list[ReportLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = sorted(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and line.outcome != "changed":
            return QBrush(REFUSAL)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(line, index.column())
        return None


def cell_text(line: ReportLine, column: int) -> str:
    """The table's text of one report line: outcome, document, fact, field, and the change as
    "database → workbook" or the reason."""
    if column == 0:
        return tr(OUTCOMES.get(line.outcome, line.outcome))
    if column == 1:
        return str(line.document_id) if line.document_id is not None else "—"
    if column == 2:
        return str(line.entity_id) if line.entity == "fact" and line.entity_id is not None else "—"
    if column == 3:
        return line.column
    if line.outcome == "changed":
        return f"{line.old} → {line.new}"
    return line.reason or line.text


class ApplyDialog(QDialog):
    """The dry run's report with Apply and Cancel. Apply is offered only when something would change."""

    applyRequested = Signal()

    def __init__(self, parent: QWidget, applied: WorkbookApplied) -> None:
        super().__init__(parent)
        report = applied.report
        self.setObjectName("applyDialog")
        self.setWindowTitle(tr("Apply Corrections from %1", report.path.name))
        self.model = ReportModel(report.lines, self)
        self.table = QTableView(self)
        self.table.setObjectName("applyReport")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel(report.summary())
        self.summary.setObjectName("applySummary")
        intro = QLabel(tr("Nothing has been changed yet. Apply writes the changes below; rows in conflict "
                          "or refused are left as they are in the database."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(report.applied > 0)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(self.applyRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 480)


class WorkbookCorrectionsCommand(OperationCommand):
    """One document's share of an applied workbook. It is pushed after the apply has written the
    values, so its first redo does nothing; later redos write the workbook's values again."""

    def __init__(self, run: Runner, ws: Workspace, done: DocumentCorrections) -> None:
        super().__init__(run, tr("Apply corrections from workbook"),
                         lambda _doc: ws.put_back_corrections(done, undo=False),
                         lambda _doc: ws.put_back_corrections(done, undo=True))
        self.done = done
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        super().redo()


def _guarded(work: Any) -> Any:
    """A job that answers the one-line message of a workbook that cannot be applied instead of failing."""
    def run(progress: Any, cancel: Any) -> ChangeSet | str:
        from app.workflows.applying import ApplyError, WorkbookFileError  # loaded in the worker, not at start-up

        try:
            return work(progress, cancel)  # type: ignore[no-any-return]
        except (ApplyError, WorkbookFileError) as exc:
            return str(exc)

    return run


class ApplyCorrections:
    """The dialog's flow in the window: choose, dry run, show, apply, push the undo steps."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ApplyDialog | None = None
        self.path: Path | None = None

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Apply corrections from a workbook"),
                                              str(Path.home()), tr("Excel workbook (*.xlsx)"))
        if path:
            self.start(Path(path))

    def start(self, path: Path) -> bool:
        """Read the workbook in the background (nothing is changed) and show the report."""
        self.path = path
        return self._run(path, dry_run=True)

    def apply(self) -> bool:
        return self.path is not None and self._run(self.path, dry_run=False)

    def _run(self, path: Path, *, dry_run: bool) -> bool:
        """The dry run or the apply as the window's background job (progress, cancel)."""
        self.window.form.flush()
        ws = self.window.workspace
        return self.window.start_work(
            tr("Reading workbook") if dry_run else tr("Applying workbook"),
            _guarded(lambda progress, cancel: ws.apply_workbook(path, dry_run=dry_run, progress=progress,
                                                                 cancel=cancel)),
            self._show if dry_run else self._applied)

    def _show(self, answer: ChangeSet | str) -> None:
        if isinstance(answer, str):
            self.window.message(answer, 15_000)
            return
        self.dialog = ApplyDialog(self.window, answer.result)
        self.dialog.applyRequested.connect(self.apply)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()

    def _applied(self, answer: ChangeSet | str) -> None:
        window = self.window
        if isinstance(answer, str):
            window.message(answer, 15_000)
            return
        applied: WorkbookApplied = answer.result
        controller = window.controller
        for done in applied.documents:
            controller.stack_of(done.document_id).push(
                WorkbookCorrectionsCommand(controller.run, window.workspace, done))
        window.on_operation_did_execute(answer)
        current = controller.document
        if current is not None and current.id in answer.document_ids:
            controller.reload()
        window.message(applied.report.summary(), 15_000)
