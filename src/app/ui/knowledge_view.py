"""View ▸ Knowledge…: what extraction learned from the analysts' corrections — organisations, label
mappings and region aliases — listed with the fact each came from, who taught it and when; searched
as you type, edited in place (F2 on the value or the aliases), deleted with Delete. Every change goes
through the workspace (app.review), never the store. Also File ▸ Re-run Extraction on Unreviewed
Documents, which applies what was learned to every document not approved or rejected (what an analyst
confirmed or edited stays as it is)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, KnowledgeRow
from app.review import ChangeSet, Workspace
from app.ui.i18n import N_, tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

COLUMNS = (N_("Kind"), N_("Value"), N_("Aliases"), N_("Learned from"), N_("By"), N_("When"))
VALUE, ALIASES = 1, 2
KIND_NAMES = {KIND_ORG: N_("Organisation"), KIND_LABEL: N_("Indicator label"), KIND_REGION: N_("Region")}
ALIAS_SEPARATOR = "; "

Index = QModelIndex | QPersistentModelIndex


class KnowledgeModel(QAbstractTableModel):
    """The learned entries matching a search: the model holds their ids (rows in that order) and the
    rows last read for them; edits go to the workspace and the row is read again."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.search = ""
        self.ids: list[int] = []
        self.rows: dict[int, KnowledgeRow] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        found = self.workspace.knowledge(self.search)
        self.ids = [r.entry_id for r in found]
        self.rows = {r.entry_id: r for r in found}
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search = text
        self.reload()

    def entry_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (VALUE, ALIASES) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry_id = self.entry_id(index.row())
        row = self.rows.get(entry_id) if entry_id is not None else None
        if row is None:
            return None
        col = index.column()
        if col == 0:
            return tr(KIND_NAMES.get(row.kind, row.kind))
        if col == VALUE:
            return row.value
        if col == ALIASES:
            return ALIAS_SEPARATOR.join(row.aliases)
        if col == 3:
            if row.document_id is None:
                return ""
            return tr("document %1, fact %2", row.document_id, row.fact_id if row.fact_id is not None else "–")
        return row.user if col == 4 else row.at.replace("T", " ")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry_id = self.entry_id(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or entry_id is None or index.column() not in (VALUE, ALIASES):
            return False
        row = self.rows[entry_id]
        text = str(value or "").strip()
        if index.column() == VALUE:
            if not text or text == row.value:
                return False
            new_value, aliases = text, list(row.aliases)
        else:
            new_value = row.value
            aliases = [a.strip() for a in text.replace("；", ";").split(";") if a.strip()]
        self.workspace.edit_knowledge(entry_id, new_value, aliases)
        fresh = {r.entry_id: r for r in self.workspace.knowledge(self.search)}
        if entry_id in fresh:
            self.rows[entry_id] = fresh[entry_id]
        left, right = self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1)
        self.dataChanged.emit(left, right)
        return True

    def delete(self, row: int) -> ChangeSet | None:
        entry_id = self.entry_id(row)
        if entry_id is None:
            return None
        done = self.workspace.delete_knowledge(entry_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.ids[row]
        self.rows.pop(entry_id, None)
        self.endRemoveRows()
        return done


class KnowledgeDialog(QDialog):
    """The Knowledge view (modeless): search field, table, Delete and Close."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledge_view")
        self.setWindowTitle(tr("Knowledge"))
        self.resize(900, 480)
        self.model = KnowledgeModel(workspace, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("knowledge_search")
        self.search.setPlaceholderText(tr("Search names, labels and aliases"))
        self.search.textChanged.connect(self._search)
        self.table = QTableView(self)
        self.table.setObjectName("knowledge_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.horizontalHeader().setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = QPushButton(tr("Delete Entry"), self)
        self.delete_button.setToolTip(tr("Forget the selected entry (Delete)"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        hint = QLabel(tr("Extraction uses these entries in documents imported or re-extracted from now on. "
                         "F2 edits a value or the aliases (separated by semicolons)."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (hint, self.search, self.table, self.count, buttons):
            layout.addWidget(widget)
        self._counted()
        self.search.setFocus()

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._counted()

    def _counted(self) -> None:
        if self.model.rowCount() or self.search.text().strip():
            self.count.setText(tr("%1 entries", self.model.rowCount()))
        else:  # nothing learned yet: say how something gets here
            self.count.setText(tr("Nothing learned yet: confirm or type a project's investor, or correct an "
                                  "indicator label or a region, and it is remembered here."))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, VALUE))

    def delete_current(self) -> None:
        row = self.table.currentIndex().row()
        if self.model.delete(row) is not None:
            self._counted()
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), VALUE))

    def reload(self) -> None:
        self.model.reload()
        self._counted()


def open_knowledge(window: MainWindow) -> KnowledgeDialog:
    """Show the window's Knowledge view (one per window), read afresh."""
    dialog = window.findChild(KnowledgeDialog)
    if dialog is None:
        dialog = KnowledgeDialog(window.workspace, window)
    else:
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def reextract_unreviewed(window: MainWindow) -> None:
    """Extract again every document not approved or rejected, with what was learned; the analyst's
    confirmed and edited facts stay."""
    window.form.flush()
    ws = window.workspace

    def work(progress: Any, cancel: Any) -> ChangeSet:
        return ws.reextract(ws.unreviewed_ids(), progress, cancel)

    def done(changes: ChangeSet) -> None:
        window.on_operation_did_execute(changes)
        window.controller.reload()
        window.message(tr("Extraction added %1 suggestions", changes.result))

    window.start_work(tr("Extracting"), work, done)
