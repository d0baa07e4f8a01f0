"""The one exception the ingest package raises for bad input. It is defined in app.domain.errors (so
the command line and the window catch it without importing the readers) and re-exported here, with
`shown`, the form in which a path appears in its message."""

from app.domain.errors import IngestError, shown

__all__ = ["IngestError", "shown"]
