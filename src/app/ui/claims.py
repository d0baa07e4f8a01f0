"""Team mode in the window: claims, "next unreviewed" hand-out, marking ready, assignments.

`ClaimKeeper` claims the document the window opens (through `Workspace.claim`), renews the claim
with a heartbeat while it stays open, and releases it when another document is opened or the window
closes. A document someone else holds is shown read-only — the form's editors off, "being reviewed by
NAME" over the form — and is retried at each heartbeat (so it opens up when they are done). On a
SQLite file the workspace's claims do nothing and nothing here gets in the way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import StoreError
from app.domain.views import DocumentView
from app.review.team import HEARTBEAT_SECONDS, ClaimState
from app.ui.i18n import tr

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def held_text(holder: str) -> str:
    return tr("Being reviewed by %1 — read-only until they are done", holder)


class ClaimKeeper(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.current: int | None = None
        self.state: ClaimState | None = None
        self.may_approve = True  # until the team's settings are read (the database refuses anyway)
        self.may_assign = False  # until then too: assignments need a team database and a reviewer's role
        self.on_team = False
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.heartbeat)
        window.controller.documentLoaded.connect(self._loaded)
        window.installEventFilter(self)
        self.mine = QCheckBox(tr("Assigned to me"))
        self.mine.setObjectName("assignedToMe")
        self.mine.hide()
        self.mine.toggled.connect(lambda _on: window.queue.apply_filter())
        window.queue.layout().insertWidget(1, self.mine)  # type: ignore[union-attr]
        window.queue.extra_filter = self.filter_changes
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        try:
            info = self.workspace.team()
        except StoreError as exc:
            self.window.message(str(exc))
            return
        self.mine.setVisible(info.claims)
        self.may_approve = info.may_approve
        self.may_assign = info.claims and info.may_assign
        self.on_team = info.claims
        if not info.may_approve:
            self.window.message(tr("Two-step review: a reviewer approves; when your work on a document is done, "
                                   "mark it ready for review (Ctrl+Shift+Y)"))
        self.window.update_context()

    def filter_changes(self) -> dict[str, object]:
        return {"assignee": self.workspace.user} if self.mine.isChecked() else {}

    def _loaded(self, doc: DocumentView | None) -> None:
        new = doc.id if doc is not None else None
        if new != self.current and self.current is not None and not (self.state and self.state.read_only):
            self._quietly(lambda: self.workspace.release(self.current))  # type: ignore[arg-type]
        if new != self.current:
            self.current = new
            self.state = None
            if new is not None:
                self._claim()
        self._show()

    def _claim(self) -> None:
        if self.current is None:
            return
        document_id = self.current
        state = self._quietly(lambda: self.workspace.claim(document_id))
        self.state = state if isinstance(state, ClaimState) else None
        if self.workspace.team().claims:
            self.timer.start()

    def heartbeat(self) -> None:
        """Renew our claim; a document someone else held opens up once they released it (or it lapsed)."""
        if self.current is None:
            self.timer.stop()
            return
        was = self.state.holder if self.state else None
        self._claim()
        if (self.state.holder if self.state else None) != was:
            self.window.controller.reload()
        self._show()

    def _show(self) -> None:
        holder = self.state.holder if self.state else None
        self.window.controller.held_by = holder
        self.window.form.set_held_by(holder and held_text(holder))
        self.window.update_context()

    def _quietly(self, call):  # noqa: ANN001, ANN202 - a workspace call; a failure is a status-bar line
        try:
            return call()
        except StoreError as exc:
            self.window.message(str(exc))
            return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.timer.stop()
            if self.current is not None and not (self.state and self.state.read_only):
                self._quietly(lambda: self.workspace.release(self.current))  # type: ignore[arg-type]
        return super().eventFilter(watched, event)


def next_unreviewed(window: MainWindow) -> None:
    """On a team database: the next document waiting that nobody holds, claimed for us (each analyst
    asking gets a different one). On SQLite: the next unreviewed document in the queue's order."""
    if not window.workspace.team().claims:
        window.next_unreviewed()
        return
    window.form.flush()
    current = window.controller.document
    try:
        found = window.workspace.next_unreviewed_claimed(window.queue.current_filter(),
                                                         exclude=[current.id] if current else [])
    except StoreError as exc:
        window.message(str(exc))
        return
    if found is None:
        window.message(tr("Every document in the queue has been reviewed."))
        return
    ids = window.queue.model.ids()
    if found in ids:
        window.queue.select_row(ids.index(found))
    else:
        window.open_document(found)


def mark_ready(window: MainWindow) -> None:
    window.form.flush()
    if window.controller.mark_ready():
        window.message(tr("Marked ready for review"))


class AssignDialog(QDialog):
    """Choose the analyst the documents go to (the team's users), or nobody."""

    def __init__(self, parent: QWidget, users: list[tuple[str, str]], count: int) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(tr("Assign Documents"))
        self.users = QComboBox()
        self.users.setObjectName("assignUser")
        for name, role in users:
            self.users.addItem(f"{name} ({role})", name)
        self.users.addItem(tr("Nobody (unassign)"), None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Assign %n document(s) to:", n=count)))
        layout.addWidget(self.users)
        layout.addWidget(buttons)

    def assignee(self) -> str | None:
        value = self.users.currentData()
        return str(value) if value else None


def assign_documents(window: MainWindow) -> None:
    """Assign the documents selected in the queue (or, with one or none selected, every document the
    queue's filter shows) to an analyst. Only reviewers and admins may; the database refuses others."""
    ws = window.workspace
    if not ws.team().claims:
        window.message(tr("Assignments need a team database (PostgreSQL)"))
        return
    if not ws.team().may_assign:
        window.message(tr("Only a reviewer or an admin assigns documents"))
        return
    selected = window.queue.selected_ids()
    whole_filter = len(selected) <= 1
    count = len(window.queue.model.ids()) if whole_filter else len(selected)
    dialog = AssignDialog(window, ws.team_users(), count)
    dialog.setModal(True)

    def done() -> None:
        try:
            changes = (ws.assign_filtered(window.queue.current_filter(), dialog.assignee()) if whole_filter
                       else ws.assign(selected, dialog.assignee()))
        except StoreError as exc:
            window.message(str(exc))
            return
        window.message(tr("Assigned %n document(s)", n=changes.result or 0))
        window.queue.apply_filter()

    dialog.accepted.connect(done)
    dialog.open()
