"""The document queue as a table model: it holds the ids the current filter, sort and search select
and fetches the rows themselves lazily, a page at a time, so 100 000 documents cost a list of ints.

The id query (a search over 100 000 article texts takes a few hundred milliseconds) runs in a thread
of its own; the model keeps showing the previous result until the new one arrives, and a newer
request makes an older answer void."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from app.domain.schema import DocStatus
from app.store import Database
from app.store.services import queue
from app.store.services.queue import QueueRow as DocumentRow
from app.ui.batched_model import BatchedTableModel
from app.ui.fact_text import lead_text
from app.ui.i18n import N_, tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("status", N_("Status")),
    ("title", N_("Title")),
    ("published", N_("Published")),
    ("region", N_("Region")),
    ("fact_count", N_("Facts")),
    ("min_confidence", N_("Lowest confidence")),
    ("language", N_("Language")),
)
COLUMN = {name: i for i, (name, _label) in enumerate(COLUMNS)}

STATUS_TEXT: dict[str, str] = {
    DocStatus.NEW.value: N_("New"),
    DocStatus.IN_REVIEW.value: N_("In review"),
    DocStatus.APPROVED.value: N_("Approved"),
    DocStatus.REJECTED.value: N_("Rejected"),
    DocStatus.FLAGGED.value: N_("Flagged"),
}

LOW_CONFIDENCE = 0.5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger(__name__)


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


class _QuerySignals(QObject):
    done = Signal(int, object)  # request number, list of ids
    failed = Signal(int, str)
    counted = Signal(object)  # {status: count}


class _CountQuery(QRunnable):
    def __init__(self, db: Database, signals: _QuerySignals) -> None:
        super().__init__()
        self.db, self.signals = db, signals

    def run(self) -> None:
        try:
            with self.db.session() as session:
                counts = queue.counts_by_status(session)
        except Exception:  # noqa: BLE001 - the counts stay as they were; details in the log
            log.exception("counting documents failed")
            return
        self.signals.counted.emit(counts)


class _IdQuery(QRunnable):
    def __init__(self, db: Database, flt: queue.QueueFilter, sort: queue.QueueSort, request: int,
                 signals: _QuerySignals) -> None:
        super().__init__()
        self.db, self.flt, self.sort, self.request, self.signals = db, flt, sort, request, signals

    def run(self) -> None:
        try:
            with self.db.session() as session:
                found = queue.ids(session, self.flt, self.sort)
        except Exception as exc:  # noqa: BLE001 - shown in the window; details in the log
            log.exception("queue query failed")
            self.signals.failed.emit(self.request, f"{type(exc).__name__}: {exc}")
            return
        self.signals.done.emit(self.request, found)


class QueueModel(BatchedTableModel):
    """Rows appear in batches (canFetchMore/fetchMore); row contents are read in pages on demand."""

    BATCH = 1000
    COLUMN_COUNT = len(COLUMNS)
    PAGE = 200
    CACHE_LIMIT = 5000

    loadingChanged = Signal(bool)
    loadFailed = Signal(str)
    countsChanged = Signal(object)  # {status: count} over every document

    def __init__(self, db: Database, parent: Any = None, *, hold: bool = False) -> None:
        """With `hold`, queries wait for `start()` (the window starts the first one once it is shown)."""
        super().__init__(parent)
        self._db = db
        self._filter = queue.QueueFilter()
        self._sort = queue.QueueSort()
        self._ids: list[int] = []
        self._hint = 0  # where the last lookup found its id: the next one is usually beside it
        self._visible = 0
        self._cache: OrderedDict[int, DocumentRow] = OrderedDict()
        self._request = 0
        self._answered = 0
        self._held = hold
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _QuerySignals(self)
        self._signals.done.connect(self._loaded)
        self._signals.failed.connect(self._failed)
        self._signals.counted.connect(self.countsChanged)
        self._counts = QThreadPool(self)
        self._counts.setMaxThreadCount(1)

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

    @property
    def loading(self) -> bool:
        """Whether a query is on its way (the rows shown are those of the previous one)."""
        return self._held or self._answered != self._request

    def start(self) -> None:
        """Run the first query (held back while the window was being built)."""
        if self._held:
            self._held = False
            self.reload()

    def reload(self) -> None:
        """Ask for the ids again in the background; the model resets when they arrive."""
        if self._held:
            return
        self._request += 1
        self._pool.clear()  # a query still waiting for the thread is not needed any more
        self._pool.start(_IdQuery(self._db, self._filter, self._sort, self._request, self._signals))
        if self._answered == self._request - 1:
            self.loadingChanged.emit(True)

    def count_statuses(self) -> None:
        """Count the documents per status in the background; `countsChanged` brings the answer."""
        self._counts.clear()
        self._counts.start(_CountQuery(self._db, self._signals))

    def reload_now(self) -> None:
        """Query on this thread and reset at once (tests, and callers that need the answer now)."""
        self._held = False
        self._request += 1
        with self._db.session() as session:
            found = queue.ids(session, self._filter, self._sort)
        self._loaded(self._request, found)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the query threads; the answers are delivered by the event loop afterwards."""
        return self._pool.waitForDone(msecs) and self._counts.waitForDone(msecs)

    def _failed(self, request: int, message: str) -> None:
        if request == self._request:
            self._answered = request
            self.loadingChanged.emit(False)
            self.loadFailed.emit(message)

    def _loaded(self, request: int, ids: list[int]) -> None:
        if request != self._request:
            return  # a newer query is on its way
        was_loading = self.loading
        self._answered = request
        self._reset(ids)
        if was_loading:
            self.loadingChanged.emit(False)

    def _reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._hint = 0
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
        ids, hint = self._ids, self._hint
        for near in (hint, hint + 1, hint - 1):
            if 0 <= near < len(ids) and ids[near] == document_id:
                self._hint = near
                return near
        try:
            self._hint = ids.index(document_id)  # a scan in C: about a millisecond at 100 000
        except ValueError:
            return None
        return self._hint

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
    def _total(self) -> int:
        return len(self._ids)

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
            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
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
        untitled = name == "title" and not row.title
        if role == Qt.ItemDataRole.FontRole:
            if untitled:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if untitled:  # the article's first words, not a title: the muted colour of placeholder text
                return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            if name == "min_confidence" and row.min_confidence is not None and row.min_confidence < LOW_CONFIDENCE:
                return QColor("#d0453a")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if untitled:
                return tr("No title stated. The article begins: %1").replace("%1", lead_text(row.lead or "", 240))
            if name == "title":
                return row.title
            if name == "region" and row.region:
                return row.region  # long zone names are cut short in the column
            if name == "min_confidence" and row.min_confidence is not None and row.min_confidence < LOW_CONFIDENCE:
                return tr("Low confidence: check these facts first")
            return None
        return self._display(name, row)

    def _display(self, name: str, row: DocumentRow) -> str:
        if name == "status":
            return status_text(row.status)
        if name == "title":
            return row.title.replace("\n", " ") if row.title else lead_text(row.lead or "") or tr("(empty)")
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
