"""The queue pane: search box, filters (status, language, region, published from/to) and the table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.queue import QueueFilter
from app.domain.schema import DocStatus
from app.review import Change, ChangeSet, Workspace
from app.ui.date_filter import DateFilterEdit
from app.ui.fact_text import LANGUAGE_TEXT, language_text
from app.ui.i18n import tr
from app.ui.queue_model import COLUMN, COLUMNS, ID_ROLE, UNSORTABLE, QueueModel, status_text
from app.ui.theme import row_height

SEARCH_PAUSE_MS = 250


DEFAULT_WIDTH = 600


class QueuePane(QWidget):
    currentDocumentChanged = Signal(object)  # int | None
    filterChanged = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = QueueModel(workspace, self, hold=True)  # the window starts it once it is shown
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(tr("Search article text (Ctrl+L)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(tr("All statuses"), ())
        self.status.addItem(tr("To review (new, in review)"), ("new", "in_review"))
        for s in DocStatus:
            self.status.addItem(status_text(s.value), (s.value,))
        self.language = QComboBox()
        self.language.setObjectName("languageFilter")
        self.region = QComboBox()
        self.region.setObjectName("regionFilter")
        self.date_from = DateFilterEdit("dateFrom", tr("from: any"), end=False)
        self.date_to = DateFilterEdit("dateTo", tr("to: any"), end=True)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (Left/Right move between cells)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.size_columns(DEFAULT_WIDTH)
        self.table.setMinimumWidth(260)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.status, 1, 0)
        grid.addWidget(self.language, 1, 1)
        grid.addWidget(self.region, 2, 0)
        dates = QWidget()
        dates_layout = QGridLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.date_from, 0, 0)
        dates_layout.addWidget(self.date_to, 0, 1)
        grid.addWidget(dates, 2, 1)
        self.shown = QLabel()
        self.shown.setObjectName("documentMeta")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.shown)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        for combo in (self.status, self.language, self.region):
            combo.activated.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self.apply_filter)
            edit.problem.connect(self.shown.setText)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._column = 0  # the current cell's column, kept when the list is read again (keyboard sorting)
        self.table.selectionModel().currentColumnChanged.connect(
            lambda current, _previous: setattr(self, "_column", current.column()) if current.isValid() else None)
        self.model.modelReset.connect(self._after_reset)
        self.model.loadingChanged.connect(self._loading)
        self._current_id: int | None = None
        self.extra_filter: Callable[[], dict[str, Any]] = dict  # team mode adds "Assigned to me" (app.ui.claims)
        self._quiet = False
        self.refresh_facets()

    def size_columns(self, pane_width: int) -> None:
        """Widths from the font (and the translation): status, date, region and count fit their
        contents; the title takes what is left of `pane_width`; confidence and language come last."""
        fm = self.table.fontMetrics()
        header_fm = self.table.horizontalHeader().fontMetrics()
        pad = 18

        def fit(*texts: str) -> int:
            return max(max(fm.horizontalAdvance(t) for t in texts),
                       min(header_fm.horizontalAdvance(texts[0]), 90)) + pad

        widths = {
            "status": fit(tr("Status"), *(status_text(s.value) for s in DocStatus)),
            "published": fit(tr("Published"), "2000-00-00"),
            "region": fit(tr("Region"), "Hohhot City", "呼和浩特市"),
            "fact_count": fit(tr("Facts"), "000"),
            "min_confidence": fit(tr("Conf."), "0.00"),
            "attention": fit(tr("Check"), "00"),
            "language": fit(tr("Language"), *(language_text(code) for code in LANGUAGE_TEXT)),
        }
        fixed = sum(widths[name] for name in ("status", "min_confidence", "attention", "published", "region",
                                              "fact_count"))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width() + 12
        widths["title"] = max(120, pane_width - fixed - frame)
        for name, width in widths.items():
            self.table.setColumnWidth(COLUMN[name], width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in the search box undoes its typing while it has some; otherwise the window's undo."""
        if watched is self.search and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not self.search.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not self.search.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # --- filter ------------------------------------------------------------------------------------
    def refresh_facets(self) -> None:
        facets = self.workspace.facets()
        for combo, values, everything, labels in (
            (self.language, facets.languages, tr("All languages"), LANGUAGE_TEXT),
            (self.region, facets.regions, tr("All regions"), {}),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(tr(labels[v]) if v in labels else v, v)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> QueueFilter:
        language = self.language.currentData()
        return QueueFilter(
            statuses=tuple(self.status.currentData() or ()),
            languages=(language,) if language else (),
            region=self.region.currentData(),
            published_from=self.date_from.value(),
            published_to=self.date_to.value(),
            search=self.search.text().strip(),
            **self.extra_filter(),
        )

    def clear_filter(self) -> None:
        """Every document: no search, any status, language, region and date."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for widget in (self.status, self.language, self.region):
            widget.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.set_value(None, quiet=True)
        for box in self.findChildren(QCheckBox):  # "Assigned to me" (team mode, app.ui.claims)
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.apply_filter()

    def set_status_filter(self, statuses: tuple[str, ...]) -> None:
        for i in range(self.status.count()):
            if tuple(self.status.itemData(i) or ()) == statuses:
                self.status.setCurrentIndex(i)
        self.apply_filter()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.apply_filter()
        self.table.setFocus()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.set_filter(flt)
            self.filterChanged.emit()

    def _loading(self, loading: bool) -> None:
        if loading:
            self.shown.setText(tr("Searching…"))
        else:
            self._show_count()

    def _show_count(self) -> None:
        self.shown.setText(tr("%n document(s) shown", n=self.model.total()))

    def expect(self, document_id: int | None) -> None:
        """The window opened this document before the queue was loaded: select it quietly on arrival."""
        self._current_id = document_id

    def _after_reset(self) -> None:
        if not self.model.loading:
            self._show_count()
        keep = self._current_id
        self._current_id = None
        position = self.model.position_of(keep) if keep is not None else None
        if position is None and self.model.total():
            position = 0
        if position is None:
            self.currentDocumentChanged.emit(None)
            return
        self.select_row(position, emit=self.model.id_at(position) != keep)

    def on_operation_did_execute(self, changes: ChangeSet) -> None:
        """New or re-extracted documents: the filters' values and the list are read again; changed
        documents: their rows."""
        if Change.QUEUE in changes:
            self.refresh_facets()
            self.model.reload()
        elif changes.document_ids:
            self.model.refresh_documents(list(changes.document_ids))
        if changes.changes & {Change.QUEUE, Change.STATUS}:
            self.model.count_statuses()

    # --- navigation ----------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self._current_id

    def current_row(self) -> int | None:
        return self.model.position_of(self._current_id) if self._current_id is not None else None

    def select_row(self, row: int, *, emit: bool = True) -> bool:
        if not 0 <= row < self.model.total():
            return False
        self.model.ensure_visible(row)
        index = self.model.index(row, self._column)
        self._quiet = not emit
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet = False
        self._current_id = self.model.id_at(row)
        self.table.scrollTo(index)
        return True

    def sort_by_current_column(self) -> str | None:
        """Sort by the column of the table's current cell (Left/Right move it), ascending; again on the
        same column, descending. Answers the column's name, None when it cannot be sorted by."""
        column = max(self.table.currentIndex().column(), 0)
        if COLUMNS[column][0] in UNSORTABLE:
            return None
        header = self.table.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        order = (Qt.SortOrder.DescendingOrder if header.sortIndicatorSection() == column
                 and header.sortIndicatorOrder() == ascending else ascending)
        header.setSortIndicator(column, order)  # the table sorts the model
        return COLUMNS[column][1]

    def select_document(self, document_id: int) -> bool:
        position = self.model.position_of(document_id)
        return position is not None and self.select_row(position)

    def step(self, delta: int) -> bool:
        row = self.current_row()
        if row is None:
            return self.select_row(0)
        return self.select_row(row + delta)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = current.data(ID_ROLE) if current.isValid() else None
        if self._quiet:
            self._current_id = doc_id
            return
        if doc_id != self._current_id:
            self._current_id = doc_id
            self.currentDocumentChanged.emit(doc_id)
