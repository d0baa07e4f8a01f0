"""Nothing from an article is ever a formula; illegal XML characters and over-long cells are
handled so the file stays valid."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import openpyxl
from export_helpers import fact_rows, formula_cells, libreoffice_csv, needs_soffice, new_doc, read_sheet, span

from app.domain.records import ExportFilter
from app.domain.schema import DocStatus, FactDraft, Kind
from app.export.safety import MAX_CELL_CHARS, clean_text, is_formula_like
from app.store import Database
from app.store.services import documents, facts
from app.workflows.exporting import export_workbook

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'
CMD = "+cmd|' /C calc'!A0"
AT_SUM = "@SUM(1+1)"
MINUS = "-2+3"
NASTY = [HYPERLINK, CMD, AT_SUM, MINUS]
ARTICLE = (
    f"The delegation quoted {HYPERLINK} in its statement.\n"
    f"An investor calling itself {CMD} signed for 5 billion yuan.\n"
    f"Officials named {AT_SUM} and {MINUS} attended.\n"
)


def add_nasty_facts(db: Database, doc_id: int, text: str) -> None:
    with db.session() as s:
        for name in NASTY:
            facts.add(s, doc_id, FactDraft(Kind.PERSON, {"name": name, "role": name, "organization": name},
                                           evidence=[span(text, name)], confidence=1.0), "ana")
        facts.add(s, doc_id, FactDraft(Kind.PROJECT, {"investor": CMD, "project": AT_SUM, "location": MINUS},
                                       5e9, "CNY", [span(text, CMD)], 1.0, value_text=HYPERLINK), "ana")
        documents.set_status(s, doc_id, DocStatus.APPROVED, "ana", note=MINUS)
        s.commit()


def check_workbook(out: Path, tmp_path: Path, *, lo: bool) -> None:
    assert formula_cells(out) == []
    rows = fact_rows(out)
    people = [r for r in rows.values() if r.get("Name") in NASTY]
    assert sorted(r["Name"] for r in people) == sorted(NASTY)
    for r in people:
        assert r["Role"] == r["Organization"] == r["Name"]
        assert r["Evidence"] == r["Name"]
    project = next(r for r in rows.values() if r.get("Investor") == CMD)
    assert (project["Project"], project["Location"], project["Value as written"]) == (AT_SUM, MINUS, HYPERLINK)
    wb = openpyxl.load_workbook(out)
    try:
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and is_formula_like(c.value):
                        assert c.data_type == "s" and c.quotePrefix, f"{ws.title}!{c.coordinate}"
    finally:
        wb.close()
    if lo:
        sheets = libreoffice_csv(out, tmp_path / "csv")
        people_csv = sheets["People"]
        names = [row[people_csv[0].index("Name")] for row in people_csv[1:]]
        assert set(NASTY) <= set(names)
        projects_csv = sheets["Projects"]
        header = projects_csv[0]
        found = [r for r in projects_csv[1:] if r[header.index("Investor")] == CMD]
        assert found and found[0][header.index("Value as written")] == HYPERLINK
        assert found[0][header.index("Location")] == MINUS
        notes = [r[sheets["Documents"][0].index("Note")] for r in sheets["Documents"][1:]]
        assert MINUS in notes


@needs_soffice
def test_formula_like_text_stays_text(sqlite_url: str, tmp_path: Path) -> None:
    db = Database.open(sqlite_url)
    try:
        with db.session() as s:
            doc = documents.add(s, new_doc(ARTICLE, title="=1+1", published=date(2024, 5, 1),
                                           source="=HYPERLINK(\"http://example.invalid\")", outlet="@evil"),
                                "importer")
            s.commit()
            doc_id = doc.id
        add_nasty_facts(db, doc_id, ARTICLE)
        out = tmp_path / "nasty.xlsx"
        export_workbook(db, out, ExportFilter(), "tester", full_paths=True)
    finally:
        db.dispose()
    check_workbook(out, tmp_path, lo=True)
    docs = read_sheet(out, "Documents")
    assert (docs[0]["Title"], docs[0]["Outlet"], docs[0]["Source path"]) == (
        "=1+1", "@evil", "=HYPERLINK(\"http://example.invalid\")")


@needs_soffice
def test_imported_article_with_formula_like_text(sqlite_url: str, tmp_path: Path) -> None:
    from app.workflows.importing import import_paths

    article = tmp_path / "nasty.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = Database.open(sqlite_url)
    try:
        summary = import_paths(db, [article], "tester")
        assert len(summary.imported) == 1, summary.failed
        doc_id = summary.imported[0][1]
        with db.session() as s:
            text = documents.get(s, doc_id).display_text
        add_nasty_facts(db, doc_id, text)
        out = tmp_path / "imported.xlsx"
        export_workbook(db, out, ExportFilter(status="all"), "tester")
    finally:
        db.dispose()
    check_workbook(out, tmp_path, lo=True)


def test_illegal_characters_and_long_text_in_a_real_workbook(db: Database, tmp_path: Path) -> None:
    long_quote = "長" + "x" * 40_000
    text = "Bad\x01byte\x1fhere and a form feed \x0c.\tTab=1. " + long_quote  # NUL: PostgreSQL refuses it
    with db.session() as s:
        doc = documents.add(s, documents.NewDocument(
            content_hash=hashlib.sha256(text.encode()).hexdigest(), source=None,
            raw_text="x", display_text=text, offset_map=[], language="en", title="Control\x02chars\x0b",
        ), "importer", [
            FactDraft(Kind.PERSON, {"name": "\tTabbed", "role": "\rreturn"}, evidence=[span(text, long_quote)]),
            FactDraft(Kind.PERSON, {"name": "Esc\x1bname"}, evidence=[span(text, "Bad\x01byte")]),
        ])
        s.commit()
        doc_id = doc.id
    out = tmp_path / "clean.xlsx"
    export_workbook(db, out, ExportFilter(status="all"), "tester")
    rows = sorted(fact_rows(out).values(), key=lambda r: r["Fact ID"])
    assert rows[0]["Name"] == "\tTabbed" and rows[0]["Role"] == "\rreturn"
    evidence = rows[0]["Evidence"]
    assert len(evidence) == MAX_CELL_CHARS and evidence.startswith("長xxx")
    assert evidence.endswith("characters in all]") and "40,001" in evidence
    assert rows[1]["Name"] == "Esc\ufffdname" and rows[1]["Evidence"] == "Bad\ufffdbyte"
    docs = read_sheet(out, "Documents")
    assert docs[0]["Document ID"] == doc_id and docs[0]["Title"] == "Control\ufffdchars\ufffd"
    assert formula_cells(out) == []


def test_clean_text_rules() -> None:
    assert clean_text("plain 包头 text") == "plain 包头 text"
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert clean_text("a\x00b\x08c\x0bd\x1fe\ufffef") == "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf"
    assert clean_text("keep\ttab\nnewline\rcr") == "keep\ttab\nnewline\rcr"
    emoji = "😀" * 20_000  # 40 000 UTF-16 units: over the limit although only 20 000 characters
    cut = clean_text(emoji)
    assert len(cut.encode("utf-16-le")) // 2 <= MAX_CELL_CHARS and "truncated: 20,000 characters" in cut
    exact = "y" * MAX_CELL_CHARS
    assert clean_text(exact) == exact
    for s in ("=1", "+1", "-1", "@x", "\tx", "\rx"):
        assert is_formula_like(s)
    for s in ("1-2", "a=b", " =1", "", "包头"):
        assert not is_formula_like(s)
