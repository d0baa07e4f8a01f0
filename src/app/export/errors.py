"""Errors of the export; each message is one line a user can act on."""


class ExportError(Exception):
    """The workbook cannot be written (target folder missing, read-only, file locked, …)."""
