"""The review window: queue, article and fact form side by side; every command is an action from
`app.ui.actions`; edits save themselves; long work runs in the background."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
)

from app import __version__, config
from app.domain.schema import DocStatus, FactDraft, Kind, Span
from app.domain.views import DocumentView
from app.store import Database
from app.store.services import queue
from app.ui.actions import build_actions
from app.ui.article_view import ArticlePane
from app.ui.dialogs import NoteDialog
from app.ui.fact_form import FactForm
from app.ui.fact_text import lead_text, parse_number
from app.ui.i18n import tr
from app.ui.queue_model import status_text
from app.ui.queue_pane import DEFAULT_WIDTH, QueuePane
from app.ui.review_controller import ReviewController
from app.ui.shortcut_overlay import ShortcutOverlay
from app.ui.theme import Theme, style_widgets, theme_manager
from app.ui.undo import AddFactCommand
from app.ui.workers import JobRunner

SETTINGS_GEOMETRY = "window.geometry"
SETTINGS_STATE = "window.state"
SETTINGS_SPLITTER = "window.splitter"
SETTINGS_LAST_DOCUMENT = "window.last_document"


def available(module: str) -> bool:
    """Whether a part built separately (readers, extractors, export) is present, without importing it.
    A bare folder (a namespace package, no __init__) does not count."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return False
    return spec is not None and spec.origin not in (None, "namespace")


class MainWindow(QMainWindow):
    def __init__(self, db: Database, user: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.db = db
        self.user = user or config.user_name()
        self.setWindowTitle(tr("FactDesk"))
        self.setAcceptDrops(True)
        self.resize(1440, 880)

        self.controller = ReviewController(db, self.user, self)
        self.runner = JobRunner(self)
        self.queue = QueuePane(db)
        self.article = ArticlePane()
        self.form = FactForm()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.queue, self.article, self.form):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([DEFAULT_WIDTH, 480, 540])
        self.setCentralWidget(self.splitter)
        self._overlay: ShortcutOverlay | None = None  # built on the first F1

        self.commands = build_actions(self)  # id → QAction (QWidget.actions() is Qt's list)
        self._build_status_bar()
        self._connect()
        self._update_availability()
        themes = theme_manager(QApplication.instance())  # type: ignore[arg-type]
        self._apply_theme(themes.theme)
        themes.changed.connect(self._apply_theme)

        self._last_doc_timer = QTimer(self)
        self._last_doc_timer.setSingleShot(True)
        self._last_doc_timer.setInterval(1000)
        self._last_doc_timer.timeout.connect(self._save_last_document)
        self.restore_settings()

    # --- construction -------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.save_label = QLabel(tr("All changes are saved as you make them"))
        self.save_label.setObjectName("saveState")
        self.progress = QProgressBar()
        self.progress.setObjectName("workProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancelWork")
        self.cancel_button.clicked.connect(self.cancel_work)
        self.progress.hide()
        self.cancel_button.hide()
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.save_label)
        bar.addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        self.queue.currentDocumentChanged.connect(self.open_document)
        self.queue.model.countsChanged.connect(self._show_counts)
        c = self.controller
        c.documentLoaded.connect(self._document_loaded)
        c.factChanged.connect(self._fact_changed)
        c.factsRebuilt.connect(self._facts_rebuilt)
        c.documentChanged.connect(self._document_changed)
        c.saved.connect(self.save_label.setText)
        c.failed.connect(self._show_error)
        self.queue.model.loadFailed.connect(self._show_error)
        self.form.factCommitted.connect(lambda f, n, v, s: c.edit_fact(f, n, v, s))
        self.form.documentCommitted.connect(lambda n, v, s: c.edit_document(n, v, s))
        self.form.statusRequested.connect(self._fact_status_requested)
        self.form.currentFactChanged.connect(lambda f: self.article.view.set_current_fact(f))
        self.article.view.factClicked.connect(self._fact_clicked)
        self.runner.busyChanged.connect(self._busy_changed)
        self.runner.progress.connect(self._progress)
        group = c.undo_group
        group.canUndoChanged.connect(self.commands["undo"].setEnabled)
        group.canRedoChanged.connect(self.commands["redo"].setEnabled)
        self.commands["undo"].setEnabled(False)
        self.commands["redo"].setEnabled(False)

    def _update_availability(self) -> None:
        can_import = available("app.ingest")
        can_extract = can_import and available("app.extract")
        busy = self.runner.busy
        self.commands["import_files"].setEnabled(can_import and not busy)
        self.commands["import_folder"].setEnabled(can_import and not busy)
        self.commands["reextract"].setEnabled(can_extract and not busy)
        self.commands["export"].setEnabled(available("app.workflows.exporting") and not busy)
        self.commands["cancel_work"].setEnabled(busy)

    @property
    def overlay(self) -> ShortcutOverlay:
        """The shortcut overlay (F1), built when first wanted: nobody needs it at start-up."""
        if self._overlay is None:
            self._overlay = ShortcutOverlay(self)
            themes = theme_manager(QApplication.instance())  # type: ignore[arg-type]
            style_widgets(themes.theme, styled=[self._overlay.panel], muted=[])
        return self._overlay

    def _apply_theme(self, theme: Theme) -> None:
        self.article.set_theme(theme)
        self.form.set_theme(theme)
        style_widgets(
            theme,
            styled=[self.form.card, self.save_label, self.article.raw_banner,
                    *([self._overlay.panel] if self._overlay is not None else [])],
            muted=[self.article.meta, self.queue.shown, self.form.heading],
        )

    # --- documents ----------------------------------------------------------------------------------
    def open_document(self, document_id: int | None) -> None:
        self.form.flush()
        focus = QApplication.focusWidget()
        self._form_had_focus = focus is not None and self.form.isAncestorOf(focus)
        self.controller.open(document_id)
        if document_id is not None:
            self._last_doc_timer.start()

    def _document_loaded(self, doc: DocumentView | None) -> None:
        raw = self.commands["raw_text"].isChecked()
        self.article.show_document(doc, raw=raw)
        self.form.set_document(doc)
        title = (doc.title or lead_text(doc.display_text, 60)) if doc is not None else None
        self.setWindowTitle(f"{title} — {tr('FactDesk')}" if title else tr("FactDesk"))
        if doc is not None and self.form.order:
            self.form.set_current(self.form.order[0], focus=getattr(self, "_form_had_focus", False))
            self.article.view.set_current_fact(self.form.order[0], scroll=False)

    def _fact_changed(self, fact: Any) -> None:
        self.form.update_fact(fact)
        if self.controller.document is not None:
            self.article.view.set_facts(self.controller.document.facts)
        self.queue.model.refresh_documents([fact.document_id])

    def _facts_rebuilt(self, doc: DocumentView) -> None:
        self.form.rebuild(doc)
        self.article.view.set_facts(doc.facts)
        self.queue.model.refresh_documents([doc.id])

    def _document_changed(self, doc: DocumentView) -> None:
        self.article.update_meta(doc)
        self.form.show_document_fields(doc)
        self.queue.model.refresh_documents([doc.id])
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """Documents per status in the status bar, counted in the background (a scan at 100 000)."""
        self.queue.model.count_statuses()

    def _show_counts(self, counts: dict[str, int]) -> None:
        parts = [f"{status_text(s.value)} {counts.get(s.value, 0)}" for s in DocStatus]
        self.counts_label.setText("  ·  ".join(parts))

    def _fact_clicked(self, fact_id: int) -> None:
        self.form.set_current(fact_id, focus=False)
        self.article.view.set_current_fact(fact_id, scroll=False)

    def _fact_status_requested(self, fact_id: int, status: str) -> None:
        self.form.flush()
        self.controller.set_fact_status(fact_id, status)

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        self.save_label.setText(tr("Not saved: %1").replace("%1", message))

    def message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    # --- action handlers: file --------------------------------------------------------------------
    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Import articles"), str(Path.home()),
            tr("Articles (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)"),
        )
        if files:
            self.start_import([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Import a folder of articles"), str(Path.home()))
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, paths: list[Path]) -> bool:
        if not available("app.ingest"):
            self.message(tr("Importing is not available in this build (the readers are missing)."))
            return False
        db, user = self.db, self.user

        def work(progress: Any, cancel: Any) -> Any:
            # the readers and extractors load here, in the worker thread, the first time they are needed
            from app.workflows.importing import import_paths

            return import_paths(db, paths, user, progress=progress, cancel=cancel)

        return self._start(tr("Importing"), work, self._import_done)

    def _import_done(self, summary: Any) -> None:
        self.queue.refresh_facets()
        self.queue.model.reload()  # the first document is selected when the list arrives, if none was
        self.refresh_counts()
        text = tr("Imported %1, duplicates %2, failed %3").replace("%1", str(len(summary.imported))).replace(
            "%2", str(len(summary.duplicates))).replace("%3", str(len(summary.failed)))
        if summary.cancelled:
            text += " " + tr("(cancelled)")
        self.message(text, 15_000)

    def reextract(self) -> None:
        current = self.queue.current_id()
        ids = self.queue.selected_ids() or ([current] if current is not None else [])
        if not ids:
            return
        self.form.flush()
        db, user = self.db, self.user

        def work(progress: Any, cancel: Any) -> Any:
            from app.workflows.extracting import reextract

            return reextract(db, ids, user, progress=progress, cancel=cancel)

        def done(added: Any) -> None:
            self.queue.model.refresh_documents(ids)
            self.controller.reload()
            self.message(tr("Extraction added %1 suggestions").replace("%1", str(added)))

        self._start(tr("Extracting"), work, done)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export approved records"),
                                              str(Path.home() / "factdesk-export.xlsx"), tr("Excel workbook (*.xlsx)"))
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> bool:
        if not available("app.workflows.exporting"):
            self.message(tr("Export is not available in this build."))
            return False
        from app.domain.records import ExportFilter

        db, user = self.db, self.user
        shown = self.queue.current_filter()
        flt = ExportFilter(since=shown.published_from, until=shown.published_to, region=shown.region)

        def work(progress: Any, cancel: Any) -> Any:
            from app.workflows.exporting import export_workbook  # openpyxl loads here, off the UI thread

            return export_workbook(db, path, flt, user, progress, cancel)

        return self._start(tr("Exporting"), work, lambda _r: self.message(tr("Exported to %1").replace("%1",
                                                                                                     str(path))))

    def _start(self, title: str, work: Any, done: Any) -> bool:
        started = self.runner.start(title, work, done, self._work_failed)
        if not started:
            self.message(tr("Wait for the current background work to finish, or cancel it."))
        return started

    def _work_failed(self, message: str) -> None:
        self._show_error(message)
        self.queue.model.reload()

    def cancel_work(self) -> None:
        self.runner.cancel()

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.runner.title)
        self._update_availability()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(f"{self.runner.title} %v/%m")
        self.statusBar().showMessage(message, 3000)

    # --- drag and drop ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls) and available("app.ingest"):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.start_import(paths):
            event.acceptProposedAction()

    # --- action handlers: edit ----------------------------------------------------------------------
    def undo(self) -> None:
        self.form.flush()
        stack = self.controller.stack()
        if stack is None or not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        text = stack.undoText()
        self.controller.undo_group.undo()
        if isinstance(command, AddFactCommand):
            self.message(tr("Undone: %1. The fact leaves the form; it stays in the database as rejected, and "
                            "the audit log keeps its history.").replace("%1", text), 10_000)
        else:
            self.message(tr("Undone: %1").replace("%1", text))

    def redo(self) -> None:
        self.form.flush()
        stack = self.controller.stack()
        if stack is None or not stack.canRedo():
            return
        text = stack.redoText()
        self.controller.undo_group.redo()
        self.message(tr("Redone: %1").replace("%1", text))

    def find_in_article(self) -> None:
        self.article.find_bar.open_bar()

    def find_next(self) -> None:
        self.article.find_bar.step(True)

    def find_previous(self) -> None:
        self.article.find_bar.step(False)

    def focus_search(self) -> None:
        self.queue.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.queue.search.selectAll()

    # --- action handlers: document ------------------------------------------------------------------
    def approve_and_next(self) -> None:
        self.form.flush()
        result = self.controller.approve()
        if result is None:
            return
        if not result.approved:
            self.form.show_problems(result.problems)
            self.form.focus_first_problem(result.problems)
            n = sum(len(p) for p in result.problems.values())
            self.message(tr("Not approved: %n problem(s) to fix first (shown on the fields)", "", n), 10_000)
            return
        self.message(tr("Approved"))
        if not self.queue.step(1):
            self.message(tr("Approved. That was the last document in the queue."))

    def flag_document(self) -> None:
        doc = self.controller.document
        if doc is None:
            return
        self.form.flush()
        dialog = NoteDialog(self, tr("Flag document"), tr("Why does this document need another look?"),
                            doc.note or "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.controller.flag(dialog.note()))
        dialog.open()

    def reject_document(self) -> None:
        self.form.flush()
        if self.controller.reject_document():
            self.message(tr("Document rejected"))

    def reopen_document(self) -> None:
        if self.controller.reopen():
            self.message(tr("Document reopened for review"))

    def next_document(self) -> None:
        self.queue.step(1)

    def previous_document(self) -> None:
        self.queue.step(-1)

    def next_unreviewed(self) -> None:
        start = self.queue.current_row()
        with self.db.session() as session:
            position = queue.first_unreviewed(session, self.queue.model.ids(), -1 if start is None else start)
        if position is None:
            self.message(tr("Every document in the queue has been reviewed."))
            return
        self.queue.select_row(position)

    # --- action handlers: fact ----------------------------------------------------------------------
    def next_fact(self) -> None:
        self.form.step(1)

    def previous_fact(self) -> None:
        self.form.step(-1)

    def _current_fact_id(self) -> int | None:
        if self.form.current is None and self.form.order:
            self.form.set_current(self.form.order[0], focus=False)
        return self.form.current

    def confirm_fact(self) -> None:
        fact_id = self._current_fact_id()
        if fact_id is None:
            return
        self.form.flush()
        self.controller.set_fact_status(fact_id, "confirmed")
        self.form.step(1)

    def reject_fact(self) -> None:
        fact_id = self._current_fact_id()
        doc = self.controller.document
        if fact_id is None or doc is None:
            return
        self.form.flush()
        fact = doc.fact(fact_id)
        restoring = fact is not None and fact.status == "rejected"
        self.controller.set_fact_status(fact_id, "edited" if restoring else "rejected")
        if not restoring:
            self.form.step(1)

    def add_fact_from_selection(self) -> None:
        doc = self.controller.document
        span = self.article.view.selection_span()
        if doc is None or span is None:
            self.message(tr("Select the evidence in the article first (it must not be the raw text)."))
            return
        self.form.flush()
        start, end = span
        draft = self._draft_for(doc, start, end)
        fact_id = self.controller.add_fact(draft)
        if fact_id is not None:
            self.form.set_current(fact_id)
            self.article.view.set_current_fact(fact_id, scroll=False)
            self.message(tr("Fact added from the selection"))

    def _draft_for(self, doc: DocumentView, start: int, end: int) -> FactDraft:
        """What the extractor makes of the selection; without one, a fact of the current kind with the
        selected number or name filled in. The evidence is the selection either way."""
        text = doc.display_text
        draft: FactDraft | None = None
        if available("app.extract"):
            from app import extract

            selection_fn = getattr(extract, "extract_selection", None)
            if selection_fn is not None:
                try:
                    draft = selection_fn(text, start, end, doc.language, doc.published)
                except Exception as exc:  # noqa: BLE001 - a failing extractor must not stop the analyst
                    self.message(tr("The extractor failed on this selection: %1").replace("%1", str(exc)))
                    draft = None
        if draft is None:
            current = doc.fact(self.form.current) if self.form.current is not None else None
            kind = Kind(current.kind) if current is not None else Kind.INDICATOR
            selected = text[start:end].strip()
            number = parse_number(selected)
            fields: dict[str, str | None] = {}
            if kind is Kind.PERSON:
                fields["name"] = selected
            elif number is None:
                fields["project" if kind is Kind.PROJECT else "indicator"] = selected
            draft = FactDraft(kind=kind, fields=fields, value=number, unit=None, confidence=1.0)
        draft.evidence = [Span(start, end)]
        draft.origin = "analyst"
        return draft

    def fill_field_from_selection(self) -> None:
        editor = self.form.target_editor()
        selected = self.article.view.textCursor().selectedText().replace("\u2029", " ").strip()
        if editor is None or not selected:
            self.message(tr("Select text in the article and put the cursor in a field first."))
            return
        editor.fill(selected)
        editor.setFocus()

    # --- action handlers: view and help -------------------------------------------------------------
    def focus_queue(self) -> None:
        self.queue.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_article(self) -> None:
        self.article.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_form(self) -> None:
        if self.form.order:
            self.form.set_current(self.form.current or self.form.order[0], focus=True)
        else:
            self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle_raw_text(self, raw: bool) -> None:
        self.article.show_document(self.controller.document, raw=raw)
        if not raw and self.form.current is not None:
            self.article.view.set_current_fact(self.form.current, scroll=False)

    def show_shortcuts(self) -> None:
        if self.overlay.isVisible():
            self.overlay.close_overlay()
        else:
            self.overlay.open()

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About FactDesk"), tr("FactDesk %1\nReview facts extracted from news articles "
                                                         "and export them to Excel.").replace("%1", __version__))

    # --- settings -----------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        settings = config.load_settings()
        geometry = settings.get(SETTINGS_GEOMETRY)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        state = settings.get(SETTINGS_STATE)
        if isinstance(state, str):
            self.restoreState(QByteArray.fromBase64(state.encode()))
        splitter = settings.get(SETTINGS_SPLITTER)
        if isinstance(splitter, str):
            self.splitter.restoreState(QByteArray.fromBase64(splitter.encode()))
        last = settings.get(SETTINGS_LAST_DOCUMENT)
        # open the last (or the first) document at once; the queue's list arrives from its thread
        with self.db.session() as session:
            if not (isinstance(last, int) and queue.exists(session, last)):
                last = queue.first_id(session, self.queue.model.filter, self.queue.model.sort_order)
        self.queue.expect(last)
        self.open_document(last)
        self.queue.table.setFocus(Qt.FocusReason.OtherFocusReason)  # keyboard-first: start in the queue
        # the queue's list and the counts are read once the window is up (in threads of their own)
        QTimer.singleShot(0, self.queue.model.start)
        QTimer.singleShot(0, self.refresh_counts)

    def save_settings(self) -> None:
        values: dict[str, object] = {
            SETTINGS_GEOMETRY: bytes(self.saveGeometry().toBase64().data()).decode(),
            SETTINGS_STATE: bytes(self.saveState().toBase64().data()).decode(),
            SETTINGS_SPLITTER: bytes(self.splitter.saveState().toBase64().data()).decode(),
        }
        if self.controller.document is not None:
            values[SETTINGS_LAST_DOCUMENT] = self.controller.document.id
        config.save_settings(values)

    def _save_last_document(self) -> None:
        if self.controller.document is not None:
            config.save_settings({SETTINGS_LAST_DOCUMENT: self.controller.document.id})

    def closeEvent(self, event: QCloseEvent) -> None:
        self.form.flush()
        self.runner.cancel()
        self.runner.wait(10_000)
        self.queue.model.wait(10_000)
        self.save_settings()
        super().closeEvent(event)

