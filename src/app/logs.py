"""The log file and the native-crash file, both in the data folder; used by the command line and the window.

`setup()` sends Python logging to `factdesk.log`, rotated at 1 MB with five old files kept
(`factdesk.log.1` … `.5`). The default level is WARNING: what is logged then is failures — the
exception, its traceback (code locations) and a message shortened to a few hundred characters — never
an article's text. `$FACTDESK_LOG_LEVEL=INFO|DEBUG` logs more when asked for.

`catch_native_crashes()` points `faulthandler` at `factdesk-native-crash.log`, kept open for the life
of the process: a crash below Python (in Qt, a driver, a C extension) leaves the Python stacks of
every thread there. At the next start a non-empty file is reported once — written into the log,
returned so the caller can tell the user — and its text moved to `factdesk-native-crash.log.1`
(older ones shifted up to `.5`), leaving the file empty. The file is opened for appending and emptied
by truncation, never renamed, so two FactDesk processes at once (the window and a command) share it
safely on every platform."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from app import __version__, config

LOG_NAME = "factdesk.log"
NATIVE_NAME = "factdesk-native-crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
ENV_LEVEL = "FACTDESK_LOG_LEVEL"
MESSAGE_CHARS = 300  # an exception's message in the log is cut here: it may quote what was being parsed
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HANDLER_NAME = "factdesk-file"
CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"

log = logging.getLogger("app.logs")


def log_dir() -> Path:
    return config.data_dir()


def log_path() -> Path:
    return log_dir() / LOG_NAME


def native_crash_path() -> Path:
    return log_dir() / NATIVE_NAME


def describe_runtime() -> str:
    """One line naming the program and where it runs, put at the head of every crash report."""
    return (f"FactDesk {__version__}, Python {platform.python_version()}, {platform.platform()}, "
            f"{'bundle' if getattr(sys, 'frozen', False) else 'source'}")


def shorten(text: str, limit: int = MESSAGE_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters left out)"


def format_exception(exc: BaseException) -> str:
    """The traceback as Python prints it (causes and contexts first), every exception's message shortened."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, CONTEXT
        else:
            current = None
    parts: list[str] = []
    for item, link in reversed(chain):
        if item.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(item.__traceback__))
        name = type(item).__qualname__
        module = type(item).__module__
        if module not in ("builtins", "__main__"):
            name = f"{module}.{name}"
        message = shorten(str(item))
        parts.append(f"{name}: {message}\n" if message else f"{name}\n")
        parts.extend(f"{shorten(str(note))}\n" for note in getattr(item, "__notes__", ()))
        if link:
            parts.append(link)
    return "".join(parts).rstrip("\n")


class Formatter(logging.Formatter):
    """The log's line format; exceptions are written by `format_exception` (messages shortened)."""

    def __init__(self) -> None:
        super().__init__(FORMAT)

    def formatException(self, ei) -> str:  # noqa: ANN001, N802 - logging's signature
        exc = ei[1] if ei else None
        if exc is None:
            return super().formatException(ei)
        return format_exception(exc)


def _level() -> int:
    wanted = os.environ.get(ENV_LEVEL, "").strip().upper()
    level = logging.getLevelName(wanted) if wanted else logging.WARNING
    return level if isinstance(level, int) else logging.WARNING


def setup(directory: Path | None = None) -> Path:
    """Send logging to the rotating log file in `directory` (the data folder); calling it again does
    nothing, unless the folder changed (then the file handler moves there).

    A data folder that cannot be written leaves logging without a file rather than stopping the program."""
    path = (directory or log_dir()) / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.get_name() == HANDLER_NAME:
            if Path(getattr(handler, "baseFilename", "")) == path.absolute():
                return path
            teardown()
            break
    handler_: logging.Handler
    try:
        handler_ = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                        encoding="utf-8", delay=True)
    except OSError:
        handler_ = logging.NullHandler()
    handler_.set_name(HANDLER_NAME)
    handler_.setFormatter(Formatter())
    root.addHandler(handler_)
    root.setLevel(_level())
    return path


def teardown() -> None:
    """Remove and close the file handler `setup()` added (tests; a process that moves its data folder)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()


@dataclass(frozen=True)
class NativeCrash:
    """A native crash of an earlier run, found at start-up."""

    when: datetime
    report: str  # what faulthandler wrote: the fatal error and the Python stack of each thread
    kept_as: Path  # where the report now is

    def summary(self) -> str:
        first = next((line for line in self.report.splitlines() if line.strip()), "a native crash")
        return f"{first.strip()} at {self.when:%Y-%m-%d %H:%M}"


_native_file: IO[str] | None = None
_faulthandler_before = False  # on before we took it over (a test runner's): back to stderr on release


def _rotate_native(path: Path, text: str) -> Path:
    for n in range(BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    kept = path.with_name(f"{path.name}.1")
    kept.write_text(text, encoding="utf-8")
    with path.open("r+", encoding="utf-8") as f:  # emptied in place: another process may hold it open
        f.truncate(0)
    return kept


def take_native_crash(directory: Path | None = None) -> NativeCrash | None:
    """The native crash an earlier run left, if any: logged, moved aside, returned (once)."""
    path = (directory or log_dir()) / NATIVE_NAME
    try:
        if path.stat().st_size == 0:
            return None
        when = datetime.fromtimestamp(path.stat().st_mtime)
        text = path.read_text(encoding="utf-8", errors="replace")
        kept = _rotate_native(path, text)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("could not read or move the native crash report %s: %s", path, exc)
        return None
    crash = NativeCrash(when, text, kept)
    log.error("the previous run stopped with a native crash at %s (report kept in %s):\n%s",
              f"{when:%Y-%m-%d %H:%M:%S}", kept, text.rstrip())
    return crash


def catch_native_crashes(directory: Path | None = None) -> NativeCrash | None:
    """Report an earlier native crash (see `take_native_crash`), then have faulthandler write this
    process's native crashes to the file, kept open until `release_native_crashes()` or exit."""
    global _native_file, _faulthandler_before
    crash = take_native_crash(directory)
    if _native_file is not None:
        return crash
    path = (directory or log_dir()) / NATIVE_NAME
    try:
        handle = path.open("a", encoding="utf-8")
    except OSError as exc:
        log.warning("native crashes cannot be recorded: %s", exc)
        return crash
    _faulthandler_before = faulthandler.is_enabled()
    faulthandler.enable(file=handle, all_threads=True)
    _native_file = handle
    return crash


def release_native_crashes() -> None:
    """Stop writing native crashes to the file and close it (tests; the end of the process)."""
    global _native_file
    if _native_file is None:
        return
    faulthandler.disable()
    _native_file.close()
    _native_file = None
    if _faulthandler_before and sys.__stderr__ is not None:
        faulthandler.enable(file=sys.__stderr__, all_threads=True)
