"""Errors the store raises; each message is one line a user can read. They are defined in
app.domain.errors (so the window catches them without importing the store) and re-exported here."""

from app.domain.errors import ConflictError, LockedError, NotFoundError, StoreError

__all__ = ["ConflictError", "LockedError", "NotFoundError", "StoreError"]
