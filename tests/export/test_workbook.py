"""The workbook read back: fact rows equal the database's facts field by field, on SQLite and
PostgreSQL; LibreOffice converts it to CSV (same values) and PDF; the demo corpus exports."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from export_helpers import (
    assert_csv_matches,
    assert_rows_equal,
    db_facts,
    expected_fact,
    fact_rows,
    fill,
    last_changes,
    libreoffice_csv,
    needs_soffice,
    read_sheet,
    soffice_convert,
)
from openpyxl.utils import get_column_letter

from app.domain.records import ExportFilter
from app.store import Database
from app.store.services import export_rows
from app.workflows.exporting import export_workbook

SHEETS = ["Projects", "Indicators", "Targets", "People", "Documents", "Summary", "Dictionary", "Audit", "About"]
DATA_SHEETS = ["Projects", "Indicators", "Targets", "People", "Documents", "Audit"]


def test_all_facts_round_trip_field_by_field(db: Database, tmp_path: Path) -> None:
    sample = fill(db)
    out = tmp_path / "out.xlsx"
    result = export_workbook(db, out, ExportFilter(status="all"), "tester")
    pairs, changes = db_facts(db), last_changes(db)
    rows = fact_rows(out)
    assert sorted(rows) == [f.id for f, _ in pairs]
    for f, doc in pairs:
        assert_rows_equal(rows[f.id], expected_fact(f, doc, changes.get(f.id)))
    assert rows[sample.rejected_fact]["Status"] == "rejected"
    assert result.facts == len(pairs) and result.documents == 4
    docs = read_sheet(out, "Documents")
    assert [d["Document ID"] for d in docs] == [sample.baotou, sample.ordos, sample.hohhot, sample.empty]
    assert docs[0]["Facts"] == 7
    audit_rows = read_sheet(out, "Audit")
    assert {a["Action"] for a in audit_rows} >= {"import", "edit", "fact_status", "status"}


def test_layout_types_and_presentation(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = tmp_path / "out.xlsx"
    export_workbook(db, out, ExportFilter(status="all"), "tester")
    wb = openpyxl.load_workbook(out)
    try:
        assert wb.sheetnames == SHEETS
        for title in DATA_SHEETS:
            ws = wb[title]
            assert ws.freeze_panes == "B2", title
            assert all(c.font.b for c in ws[1]), title
            widths = [d.width for d in ws.column_dimensions.values()]
            assert widths and max(widths) <= 100 and min(widths) >= 6, title
        projects = wb["Projects"]
        header = [c.value for c in projects[1]]
        value = projects.cell(2, header.index("Amount (CNY)") + 1)
        assert value.data_type == "n" and value.number_format == "#,##0" and value.value == 50_000_000
        assert projects.cell(2, header.index("Amount (CNY 100 million)") + 1).value == 0.5
        published = projects.cell(2, header.index("Published") + 1)
        assert published.is_date and published.number_format == "yyyy-mm-dd"
        evidence = projects.cell(2, header.index("Evidence") + 1)
        assert evidence.alignment.wrap_text
        source = projects.cell(2, header.index("Source file") + 1)
        assert source.hyperlink is not None and source.hyperlink.target == "https://news.example.com/baotou?id=1&x=2"
        indicators = wb["Indicators"]
        header = [c.value for c in indicators[1]]
        sources = [r[header.index("Source file")] for r in indicators.iter_rows(min_row=2)]
        web = [c for c in sources if c.value and c.value.startswith("https://")]
        assert len(web) == 3  # one hyperlink range covers the document's consecutive rows
        assert all(c.hyperlink is not None and c.hyperlink.target == c.value for c in web)
        percent = [r for r in indicators.iter_rows(min_row=2) if r[header.index("Percent")].value is not None][0]
        assert percent[header.index("Percent")].value == 15.7
        assert percent[header.index("Percent")].number_format == "0.0#"
        people = wb["People"]
        header = [c.value for c in people[1]]
        local = [r for r in people.iter_rows(min_row=2) if r[header.index("Name")].value == "李明"][0]
        assert local[header.index("Source file")].value == "ordos.txt"  # the file name, not the machine's path
        assert local[header.index("Source file")].hyperlink is None  # a file path is not a web link
        about = {r[0]: r[1] for r in wb["About"].iter_rows(min_row=2, values_only=True)}
        assert about["Exported by"] == "tester" and about["FactDesk version"]
        assert about["Filter: Status"].startswith("all:") and len(about["Export ID"]) == 36
        assert about["Rows: Projects"] == 2 and about["Rows: Documents"] == 4
        cells = {c.value for row in wb["Summary"].iter_rows() for c in row if c.value is not None}
        assert {"Baotou", "Project investment (CNY 100 million)", 0.5} <= cells
    finally:
        wb.close()
    with zipfile.ZipFile(out) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())  # the Summary's bar chart


def test_export_is_recorded(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = tmp_path / "rec.xlsx"
    result = export_workbook(db, out, ExportFilter(kind=None, status="approved", region="baotou"), "carla")
    with db.session() as s:
        (record,) = export_rows.exports(s)
        assert record.id == result.record_id and record.user == "carla" and record.path == str(out)
        assert record.filter["region"] == "baotou" and record.counts["Projects"] == 1
        from app.store.services import audit

        events = [e for e in audit.events(s) if e.action == "export"]
        assert len(events) == 1 and events[0].user == "carla" and str(out) in (events[0].new_value or "")


@needs_soffice
def test_libreoffice_converts_to_csv_and_pdf(sqlite_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_url)
    try:
        fill(db)
        out = tmp_path / "lo.xlsx"
        export_workbook(db, out, ExportFilter(status="all"), "tester")
    finally:
        db.dispose()
    sheets = libreoffice_csv(out, tmp_path / "csv")
    assert sorted(sheets) == sorted(SHEETS)
    assert_csv_matches(out, sheets, SHEETS)
    again = soffice_convert(out, tmp_path / "lo", "xlsx")  # LibreOffice reads the hyperlink ranges back
    assert again.returncode == 0, again.stderr
    wb = openpyxl.load_workbook(tmp_path / "lo" / "lo.xlsx")
    try:
        ws = wb["Indicators"]
        header = [c.value for c in ws[1]]
        links = [c.hyperlink.target for c in ws[get_column_letter(header.index("Source file") + 1)][1:]
                 if c.hyperlink is not None]
        assert links.count("https://news.example.com/baotou?id=1&x=2") == 3
        for title in DATA_SHEETS:  # LibreOffice recognises each table and its header row
            (table,) = wb[title].tables.values()
            assert [c.name for c in table.tableColumns] == [c.value for c in wb[title][1]], title
            assert wb[title].print_title_rows == "$1:$1" and wb[title].page_setup.fitToWidth == 1, title
    finally:
        wb.close()
    pdf = soffice_convert(out, tmp_path / "pdf", "pdf")
    assert pdf.returncode == 0, pdf.stderr
    produced = tmp_path / "pdf" / "lo.pdf"
    assert produced.exists() and produced.read_bytes().startswith(b"%PDF")


@needs_soffice
def test_demo_corpus_exports_everything(sqlite_url: str, tmp_path: Path, cli, seeds_dir: Path) -> None:  # noqa: ANN001
    from app.workflows.importing import import_paths

    db = Database.open(sqlite_url)
    try:
        summary = import_paths(db, [seeds_dir], "tester")
        assert summary.imported and not summary.failed
    finally:
        db.dispose()
    out = tmp_path / "demo.xlsx"
    proc = cli("export", str(out), "--status", "all", "--db", sqlite_url)
    assert proc.returncode == 0, proc.stderr
    assert "exported" in proc.stdout
    db = Database.open(sqlite_url)
    try:
        pairs, changes = db_facts(db), last_changes(db)
    finally:
        db.dispose()
    assert pairs, "the demo corpus should yield facts"
    rows = fact_rows(out)
    assert sorted(rows) == [f.id for f, _ in pairs]
    for f, doc in pairs:
        assert_rows_equal(rows[f.id], expected_fact(f, doc, changes.get(f.id)))
    sheets = libreoffice_csv(out, tmp_path / "csv")
    assert_csv_matches(out, sheets, SHEETS)
