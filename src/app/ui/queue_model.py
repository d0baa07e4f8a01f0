"""The document queue as a table model: it holds the ids the current filter, sort and search select
and fetches the rows themselves lazily, a page at a time, so 100 000 documents cost a list of ints."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain.schema import DocStatus
from app.store import Database
from app.store.services import queue
from app.store.services.documents import DocumentRow
from app.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("status", "Status"),
    ("title", "Title"),
    ("published", "Published"),
    ("region", "Region"),
    ("language", "Language"),
    ("fact_count", "Facts"),
    ("min_confidence", "Lowest confidence"),
)

STATUS_TEXT: dict[str, str] = {
    DocStatus.NEW.value: "New",
    DocStatus.IN_REVIEW.value: "In review",
    DocStatus.APPROVED.value: "Approved",
    DocStatus.REJECTED.value: "Rejected",
    DocStatus.FLAGGED.value: "Flagged",
}

LOW_CONFIDENCE = 0.5
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


class QueueModel(QAbstractTableModel):
    """Rows appear in batches (canFetchMore/fetchMore); row contents are read in pages on demand."""

    BATCH = 1000
    PAGE = 200
    CACHE_LIMIT = 5000

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = queue.QueueFilter()
        self._sort = queue.QueueSort()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._visible = 0
        self._cache: OrderedDict[int, DocumentRow] = OrderedDict()

    # --- query -----------------------------------------------------------------------------------
    @property
    def filter(self) -> queue.QueueFilter:
        return self._filter

    @property
    def sort_order(self) -> queue.QueueSort:
        return self._sort

    def set_filter(self, flt: queue.QueueFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        with self._db.session() as session:
            ids = queue.ids(session, self._filter, self._sort)
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._visible = min(len(ids), self.BATCH)
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def position_of(self, document_id: int) -> int | None:
        """Where the document is in the whole result (it may not be fetched into view yet)."""
        if self._positions is None:
            self._positions = {doc_id: i for i, doc_id in enumerate(self._ids)}
        return self._positions.get(document_id)

    def ensure_visible(self, row: int) -> None:
        """Fetch batches until `row` is one of the model's rows."""
        while row >= self._visible and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh_documents(self, document_ids: list[int]) -> None:
        """Re-read these documents' rows after they changed."""
        for doc_id in document_ids:
            self._cache.pop(doc_id, None)
        with self._db.session() as session:
            fresh = queue.rows(session, document_ids)
        for doc_id, row in fresh.items():
            self._cache[doc_id] = row
            pos = self.position_of(doc_id)
            if pos is not None and pos < self._visible:
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))

    def row_data(self, row: int) -> DocumentRow | None:
        doc_id = self.id_at(row)
        if doc_id is None:
            return None
        cached = self._cache.get(doc_id)
        if cached is not None:
            return cached
        start = max(0, row - self.PAGE // 4)
        page = [i for i in self._ids[start : start + self.PAGE] if i not in self._cache]
        with self._db.session() as session:
            fresh = queue.rows(session, page)
        self._cache.update(fresh)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(doc_id)

    # --- QAbstractTableModel -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else self._visible

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._visible < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(self.BATCH, len(self._ids) - self._visible)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._visible, self._visible + more - 1)
        self._visible += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Sort by %1").replace("%1", tr(COLUMNS[section][1]))
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._visible or index.column() >= len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name in ("fact_count", "min_confidence"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "min_confidence" and row.min_confidence is not None and row.min_confidence < LOW_CONFIDENCE:
                return QColor("#d0453a")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "title":
                return row.title or tr("(untitled)")
            if name == "min_confidence" and row.min_confidence is not None and row.min_confidence < LOW_CONFIDENCE:
                return tr("Low confidence: check these facts first")
            return None
        return self._display(name, row)

    def _display(self, name: str, row: DocumentRow) -> str:
        if name == "status":
            return status_text(row.status)
        if name == "title":
            return (row.title or tr("(untitled)")).replace("\n", " ")
        if name == "published":
            return row.published.isoformat() if row.published else ""
        if name == "region":
            return row.region or ""
        if name == "language":
            return row.language
        if name == "fact_count":
            return str(row.fact_count)
        if name == "min_confidence":
            return f"{row.min_confidence:.2f}" if row.min_confidence is not None else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; the window re-selects its current document on modelReset."""
        name = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "id"
        self._sort = queue.QueueSort(name, order == Qt.SortOrder.DescendingOrder)
        self.reload()
