"""The review window: queue, article and fact form side by side; every command is an action from
`app.ui.actions`; edits save themselves; long work runs in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
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
from app.domain.errors import ConflictError
from app.domain.queue import QueueFilter
from app.domain.records import ExportFilter
from app.domain.schema import DocStatus
from app.domain.views import DocumentView
from app.review import ChangeSet, Workspace
from app.ui import import_report, pane_focus, review_commands, window_state
from app.ui.actions import Context, ShortcutsWin, build_actions, update_enablement
from app.ui.apply_dialog import ApplyCorrections
from app.ui.article_view import ArticlePane
from app.ui.claims import ClaimKeeper
from app.ui.conflict_dialog import ConflictDialog
from app.ui.dialogs import NoteDialog
from app.ui.fact_form import FactForm
from app.ui.fact_text import lead_text
from app.ui.i18n import tr
from app.ui.live_updates import LiveUpdates, window_title
from app.ui.messages import translated
from app.ui.queue_model import status_text
from app.ui.queue_pane import DEFAULT_WIDTH, QueuePane
from app.ui.review_controller import PendingWrite, ReviewController
from app.ui.shortcut_overlay import ShortcutOverlay
from app.ui.theme import Theme, style_widgets, theme_manager
from app.ui.undo import AddFactCommand
from app.ui.workers import JobRunner


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.user = workspace.user
        workspace.attention_below = config.load_settings().review_confirm_threshold / 100
        self.setWindowTitle(window_title(None, workspace))
        self.setAcceptDrops(True)
        self.resize(1440, 880)
        self.controller = ReviewController(workspace, self)
        self.runner = JobRunner(self)
        self.queue = QueuePane(workspace)
        self.article = ArticlePane()
        self.form = FactForm()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.queue, self.article, self.form):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([DEFAULT_WIDTH, 400, 440])
        self.setCentralWidget(self.splitter)
        self._overlay: ShortcutOverlay | None = None  # built on the first F1
        self.conflict_dialog: ConflictDialog | None = None
        self.import_report: import_report.ImportReport | None = None
        self.apply_corrections: ApplyCorrections = ApplyCorrections(self)  # File ▸ Apply Corrections from Workbook…
        self._form_had_focus = False
        self._uncertain_at: int | None = None  # the fact "Next uncertain fact" went to last

        self.commands: dict[str, QAction] = build_actions(self)  # id → QAction (QWidget.actions() is Qt's list)
        self._shortcuts_win: ShortcutsWin | None = ShortcutsWin(self, self.commands)
        QApplication.instance().installEventFilter(self._shortcuts_win)  # type: ignore[union-attr]
        review_commands.show_confirm_threshold(self)
        self._build_status_bar()
        self._connect()
        self.claims = ClaimKeeper(self)  # team mode: claim what is open, heartbeat, read-only when held
        self.update_context()
        themes = theme_manager(QApplication.instance())  # type: ignore[arg-type]
        self._apply_theme(themes.theme)
        themes.changed.connect(self._apply_theme)
        self._last_doc_timer = QTimer(self)
        self._last_doc_timer.setSingleShot(True)
        self._last_doc_timer.setInterval(1000)
        self._last_doc_timer.timeout.connect(self._save_last_document)
        self.restore_settings()
        self.live = LiveUpdates(self)  # others' changes; a lost server; the journal of unsaved edits

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
        c.operationDidExecute.connect(self.on_operation_did_execute)
        c.conflicted.connect(self.show_conflict)
        c.saved.connect(self.save_label.setText)
        c.failed.connect(self._show_error)
        self.queue.model.loadFailed.connect(self._show_error)
        self.form.factCommitted.connect(lambda f, n, v, s: c.edit_fact(f, n, v, s))
        self.form.documentCommitted.connect(lambda n, v, s: c.edit_document(n, v, s))
        self.form.statusRequested.connect(self._fact_status_requested)
        self.form.currentFactChanged.connect(lambda f: self.article.view.set_current_fact(f))
        self.article.view.factClicked.connect(self._fact_clicked)
        self.article.find_bar.stepped.connect(self.message)
        self.queue.filterChanged.connect(lambda: self.article.set_search(self.queue.current_filter().search))
        self.runner.busyChanged.connect(self._busy_changed)
        self.runner.progress.connect(self._progress)
        group = c.undo_group
        group.canUndoChanged.connect(lambda _b: self.update_context())
        group.canRedoChanged.connect(lambda _b: self.update_context())
        group.activeStackChanged.connect(lambda _s: self.update_context())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def context(self) -> Context:
        """The state the actions' enablement is evaluated from."""
        doc = self.controller.document
        focus = QApplication.focusWidget()
        pane = next((name for name, widget in (("queue", self.queue), ("article", self.article), ("form", self.form))
                     if focus is not None and (widget is focus or widget.isAncestorOf(focus))), "other")
        group = self.controller.undo_group
        return Context(
            document_open=doc is not None, status=doc.status if doc else None,
            editable=doc is not None and not self.controller.read_only, busy=self.runner.busy,
            can_undo=group.canUndo(), can_redo=group.canRedo(), has_facts=bool(doc and doc.facts),
            may_approve=self.claims.may_approve, may_assign=self.claims.may_assign,
            on_team=self.claims.on_team, focus=pane,
        )

    def update_context(self) -> None:
        update_enablement(self.commands, self.context())

    def _focus_changed(self, _old: Any, new: Any) -> None:
        if new is not None and new.window() is self:
            self.update_context()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return pane_focus.focus_next_prev(self, next) or super().focusNextPrevChild(next)  # Tab stays in its pane

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._shortcuts_win is not None:
            QApplication.instance().removeEventFilter(self._shortcuts_win)  # type: ignore[union-attr]
            self._shortcuts_win = None
        if event.type() == QEvent.Type.DeferredDelete:
            # Drain the worker pools here, from Python, before Qt deletes the children: the pools' own destructors
            # wait for their threads while this thread holds the GIL, and a worker that needs the GIL (a garbage
            # collection closing an old SQLite connection) would then wait for ever (seen once in CI, 2026-11-30).
            self.runner.wait(10_000)
            self.queue.model.wait(10_000)
        return super().event(event)

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
        self.article.show_document(doc, raw=raw, filtered=self.queue.current_filter() != QueueFilter())
        self.form.set_document(doc)
        title = (doc.title or lead_text(doc.display_text, 60)) if doc is not None else None
        self.setWindowTitle(window_title(title, self.workspace))
        if doc is not None and self.form.order:
            self.form.set_current(self.form.order[0], focus=self._form_had_focus)
            self.article.view.set_current_fact(self.form.order[0], scroll=False)
        self.update_context()

    def on_operation_did_execute(self, changes: ChangeSet) -> None:
        """Every pane brings itself up to date from the change set (Anki's `on_operation_did_execute`)."""
        for pane in (self.queue, self.article, self.form):
            pane.on_operation_did_execute(changes)
        self.update_context()

    def show_conflict(self, conflict: ConflictError, mine: PendingWrite | None) -> None:
        """Someone else changed what the analyst was writing: their value, yours, who and when; Keep mine
        writes yours over theirs (audited), Take theirs leaves theirs (yours stays in the dialog and on
        the clipboard)."""
        self._show_error(str(conflict))
        if mine is None:
            return
        dialog = ConflictDialog(self, conflict, mine.name, mine.value)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.keepMine.connect(lambda: self._keep_mine(conflict, mine))
        dialog.finished.connect(lambda _r: setattr(self, "conflict_dialog", None))
        self.conflict_dialog = dialog
        dialog.open()

    def _keep_mine(self, conflict: ConflictError, mine: PendingWrite) -> None:
        if mine.fact_id is None:
            self.controller.edit_document(mine.name, mine.value, keep_mine=conflict)
        else:
            self.controller.edit_fact(mine.fact_id, mine.name, mine.value, keep_mine=conflict)

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
        message = translated(message)  # the store's and the domain's words, in the UI language
        self.statusBar().showMessage(message, 10_000)
        self.save_label.setText(tr("Not saved: %1", message))

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
        ws = self.workspace
        return self.start_work(tr("Importing"), lambda progress, cancel: ws.import_paths(paths, progress, cancel),
                           self.import_done)

    def import_done(self, changes: ChangeSet) -> None:
        self.on_operation_did_execute(changes)  # the first document is selected when the list arrives
        if changes.result is not None:
            import_report.show_report(self, changes.result)  # failed and skipped files, with the reasons

    def reextract(self) -> None:
        current = self.queue.current_id()
        ids = self.queue.selected_ids() or ([current] if current is not None else [])
        if not ids:
            return
        self.form.flush()
        ws = self.workspace

        def done(changes: ChangeSet) -> None:
            self.on_operation_did_execute(changes)
            self.controller.reload()
            self.message(tr("Extraction added %1 suggestions", changes.result))

        self.start_work(tr("Extracting"), lambda progress, cancel: ws.reextract(ids, progress, cancel), done)

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export approved records"),
                                              str(Path.home() / "factdesk-export.xlsx"), tr("Excel workbook (*.xlsx)"))
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> bool:
        shown = self.queue.current_filter()
        flt = ExportFilter(since=shown.published_from, until=shown.published_to, region=shown.region)
        ws = self.workspace
        return self.start_work(tr("Exporting"),
                               lambda progress, cancel: ws.export_workbook(path, flt, progress, cancel),
                               self._exported)

    def _exported(self, changes: Any) -> None:
        """Say what went out: facts, documents, where — and the undated documents a date filter left out."""
        result = changes.result
        text = tr("Exported %1 facts from %2 documents to %3", result.facts, result.documents, result.path)
        if result.undated_left_out:
            text += " " + tr("(%1 undated documents left out by the date filter)", result.undated_left_out)
        self.message(text, 15000)

    def start_work(self, title: str, work: Any, done: Any) -> bool:
        started = self.runner.start(title, work, done, self._work_failed)
        if not started:
            self.message(tr("Wait for the current background work to finish, or cancel it."))
        return started

    def _work_failed(self, message: str) -> None:
        self._show_error(message)
        self.article.show_busy(None)
        self.queue.model.reload()

    def cancel_work(self) -> None:
        self.runner.cancel()

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.runner.title)
        self.update_context()

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(f"{self.runner.title} %v/%m")
        self.statusBar().showMessage(message, 3000)

    # --- drag and drop ------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
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
                            "the audit log keeps its history.", text), 10_000)
        else:
            self.message(tr("Undone: %1", text))

    def redo(self) -> None:
        self.form.flush()
        stack = self.controller.stack()
        if stack is None or not stack.canRedo():
            return
        text = stack.redoText()
        self.controller.undo_group.redo()
        self.message(tr("Redone: %1", text))

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
            self.message(tr("Not approved: %n problem(s) to fix first (shown on the fields)", n=n), 10_000)
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
        position = self.workspace.first_unreviewed(self.queue.model.ids(), -1 if start is None else start)
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
                                                         "and export them to Excel.", __version__))

    # --- settings ---------------------------------------------------------------------------------
    def restore_settings(self) -> None:
        settings = config.load_settings()
        for saved, restore in ((settings.window_geometry, self.restoreGeometry),
                               (settings.window_state, self.restoreState),
                               (settings.window_splitter, self.splitter.restoreState)):
            if saved:
                restore(QByteArray.fromBase64(saved.encode()))
        window_state.restore_queue(self, settings)  # the saved sort and filter, before the first query
        last = settings.window_last_document
        # open the last (or the first) document at once; the queue's list arrives from its thread
        if last is None or not self.workspace.document_exists(last):
            last = self.workspace.first_document(self.queue.model.filter, self.queue.model.sort_order)
        self.queue.expect(last)
        self.open_document(last)
        window_state.restore_fact(self, settings)
        self.queue.table.setFocus(Qt.FocusReason.OtherFocusReason)  # keyboard-first: start in the queue
        # the queue's list and the counts are read once the window is up (in threads of their own)
        QTimer.singleShot(0, self.queue.model.start)
        QTimer.singleShot(0, self.refresh_counts)

    def save_settings(self) -> None:
        def encoded(state: QByteArray) -> str:
            return bytes(state.toBase64().data()).decode()

        doc = self.controller.document
        config.save_settings(
            window_geometry=encoded(self.saveGeometry()), window_state=encoded(self.saveState()),
            window_splitter=encoded(self.splitter.saveState()), **window_state.saved(self),
            **({"window_last_document": doc.id} if doc is not None else {}),
        )

    def _save_last_document(self) -> None:
        if self.controller.document is not None:
            config.save_settings(window_last_document=self.controller.document.id, **window_state.saved(self))

    def stop_work(self, msecs: int = 10_000) -> None:
        """Keep what is typed, cancel the running job and wait for the worker threads (up to `msecs` each): nothing
        may still be using the database when it is closed, nor running when the interpreter shuts down."""
        self.form.flush()
        self.runner.cancel()
        self.runner.wait(msecs)
        self.queue.model.wait(msecs)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        self.save_settings()
        super().closeEvent(event)

