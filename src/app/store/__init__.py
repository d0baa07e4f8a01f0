"""Persistence: SQLAlchemy models, the database, migrations and the services that change data.

The only package that imports SQLAlchemy. Services take a session as their first argument and never
commit on their own unless their name says so; callers open one session per user action
(`Database.session()`) and commit once."""

from app.store.db import Database
from app.store.errors import ConflictError, LockedError, NotFoundError, StoreError

__all__ = ["ConflictError", "Database", "LockedError", "NotFoundError", "StoreError"]
