"""Filters: status, published date range, region, kind; an empty selection still makes a workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from export_helpers import fact_rows, fill, read_sheet

from app.domain.records import ExportFilter, FilterError
from app.domain.schema import Kind
from app.store import Database
from app.workflows.exporting import export_workbook


def export(db: Database, tmp_path: Path, name: str, f: ExportFilter) -> tuple[dict[int, dict], list[int]]:
    out = tmp_path / f"{name}.xlsx"
    export_workbook(db, out, f, "tester")
    return fact_rows(out), [d["Document ID"] for d in read_sheet(out, "Documents")]


def test_status_approved_and_all(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    rows, docs = export(db, tmp_path, "approved", ExportFilter())
    assert {r["Document ID"] for r in rows.values()} == {s.baotou, s.hohhot}
    assert s.rejected_fact not in rows
    assert {r["Status"] for r in rows.values()} == {"approved"}  # facts of approved documents
    assert docs == [s.baotou, s.hohhot, s.empty]  # an approved document without facts is listed
    rows, docs = export(db, tmp_path, "all", ExportFilter(status="all"))
    assert {r["Document ID"] for r in rows.values()} == {s.baotou, s.ordos, s.hohhot}
    assert rows[s.rejected_fact]["Status"] == "rejected"
    assert docs == [s.baotou, s.ordos, s.hohhot, s.empty]


def test_published_date_range(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    rows, docs = export(db, tmp_path, "since", ExportFilter(status="all", since=date(2022, 1, 1)))
    assert {r["Document ID"] for r in rows.values()} == {s.ordos}
    assert docs == [s.ordos, s.empty]  # undated documents are left out once a date is asked for
    out = tmp_path / "since.xlsx"
    about = {r[0]: r[1] for r in openpyxl.load_workbook(out)["About"].iter_rows(min_row=2, values_only=True)}
    assert about["Undated documents left out"].startswith("1 documents without a published date")
    rows, docs = export(db, tmp_path, "undated",
                        ExportFilter(status="all", since=date(2022, 1, 1), include_undated=True))
    assert {r["Document ID"] for r in rows.values()} == {s.ordos, s.hohhot}
    assert docs == [s.ordos, s.hohhot, s.empty]
    rows, docs = export(db, tmp_path, "window",
                        ExportFilter(status="all", since=date(2021, 7, 24), until=date(2021, 7, 24)))
    assert {r["Document ID"] for r in rows.values()} == {s.baotou}
    rows, _ = export(db, tmp_path, "until", ExportFilter(status="all", until=date(2022, 3, 1)))
    assert {r["Document ID"] for r in rows.values()} == {s.baotou, s.ordos}


def test_region_matches_document_region_subject_or_location(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    rows, docs = export(db, tmp_path, "ordos", ExportFilter(status="all", region="鄂尔多斯"))
    assert {r["Document ID"] for r in rows.values()} == {s.ordos} and docs == [s.ordos]
    rows, _ = export(db, tmp_path, "hoh", ExportFilter(status="all", region="HOHHOT"))
    assert {r["Document ID"] for r in rows.values()} == {s.hohhot}
    rows, _ = export(db, tmp_path, "pct", ExportFilter(status="all", region="%"))
    assert rows == {}  # LIKE wildcards in the filter are taken literally


def test_kind(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    out = tmp_path / "people.xlsx"
    result = export_workbook(db, out, ExportFilter(status="all", kind=Kind.PERSON), "tester")
    assert result.sheets["People"] == 3 and result.sheets["Projects"] == result.sheets["Indicators"] == 0
    docs = [d["Document ID"] for d in read_sheet(out, "Documents")]
    assert docs == [s.baotou, s.ordos]  # only documents that contribute a fact of that kind


def test_empty_selection_writes_a_valid_workbook_that_says_so(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = tmp_path / "empty.xlsx"
    result = export_workbook(db, out, ExportFilter(region="Atlantis"), "tester")
    assert result.empty and result.documents == 0 and "no facts match" in result.line()
    wb = openpyxl.load_workbook(out)
    try:
        assert wb.sheetnames[:4] == ["Projects", "Indicators", "Targets", "People"]
        assert [c.value for c in wb["Projects"][1]][:3] == ["Fact ID", "Version", "Document ID"]
        assert wb["Projects"].max_row == 1 and wb["Projects"].tables["Projects"].ref.endswith("2")
        about = {r[0]: r[1] for r in wb["About"].iter_rows(min_row=2, values_only=True)}
        assert "No facts match" in about["Result"]
        assert "Atlantis" in about["Filter: Region"]
        summary = [c.value for row in wb["Summary"].iter_rows() for c in row if c.value]
        assert any("No facts match" in str(v) for v in summary)
    finally:
        wb.close()


def test_empty_database(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "nothing.xlsx"
    result = export_workbook(db, out, ExportFilter(status="all"), "tester")
    assert result.empty and out.exists()
    assert read_sheet(out, "Documents") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": "2021-13-01"}, "not a date"),
        ({"until": "yesterday"}, "not a date"),
        ({"since": "2022-01-01", "until": "2021-01-01"}, "after the end date"),
        ({"kind": "company"}, "unknown kind"),
        ({"status": "pending"}, "unknown status"),
    ],
)
def test_bad_filter_values(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(FilterError, match=message):
        ExportFilter.parse(**kwargs)


def test_filter_parse_normalises() -> None:
    f = ExportFilter.parse(status="ALL", since=" 2021-01-01 ", region="  ", kind="Project")
    assert f == ExportFilter(status="all", since=date(2021, 1, 1), region=None, kind=Kind.PROJECT)
