"""The document queue as a table model: it holds the ids the current filter, sort and search select
and fetches the rows themselves lazily, a page at a time, so 100 000 documents cost a list of ints.

Nothing here reads the database on the UI thread. The id query (a search over 100 000 article texts
takes a few hundred milliseconds) runs in a thread of its own; the model keeps showing the previous
result until the new one arrives, and a newer request makes an older answer void. `data()` answers
from the page cache only: a row not there yet is asked for (a page around it, in the row thread) and
shown empty until `dataChanged` brings it."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
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

from app.domain.queue import LOW_CONFIDENCE, QueueFilter, QueueRow, QueueSort
from app.domain.schema import DocStatus
from app.review import Workspace
from app.ui.batched_model import BatchedTableModel
from app.ui.fact_text import language_text, lead_text
from app.ui.i18n import N_, tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("status", N_("Status")),
    ("min_confidence", N_("Conf.")),
    ("attention", N_("Check")),
    ("title", N_("Title")),
    ("published", N_("Published")),
    ("region", N_("Region")),
    ("fact_count", N_("Facts")),
    ("language", N_("Language")),
)
COLUMN = {name: i for i, (name, _label) in enumerate(COLUMNS)}
COLUMN_TIPS = {"min_confidence": N_("Lowest confidence of the document's facts"),
               "attention": N_("Facts still to check: suggested, below the confirm threshold")}
"""Full names of the columns whose headers are abbreviated (the headers' tooltips)."""

STATUS_TEXT: dict[str, str] = {
    DocStatus.NEW.value: N_("New"),
    DocStatus.IN_REVIEW.value: N_("In review"),
    DocStatus.READY.value: N_("Ready"),  # ready for review (two-step): short, the column fits the pane
    DocStatus.APPROVED.value: N_("Approved"),
    DocStatus.REJECTED.value: N_("Rejected"),
    DocStatus.FLAGGED.value: N_("Flagged"),
}

UNSORTABLE = ("attention",)
"""Columns computed per row (not stored on the document), which the database cannot sort by."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger(__name__)


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


class _QuerySignals(QObject):
    done = Signal(int, object)  # request number, list of ids
    failed = Signal(int, str)
    counted = Signal(object)  # {status: count}
    rows = Signal(object, object)  # the ids asked for, {id: QueueRow} (empty when the read failed)


class _Query(QRunnable):
    """One read in the model's threads; `deliver` gets the answer (it emits a queued signal)."""

    def __init__(self, read: Callable[[], Any], deliver: Callable[[Any], None], fail: Callable[[str], None],
                 what: str) -> None:
        super().__init__()
        self.read, self.deliver, self.fail, self.what = read, deliver, fail, what

    def run(self) -> None:
        try:
            found = self.read()
        except Exception as exc:  # noqa: BLE001 - shown in the window; details in the log
            log.exception("%s failed", self.what)
            self._send(self.fail, f"{type(exc).__name__}: {exc}")
            return
        self._send(self.deliver, found)

    def _send(self, to: Callable[[Any], None], value: Any) -> None:
        """Emit the answer; when the model (and its signal object) was deleted while the read ran —
        the window closed, a test ended — there is nobody left to tell, and that is not an error."""
        try:
            to(value)
        except RuntimeError as exc:
            if "deleted" not in str(exc):
                raise
            log.debug("%s: the model is gone, answer dropped", self.what)


class QueueModel(BatchedTableModel):
    """Rows appear in batches (canFetchMore/fetchMore); row contents are read in pages on demand."""

    BATCH = 1000
    COLUMNS = COLUMNS
    PAGE = 200
    CACHE_LIMIT = 5000

    loadingChanged = Signal(bool)
    loadFailed = Signal(str)
    countsChanged = Signal(object)  # {status: count} over every document

    def __init__(self, workspace: Workspace, parent: Any = None, *, hold: bool = False) -> None:
        """With `hold`, queries wait for `start()` (the window starts the first one once it is shown)."""
        super().__init__(parent)
        self._ws = workspace
        self._filter = QueueFilter()
        self._sort = QueueSort()
        self._ids: list[int] = []
        self._hint = 0  # where the last lookup found its id: the next one is usually beside it
        self._visible = 0
        self._cache: OrderedDict[int, QueueRow] = OrderedDict()
        self._asked: set[int] = set()  # ids whose rows are on their way
        self._request = 0
        self._answered = 0
        self._held = hold
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _QuerySignals(self)
        self._signals.done.connect(self._loaded)
        self._signals.failed.connect(self._failed)
        self._signals.counted.connect(self.countsChanged)
        self._signals.rows.connect(self._rows_arrived)
        self._counts = QThreadPool(self)
        self._counts.setMaxThreadCount(1)
        self._rows = QThreadPool(self)  # one thread: pages and refreshes arrive in the order asked
        self._rows.setMaxThreadCount(1)

    # --- query -----------------------------------------------------------------------------------
    @property
    def filter(self) -> QueueFilter:
        return self._filter

    @property
    def sort_order(self) -> QueueSort:
        return self._sort

    def set_filter(self, flt: QueueFilter) -> None:
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
        request, flt, order, signals = self._request, self._filter, self._sort, self._signals
        self._pool.start(_Query(lambda: self._ws.queue_ids(flt, order), lambda ids: signals.done.emit(request, ids),
                                lambda message: signals.failed.emit(request, message), "queue query"))
        if self._answered == self._request - 1:
            self.loadingChanged.emit(True)

    def count_statuses(self) -> None:
        """Count the documents per status in the background; `countsChanged` brings the answer."""
        self._counts.clear()
        signals = self._signals
        self._counts.start(_Query(self._ws.status_counts, signals.counted.emit, lambda _m: None, "counting documents"))

    def reload_now(self) -> None:
        """Query on this thread and reset at once (tests, and callers that need the answer now)."""
        self._held = False
        self._request += 1
        self._loaded(self._request, self._ws.queue_ids(self._filter, self._sort))

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the query threads; the answers are delivered by the event loop afterwards."""
        return all(pool.waitForDone(msecs) for pool in (self._pool, self._counts, self._rows))

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
        self._asked.clear()
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
        """Read these documents' rows again (in the row thread) after they changed; the old rows stay
        on screen until the new ones arrive."""
        self._ask(list(document_ids))

    def row_data(self, row: int) -> QueueRow | None:
        """The row if it is in the cache; otherwise None, and a page around it is asked for."""
        doc_id = self.id_at(row)
        if doc_id is None:
            return None
        cached = self._cache.get(doc_id)
        if cached is None and doc_id not in self._asked:
            start = max(0, row - self.PAGE // 4)
            page = self._ids[start : start + self.PAGE]
            self._ask([i for i in page if i not in self._cache and i not in self._asked])
        return cached

    def _ask(self, ids: list[int]) -> None:
        if not ids:
            return
        self._asked.update(ids)
        signals, ws = self._signals, self._ws
        self._rows.start(_Query(lambda: ws.queue_rows(ids), lambda found: signals.rows.emit(ids, found),
                                lambda _m: signals.rows.emit(ids, {}), "reading queue rows"))

    def _rows_arrived(self, asked: list[int], fresh: dict[int, QueueRow]) -> None:
        self._asked.difference_update(asked)
        self._cache.update(fresh)
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        shown = [p for p in (self.position_of(i) for i in fresh) if p is not None and p < self._visible]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), len(COLUMNS) - 1))

    # --- QAbstractTableModel -------------------------------------------------------------------------
    def _total(self) -> int:
        return len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tip = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        if tip and 0 <= section < len(COLUMNS):
            name, label = COLUMNS[section]
            if name in UNSORTABLE:
                return tr(COLUMN_TIPS[name])
            return tr("Sort by %1", tr(COLUMN_TIPS.get(name, label)))
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._shown(index):
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
            if name in ("fact_count", "min_confidence", "attention"):
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
            if row.claimed_by:
                return tr("Being reviewed by %1", row.claimed_by)
            if untitled:
                return tr("No title stated. The article begins: %1", lead_text(row.lead or "", 240))
            if name == "title":
                return row.title
            if name == "region" and row.region:
                return row.region  # long zone names are cut short in the column
            if name == "min_confidence" and row.min_confidence is not None and row.min_confidence < LOW_CONFIDENCE:
                return tr("Low confidence: check these facts first")
            if name == "attention" and row.attention:
                return tr("%n unreviewed fact(s) below the confirm threshold", n=row.attention)
            return None
        return self._display(name, row)

    def _display(self, name: str, row: QueueRow) -> str:
        if name == "status":
            return status_text(row.status)
        if name == "title":
            shown = row.title.replace("\n", " ") if row.title else lead_text(row.lead or "") or tr("(empty)")
            return tr("[being reviewed by %1] %2", row.claimed_by, shown) if row.claimed_by else shown
        if name == "published":
            return row.published.isoformat() if row.published else ""
        if name == "region":
            return row.region or ""
        if name == "language":
            return language_text(row.language)
        if name == "fact_count":
            return str(row.fact_count)
        if name == "attention":
            return str(row.attention) if row.attention else ""
        if name == "min_confidence":
            return f"{row.min_confidence:.2f}" if row.min_confidence is not None else ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; the window re-selects its current document on modelReset."""
        name = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "id"
        if name in UNSORTABLE:
            return
        self._sort = QueueSort(name, order == Qt.SortOrder.DescendingOrder)
        self.reload()
