"""Errors the store raises; each message is one line a user can read."""


class StoreError(Exception):
    """A problem with the database that the user can act on."""


class ConflictError(StoreError):
    """The row changed since it was read (optimistic locking) or the change is not allowed now."""


class NotFoundError(StoreError):
    """No row with that id."""
