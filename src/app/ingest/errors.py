"""The one exception the ingest package raises for bad input. It is defined in app.domain.errors (so
the command line and the window catch it without importing the readers) and re-exported here."""

from app.domain.errors import IngestError

__all__ = ["IngestError"]
