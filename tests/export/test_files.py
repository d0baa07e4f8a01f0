"""The target file: checked first, written atomically, never left broken; clear messages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from export_helpers import fill, read_sheet

from app.domain.records import ExportFilter
from app.export import ExportError
from app.store import Database
from app.store.services import export_rows
from app.workflows.exporting import export_workbook
from app.workflows.progress import Cancelled, CancelToken


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith((".~", ".factdesk-export.")))


def test_missing_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        export_workbook(db, tmp_path / "nope" / "out.xlsx", ExportFilter(), "tester")


def test_not_an_xlsx_name_or_a_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.xlsx"):
        export_workbook(db, tmp_path / "out.csv", ExportFilter(), "tester")
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(ExportError, match="a folder has that name"):
        export_workbook(db, tmp_path / "dir.xlsx", ExportFilter(), "tester")


def test_read_only_target_is_left_alone(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "locked.xlsx"
    target.write_bytes(b"the previous export")
    target.chmod(0o444)
    try:
        with pytest.raises(ExportError, match="read-only"):
            export_workbook(db, target, ExportFilter(), "tester")
    finally:
        target.chmod(0o644)
    assert target.read_bytes() == b"the previous export" and leftovers(tmp_path) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write in a read-only folder")
def test_read_only_folder(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="cannot write in the folder"):
            export_workbook(db, folder / "out.xlsx", ExportFilter(), "tester")
    finally:
        folder.chmod(0o755)


def test_cancel_or_failure_keeps_the_previous_file(db: Database, tmp_path: Path) -> None:
    fill(db)
    target = tmp_path / "out.xlsx"
    export_workbook(db, target, ExportFilter(status="all"), "tester")
    before = target.read_bytes()
    token = CancelToken()

    def cancel_on_write(done: int, total: int, message: str) -> None:
        if message.startswith("writing"):
            token.cancel()

    with pytest.raises(Cancelled):
        export_workbook(db, target, ExportFilter(status="all"), "tester", progress=cancel_on_write, cancel=token)
    assert target.read_bytes() == before and leftovers(tmp_path) == []

    def explode(done: int, total: int, message: str) -> None:
        if message.startswith("writing"):
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        export_workbook(db, target, ExportFilter(status="all"), "tester", progress=explode)
    assert target.read_bytes() == before and leftovers(tmp_path) == []
    with db.session() as s:
        assert len(export_rows.exports(s)) == 1  # only the export that finished is recorded


def test_replaces_an_existing_workbook_and_reports_progress(db: Database, tmp_path: Path) -> None:
    fill(db)
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    seen: list[tuple[int, int, str]] = []
    result = export_workbook(db, target, ExportFilter(status="all"), "tester",
                             progress=lambda d, t, m: seen.append((d, t, m)))
    assert read_sheet(target, "Documents") and leftovers(tmp_path) == []
    assert (target.stat().st_mode & 0o777) == 0o640
    total = seen[0][1]
    assert seen[-1] == (total, total, "done") and total == result.facts + result.documents + result.audit_events
    assert all(d <= t for d, t, _ in seen)
