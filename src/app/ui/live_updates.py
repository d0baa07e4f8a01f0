"""Other analysts' changes shown as they happen, and a window that survives losing its database.

A `ChangeWatcher` thread waits on the workspace's change feed (LISTEN/NOTIFY on PostgreSQL, `PRAGMA
data_version` on SQLite; see `app.store.live`) and hands each `RemoteChange` to the window's thread,
where it becomes a `ChangeSet` and goes through `MainWindow.on_operation_did_execute` like any local
operation. The open document is read again only when the form holds no edit in progress: otherwise
the window says the document changed elsewhere and the edit, when it is saved, meets the usual
version check (and the conflict dialog).

The same thread notices a server that went away (the feed's connection fails, or an operation failed
with `UnreachableError`): the window shows a banner, turns read-only, keeps the write that failed and
the form's pending edit in the journal (`app.ui.journal`), and the thread tries again every
`RETRY_SECONDS`; when the server answers, the journal is applied."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QToolBar

from app.domain.errors import StoreError, UnreachableError
from app.domain.views import DocumentView
from app.review import Change, ChangeSet, RemoteChange, Workspace
from app.ui.i18n import tr
from app.ui.journal import JournalKeeper

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.review_controller import PendingWrite

log = logging.getLogger(__name__)

WAIT_SECONDS = 0.5
RETRY_SECONDS = 2.0


def window_title(document_title: str | None, workspace: Workspace) -> str:
    """"Title — FactDesk — factdesk@db.example:5432 (anna)" on a team database; SQLite shows no place."""
    parts = [document_title] if document_title else []
    parts.append(tr("FactDesk"))
    place = workspace.place()
    if place is not None:
        where, login = place
        parts.append(f"{where} ({login})" if login else where)
    return " — ".join(parts)


class ChangeWatcher(QThread):
    changed = Signal(object)  # RemoteChange
    reachable = Signal(bool, str)  # up or down, and why (one line)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._check = False
        self.down = False

    def suspect(self) -> None:
        """An operation could not reach the server: check, and report down until it answers."""
        self._check = True

    def run(self) -> None:
        feed = self.workspace.change_feed()
        if feed is None:
            return
        try:
            while not self.isInterruptionRequested():
                try:
                    if self._check or self.down:
                        self._check = False
                        self.workspace.ping()
                    change = feed.wait(WAIT_SECONDS)
                    if self.down:
                        self.down = False
                        self.reachable.emit(True, "")
                        change = RemoteChange(everything=True)  # what others did meanwhile is not known
                    if change is not None:
                        self.changed.emit(change)
                except UnreachableError as exc:
                    if not self.down:
                        self.down = True
                        self.reachable.emit(False, str(exc))
                    self._sleep(RETRY_SECONDS)
                except (StoreError, OSError, ValueError) as exc:  # a damaged file, a refused query: log, go on
                    log.warning("watching for changes: %s", exc)
                    self._sleep(RETRY_SECONDS)
        finally:
            feed.close()

    def _sleep(self, seconds: float) -> None:
        for _ in range(int(seconds * 10)):
            if self.isInterruptionRequested() or (self._check and not self.down):
                return
            self.msleep(100)

    def stop(self) -> None:
        self.requestInterruption()
        self.wait(10_000)


class LiveUpdates(QObject):
    """The window's link to the other writers and to the server's state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.offline = False
        self.stale = False  # the open document changed elsewhere while an edit was in progress
        self.banner = QToolBar(tr("Connection"), window)
        self.banner.setObjectName("connectionBanner")
        self.banner.setMovable(False)
        self.banner_label = QLabel()
        self.banner_label.setObjectName("connectionBannerText")
        self.banner.addWidget(self.banner_label)
        window.addToolBarBreak()
        window.addToolBar(self.banner)
        self.banner.hide()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionState")
        window.statusBar().addPermanentWidget(self.connection_label)
        self.journal = JournalKeeper(window)
        self.watcher = ChangeWatcher(window.workspace, self)
        self.watcher.changed.connect(self.on_remote_change)
        self.watcher.reachable.connect(self.on_reachable)
        window.controller.unreachable.connect(self.on_write_unreachable)
        window.controller.operationDidExecute.connect(lambda _c: self._refresh_if_stale())
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # a window never closed still lets its thread go
        self._show_place()
        self.watcher.start()
        self.journal.offer_at_start()

    def _show_place(self) -> None:
        place = self.window.workspace.place()
        self.connection_label.setVisible(place is not None)
        if place is not None:
            self.connection_label.setText(tr("Connected: %1", place[0]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    def stop(self) -> None:
        self.watcher.stop()

    # --- other writers -------------------------------------------------------------------------------
    def on_remote_change(self, change: RemoteChange) -> None:
        window = self.window
        kinds = {Change.STATUS} | ({Change.QUEUE} if change.everything else set())
        doc = window.controller.document
        fresh = None
        if doc is not None and (change.everything or doc.id in change.document_ids):
            fresh = self._fresh_document(doc)
        if fresh is not None and self._edit_in_progress():
            self.stale = True
            window.message(tr("This document was changed elsewhere; your edit is checked against that change "
                              "when it is saved."), 10_000)
            fresh = None
        ids = tuple(change.document_ids)
        if fresh is not None:
            window.controller.document = fresh
            same_facts = [f.id for f in fresh.facts] == [f.id for f in doc.facts] if doc is not None else False
            kinds |= {Change.DOCUMENT, Change.FACT if same_facts else Change.FACTS}
            changes = ChangeSet(frozenset(kinds), ids or (fresh.id,), tuple(f.id for f in fresh.facts), fresh)
        else:
            changes = ChangeSet(frozenset(kinds), ids)
        window.on_operation_did_execute(changes)

    def _fresh_document(self, doc: DocumentView) -> DocumentView | None:
        """The open document as stored now, when it differs from what the window shows."""
        try:
            fresh = self.window.workspace.document(doc.id)
        except StoreError:
            return None
        return None if fresh == doc else fresh

    def _edit_in_progress(self) -> bool:
        form = self.window.form
        editors: list[Any] = [*form.card.all_editors(), *form.document_fields.rows.editors.values()]
        return any(e.has_pending() for e in editors)

    def _refresh_if_stale(self) -> None:
        """After the edit that was in progress is saved, show the other change it met (if no conflict did)."""
        doc = self.window.controller.document
        if self.stale and doc is not None and not self._edit_in_progress():
            self.stale = False
            self.on_remote_change(RemoteChange(frozenset({doc.id})))

    # --- the server going away and coming back -------------------------------------------------------
    def on_write_unreachable(self, error: UnreachableError, mine: PendingWrite | None) -> None:
        doc = self.window.controller.document
        if mine is not None and doc is not None:
            self.journal.keep(doc.id, mine)
        self.watcher.suspect()
        self.on_reachable(False, str(error))

    def on_reachable(self, up: bool, why: str) -> None:
        window = self.window
        if up == (not self.offline):
            return
        self.offline = not up
        window.controller.offline = self.offline
        if not up:
            window.form.flush()  # the edit in progress fails to reach the server and goes to the journal
            self.banner_label.setText(tr("The database cannot be reached; the window is read-only and your "
                                         "unsaved edits are kept on this computer. Trying again…"))
            self.banner.show()
            window.message(why, 10_000)
            self.connection_label.setText(tr("Database unreachable"))
            self.connection_label.show()
            window.form.card.set_locked(True)
            for editor in window.form.document_fields.rows.editors.values():
                editor.setEnabled(False)
        else:
            self.banner.hide()
            self._show_place()
            window.message(tr("The database is reachable again."))
            window.controller.reload()  # unlocks the form as the document's status allows
            self.journal.apply()
        window.update_context()
