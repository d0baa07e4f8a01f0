"""`factdesk apply-workbook` with bad input: each case gives a clear one-line message, the right exit
code, and leaves the database exactly as it was."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from apply_helpers import edit, export_all, header_index, row_of
from export_helpers import fill

from app.cli import main
from app.store import Database
from app.store.services import facts
from app.workflows.workbook_file import excel_owner

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def setup(db_url: str, tmp_path: Path) -> tuple[str, Database, object, Path]:
    db = Database.open(db_url)
    sample = fill(db)
    book = export_all(db, tmp_path / "book.xlsx")
    yield db_url, db, sample, book
    db.dispose()


def _fingerprint(db: Database) -> tuple[object, ...]:
    from sqlalchemy import func, select

    from app.store.models import AuditEvent, Document, Fact

    with db.session() as s:
        return (
            s.scalar(select(func.max(AuditEvent.id))),
            tuple(s.execute(select(Fact.id, Fact.version, Fact.value, Fact.fields, Fact.status)
                            .order_by(Fact.id)).all()),
            tuple(s.execute(select(Document.id, Document.version, Document.status, Document.title)
                            .order_by(Document.id)).all()),
        )


def run(url: str, book: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str], str]:
    code = main(["apply-workbook", str(book), "--db", url, *extra])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.strip()


def _fact(db: Database, doc_id: int, index: int) -> facts.Fact:
    with db.session() as s:
        return facts.facts_of(s, doc_id)[index]


def _whole_file_refused(setup: tuple, capsys: pytest.CaptureFixture[str], book: Path) -> tuple[int, str]:
    url, db, _sample, _ = setup
    before = _fingerprint(db)
    code, out, err = run(url, book, capsys)
    assert out == [] and "\n" not in err and _fingerprint(db) == before
    return code, err


def test_not_an_xlsx(setup: tuple, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "random.xlsx"
    bad.write_bytes(os.urandom(3000))
    assert _whole_file_refused(setup, capsys, bad) == (
        1, "factdesk: error: random.xlsx is not an Excel workbook (.xlsx)")
    zipped = tmp_path / "report.xlsx"  # a zip, but a Word document inside
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    code, err = _whole_file_refused(setup, capsys, zipped)
    assert code == 1
    assert err.startswith("factdesk: error: report.xlsx is not an Excel workbook (.xlsx), or it is damaged")


def test_a_csv_renamed_xlsx(setup: tuple, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "facts.xlsx"
    bad.write_text("Fact ID,Version,Amount (CNY)\n1,1,5000\n", encoding="utf-8")
    assert _whole_file_refused(setup, capsys, bad) == (
        1, "factdesk: error: facts.xlsx is a text file (CSV?), not an Excel workbook: open it in Excel and save it "
        "as an Excel workbook (.xlsx)")


def test_a_workbook_from_another_program(setup: tuple, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Item", "Amount"])
    wb.active.append(["Rent", 1200])
    wb.save(other)
    code, err = _whole_file_refused(setup, capsys, other)
    assert code == 1 and err.startswith("factdesk: error: budget.xlsx is not a FactDesk workbook: it has none of the "
                                        "sheets Projects, Indicators, Targets, People, Documents")


def test_a_factdesk_workbook_from_another_database(
    setup: tuple, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _url, db, sample, book = setup
    other = Database.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        fill(other)  # the same articles, ids and versions: only the identity tells them apart
        edit(book, [("Documents", sample.ordos, "Title", "changed")])
        before = _fingerprint(other)
        code, out, err = run(str(other.engine.url), book, capsys)
        assert code == 3 and out == [] and _fingerprint(other) == before
        assert re.fullmatch(r"factdesk: refused: book\.xlsx comes from another database \(its Database ID is "
                            r"[0-9a-f-]{36}, this database's is [0-9a-f-]{36}\): nothing was applied", err), err
    finally:
        other.dispose()


def _row_refused(setup: tuple, capsys: pytest.CaptureFixture[str], book: Path) -> list[str]:
    url, db, _sample, _ = setup
    before = _fingerprint(db)
    code, out, err = run(url, book, capsys)
    assert code == 3 and err == "" and _fingerprint(db) == before
    assert re.fullmatch(r"applied 0, unchanged \d+, conflicts 0, refused [1-9]\d*", out[-1]), out
    return out[:-1]


def test_a_row_whose_fact_was_deleted(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    _url, db, sample, book = setup
    fact = _fact(db, sample.ordos, 1)
    with db.session() as s:  # re-extraction replaces suggestions: their ids are gone
        s.delete(facts.get_fact(s, fact.id))
        s.commit()
    edit(book, [("People", fact.id, "Role", "deputy mayor")])
    assert _row_refused(setup, capsys, book) == [
        f"refused  fact {fact.id} (People row 4): no fact with this id in the database (deleted since the export?)"]


def test_values_of_the_wrong_type(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    _url, db, sample, book = setup
    project = _fact(db, sample.ordos, 0)
    count = _fact(db, sample.hohhot, 0)
    edit(book, [("Projects", project.id, "Amount (CNY)", "about two hundred billion"),
                ("Indicators", count.id, "Count", date(2021, 1, 5))])
    assert _row_refused(setup, capsys, book) == [
        f"refused  fact {project.id} (Projects row 3): Amount (CNY): 'about two hundred billion' is not a number",
        f"refused  fact {count.id} (Indicators row 5): Count: a date (2021-01-05) is not a number",
    ]


def test_a_formula_cell(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    _url, db, sample, book = setup
    project = _fact(db, sample.ordos, 0)
    edit(book, [("Projects", project.id, "Amount (CNY)", "=2088.26*100000000")])
    assert _row_refused(setup, capsys, book) == [
        f"refused  fact {project.id} (Projects row 3): Amount (CNY): formula in a data cell (=2088.26*100000000)"]


def test_an_empty_required_value(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    _url, db, sample, book = setup
    project = _fact(db, sample.ordos, 0)
    count = _fact(db, sample.hohhot, 0)
    person = _fact(db, sample.ordos, 1)
    edit(book, [("Projects", project.id, "Amount (CNY)", None), ("Indicators", count.id, "Indicator", None),
                ("People", person.id, "Status", None)])
    assert _row_refused(setup, capsys, book) == [
        f"refused  fact {project.id} (Projects row 3): Amount (CNY): a number is required",
        f"refused  fact {count.id} (Indicators row 5): Indicator: indicator is required",
        f"refused  fact {person.id} (People row 4): Status: empty; a fact's status is required (confirmed or "
        "rejected to change it)",
    ]


def test_duplicated_fact_rows_with_different_values(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    _url, db, sample, book = setup
    project = _fact(db, sample.ordos, 0)
    wb = openpyxl.load_workbook(book)
    ws = wb["Projects"]
    src = row_of(ws, "Fact ID", project.id)
    copy = ws.max_row + 1
    for c in ws[src]:
        ws.cell(copy, c.column).value = c.value
    ws.cell(copy, header_index(ws, "Amount (CNY)")).value = 1
    ws.cell(src, header_index(ws, "Amount (CNY)")).value = 2
    wb.save(book)
    assert _row_refused(setup, capsys, book) == [
        f"refused  fact {project.id} (Projects row 3): the same Fact ID is also on Projects row 4 with different "
        "values; keep one row (nothing of either is applied)",
        f"refused  fact {project.id} (Projects row 4): the same Fact ID is also on Projects row 3 with different "
        "values; keep one row (nothing of either is applied)",
    ]


def test_a_workbook_open_in_excel_names_who_has_it(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    book = setup[3]
    name = "Ana Analyst"
    owner = bytes([len(name)]) + name.encode().ljust(54, b" ") + bytes([len(name), 0]) + name.encode("utf-16-le")
    (book.parent / f"~${book.name}").write_bytes(owner.ljust(165, b"\x00"))
    assert excel_owner(book) == name
    assert _whole_file_refused(setup, capsys, book) == (
        1, "factdesk: error: book.xlsx is open in Excel by Ana Analyst (~$book.xlsx): save and close it there, "
        "then try again")


def test_a_workbook_open_in_libreoffice(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    book = setup[3]
    (book.parent / f".~lock.{book.name}#").write_text(",ana,desk-7,28.11.2026 09:12,file:///home/ana/.config;")
    assert _whole_file_refused(setup, capsys, book) == (
        1, "factdesk: error: book.xlsx is open in LibreOffice by ana on desk-7: save and close it there, then try "
        "again")


def test_a_workbook_locked_by_another_process(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    book = setup[3]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time\nf = open(sys.argv[1], 'rb')\n"
         "fcntl.flock(f, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(120)", str(book)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert _whole_file_refused(setup, capsys, book) == (
            1, "factdesk: error: book.xlsx is locked by another program: close it there and try again")
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_an_unreadable_workbook(setup: tuple, capsys: pytest.CaptureFixture[str]) -> None:
    book = setup[3]
    book.chmod(0)
    assert _whole_file_refused(setup, capsys, book) == (
        1, "factdesk: error: cannot read book.xlsx: permission denied (locked by another program, or not yours to "
        "read)")


def _add_big_column(book: Path, sheet_xml: str, out: Path, chars: int) -> None:
    """Copy the workbook with the analyst's own column of long notes on every row of one sheet."""
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == sheet_xml:
                def add(m: re.Match[bytes]) -> bytes:
                    n = int(m.group(2))
                    text = b"My notes" if n == 1 else base64.b64encode(os.urandom(chars * 3 // 4))
                    return m.group(1) + m.group(3) + (
                        b'<c r="BZ%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (n, text))
                data = re.sub(rb'(<row r="(\d+)"[^>]*>)(.*?)</row>', add, data, flags=re.S)
            dst.writestr(item, data)


@pytest.mark.slow
def test_a_50_mb_workbook_is_read_in_bounded_memory(sqlite_url: str, tmp_path: Path) -> None:
    from export_helpers import new_doc

    from app.domain.schema import FactDraft, Kind, Span
    from app.store.services import documents

    db = Database.open(sqlite_url)
    try:
        with db.session() as s:
            for d in range(20):
                text = f"Article {d}: " + "Company X invests 5 million yuan. " * 40
                drafts = [FactDraft(Kind.PROJECT, {"investor": f"Investor {d}-{i}", "project": "plant"},
                                    5_000_000 + i, "CNY", [Span(0, 20)], 0.8, "rules") for i in range(120)]
                documents.add(s, new_doc(text, title=f"Doc {d}", published=date(2024, 1, 1), source=None), "t", drafts)
            s.commit()
            first = facts.facts_of(s, 1)[0].id
        book = export_all(db, tmp_path / "small.xlsx")
    finally:
        db.dispose()
    edit(book, [("Projects", first, "Amount (CNY)", 6_000_000)])
    big = tmp_path / "big.xlsx"
    _add_big_column(book, "xl/worksheets/sheet1.xml", big, 30_000)
    size = big.stat().st_size
    assert size > 50_000_000, size
    env = dict(os.environ, PYTHONPATH=str(SRC))
    # The child reports its own high-water mark (VmHWM belongs to the process image, unlike
    # getrusage's ru_maxrss, which Linux carries over from the forking pytest process).
    proc = subprocess.run([sys.executable, "-c", PEAK_RSS_CLI, "apply-workbook", str(big), "--db", sqlite_url],
                          capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1] == "applied 1, unchanged 2419, conflicts 0, refused 0"
    peak_mb = int(re.search(r"peak-rss-kb (\d+)", proc.stderr).group(1)) / 1024  # type: ignore[union-attr]
    print(f"{size / 1e6:.1f} MB workbook, 2400 rows: peak RSS {peak_mb:.0f} MB")
    assert peak_mb < 300


PEAK_RSS_CLI = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("peak-rss-kb " + line.split()[1] + "\\n")
atexit.register(peak)
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""
