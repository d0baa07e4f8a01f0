"""A table model that shows its rows in batches: the view asks for more as it scrolls
(canFetchMore/fetchMore), so a list of 100 000 ids costs nothing until rows are on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class BatchedTableModel(QAbstractTableModel):
    """Subclasses set BATCH and COLUMNS ((name, untranslated header) pairs), keep `_visible` (rows
    shown so far) and say how many rows there are in all through `_total()`. Rows are read-only,
    selectable and numbered from 1."""

    BATCH = 100
    COLUMNS: tuple[tuple[str, str], ...] = ()
    _visible = 0

    def _shown(self, index: Index) -> bool:
        """Whether `index` is a cell of a row fetched into view."""
        return index.isValid() and index.row() < self._visible and index.column() < len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and section >= 0:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _total(self) -> int:
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self._visible

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._visible < self._total()

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, self._total() - self._visible)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._visible, self._visible + more - 1)
        self._visible += more
        self.endInsertRows()
