"""`factdesk --self-test`: prove that an installed FactDesk works, end to end, in a few seconds.

On a temporary database in a temporary data folder it imports the demo corpus (which runs
extraction), reads a sample HTML page, .docx and .pdf, opens the main window offscreen, exports a
workbook to a temporary folder and reads it back with openpyxl. It prints one line and returns 0
only when every step worked:

    self-test ok: 5 documents, 82 facts, read html/docx/pdf, workbook 8 sheets (152 rows), 2.0 s
    self-test failed: export: <what went wrong>

It runs the same from the sources (`python -m app --self-test`) and from the frozen bundle, which is
what the installers' tests and the hosted CI call to check a bundle has everything it needs (data
files of the readers and extractors, the migrations, Qt's platform plugins).

`factdesk --startup-time` opens the review window as a normal start does and, as soon as it is
shown, prints `window shown at <epoch seconds>` and exits; the installer test measures the time from
launch to that moment.

Qt is only reached through `app.ui` and the database only through `app.store`."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app import config

PLATFORM_ENV = "QT_QPA_PLATFORM"
EXPECTED_SHEETS = ("Projects", "Indicators", "Targets", "People", "Documents", "Audit", "About")
"""The workbook contract (docs/workbook-contract.md): a sheet per fact kind, Documents, Audit and About."""
FACT_SHEETS = EXPECTED_SHEETS[:4]

SAMPLE_SENTENCES = (
    "Baotou signed 455 investment projects this year, with total agreed investment of 579.9 billion yuan.",
    "The city attracted 178 new projects and 24 listed companies, the mayor told the investment fair.",
    "Officials said the industrial park would break ground on the new materials project next spring.",
)
"""The text of the sample files the readers check: an HTML page, a .docx and a .pdf (the seed
corpus is plain text, so this is what exercises trafilatura, python-docx and pypdf in a bundle)."""

T = TypeVar("T")


class SelfTestFailure(Exception):
    """One step failed; the message says which and why."""


@dataclass
class Report:
    documents: int = 0
    facts: int = 0
    formats: list[str] = field(default_factory=list)
    sheets: int = 0
    rows: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"self-test ok: {self.documents} documents, {self.facts} facts, read {'/'.join(self.formats)}, "
            f"workbook {self.sheets} sheets ({self.rows} rows), {self.seconds:.1f} s"
        )


class _ErrorLog(logging.Handler):
    """Collects errors FactDesk logs while the self-test runs (an extractor that fails is logged,
    not raised, so an import goes on; the self-test must still notice it)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text = f"{text}: {type(exc).__name__}: {exc}"
        self.messages.append(text)


@contextmanager
def _temporary_environment(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def _step(name: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except SelfTestFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the one line the user sees
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise SelfTestFailure(f"{name}: {type(exc).__name__}{': ' + text if text else ''}") from exc


def _use_offscreen_qt() -> None:
    if not os.environ.get(PLATFORM_ENV):
        os.environ[PLATFORM_ENV] = "offscreen"


def _open_database(url: str) -> Any:
    from app.store import Database

    return Database.open(url)


def _import_demo(db: Any, user: str, errors: _ErrorLog, report: Report) -> None:
    from app.store.services import documents
    from app.workflows.importing import demo_corpus_dir, import_paths

    corpus = demo_corpus_dir()
    expected = sorted(corpus.glob("*.txt"))
    if not expected:
        raise SelfTestFailure(f"demo corpus: no articles in {corpus}")
    summary = import_paths(db, [corpus], user)
    if summary.failed:
        _path, reason = summary.failed[0]
        raise SelfTestFailure(f"import: {len(summary.failed)} of {len(expected)} files failed, first: {reason}")
    if errors.messages:
        raise SelfTestFailure(f"extraction: {errors.messages[0]}")
    with db.session() as session:
        rows = documents.list_rows(session)
    report.documents = len(rows)
    report.facts = sum(row.fact_count for row in rows)
    if report.documents != len(expected):
        raise SelfTestFailure(f"import: {report.documents} documents stored, expected {len(expected)}")
    if report.facts == 0:
        raise SelfTestFailure("extraction: no facts found in the demo corpus")


def minimal_pdf(lines: Sequence[str]) -> bytes:
    """One page of Helvetica text, with a correct cross-reference table (also the tests' PDF builder)."""
    ops = ["BT", "/F1 11 Tf", "60 740 Td", "16 TL"]
    ops += ["(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines]
    stream = "\n".join([*ops, "ET"]).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _write_format_samples(folder: Path) -> list[Path]:
    import docx

    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in SAMPLE_SENTENCES)
    html = folder / "sample.html"
    html.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Baotou investment fair</title>"
        "<meta name='date' content='2021-07-24'></head><body><nav><a href='/'>Home</a> | <a href='/news'>News</a>"
        f"</nav><article><h1>Baotou investment fair</h1>{paragraphs}</article>"
        "<footer>Contact: press office</footer></body></html>",
        encoding="utf-8",
    )
    document = docx.Document()  # python-docx's default template: a data file the bundle must carry
    document.add_heading("Baotou investment fair", level=1)
    for sentence in SAMPLE_SENTENCES:
        document.add_paragraph(sentence)
    word = folder / "sample.docx"
    document.save(str(word))
    pdf = folder / "sample.pdf"
    pdf.write_bytes(minimal_pdf(SAMPLE_SENTENCES))
    return [html, word, pdf]


def _read_formats(folder: Path) -> list[str]:
    """Read an HTML page, a .docx and a .pdf as import does; the names of the formats read."""
    from app.ingest import read_document

    read = []
    for path in _write_format_samples(folder):
        text = " ".join(read_document(path).display_text.split())
        if SAMPLE_SENTENCES[0] not in text:
            raise SelfTestFailure(f"readers: {path.suffix} read without its text (got {text[:80]!r})")
        read.append(path.suffix.lstrip("."))
    return read


def _process_events_until(qapp: Any, done: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        qapp.processEvents()
        if done():
            return True
        time.sleep(0.005)
    return done()


def _open_window(db: Any) -> None:
    from app.review import Workspace
    from app.ui.application import create_application, create_window

    qapp = create_application()
    window = create_window(Workspace(db, config.user_name()))
    try:
        window.show()
        if not _process_events_until(qapp, window.isVisible):
            raise SelfTestFailure("main window: not shown")
    finally:
        window.close()
        window.deleteLater()
        qapp.processEvents()


def _export(db: Any, folder: Path, user: str, report: Report) -> Path:
    from app.domain.records import STATUS_ALL, ExportFilter
    from app.workflows.exporting import export_workbook
    from app.workflows.progress import CancelToken, no_progress

    path = folder / "factdesk-self-test.xlsx"
    # Every fact of every document: nothing has been reviewed in the temporary database.
    result = export_workbook(db, path, ExportFilter(status=STATUS_ALL), user, no_progress, CancelToken(),
                             language="en")  # the sheet names checked below are the English ones
    if not path.is_file() or path.stat().st_size == 0:
        raise SelfTestFailure(f"export: no workbook written at {path}")
    if (result.documents, result.facts) != (report.documents, report.facts):
        raise SelfTestFailure(
            f"export: wrote {result.facts} facts from {result.documents} documents, "
            f"expected {report.facts} from {report.documents}"
        )
    return path


def _data_rows(sheet: Any) -> int:
    """Rows below the header that hold anything."""
    return sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(v is not None for v in row))


def _read_back(path: Path, report: Report) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        names = list(workbook.sheetnames)
        missing = [name for name in EXPECTED_SHEETS if name not in names]
        if missing:
            raise SelfTestFailure(f"workbook: sheets missing: {', '.join(missing)} (has {', '.join(names)})")
        rows = {sheet.title: _data_rows(sheet) for sheet in workbook.worksheets}
    finally:
        workbook.close()
    fact_rows = sum(rows[name] for name in FACT_SHEETS)
    if fact_rows != report.facts:
        raise SelfTestFailure(f"workbook: {fact_rows} fact rows read back, expected {report.facts}")
    if rows["Documents"] != report.documents:
        raise SelfTestFailure(f"workbook: {rows['Documents']} document rows read back, expected {report.documents}")
    report.sheets = len(names)
    report.rows = sum(rows.values())


def run_self_test() -> tuple[bool, str]:
    """Run every step; (ok, the one line to print)."""
    started = time.perf_counter()
    _use_offscreen_qt()
    report = Report()
    errors = _ErrorLog()
    app_logger = logging.getLogger("app")
    app_logger.addHandler(errors)
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-self-test-"))
    data, out, samples = tmp / "data", tmp / "export", tmp / "samples"
    for folder in (data, out, samples):
        folder.mkdir()
    db = None
    try:
        with _temporary_environment({config.ENV_DATA_DIR: str(data)}):
            user = config.user_name()
            url = f"sqlite:///{data / 'factdesk.sqlite3'}"
            db = _step("database", lambda: _open_database(url))
            _step("import", lambda: _import_demo(db, user, errors, report))
            report.formats = _step("readers", lambda: _read_formats(samples))
            _step("main window", lambda: _open_window(db))
            workbook = _step("export", lambda: _export(db, out, user, report))
            _step("workbook", lambda: _read_back(workbook, report))
        if errors.messages:
            raise SelfTestFailure(f"logged error: {errors.messages[0]}")
    except SelfTestFailure as exc:
        return False, f"self-test failed: {exc}"
    finally:
        app_logger.removeHandler(errors)
        if db is not None:
            db.dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return True, report.line()


def self_test() -> int:
    ok, line = run_self_test()
    print(line, flush=True)
    return 0 if ok else 1


def startup_time(db_url: str) -> int:
    """Open the review window as a normal start does (application, database, main window), print
    the moment it is shown and exit. On a first start the demo corpus is imported in the background
    after the window is shown, so that import is not part of this time and is not started here.
    On Linux with no display, Qt runs offscreen."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        _use_offscreen_qt()
    from app.review import Workspace
    from app.ui.application import create_application, create_window

    qapp = create_application()
    db = _open_database(db_url)
    try:
        window = create_window(Workspace(db, config.user_name()))
        window.show()

        def exposed() -> bool:
            handle = window.windowHandle()
            return bool(window.isVisible() and handle is not None and handle.isExposed())

        shown = _process_events_until(qapp, exposed)
        stamp = time.time()
        window.close()
        qapp.processEvents()
    finally:
        db.dispose()
    if not shown:
        print("startup: the main window was not shown within 10 s", flush=True)
        return 1
    print(f"window shown at {stamp:.3f}", flush=True)
    return 0
