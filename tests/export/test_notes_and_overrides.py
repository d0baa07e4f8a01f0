"""What a fact keeps beyond its kind's columns reaches the workbook: fields from before a change of
kind in the Notes column, the analyst's reason for keeping a fact despite its consistency problems in
Override reason — read back with openpyxl."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from export_helpers import fact_rows, new_doc, span

from app.domain.records import ExportFilter
from app.domain.schema import FactDraft, Kind
from app.store import Database
from app.store.services import documents, review
from app.workflows.exporting import export_workbook

TEXT = "Baotou signed 455 projects in the first half. Investment reached 58.7亿美元 at the fair."


def test_notes_and_override_reason_in_the_workbook(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        new = new_doc(TEXT, title="Notes", published=date(2021, 7, 24), source="/x/n.txt")
        doc = documents.add(s, new, "importer", [
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "signed projects", "period": "2021年1-6月"},
                      455, "count", [span(TEXT, "455 projects")], 0.9, "rules", "455 projects"),
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "investment"}, Decimal("5870000000"), "USD",
                      [span(TEXT, "58.7亿美元")], 0.9, "rules", "58.7亿美元"),
        ])
        counted, money = (f.id for f in review.load(s, doc.id).facts)
        review.edit_fact(s, counted, {"kind": "project", "project": "signing fair"}, "ana")
        review.edit_fact(s, money, {"value": Decimal("58.7")}, "ana")  # the 亿 is lost: a consistency problem
        assert not review.approve(s, doc.id, "ana").approved
        review.override_checks(s, money, "the organiser's table gives 58.7", "ana")
        assert review.approve(s, doc.id, "ana").approved
        s.commit()
    out = tmp_path / "notes.xlsx"
    export_workbook(db, out, ExportFilter(), "ana", language="en")
    rows = fact_rows(out)
    assert rows[counted]["Notes"] == "subject: Baotou; indicator: signed projects"  # a project has a period
    assert rows[counted]["Override reason"] is None
    assert rows[money]["Override reason"] == "the organiser's table gives 58.7"
    assert rows[money]["Notes"] is None
