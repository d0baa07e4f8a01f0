"""The crash path on the real window: an exception in a slot, a timer callback or a worker thread is
written to the rotating log in the data folder and shown in one non-modal dialog, and the window goes on;
Qt's warnings reach the log; a native crash of the real app lands in the native-crash file and the next
start tells the user once."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keys import focused
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Slot, qCritical
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app import logs
from app.store import Database
from app.store.services import review
from app.ui import crash
from app.ui.crash import CrashDialog, CrashHandler

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def crash_path(qapp: QApplication, _private_data_dir: Path) -> Iterator[CrashHandler]:
    """The crash path as the app installs it, undone afterwards (hooks, message handler, faulthandler)."""
    level = logging.getLogger().level
    handler = crash.install(qapp)
    yield handler
    crash.uninstall()
    logs.teardown()
    logging.getLogger().setLevel(level)


def log_text(data_dir: Path) -> str:
    path = data_dir / logs.LOG_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def press_action(win, action_id: str) -> None:  # noqa: ANN001 - MainWindow
    """Press the action's own first shortcut where the keyboard focus is, as an analyst would."""
    combo = win.commands[action_id].shortcuts()[0][0]
    QTest.keyClick(focused(win), combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()


def back_to_window(qtbot, win) -> None:  # noqa: ANN001
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)


def test_an_exception_in_a_slot_is_logged_and_the_window_goes_on(
    qtbot, window, crash_path: CrashHandler, seeded_db: Database, _private_data_dir: Path  # noqa: ANN001
) -> None:
    win = window
    back_to_window(qtbot, win)
    ids = win.queue.model.ids()
    assert win.controller.document.id == ids[0]

    def broken_slot() -> None:
        raise RuntimeError("injected failure in a slot")

    action = win.commands["next_document"]
    action.triggered.connect(broken_slot)  # a real QAction's slot, reached through its real shortcut
    press_action(win, "next_document")
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)

    text = log_text(_private_data_dir)
    assert "ERROR app.crash: uncaught exception in broken_slot (test_crash_path.py" in text
    assert "Traceback (most recent call last):" in text
    assert 'in broken_slot\n    raise RuntimeError("injected failure in a slot")' in text
    assert "RuntimeError: injected failure in a slot" in text
    assert "FactDesk 0.1.0, Python" in text and "thread MainThread" in text

    dialog = dialogs()[0]
    assert not dialog.isModal() and dialog.parent() is win
    message = dialog.message.text()
    assert "RuntimeError: injected failure in a slot" in message
    assert "Your work is saved" in message
    assert str(_private_data_dir / "factdesk.log") in message
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: injected failure in a slot" in copied and "Traceback" in copied
    dialog.details_button.click()
    assert dialog.details.isVisible() and "broken_slot" in dialog.details.toPlainText()

    # the real handler ran before the broken slot: the queue moved on; the window still responds
    assert win.controller.document.id == ids[1]
    back_to_window(qtbot, win)
    press_action(win, "next_document")  # the same failure again: logged, not shown again
    assert win.controller.document.id == ids[2]
    assert len(dialogs()) == 1 and dialog.more.isHidden()
    assert "the same error again (2 times in all): RuntimeError: injected failure in a slot" in \
        log_text(_private_data_dir)

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # closed from the keyboard
    qtbot.waitUntil(lambda: not dialogs(), timeout=5000)
    action.triggered.disconnect(broken_slot)

    # later actions work and save: confirm the current fact, then the previous document
    back_to_window(qtbot, win)
    doc = win.controller.document
    fact_id = win.form.order[0]
    press_action(win, "confirm_fact")
    with seeded_db.session() as s:
        assert review.load(s, doc.id).fact(fact_id).status == "confirmed"
    press_action(win, "previous_document")
    assert win.controller.document.id == ids[1]
    assert not dialogs()
    assert log_text(_private_data_dir).count("Traceback (most recent call last):") == 1

    QTimer.singleShot(0, lambda: [][1])  # a different failure, after the first dialog was closed: a new one
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
    assert "IndexError: list index out of range" in dialogs()[0].message.text()
    assert dialogs()[0].more.isHidden()


def test_the_dialog_opens_the_log_folder(qtbot, crash_path: CrashHandler, _private_data_dir: Path) -> None:  # noqa: ANN001
    class Opener(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url)

    opener = Opener()
    QDesktopServices.setUrlHandler("file", opener, "open")  # Qt's own hook: no file manager starts
    try:
        QTimer.singleShot(0, lambda: 1 / 0)
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
        dialogs()[0].folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opener.urls] == [_private_data_dir]
    assert "ZeroDivisionError: division by zero" in dialogs()[0].message.text()


class FailingJob(QRunnable):
    def run(self) -> None:
        raise KeyError("raised in a worker thread")


def test_repeated_and_background_exceptions_make_one_dialog(
    qtbot, window, crash_path: CrashHandler, _private_data_dir: Path  # noqa: ANN001
) -> None:
    def failing_timer() -> None:
        raise ValueError("the same failure each time")

    for _ in range(30):
        QTimer.singleShot(0, failing_timer)
    qtbot.waitUntil(lambda: sum(crash_path.counts.values()) == 30, timeout=5000)
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)

    pool = QThreadPool()
    job = FailingJob()
    job.setAutoDelete(False)
    pool.start(job)
    pool.waitForDone(5000)

    def thread_body() -> None:
        raise OSError("raised in a Python thread")

    thread = threading.Thread(target=thread_body, name="export-helper")
    thread.start()
    thread.join()
    dialog = dialogs()[0]
    qtbot.waitUntil(lambda: dialog.count == 3, timeout=5000)
    QTest.qWait(100)
    assert len(dialogs()) == 1
    assert dialog.more.text() == "Errors since this one: 2 (each one is in the log)"
    assert "KeyError: 'raised in a worker thread'" in dialog.details.toPlainText()
    assert "OSError: raised in a Python thread" in dialog.details.toPlainText()

    text = log_text(_private_data_dir)
    assert text.count("uncaught exception in failing_timer") == 1  # one traceback, then short lines
    assert text.count("the same error again") == 4  # the 2nd to 5th; the 6th to 30th are counted, not written
    assert "thread export-helper" in text and "OSError: raised in a Python thread" in text
    assert "KeyError: 'raised in a worker thread'" in text
    assert text.count("Traceback (most recent call last):") == 3
    assert window.isVisible() and window.isEnabled()


@pytest.mark.qt_log_ignore("Attempting to add QLayout", "factdesk test: a critical message")
def test_qt_warnings_and_criticals_go_to_the_log(qtbot, crash_path: CrashHandler, _private_data_dir: Path) -> None:  # noqa: ANN001
    widget = QWidget()
    qtbot.addWidget(widget)
    QVBoxLayout(widget)
    QVBoxLayout(widget)  # a real Qt warning: the widget already has a layout
    qCritical("factdesk test: a critical message")
    text = log_text(_private_data_dir)
    assert "WARNING qt: QLayout: Attempting to add QLayout \"\" to QWidget \"\", which already has a layout" in text
    assert "ERROR qt: factdesk test: a critical message" in text
    assert not dialogs()


def test_long_messages_are_cut_in_the_log(qtbot, crash_path: CrashHandler, _private_data_dir: Path) -> None:  # noqa: ANN001
    """An exception that quotes what it was parsing does not carry the article into the log."""
    article = "投资" * 2000

    def parse() -> None:
        raise ValueError(f"cannot read {article!r}")

    QTimer.singleShot(0, parse)
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
    text = log_text(_private_data_dir)
    assert "ValueError: cannot read '投资投资" in text
    assert article not in text and "more characters left out" in text
    assert len(text) < 4000


NATIVE_CRASH = """
import faulthandler, sys
from PySide6.QtCore import QTimer
from app.cli import main
from app.ui.application import create_application

create_application()
QTimer.singleShot(1500, faulthandler._sigsegv)  # a crash below Python, once the window runs
sys.exit(main(["--db", sys.argv[1]]))
"""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")  # FACTDESK_DATA_DIR: the test's
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=180, encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="faulthandler._sigsegv is a POSIX signal here")
def test_a_native_crash_is_kept_and_shown_at_the_next_start(
    qtbot, cli, seeded_db: Database, _private_data_dir: Path  # noqa: ANN001
) -> None:
    data = _private_data_dir
    crashed = run_python(NATIVE_CRASH, str(seeded_db.engine.url))
    assert crashed.returncode != 0, crashed.stderr
    native = data / logs.NATIVE_NAME
    report = native.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in report
    assert "most recent call first" in report
    assert "Segmentation fault" not in crashed.stderr  # written to the file, not lost on a console

    # the next start of a command notices it: logged, mentioned once, moved aside
    listed = cli("list", "--db", str(seeded_db.engine.url))  # the data folder is `data` here too
    assert listed.returncode == 0, listed.stderr
    assert "factdesk: note: an earlier run stopped unexpectedly (Fatal Python error: Segmentation fault at" in \
        listed.stderr
    assert native.stat().st_size == 0
    assert (data / f"{logs.NATIVE_NAME}.1").read_text(encoding="utf-8") == report
    assert "the previous run stopped with a native crash" in log_text(data)
    again = cli("list", "--db", str(seeded_db.engine.url))
    assert "earlier run" not in again.stderr

    # the window tells the user, once, when it finds one at start
    native.write_text(report, encoding="utf-8")
    app = QApplication.instance()
    level = logging.getLogger().level
    try:
        crash.install(app)
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
        dialog = dialogs()[0]
        assert dialog.windowTitle() == "FactDesk stopped unexpectedly"
        assert "stopped unexpectedly the last time it ran (Fatal Python error: Segmentation fault at" in \
            dialog.message.text()
        assert str(data / "factdesk.log") in dialog.message.text()
        assert "Fatal Python error" in dialog.details.toPlainText()
        assert native.stat().st_size == 0 and (data / f"{logs.NATIVE_NAME}.2").exists()
        dialog.close_button.click()
        qtbot.waitUntil(lambda: not dialogs(), timeout=5000)
        crash.uninstall()
        crash.install(app)
        QTest.qWait(200)
        assert not dialogs()
    finally:
        crash.uninstall()
        logs.teardown()
        logging.getLogger().setLevel(level)
