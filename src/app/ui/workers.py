"""Long work off the UI thread: a job runs a workflow function in the thread pool, reports progress
through queued signals and can be cancelled; the window shows a progress bar and a Cancel button."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.workflows.progress import CancelToken, ProgressFn

log = logging.getLogger(__name__)

JobFn = Callable[[ProgressFn, CancelToken], Any]


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    def __init__(self, fn: JobFn) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = CancelToken()
        self.signals = JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel)
        except Exception as exc:  # noqa: BLE001 - reported to the user, details to the log
            log.error("background work failed\n%s", traceback.format_exc())
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.finished.emit(result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.signals.progress.emit(done, total, message)


class JobRunner(QObject):
    """Runs one job at a time; `busyChanged` tells the window to show or hide its progress bar."""

    busyChanged = Signal(bool)
    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.title = ""

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, title: str, fn: JobFn, on_done: Callable[[Any], None],
              on_failed: Callable[[str], None]) -> bool:
        if self.job is not None:
            return False
        job = Job(fn)
        self.job = job
        self.title = title
        job.signals.progress.connect(self.progress)
        job.signals.finished.connect(lambda result: self._finish(job, on_done, result))
        job.signals.failed.connect(lambda message: self._finish(job, on_failed, message))
        self.busyChanged.emit(True)
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.cancel()

    def _finish(self, job: Job, callback: Callable[[Any], None], value: Any) -> None:
        if self.job is job:
            self.job = None
            self.busyChanged.emit(False)
        callback(value)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
