"""Progress reporting and cancellation for long work, without any UI toolkit."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]
"""progress(done, total, message); total is 0 while unknown."""


class Cancelled(Exception):
    """The user cancelled; the work already committed stays, nothing half-done is left."""


class CancelToken:
    """Set from any thread; long work checks it between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None
