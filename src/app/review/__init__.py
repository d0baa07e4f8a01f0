"""Operations between the window and the store: every user action is one call on a `Workspace` that
opens a session, calls the store's services, commits and returns a `ChangeSet` saying what changed
(as Anki's `CollectionOp` and the unit of work of "Architecture Patterns with Python" do). The window
holds a workspace from `open_workspace(url)` and never sees a session, SQLAlchemy or the store."""

from app.review.changes import Change, ChangeSet
from app.review.journal import Journal, JournalEntry, apply_entry
from app.review.workbook_corrections import DocumentCorrections, WorkbookApplied
from app.review.workspace import Workspace, open_workspace
from app.store.live import RemoteChange

__all__ = ["Change", "ChangeSet", "DocumentCorrections", "Journal", "JournalEntry", "RemoteChange", "WorkbookApplied",
           "Workspace", "apply_entry", "open_workspace"]
