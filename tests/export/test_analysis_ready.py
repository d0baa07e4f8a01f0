"""The analysis-ready workbook (issue 12): one unit per column, corrections visible, named tables
with document links, print settings, a Summary of approved figures with double counts added once,
a Dictionary of every column, and the Chinese workbook. Read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from export_helpers import SOFFICE, fact_rows, fill, libreoffice_csv, new_doc, read_sheet, span

from app.domain.records import ExportFilter
from app.domain.schema import DocStatus, FactDraft, Kind
from app.export import terms
from app.export.columns import COLUMNS, column_for_header, document_keys, fact_keys
from app.store import Database
from app.store.services import documents, facts, review
from app.workflows.exporting import export_workbook

UNIT_GROUPS = {
    "CNY": ("Amount (CNY)", "Amount (CNY 100 million)"),
    "count": ("Count", "Counted"),
    "percent": ("Percent",),
    "pp": ("Percentage points",),
    "USD": ("Currency", "Amount (other currency)"),
}
VALUE_KEYS = ("Amount (CNY)", "Amount (CNY 100 million)", "Currency", "Amount (other currency)", "Count", "Percent",
              "Percentage points")
FACT_SHEETS = ("Projects", "Indicators", "Targets", "People")


def export(db: Database, tmp_path: Path, name: str, f: ExportFilter | None = None, **kw: object) -> Path:
    out = tmp_path / f"{name}.xlsx"
    export_workbook(db, out, f or ExportFilter(status="all"), "tester", **kw)  # type: ignore[arg-type]
    return out


def add_units(db: Database) -> dict[str, int]:
    """An approved document with an indicator in each unit (USD and pp besides fill()'s)."""
    text = "Exports reached 2.5 billion U.S. dollars, and the share rose 1.2 percentage points."
    with db.session() as s:
        doc = documents.add(s, new_doc(text, title="Units", published=date(2021, 5, 1), source="/x/units.txt"),
                            "importer", [
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "exports"}, 2_500_000_000, "USD",
                      [span(text, "2.5 billion U.S. dollars")], 0.8, "rules", "2.5 billion U.S. dollars"),
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "share", "basis": "share"}, 1.2, "pp",
                      [span(text, "1.2 percentage points")], 0.8, "rules", "1.2 percentage points"),
        ])
        documents.set_status(s, doc.id, DocStatus.APPROVED, "bo")
        s.commit()
        return {"units": doc.id}


def test_each_unit_column_holds_one_unit(db: Database, tmp_path: Path) -> None:
    fill(db)
    add_units(db)
    out = export(db, tmp_path, "units")
    with db.session() as s:
        from sqlalchemy import select

        from app.store.models import Fact

        stored = {f.id: (f.value, f.unit) for f in s.scalars(select(Fact))}
    rows = fact_rows(out)
    seen_units = set()
    for fact_id, row in rows.items():
        value, unit = stored[fact_id]
        if "Amount (CNY)" not in row:
            continue  # people have no value
        filled = {k for k in VALUE_KEYS if row[k] is not None}
        if value is None:
            assert not filled
            continue
        seen_units.add(unit)
        group = set(UNIT_GROUPS[unit]) & set(VALUE_KEYS)
        assert filled == group, (fact_id, unit, filled)
        if unit == "CNY":
            assert row["Amount (CNY)"] == value
            assert Decimal(str(row["Amount (CNY 100 million)"])) == Decimal(str(value)) / 100_000_000
        elif unit == "USD":
            assert (row["Currency"], row["Amount (other currency)"]) == ("USD", value)
        elif unit == "count":
            assert row["Count"] == value and row["Counted"]
        else:
            assert Decimal(repr(row[UNIT_GROUPS[unit][0]])) == value
    assert seen_units == set(UNIT_GROUPS)


def test_suggested_and_final_value_after_an_edit(db: Database, tmp_path: Path) -> None:
    fill(db)
    with db.session() as s:
        from sqlalchemy import select

        from app.store.models import Fact

        fact = s.scalars(select(Fact).where(Fact.unit == "CNY", Fact.kind == "indicator")).first()
        assert fact is not None
        review.reopen(s, fact.document_id, "carla")  # an approved document is read-only until reopened
        facts.update(s, fact.id, {"value": 580_000_000_000.0, "period": "2021 H1"}, "carla")
        assert review.approve(s, fact.document_id, "carla").approved
        s.commit()
        edited = fact.id
        untouched = s.scalars(select(Fact).where(Fact.kind == "target")).one().id
    out = export(db, tmp_path, "edited")
    rows = fact_rows(out)
    row = rows[edited]
    assert row["Suggested value"] == "579,900,000,000 yuan"
    assert row["Amount (CNY)"] == 580_000_000_000 and row["Amount (CNY 100 million)"] == 5800
    assert row["Corrected"] == "yes"
    assert set(row["Changed fields"].split(", ")) == {"Value", "Period", "Comparator"}  # fill() set the comparator
    assert row["Reviewed by"] == "carla" and row["Reviewed at"] is not None
    assert row["Status"] == "approved"  # the fact's document is approved
    assert rows[untouched]["Corrected"] == "no" and rows[untouched]["Changed fields"] is None
    assert rows[untouched]["Suggested value"] == "600,000,000,000 yuan"


def summary_cells(path: Path, language: str = "en") -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    try:
        return [list(r) for r in wb[terms.sheet_name("Summary", language)].iter_rows(values_only=True)]
    finally:
        wb.close()


def block(rows: list[list[object]], title: str) -> list[dict[object, object]]:
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    header = rows[start + 1]
    out = []
    for r in rows[start + 2:]:
        if r[0] is None:
            break
        out.append(dict(zip(header, r, strict=False)))
    return out


def twice_reported(db: Database) -> None:
    """Two approved articles report Baotou's 2021 agreed investment (100 and 100.5 × 100 million
    yuan: within 1 %), a rejected article a huge project, an article in review a small one."""
    def add(text: str, title: str, status: DocStatus, draft: FactDraft) -> None:
        with db.session() as s:
            doc = documents.add(s, new_doc(text, title=title, published=date(2021, 12, 1), source=f"/a/{title}"),
                                "importer", [draft])
            documents.set_status(s, doc.id, status, "bo")
            s.commit()

    t1, t2 = "Baotou agreed investment 10 billion yuan in 2021.", "Baotou signed 10.05 billion yuan, 2021."
    agreed = {"subject": "Baotou", "indicator": "agreed investment", "period": "2021"}
    add(t1, "first", DocStatus.APPROVED, FactDraft(Kind.INDICATOR, agreed, 10_000_000_000, "CNY",
                                                   [span(t1, "10 billion yuan")], 0.9, "rules", "10 billion yuan"))
    add(t2, "second", DocStatus.APPROVED, FactDraft(Kind.INDICATOR, {"subject": "baotou", "indicator": "协议投资额",
        "period": "2021"}, 10_050_000_000, "CNY", [span(t2, "10.05 billion yuan")], 0.9, "rules", "10.05 billion"))
    t3, t4 = "A 99.9 billion yuan project in Baotou.", "A 700 million yuan project in Baotou."
    add(t3, "rejected", DocStatus.REJECTED, FactDraft(Kind.PROJECT, {"project": "huge", "location": "Baotou",
        "period": "2021"}, 99_900_000_000, "CNY", [span(t3, "99.9 billion yuan")], 0.9, "rules", "99.9 billion"))
    add(t4, "pending", DocStatus.IN_REVIEW, FactDraft(Kind.PROJECT, {"project": "small", "location": "Baotou",
        "period": "2021"}, 700_000_000, "CNY", [span(t4, "700 million yuan")], 0.9, "rules", "700 million"))


def test_summary_counts_a_twice_reported_figure_once_and_leaves_out_rejected(db: Database, tmp_path: Path) -> None:
    twice_reported(db)
    rows = summary_cells(export(db, tmp_path, "approved", ExportFilter()))
    indicators = block(rows, "By indicator")
    (agreed,) = [r for r in indicators if r["Indicator"] == "agreed investment"]
    assert agreed["Total"] == 100 and agreed["Facts"] == 1  # added once, not 200.5
    doubles = block(rows, "Possible double counts (added once)")
    assert len(doubles) == 1 and doubles[0]["Counted once as"] == 100
    assert len(str(doubles[0]["Document IDs"]).split(", ")) == 2
    assert block(rows, "By region") == []  # no approved project: the rejected and the pending one are out
    flat = {v for r in rows for v in r if v is not None}
    assert 999 not in flat and 7 not in flat

    rows = summary_cells(export(db, tmp_path, "all"))  # --status all
    (baotou,) = block(rows, "By region")
    assert baotou["Projects"] == 0 and baotou["Project investment (CNY 100 million)"] == 0
    assert baotou["Not yet approved: Projects"] == 1
    assert baotou["Not yet approved: Project investment (CNY 100 million)"] == 7  # apart, never mixed
    assert 999 not in {v for r in rows for v in r if v is not None}  # the rejected document


def test_every_data_sheet_is_a_print_ready_table_linked_to_its_document(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = export(db, tmp_path, "tables")
    wb = openpyxl.load_workbook(out)
    try:
        doc_rows = {ws_row[0].value: ws_row[0].row for ws_row in wb["Documents"].iter_rows(min_row=2)}
        for title in (*FACT_SHEETS, "Documents", "Audit"):
            ws = wb[title]
            (table,) = ws.tables.values()
            header = [c.value for c in ws[1]]
            assert [c.name for c in table.tableColumns] == header, title
            assert table.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{max(ws.max_row, 2)}", title
            assert ws.page_setup.orientation == "landscape", title
            assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), title
            assert ws.sheet_properties.pageSetUpPr.fitToPage, title
            assert ws.print_title_rows == "$1:$1", title
            assert ws.oddFooter.left.text == "&A" and "&P" in ws.oddFooter.right.text, title
            for c in ws[1]:  # widths fit the header's longest word; headers wrap, never clipped
                width = ws.column_dimensions[c.column_letter].width
                assert width >= max(len(w) for w in str(c.value).split()) + 2, (title, c.value)
                assert c.alignment.wrap_text
            if title in FACT_SHEETS:
                col = header.index("Document ID")
                for r in ws.iter_rows(min_row=2):
                    link = r[col].hyperlink
                    assert link is not None and link.location == f"'Documents'!A{doc_rows[r[col].value]}"
        about = wb["About"]
        assert about.page_setup.fitToHeight == 1 and about.page_setup.fitToWidth == 1  # one page
        names = {ws.title: ws for ws in wb}
        back = [c for c in names["Indicators"][1] if column_for_header(c.value).back]  # type: ignore[union-attr]
        rest = [c for c in names["Indicators"][1] if not column_for_header(c.value).back]  # type: ignore[union-attr]
        assert back and rest and {c.fill.fgColor.rgb for c in back}.isdisjoint({c.fill.fgColor.rgb for c in rest})
    finally:
        wb.close()


def test_dictionary_covers_every_header_and_enumeration(db: Database, tmp_path: Path) -> None:
    fill(db)
    for lang in ("en", "zh_CN"):
        out = export(db, tmp_path, f"dict-{lang}", language=lang, full_paths=True)
        wb = openpyxl.load_workbook(out)
        try:
            dictionary = wb[terms.sheet_name("Dictionary", lang)]
            rows = list(dictionary.iter_rows(values_only=True))
            described = {(r[0], r[1]) for r in rows if r[2]}
            for ws in wb:
                if ws.title in (terms.sheet_name(k, lang) for k in ("Summary", "Dictionary")):
                    continue
                for c in ws[1]:
                    assert (ws.title, c.value) in described, (lang, ws.title, c.value)
            enums = {r[0] for r in rows}
            assert {"kind", "stage", "basis", "comparator", "status", "origin"} <= enums
            back = {r[1] for r in rows if r[4] in ("yes", "是")}
            assert COLUMNS["Amount (CNY)"].header(lang) in back and COLUMNS["Evidence"].header(lang) not in back
        finally:
            wb.close()


def test_chinese_workbook(db: Database, tmp_path: Path) -> None:
    fill(db)
    out = export(db, tmp_path, "zh", language="zh_CN")
    wb = openpyxl.load_workbook(out)
    try:
        assert wb.sheetnames == ["项目", "指标", "目标", "人物", "文档", "汇总", "数据字典", "审计日志", "关于"]
        header = [c.value for c in wb["指标"][1]]
        assert [column_for_header(h).key for h in header] == list(fact_keys(Kind.INDICATOR))  # type: ignore[union-attr]
        rows = [dict(zip(header, r, strict=True)) for r in wb["指标"].iter_rows(min_row=2, values_only=True)]
        assert {r["状态"] for r in rows} <= {"已批准", "建议", "已拒绝"}
        assert "协议投资额" in {r["指标"] for r in rows}  # the vocabulary's Chinese name
        assert "agreed investment" in {r["指标原文"] for r in rows}  # the article's words
        link = wb["指标"]["C2"].hyperlink
        assert link is not None and link.location.startswith("'文档'!A")
    finally:
        wb.close()


def test_full_paths_only_in_documents(db: Database, tmp_path: Path) -> None:
    fill(db)
    plain = read_sheet(export(db, tmp_path, "plain"), "Documents")
    assert "Source path" not in plain[0] and plain[1]["Source file"] == "ordos.txt"
    full = read_sheet(export(db, tmp_path, "full", full_paths=True), "Documents")
    assert full[1]["Source path"] == "/data/articles/ordos.txt"
    assert [k for k in full[0]] == list(document_keys(True))


@pytest.mark.parametrize(("text", "expected"), [("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("en_GB", "en")])
def test_language_names(text: str, expected: str) -> None:
    from app.workflows.exporting import workbook_language

    assert workbook_language(text) == expected
    with pytest.raises(ValueError, match="unknown workbook language"):
        workbook_language("fr")


def test_language_follows_the_interface_setting(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(db)
    monkeypatch.setenv("FACTDESK_LANG", "zh_CN")
    out = export(db, tmp_path, "env")
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "项目"


def test_exact_decimal_values(tmp_path: Path) -> None:
    """Decimal values (the store's exact amounts): integral ones below 2**53 are integer cells, the
    others keep every digit in the file; 亿元 is derived exactly."""
    import zipfile
    from datetime import UTC, datetime

    from app.domain.records import FactRecord
    from app.export import AboutInfo, write_workbook

    def record(i: int, value: Decimal) -> FactRecord:
        return FactRecord(id=i, document_id=1, kind="project", fields={}, value=value, unit="CNY", value_text=None,
                          evidence=(), quote="", confidence=None, origin="rules", status="confirmed", reviewer=None,
                          reviewed_at=None, title=None, outlet=None, published=None, source=None, region=None,
                          document_status="approved", document_reviewer=None, document_reviewed_at=None)

    out = tmp_path / "decimal.xlsx"
    about = AboutInfo(ExportFilter(), "t", datetime.now(UTC), out.name, "0")
    write_workbook(out, [record(1, Decimal("208826000000")), record(2, Decimal("12345678.901234567"))], [], [], about)
    rows = fact_rows(out)
    assert rows[1]["Amount (CNY)"] == 208_826_000_000 and type(rows[1]["Amount (CNY)"]) is int
    assert rows[1]["Amount (CNY 100 million)"] == 2088.26
    with zipfile.ZipFile(out) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>12345678.901234567</v>" in sheet and "<v>0.12345678901234567</v>" in sheet


BAOTOU_SPELLINGS = ("包头", "包頭", "Baotou", "Baotou City", "包头市", "包頭市", "包头稀土高新区")


def test_every_spelling_of_a_place_is_one_region_in_the_workbook(db: Database, tmp_path: Path) -> None:
    """Documents and facts naming Baotou in any script or form — and a zone inside it — share one
    region code and one canonical name on every sheet, and the Summary has one row for them."""
    with db.session() as s:
        for i, name in enumerate(BAOTOU_SPELLINGS):
            text = f"A plant in {name} will cost {i + 1} billion yuan."
            doc = documents.add(s, new_doc(text, title=f"Doc {i}", published=date(2021, 7, 24), source=f"/x/{i}.txt"),
                                "importer", [
                FactDraft(Kind.PROJECT, {"project": f"Plant {i}", "location": name}, (i + 1) * 10**9, "CNY",
                          [span(text, f"{i + 1} billion yuan")], 0.8, "rules", f"{i + 1} billion yuan"),
            ])
            documents.set_status(s, doc.id, DocStatus.APPROVED, "bo")
        s.commit()
    for language, canonical in (("en", "Baotou"), ("zh_CN", "包头市")):
        out = export(db, tmp_path, f"places-{language}", ExportFilter(), language=language)
        code, name, english = (column_for_header(h).header(language)  # type: ignore[union-attr]
                               for h in ("Region code", "Region name", "Region (English)"))
        projects = read_sheet(out, terms.sheet_name("Projects", language))
        assert len(projects) == len(BAOTOU_SPELLINGS)
        assert {(r[code], r[name], r[english]) for r in projects} == {("150200", canonical, "Baotou")}
        docs = read_sheet(out, terms.sheet_name("Documents", language))
        assert {(r[code], r[name], r[english]) for r in docs} == {("150200", canonical, "Baotou")}
        by_region = [r for r in summary_cells(out, language) if canonical in r]
        assert len(by_region) == 1, "one Summary row for the place, by its canonical name"
        assert by_region[0][1:4] == ["150200", len(BAOTOU_SPELLINGS), sum(range(1, 8)) * 10]  # 亿元
        assert not any(spelling in r for r in summary_cells(out, language) for spelling in ("包頭", "Baotou City"))


RELATIVE_PERIODS = {  # as written → (start, end), published 2021-07-24
    "上半年": (date(2021, 1, 1), date(2021, 6, 30)),
    "今年": (date(2021, 1, 1), date(2021, 12, 31)),
    "first half": (date(2021, 1, 1), date(2021, 6, 30)),
    "last year": (date(2020, 1, 1), date(2020, 12, 31)),
    "截至3月末": (date(2021, 1, 1), date(2021, 3, 31)),
    "Q3": (date(2021, 7, 1), date(2021, 9, 30)),
    "1-9月": (date(2021, 1, 1), date(2021, 9, 30)),
}


def test_relative_periods_are_real_dates_in_the_workbook(db: Database, tmp_path: Path) -> None:
    """Each relative period, stored through the services, comes out as real Period start / Period end
    dates (openpyxl reads dates, LibreOffice's CSV the same days), with the words as written kept."""
    text = "Periods: " + "; ".join(f"{p} output rose {i + 1}%" for i, p in enumerate(RELATIVE_PERIODS))
    with db.session() as s:
        doc = documents.add(s, new_doc(text, title="Periods", published=date(2021, 7, 24), source="/x/p.txt"),
                            "importer", [
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "output", "period": p}, i + 1, "percent",
                      [span(text, f"{p} output rose {i + 1}%")], 0.8, "rules", f"{i + 1}%")
            for i, p in enumerate(RELATIVE_PERIODS)
        ])
        documents.set_status(s, doc.id, DocStatus.APPROVED, "bo")
        s.commit()
    out = export(db, tmp_path, "periods", ExportFilter())
    rows = read_sheet(out, "Indicators")
    got = {r["Period"]: (r["Period start"], r["Period end"]) for r in rows}
    assert set(got) == set(RELATIVE_PERIODS)
    for written, (start, end) in RELATIVE_PERIODS.items():
        cell_start, cell_end = got[written]
        assert isinstance(cell_start, datetime) and isinstance(cell_end, datetime), written  # real dates
        assert (cell_start.date(), cell_end.date()) == (start, end), written
    if SOFFICE is None:
        return  # openpyxl's reading is checked; LibreOffice is installed by `dev.py test` where it can be
    sheets = libreoffice_csv(out, tmp_path / "csv")
    table = sheets["Indicators"]
    header = table[0]
    i_period, i_start, i_end = (header.index(h) for h in ("Period", "Period start", "Period end"))
    as_csv = {r[i_period]: (r[i_start], r[i_end]) for r in table[1:] if r[i_period]}
    assert as_csv == {w: (s.isoformat(), e.isoformat()) for w, (s, e) in RELATIVE_PERIODS.items()}
