"""Errors a user can act on, raised by the readers, the store and the operations over it and shown by
the window and the command line. Each message is one line. They live in the domain so that the window
and the command line can catch them without importing the store or the (heavy) readers."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any


def shown(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes of a file name that are not UTF-8
    appear as escapes (\\xe9), never as a surrogate that breaks output or a database."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


class IngestError(Exception):
    """A file or path that cannot be imported. ``str(e)`` is one line naming the file, e.g.
    ``"empty file: /x/a.txt"``; ``e.path`` and ``e.reason`` hold the parts."""

    def __init__(self, reason: str, path: Path | str) -> None:
        self.reason = " ".join(str(reason).split())
        self.path = Path(path)
        super().__init__(f"{self.reason}: {' '.join(shown(path).splitlines())}")


class StoreError(Exception):
    """A problem with the data that the user can act on (the message says what and what to do)."""


class NotFoundError(StoreError):
    """No row with that id."""


class ConflictError(StoreError):
    """The row changed since it was read (optimistic locking), or the change is not allowed now.

    For a stale write the attributes say what the other change was, so the window can show "their
    value, your value": `entity` ("document" or "fact"), `entity_id`, `theirs` (the current stored
    values of the fields the write touched), `changed_by` and `changed_at` (the last change's user and
    time, from the audit log, when known)."""

    def __init__(
        self,
        message: str,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        theirs: dict[str, Any] | None = None,
        changed_by: str | None = None,
        changed_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.theirs = dict(theirs or {})
        self.changed_by = changed_by
        self.changed_at = changed_at


class LockedError(ConflictError):
    """The document is approved or rejected: neither it nor its facts change until it is reopened for
    review (an explicit, audited step). ``str(e)`` is e.g. "document 12 is approved; reopen it for review
    first"."""


class UnreachableError(StoreError):
    """The database server cannot be reached (refused, gone away, shut down): nothing of the change was
    stored, and trying again once the connection is back may succeed."""
