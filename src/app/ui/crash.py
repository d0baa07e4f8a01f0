"""The crash path of the window: no exception is lost, and the window stays usable.

`install(app)` (once, at start-up) routes every uncaught exception — in a slot, an event handler, a
timer callback, a worker thread — through `sys.excepthook` / `threading.excepthook` to the rotating
log in the data folder and to a non-modal dialog that says what failed, that the data is saved (edits
are committed as they are made) and where the log is, with buttons to open the log folder and to copy
the details. One dialog at a time: further errors while it is open are counted in it; an error seen
before is logged again (briefly, and ever more rarely) but not shown again. Qt's own warnings and
critical messages go to the log through a Qt message handler (a windowed bundle has no console).
Native crashes are written by `faulthandler` (`app.logs`); one found from an earlier run is shown once.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QTimer, QtMsgType, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import logs
from app.ui.i18n import tr

log = logging.getLogger("app.crash")
qt_log = logging.getLogger("qt")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _repeat_logged(count: int) -> bool:
    """Which repeats of one error get a log line: the first few, then every hundredth (a failing paint
    handler repeats on every repaint and would rotate the first traceback out of the log)."""
    return count <= 5 or count % 100 == 0


@dataclass(frozen=True)
class Failure:
    """One uncaught exception, as the dialog and the log show it."""

    error: str  # "ZeroDivisionError: division by zero"
    where: str  # "approve_and_next (main_window.py, line 390)"
    thread: str
    details: str  # the runtime line and the traceback, as logged
    key: tuple[str, str]  # type and place: the same failure again is not shown again

    @classmethod
    def of(cls, exc: BaseException, thread: str) -> Failure:
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if _ours(f.filename)] or frames
        where = ""
        if ours:
            last = ours[-1]
            where = f"{last.name} ({Path(last.filename).name}, line {last.lineno})"
        error = logs.shorten(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__, 200)
        details = f"{logs.describe_runtime()}, Qt {_qt_version()}, thread {thread}\n{logs.format_exception(exc)}"
        return cls(error, where, thread, details, (type(exc).__qualname__, where))


def _ours(filename: str) -> bool:
    """A frame of FactDesk's code: from the source tree, an installed package or a bundle (relative paths)."""
    path = filename.replace("\\", "/")
    return path.startswith("app/") or "/app/" in path


def _qt_version() -> str:
    from PySide6 import __version__ as pyside

    return pyside


class CrashDialog(QDialog):
    """What failed, that the data is saved, where the log is; Open Log Folder, Copy Details, Close.

    Non-modal: the window behind it goes on working."""

    def __init__(self, parent: QWidget | None, title: str, text: str, details: str, log_file: Path) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_file = log_file
        self.message = QLabel(text)
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.setObjectName("crashMore")
        self.more.hide()
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.details_button = self._button(buttons, tr("Show Details"), "crashShowDetails", self.toggle_details)
        self.copy_button = self._button(buttons, tr("Copy Details"), "crashCopy", self.copy_details)
        self.folder_button = self._button(buttons, tr("Open Log Folder"), "crashOpenFolder", self.open_folder)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon)
        text_column = QVBoxLayout()
        text_column.addWidget(self.message)
        text_column.addWidget(self.more)
        text_column.addStretch(1)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 240)
        self.count = 1

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def add(self, details: str) -> None:
        """Another failure while this dialog is open: counted here, its details appended."""
        self.count += 1
        self.more.setText(tr("Errors since this one: %1 (each one is in the log)").replace("%1", str(self.count - 1)))
        self.more.show()
        self.details.appendPlainText("\n" + details)

    def toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        self.details_button.setText(tr("Hide Details") if shown else tr("Show Details"))
        self.resize(self.width(), 480 if shown else 240)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.message.text()}\n\n{self.details.toPlainText()}")

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class CrashHandler(QObject):
    """Holds the hooks (`activate`, `deactivate`) and the one dialog shown at a time."""

    reported = Signal(object)  # a Failure; queued, so the dialog is built in the GUI thread, after the slot

    def __init__(self, app: QApplication, log_dir: Path) -> None:
        super().__init__(app)
        self.log_file = log_dir / logs.LOG_NAME
        self.dialog: CrashDialog | None = None  # the error dialog while it is open (not the native-crash notice)
        self.counts: dict[tuple[str, str], int] = {}
        self.lock = threading.Lock()
        self.broken = False  # the dialog itself failed: from then on the log only
        self._saved: tuple[ExceptHook, Callable[[threading.ExceptHookArgs], Any]] | None = None
        self._previous_qt: Any = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # --- hooks ---------------------------------------------------------------------------------------
    def activate(self) -> None:
        if self._saved is not None:
            return
        self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.exception_hook
        threading.excepthook = self.thread_hook
        self._previous_qt = qInstallMessageHandler(self.qt_message)

    def deactivate(self) -> None:
        if self._saved is None:
            return
        sys.excepthook, threading.excepthook = self._saved
        qInstallMessageHandler(self._previous_qt)
        self._saved = None

    def exception_hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._saved is not None:
            self._saved[0](kind, exc, tb)
            return
        self.handle(exc.with_traceback(tb) if tb is not None else exc)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.handle(args.exc_value, args.thread.name if args.thread is not None else None)

    def handle(self, exc: BaseException, thread: str | None = None) -> None:
        """Log the exception and have the dialog show it (any thread)."""
        try:
            failure = Failure.of(exc, thread or threading.current_thread().name)
            with self.lock:
                count = self.counts[failure.key] = self.counts.get(failure.key, 0) + 1
            if count == 1:
                log.error("uncaught exception in %s: %s\n%s", failure.where or "FactDesk", failure.error,
                          failure.details)
                self.reported.emit(failure)
            elif _repeat_logged(count):
                log.error("the same error again (%d times in all): %s in %s", count, failure.error, failure.where)
        except Exception:  # noqa: BLE001 - the hook must never raise; Python's own printing is the fallback
            sys.__excepthook__(type(exc), exc, exc.__traceback__)

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = QT_LEVELS.get(mode, logging.WARNING)
        where = f" ({context.file}:{context.line}, {context.function})" if context.file else ""
        category = f"{context.category}: " if context.category and context.category != "default" else ""
        qt_log.log(level, "%s%s%s", category, message, where)
        if callable(self._previous_qt):
            self._previous_qt(mode, context, message)
        elif sys.stderr is not None and qt_log.isEnabledFor(level):
            sys.stderr.write(f"{category}{message}\n")

    # --- the dialog ----------------------------------------------------------------------------------
    def _show(self, failure: Failure) -> None:
        if self.broken:
            return
        try:
            if self.dialog is not None:
                self.dialog.add(failure.details)
                return
            lines = [tr("FactDesk could not finish what it was doing:"), failure.error]
            if failure.where:
                lines.append(tr("(in %1)").replace("%1", failure.where))
            lines += ["", tr("Your work is saved: every edit was committed to the database when you made it. "
                             "Check the last change you made, then go on working."),
                      "", tr("The details are in the log: %1").replace("%1", str(self.log_file))]
            self.dialog = self.open_dialog(tr("Unexpected error"), "\n".join(lines), failure.details)
        except Exception:  # noqa: BLE001 - a failing dialog must not feed the hook forever
            self.broken = True
            log.exception("the error dialog could not be shown")

    def notify_native_crash(self, crash: logs.NativeCrash) -> None:
        """Tell the user once that an earlier run ended in a native crash."""
        lines = [tr("FactDesk stopped unexpectedly the last time it ran (%1).").replace("%1", crash.summary()), "",
                 tr("Work done before then is saved: every edit was committed to the database when it was made."),
                 "", tr("The crash report is in the log: %1").replace("%1", str(self.log_file))]
        self.open_dialog(tr("FactDesk stopped unexpectedly"), "\n".join(lines), crash.report)

    def open_dialog(self, title: str, text: str, details: str) -> CrashDialog:
        dialog = CrashDialog(_main_window(), title, text, details, self.log_file)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:  # from now on a new error opens a new dialog
            self.dialog = None


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


_active: CrashHandler | None = None


def install(app: QApplication, log_dir: Path | None = None) -> CrashHandler:
    """Activate the crash path for this process (once): the log, the hooks, faulthandler, and the
    notice of a native crash left by the previous run (shown once the event loop runs)."""
    global _active
    if _active is not None:
        return _active
    folder = log_dir or logs.log_dir()
    logs.setup(folder)
    handler = CrashHandler(app, folder)
    handler.activate()
    _active = handler
    crash = logs.catch_native_crashes(folder)
    if crash is not None:
        QTimer.singleShot(0, handler, lambda: handler.notify_native_crash(crash))
    return handler


def uninstall() -> None:
    """Undo `install` (tests): hooks, message handler and the native crash file back as they were."""
    global _active
    if _active is None:
        return
    _active.deactivate()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, CrashDialog):
            dialog.close()
    _active.setParent(None)
    _active = None
    logs.release_native_crashes()
