"""Shared helpers for the export tests: a database filled through the store services, reading a
workbook back, and LibreOffice's headless conversion."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.schema import DocStatus, FactDraft, Kind, Span
from app.export.terms import KIND_SHEETS
from app.store import Database
from app.store.models import Document, Fact
from app.store.services import documents, facts

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed here")

EN = (
    "Baotou signed 455 projects worth 579.9 billion. Yuan in 2021, up 15.7% on the year. "
    "Mayor Zhang Rui said the city aims for 600 billion yuan by 2025. "
    "Inner Mongolia Yili will invest 5000万元 in a dairy park in Baotou."
)
ZH = "鄂尔多斯市签约项目32个，协议投资额2088.26亿元。市长李明表示，将继续优化营商环境。"
OLD = "Hohhot reported 120 new firms. Nothing else happened in this article about Hohhot."
EMPTY = "An approved article from 2023 that yielded no facts at all."


def new_doc(text: str, *, title: str, published: date | None, source: str | None, outlet: str | None = None,
            language: str = "en") -> documents.NewDocument:
    return documents.NewDocument(
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        source=source,
        raw_text=text,
        display_text=text,
        offset_map=[[0, 0, len(text)]],
        language=language,
        title=title,
        published=published,
        outlet=outlet,
    )


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


@dataclass
class Sample:
    baotou: int
    ordos: int
    hohhot: int
    empty: int
    rejected_fact: int


def fill(db: Database) -> Sample:
    """Four documents in different states, regions, dates and languages, with facts of every kind."""
    with db.session() as s:
        a = documents.add(s, new_doc(EN, title="Baotou signs 455 projects", published=date(2021, 7, 24),
                                     source="https://news.example.com/baotou?id=1&x=2", outlet="Xinhua"), "importer", [
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "signed projects", "period": "2021",
                                       "comparator": "=", "basis": "level"}, 455, "count",
                      [span(EN, "455 projects")], 0.8, "rules", "455"),
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "agreed investment", "period": "2021"},
                      579_900_000_000, "CNY", [span(EN, "579.9 billion. Yuan")], 0.86, "rules",
                      "579.9 billion. Yuan"),
            FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "agreed investment growth",
                                       "basis": "yoy"}, 15.7, "percent", [span(EN, "up 15.7%")], 0.7, "rules", "15.7%"),
            FactDraft(Kind.TARGET, {"subject": "Baotou", "indicator": "agreed investment", "horizon": "2025",
                                    "comparator": ">="}, 600_000_000_000, "CNY",
                      [span(EN, "600 billion yuan by 2025")], 0.6, "rules", "600 billion yuan"),
            FactDraft(Kind.PROJECT, {"investor": "Inner Mongolia Yili", "project": "dairy park", "location": "Baotou",
                                     "stage": "signed", "period": "2021"}, 50_000_000, "CNY",
                      [span(EN, "5000万元"), span(EN, "dairy park")], 0.75, "rules", "5000万元"),
            FactDraft(Kind.PERSON, {"name": "Zhang Rui", "role": "mayor", "organization": "Baotou"}, None, None,
                      [span(EN, "Zhang Rui")], 0.9, "rules"),
            FactDraft(Kind.PERSON, {"name": "Yuan", "role": "unknown"}, None, None, [span(EN, "Yuan")], 0.2, "rules"),
        ])
        b = documents.add(s, new_doc(ZH, title="鄂尔多斯签约32个项目", published=date(2022, 3, 1),
                                     source="/data/articles/ordos.txt", language="zh-Hans"), "importer", [
            FactDraft(Kind.PROJECT, {"project": "32个签约项目", "location": "鄂尔多斯", "period": "2022"},
                      208_826_000_000, "CNY", [span(ZH, "协议投资额2088.26亿元")], 0.8, "rules", "2088.26亿元"),
            FactDraft(Kind.PERSON, {"name": "李明", "role": "市长", "organization": "鄂尔多斯市"}, None, None,
                      [span(ZH, "李明")], 0.9, "rules"),
        ])
        c = documents.add(s, new_doc(OLD, title="Hohhot firms", published=None, source=None), "importer", [
            FactDraft(Kind.INDICATOR, {"subject": "Hohhot", "indicator": "new firms"}, 120, "count",
                      [span(OLD, "120 new firms")], 0.5, "rules", "120"),
        ])
        d = documents.add(s, new_doc(EMPTY, title="Nothing here", published=date(2023, 1, 10),
                                     source="https://news.example.com/empty"), "importer", [])
        s.flush()
        a_facts = facts.facts_of(s, a.id)
        facts.confirm(s, a_facts[0].id, "ana")
        facts.update(s, a_facts[1].id, {"comparator": "="}, "ana")
        facts.reject(s, a_facts[6].id, "ana")
        for doc in (a, c, d):
            documents.set_status(s, doc.id, DocStatus.APPROVED, "bo")
        documents.set_status(s, b.id, DocStatus.IN_REVIEW, "bo")
        s.commit()
        return Sample(a.id, b.id, c.id, d.id, a_facts[6].id)


def utc_second(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0)


STAGE_TERMS = {"under_construction": "under construction"}
BASIS_TERMS = {"yoy": "year-on-year", "average_growth": "average growth"}
UNIT_COLUMNS = {"CNY": "Amount (CNY)", "count": "Count", "percent": "Percent", "pp": "Percentage points"}
VALUE_HEADERS = ("Amount (CNY)", "Amount (CNY 100 million)", "Currency", "Amount (other currency)", "Count",
                 "Percent", "Percentage points")


def expected_fact(f: Fact, doc: Document) -> dict[str, Any]:
    """The row a fact should produce, by English header, computed from the ORM objects independently
    of the export code (the indicator's name comes from the domain's vocabulary)."""
    from app.domain.indicators import indicator_name

    spans = [(int(a), int(b)) for a, b in f.evidence]
    reviewer, reviewed = (f.reviewer, f.reviewed_at) if f.reviewer else (doc.reviewer, doc.reviewed_at)
    source = doc.source
    if source and not source.startswith("http"):
        source = source.replace("\\", "/").rsplit("/", 1)[-1]
    row: dict[str, Any] = {
        "Fact ID": f.id,
        "Version": f.version,
        "Document ID": doc.id,
        "Status": "approved" if doc.status == "approved" and f.status != "rejected" else f.status,
        "Evidence": " … ".join(doc.display_text[a:b] for a, b in spans) or None,
        "Title": doc.title,
        "Published": datetime.combine(doc.published, datetime.min.time()) if doc.published else None,
        "Region": doc.region,
        "Source file": source,
        "Document status": doc.status.replace("_", " "),
        "Confidence": f.confidence,
        "Origin": f.origin,
        "Reviewed by": reviewer,
        "Reviewed at": utc_second(reviewed),
    }
    headers = {"investor": "Investor", "project": "Project", "industry": "Industry", "location": "Location",
               "stage": "Stage", "period": "Period", "subject": "Subject", "indicator": "Indicator",
               "comparator": "Comparator", "basis": "Basis", "horizon": "Horizon", "name": "Name", "role": "Role",
               "organization": "Organization"}
    for name, v in (f.fields or {}).items():
        v = None if v in (None, "") else str(v)
        if name == "stage" and v:
            v = STAGE_TERMS.get(v, v)
        if name == "basis" and v:
            v = BASIS_TERMS.get(v, v)
        if name == "indicator":
            row["Indicator as written"] = v
            v = indicator_name(v)
        row[headers[name]] = v
    if f.kind != "person":
        for h in VALUE_HEADERS:
            row[h] = None
        if f.value is not None:
            cell = float(f.value)  # a workbook cell is a double
            if f.unit in UNIT_COLUMNS:
                row[UNIT_COLUMNS[f.unit]] = cell
            else:
                row["Currency"], row["Amount (other currency)"] = f.unit, cell
            if f.unit == "CNY":
                row["Amount (CNY 100 million)"] = cell / 1e8
        row["Value as written"] = f.value_text
    return row


def read_sheet(path: Path, title: str) -> list[dict[str, Any]]:
    wb = openpyxl.load_workbook(path)
    try:
        ws = wb[title]
        rows = list(ws.iter_rows(values_only=True))
    finally:
        wb.close()
    header = rows[0]
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def fact_rows(path: Path) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for title in KIND_SHEETS.values():
        for row in read_sheet(path, title):
            if row["Fact ID"] is not None:  # a table's empty data row
                out[row["Fact ID"]] = row
    return out


def db_facts(db: Database) -> list[tuple[Fact, Document]]:
    from sqlalchemy import select

    with db.session() as s:
        rows = s.execute(select(Fact, Document).join(Document).order_by(Fact.id)).all()
        return [(f, d) for f, d in rows]


def assert_rows_equal(got: dict[str, Any], want: dict[str, Any]) -> None:
    for header, value in want.items():
        assert header in got, f"no column {header!r}"
        actual = got[header]
        if isinstance(value, float) and actual is not None:
            assert actual == pytest.approx(value, rel=1e-12), header
        else:
            assert actual == value, f"{header}: {actual!r} != {value!r} (fact {want['Fact ID']})"


def formula_cells(path: Path) -> list[str]:
    """Coordinates of every cell openpyxl reads as a formula, in every sheet."""
    wb = openpyxl.load_workbook(path)
    try:
        return [f"{ws.title}!{c.coordinate}" for ws in wb for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    finally:
        wb.close()


def soffice_convert(src: Path, out_dir: Path, target: str) -> subprocess.CompletedProcess[str]:
    assert SOFFICE is not None
    profile = out_dir / "lo-profile"
    return subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(out_dir), str(src)],
        capture_output=True, text=True, timeout=180,
    )


# LibreOffice ≥ 7.2: the 12th token (-1) writes every sheet to NAME-SHEET.csv; UTF-8, raw values.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def libreoffice_csv(src: Path, out_dir: Path) -> dict[str, list[list[str]]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    proc = soffice_convert(src, out_dir, CSV_ALL_SHEETS)
    assert proc.returncode == 0, proc.stderr
    sheets: dict[str, list[list[str]]] = {}
    for p in out_dir.glob(f"{src.stem}-*.csv"):
        with p.open(encoding="utf-8", newline="") as fh:
            sheets[p.stem[len(src.stem) + 1:]] = list(csv.reader(fh))
    assert sheets, f"LibreOffice wrote no CSV: {proc.stdout} {proc.stderr}"
    return sheets


def same_as_csv(value: Any, text: str, number_format: str) -> bool:
    if value is None:
        return text == ""
    if isinstance(value, datetime):
        fmt = "%Y-%m-%d" if number_format == "yyyy-mm-dd" else "%Y-%m-%d %H:%M:%S"
        return text == value.strftime(fmt)
    if isinstance(value, bool):
        return text.upper() == str(value).upper()
    if isinstance(value, int | float):
        return float(text) == pytest.approx(float(value), rel=1e-12)
    return text == value


def assert_csv_matches(path: Path, csv_sheets: dict[str, list[list[str]]], titles: list[str]) -> None:
    wb = openpyxl.load_workbook(path)
    try:
        for title in titles:
            ws = wb[title]
            got = csv_sheets[title]
            cells = list(ws.iter_rows())
            assert len(got) == len(cells), title
            for row, csv_row in zip(cells, got, strict=True):
                for i, c in enumerate(row):
                    text = csv_row[i] if i < len(csv_row) else ""
                    where = f"{title}!{c.coordinate}"
                    assert same_as_csv(c.value, text, c.number_format), f"{where}: {c.value!r} vs {text!r}"
    finally:
        wb.close()
