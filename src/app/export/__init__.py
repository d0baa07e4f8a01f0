"""The Excel workbook writer (openpyxl, write-only mode). Imports only `app.domain`: the workflow
hands it plain records and a target path, it writes the sheets described in docs/workbook-contract.md."""

from app.export.errors import ExportError
from app.export.files import atomic_target, check_target
from app.export.writer import AboutInfo, WorkbookStats, write_workbook

__all__ = ["AboutInfo", "ExportError", "WorkbookStats", "atomic_target", "check_target", "write_workbook"]
