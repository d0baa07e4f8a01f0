"""The Excel workbook writer. Imports only `app.domain`: the workflow hands it plain records and a
target path; `app.export.columns` states every column the workbook has (docs/workbook-contract.md)."""

from app.export.errors import ExportError
from app.export.files import atomic_target, check_target
from app.export.writer import AboutInfo, WorkbookOptions, WorkbookStats, write_workbook

__all__ = ["AboutInfo", "ExportError", "WorkbookOptions", "WorkbookStats", "atomic_target", "check_target",
           "write_workbook"]
