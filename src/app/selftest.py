"""`factdesk --self-test`: prove that an installed FactDesk works, end to end, in a few seconds.

On a temporary database in a temporary data folder it imports the demo corpus (which runs
extraction), opens the main window offscreen, exports a workbook to a temporary folder and reads it
back with openpyxl. It prints one line and returns 0 only when every step worked:

    self-test ok: 5 documents, 62 facts, workbook 7 sheets (90 rows), 2.1 s
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app import config

PLATFORM_ENV = "QT_QPA_PLATFORM"
EXPECTED_SHEETS = ("Projects", "Indicators", "Targets", "People", "Documents", "Audit", "About")
"""The workbook contract (DESIGN.md): a sheet per fact kind, Documents, Audit and About."""
FACT_SHEETS = EXPECTED_SHEETS[:4]

T = TypeVar("T")


class SelfTestFailure(Exception):
    """One step failed; the message says which and why."""


@dataclass
class Report:
    documents: int = 0
    facts: int = 0
    sheets: int = 0
    rows: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"self-test ok: {self.documents} documents, {self.facts} facts, "
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
        path, reason = summary.failed[0]
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


def _process_events_until(qapp: Any, done: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        qapp.processEvents()
        if done():
            return True
        time.sleep(0.005)
    return done()


def _open_window(db: Any) -> None:
    from app.ui.application import create_application, create_window

    qapp = create_application()
    window = create_window(db)
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
    result = export_workbook(db, path, ExportFilter(status=STATUS_ALL), user, no_progress, CancelToken())
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
    root_logger = logging.getLogger("app")
    root_logger.addHandler(errors)
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-self-test-"))
    data, out = tmp / "data", tmp / "export"
    data.mkdir()
    out.mkdir()
    db = None
    try:
        with _temporary_environment({config.ENV_DATA_DIR: str(data)}):
            user = config.user_name()
            url = f"sqlite:///{data / 'factdesk.sqlite3'}"
            db = _step("database", lambda: _open_database(url))
            _step("import", lambda: _import_demo(db, user, errors, report))
            _step("main window", lambda: _open_window(db))
            workbook = _step("export", lambda: _export(db, out, user, report))
            _step("workbook", lambda: _read_back(workbook, report))
    except SelfTestFailure as exc:
        return False, f"self-test failed: {exc}"
    finally:
        root_logger.removeHandler(errors)
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
    from app.ui.application import create_application, create_window

    qapp = create_application()
    db = _open_database(db_url)
    try:
        window = create_window(db)
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
