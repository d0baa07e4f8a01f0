"""export → edit (openpyxl, or LibreOffice re-saving) → apply-workbook → export again, on SQLite and
PostgreSQL; conflicts with changes made in the database meanwhile; approvals refused by validation."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from apply_helpers import apply, cell, edit, export_all, header_index, row_of
from export_helpers import fill, needs_soffice, soffice_convert

from app.domain.schema import FactStatus
from app.store import Database
from app.store.models import AuditEvent, AuditOrigin
from app.store.services import documents, facts, meta, review


def _facts(db: Database, doc_id: int) -> list[facts.Fact]:
    with db.session() as s:
        return facts.facts_of(s, doc_id)


def test_export_edit_apply_export_again_shows_the_changes(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    baotou = _facts(db, s.baotou)
    ordos = _facts(db, s.ordos)
    count, money, growth, target, project = baotou[0], baotou[1], baotou[2], baotou[3], baotou[4]
    zh_project, zh_person = ordos[0], ordos[1]
    book = export_all(db, tmp_path / "out.xlsx")
    assert cell(book, "Projects", project.id, "Version") == project.version
    edit(book, [
        ("Projects", zh_project.id, "Amount (CNY)", 210_000_000_000),
        ("Projects", zh_project.id, "Investor", "鄂尔多斯市政府"),
        ("Projects", zh_project.id, "Status", "confirmed"),
        ("Indicators", count.id, "Count", 456),
        ("Indicators", growth.id, "Percent", "15.8"),  # a number typed as text
        ("Indicators", money.id, "Subject", "Baotou City"),
        ("Targets", target.id, "Status", "rejected"),
        ("People", zh_person.id, "Role", "副市长"),
        ("Documents", s.ordos, "Title", "鄂尔多斯 signs 32 projects"),
        ("Documents", s.ordos, "Published", date(2022, 3, 2)),
        ("Documents", s.ordos, "Note", "checked against the city's bulletin"),
        ("Documents", s.ordos, "Status", "approved"),
        ("Documents", s.baotou, "Status", "in review"),  # reopened, so that its facts can change
    ])
    report = apply(db, book)
    text = report.text_lines()
    assert text[-1] == "applied 8, unchanged 6, conflicts 0, refused 0", text
    assert f"changed  fact {zh_project.id} (Projects row 3): Amount (CNY): 208826000000 → 210000000000" in text
    assert f"changed  fact {growth.id} (Indicators row 4): Percent: 15.7 → 15.8" in text
    assert f"changed  document {s.ordos} (Documents row 3): Status: 'in_review' → 'approved'" in text

    with db.session() as session:
        p = facts.get_fact(session, zh_project.id)
        assert (p.value, p.unit, p.status) == (210_000_000_000, "CNY", "confirmed")
        assert p.fields["investor"] == "鄂尔多斯市政府"
        assert facts.get_fact(session, count.id).value == 456
        assert facts.get_fact(session, growth.id).value == Decimal("15.8")
        assert facts.get_fact(session, target.id).status == FactStatus.REJECTED.value
        doc = documents.get(session, s.ordos)
        assert (doc.title, doc.published, doc.note, doc.status, doc.reviewer) == (
            "鄂尔多斯 signs 32 projects", date(2022, 3, 2), "checked against the city's bulletin", "approved",
            "corrector")
        events = session.query(AuditEvent, AuditOrigin).join(AuditOrigin).all()
        export_id = _about(book)["Export ID"]
        assert events and {(e.user, o.origin, o.export_id) for e, o in events} == {("corrector", "workbook", export_id)}
        events = [e for e, _o in events]
        assert {e.fact_id for e in events if e.fact_id} == {zh_project.id, count.id, growth.id, money.id,
                                                          target.id, zh_person.id}

    again = export_all(db, tmp_path / "again.xlsx")
    assert cell(again, "Projects", zh_project.id, "Amount (CNY)") == 210_000_000_000
    assert cell(again, "Projects", zh_project.id, "Version") > zh_project.version
    assert cell(again, "Indicators", growth.id, "Percent") == 15.8
    assert cell(again, "People", zh_person.id, "Role") == "副市长"
    assert cell(again, "Documents", s.ordos, "Published") == datetime(2022, 3, 2)
    assert cell(again, "Documents", s.ordos, "Status") == "approved"
    assert _about(again)["Database ID"] == _about(book)["Database ID"] != _about(book)["Export ID"]

    # the old workbook now matches the database: nothing to do; the new one can be corrected again
    assert apply(db, book).text_lines()[-1].startswith("applied 0, ")
    edit(again, [("Indicators", count.id, "Count", 457)])
    assert apply(db, again).text_lines() == [
        f"changed  fact {count.id} (Indicators row 2): Count: 456 → 457",
        "applied 1, unchanged 13, conflicts 0, refused 0",
    ]


def _about(path: Path) -> dict[str, object]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    finally:
        wb.close()


def _fingerprint(db: Database) -> tuple[object, ...]:
    from sqlalchemy import func, select

    from app.store.models import Document, Fact

    with db.session() as s:
        return (
            s.scalar(select(func.max(AuditEvent.id))),
            tuple(s.execute(select(Fact.id, Fact.version, Fact.value, Fact.status).order_by(Fact.id)).all()),
            tuple(s.execute(select(Document.id, Document.version, Document.status).order_by(Document.id)).all()),
        )


def test_dry_run_changes_nothing_and_prints_the_same_report(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    fact = _facts(db, s.ordos)[0]
    book = edit(export_all(db, tmp_path / "out.xlsx"), [
        ("Projects", fact.id, "Amount (CNY)", 121),
        ("Projects", fact.id, "Investor", "=Ordos"),  # formula-looking text in a text cell stays text
    ])
    wb = openpyxl.load_workbook(book)
    ws = wb["Projects"]
    ws.cell(row_of(ws, "Fact ID", fact.id), header_index(ws, "Investor")).data_type = "s"
    wb.save(book)
    before = _fingerprint(db)
    dry = apply(db, book, dry_run=True)
    assert _fingerprint(db) == before
    real = apply(db, book)
    assert dry.text_lines()[:-2] == real.text_lines()[:-1]
    assert dry.text_lines()[-2] == "dry run: nothing was changed in the database"
    assert dry.summary() == real.summary() == "applied 1, unchanged 13, conflicts 0, refused 0"
    with db.session() as session:
        assert facts.get_fact(session, fact.id).fields["investor"] == "=Ordos"


def test_a_change_made_in_the_database_after_the_export_is_a_conflict(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    fact = _facts(db, s.ordos)[0]
    book = export_all(db, tmp_path / "out.xlsx")
    with db.session() as session:  # a colleague corrects the same fact in the window meanwhile
        review.edit_fact(session, fact.id, {"value": 208_000_000_000.0}, "colleague")
        session.commit()
    edit(book, [("Projects", fact.id, "Amount (CNY)", 209_000_000_000)])
    report = apply(db, book)
    assert report.text_lines() == [
        f"conflict fact {fact.id} (Projects row 3): changed in the database since the export (version 1 in the "
        f"workbook, 2 in the database); Amount (CNY): database 208000000000, workbook 209000000000; "
        "the database value is kept",
        "applied 0, unchanged 13, conflicts 1, refused 0",
    ]
    with db.session() as session:
        assert facts.get_fact(session, fact.id).value == 208_000_000_000


def test_approving_a_document_with_an_invalid_fact_is_refused(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    project = _facts(db, s.ordos)[0]
    with db.session() as session:
        review.edit_fact(session, project.id, {"value": None}, "ana")
        session.commit()
    book = edit(export_all(db, tmp_path / "out.xlsx"), [("Documents", s.ordos, "Status", "approved")])
    report = apply(db, book)
    assert report.text_lines() == [
        f"refused  document {s.ordos} (Documents row 3): approval refused: fact {project.id}: a number is required",
        "applied 0, unchanged 13, conflicts 0, refused 1",
    ]
    with db.session() as session:
        assert documents.get(session, s.ordos).status == "in_review"
    # the same workbook with the fact corrected: the approval sees the correction
    # (an amount of the magnitude written, 2088.26亿元: one far from it would be a consistency problem)
    edit(book, [("Projects", project.id, "Amount (CNY)", 208_826_000_000)])
    assert apply(db, book).summary() == "applied 2, unchanged 12, conflicts 0, refused 0"
    with db.session() as session:
        assert documents.get(session, s.ordos).status == "approved"


def test_database_identity_is_made_once_and_kept(db: Database) -> None:
    with db.session() as s:
        first = meta.database_id(s)
    with db.session() as s:
        assert meta.database_id(s) == first and len(first) == 36


@needs_soffice
@pytest.mark.slow
def test_a_workbook_resaved_by_libreoffice_applies(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    project = _facts(db, s.ordos)[0]
    person = _facts(db, s.ordos)[1]
    book = export_all(db, tmp_path / "out.xlsx")
    edited = edit(book, [
        ("Projects", project.id, "Amount (CNY)", "208,900,000,000"),  # a number as text with separators
        ("People", person.id, "Role", "+mayor"),  # formula-looking text, typed as text
        ("Documents", s.ordos, "Published", 44_620),  # a date as a serial number (2022-02-28)
        ("Documents", s.ordos, "Status", "flagged"),
        ("Documents", s.ordos, "Note", "amount differs from the bulletin"),
    ], out=tmp_path / "edited.xlsx")
    wb = openpyxl.load_workbook(edited)
    ws = wb["People"]
    ws.cell(row_of(ws, "Fact ID", person.id), header_index(ws, "Role")).data_type = "s"
    wb.save(edited)
    resaved_dir = tmp_path / "resaved"
    resaved_dir.mkdir()
    proc = soffice_convert(edited, resaved_dir, "xlsx")
    assert proc.returncode == 0, proc.stderr
    resaved = resaved_dir / "edited.xlsx"
    assert resaved.exists()
    report = apply(db, resaved)
    assert report.summary() == "applied 3, unchanged 11, conflicts 0, refused 0", report.text_lines()
    with db.session() as session:
        assert facts.get_fact(session, project.id).value == 208_900_000_000
        assert facts.get_fact(session, person.id).fields["role"] == "+mayor"
        doc = documents.get(session, s.ordos)
        assert (doc.published, doc.status, doc.note) == (date(2022, 2, 28), "flagged",
                                                         "amount differs from the bulletin")
    again = export_all(db, tmp_path / "again.xlsx")
    assert cell(again, "Projects", project.id, "Amount (CNY)") == 208_900_000_000
    assert cell(again, "Documents", s.ordos, "Status") == "flagged"


def test_a_chinese_workbook_applies_by_its_chinese_headers(db: Database, tmp_path: Path) -> None:
    from app.domain.records import ExportFilter
    from app.workflows.exporting import export_workbook

    s = fill(db)
    project = _facts(db, s.ordos)[0]
    book = tmp_path / "zh.xlsx"
    export_workbook(db, book, ExportFilter(status="all"), "exporter", language="zh_CN")
    wb = openpyxl.load_workbook(book)
    assert "项目" in wb.sheetnames and "文档" in wb.sheetnames
    ws = wb["项目"]
    row = row_of(ws, "事实编号", project.id)
    ws.cell(row, header_index(ws, "金额（元）")).value = 208_900_000_000
    ws.cell(row, header_index(ws, "状态")).value = "已确认"
    docs = wb["文档"]
    docs.cell(row_of(docs, "文档编号", s.ordos), header_index(docs, "状态")).value = "已标记"
    wb.save(book)
    report = apply(db, book)
    assert report.summary() == "applied 2, unchanged 12, conflicts 0, refused 0", report.text_lines()
    with db.session() as session:
        fact = facts.get_fact(session, project.id)
        assert (fact.value, fact.status) == (208_900_000_000, "confirmed")
        assert documents.get(session, s.ordos).status == "flagged"


def test_an_approved_document_and_its_facts_are_read_only_until_reopened(db: Database, tmp_path: Path) -> None:
    s = fill(db)
    fact = _facts(db, s.hohhot)[0]
    book = edit(export_all(db, tmp_path / "out.xlsx"), [("Indicators", fact.id, "Count", 121),
                                                         ("Documents", s.hohhot, "Title", "Hohhot: 121 firms")])
    assert apply(db, book).text_lines() == [
        f"refused  fact {fact.id} (Indicators row 5): the document {s.hohhot} is approved: reopen it first "
        "(Status in_review on Documents, in this workbook or in the window)",
        f"refused  document {s.hohhot} (Documents row 4): the document {s.hohhot} is approved: reopen it first "
        "(Status in_review on Documents, in this workbook or in the window)",
        "applied 0, unchanged 12, conflicts 0, refused 2",
    ]
    edit(book, [("Documents", s.hohhot, "Status", "in_review")])
    assert apply(db, book).summary() == "applied 2, unchanged 12, conflicts 0, refused 0"
    with db.session() as session:
        assert facts.get_fact(session, fact.id).value == 121
        assert documents.get(session, s.hohhot).status == "in_review"
