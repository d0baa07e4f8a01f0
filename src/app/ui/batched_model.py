"""A table model that shows its rows in batches: the view asks for more as it scrolls
(canFetchMore/fetchMore), so a list of 100 000 ids costs nothing until rows are on screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class BatchedTableModel(QAbstractTableModel):
    """Subclasses set BATCH and COLUMN_COUNT, keep `_visible` (rows shown so far) and say how many
    rows there are in all through `_total()`."""

    BATCH = 100
    COLUMN_COUNT = 0
    _visible = 0

    def _total(self) -> int:
        return 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self._visible

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

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
