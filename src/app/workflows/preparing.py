"""The part of an import that needs no database: read, clean and extract one file. It runs in a pool
of worker processes (one per core) so a batch uses every core while one writer stores the results.

Workers import only the readers and the extraction rules (not the store), build the extraction
pipeline once when they start, and get the keys of the content already stored, so a file that is
probably a duplicate costs a read, not an extraction."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.domain.knowledge import EMPTY, Knowledge
from app.domain.schema import FactDraft
from app.ingest import IngestError, ReadDocument, hash_key, read_document

log = logging.getLogger(__name__)

POOL_MIN_FILES = 24
"""Fewer files than this are prepared in the calling process: starting workers costs about a second."""
FILES_PER_TASK = 4
IN_FLIGHT_FILES = 160
"""Files handed to the workers ahead of the writer: more than one store batch (app.workflows.importing
stores 64 at a time), so the workers keep busy while the writer stores."""


@dataclass(frozen=True)
class Prepared:
    path: Path
    read: ReadDocument | None = None
    facts: list[FactDraft] = field(default_factory=list)
    failure: str | None = None  # one line naming the file
    probably_stored: bool = False  # its content key is stored already: not extracted
    extraction_problem: str | None = None  # an extractor failed: stored without suggestions, and said so


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def extract_checked(text: str, language: str, published: date | None,
                    knowledge: Knowledge = EMPTY) -> tuple[list[FactDraft], str | None]:
    """(facts, None), or ([], why) when an extractor failed: extraction never stops an import, but the
    failure is logged and said (the import's report, `factdesk extract`'s stderr) — a document without
    suggestions must not pass for an article without facts. A missing character table (an incomplete
    installation) is raised instead: it would cost every Chinese document its facts."""
    import app.extract  # looked up at call time (the self-test replaces it to check failures show)
    from app.text import ScriptTableError

    try:
        return app.extract.extract(text, language, published, knowledge), None
    except ScriptTableError:  # an incomplete installation, not one extractor's bug
        raise
    except Exception as exc:  # noqa: BLE001 - a bug in one extractor must not lose the analyst's import
        log.exception("extraction failed")
        return [], f"extraction failed ({type(exc).__name__}: {exc})"


def extract_document(text: str, language: str, published: date | None,
                     knowledge: Knowledge = EMPTY) -> list[FactDraft]:
    """The facts of `text`; an extractor's failure is logged and gives none (`extract_checked` says why)."""
    return extract_checked(text, language, published, knowledge)[0]


def extract_facts(read: ReadDocument, knowledge: Knowledge = EMPTY) -> tuple[list[FactDraft], str | None]:
    return extract_checked(read.display_text, read.language, read.published, knowledge)


def prepare(path: Path, run_extraction: bool, stored: frozenset[int] | set[int],
            knowledge: Knowledge = EMPTY) -> Prepared:
    try:
        read = read_document(path)
    except IngestError as exc:
        return Prepared(path, failure=str(exc))
    if hash_key(read.content_hash) in stored:
        return Prepared(path, read, probably_stored=True)
    if not run_extraction:
        return Prepared(path, read)
    facts, problem = extract_facts(read, knowledge)
    return Prepared(path, read, facts, extraction_problem=problem)


_worker_state: dict[str, object] = {}


def _log_file() -> str | None:
    """The file the calling process logs to (the command line's factdesk.log), for the workers."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return None


def _exit_with_parent() -> None:
    """A worker whose import process was killed exits (its queue never reports the parent gone)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="factdesk-parent-watch", daemon=True).start()


def _start_worker(run_extraction: bool, stored: frozenset[int], log_file: str | None,
                  knowledge: Knowledge = EMPTY) -> None:
    _exit_with_parent()
    # A failing rule is logged where the calling process logs, never on the terminal.
    root = logging.getLogger()
    handler: logging.Handler = (
        logging.FileHandler(log_file, delay=True, encoding="utf-8") if log_file else logging.NullHandler()
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    _worker_state["run_extraction"] = run_extraction
    _worker_state["stored"] = stored
    _worker_state["knowledge"] = knowledge  # sent once per worker; its matcher is compiled below, once
    if run_extraction:  # compile the rules now, once per process, not inside the first file
        for text, language in (("Baotou signed 455 projects worth 579.9 billion yuan.", "en"),
                               ("包头市签约项目455个,总投资5799亿元。", "zh-Hans")):
            extract_checked(text, language, None, knowledge)  # a failure here is said per file later


def _prepare_many(paths: Sequence[Path]) -> list[Prepared]:
    stored = _worker_state["stored"]
    assert isinstance(stored, frozenset)
    knowledge = _worker_state.get("knowledge", EMPTY)
    assert isinstance(knowledge, Knowledge)
    return [prepare(p, bool(_worker_state["run_extraction"]), stored, knowledge) for p in paths]


def prepared(
    files: Sequence[Path], *, run_extraction: bool, stored: frozenset[int], workers: int | None = None,
    knowledge: Knowledge = EMPTY,
) -> Generator[Prepared, None, None]:
    """Each file prepared, in the order given. With enough files and more than one worker, a process
    pool does the work, with a bounded number of files in flight (memory stays flat). Closing the
    generator (cancel) stops the workers; files not yet yielded are dropped."""
    n = workers or default_workers()
    if n <= 1 or len(files) < POOL_MIN_FILES:
        for path in files:
            yield prepare(path, run_extraction, stored, knowledge)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding database connections
    pool = ProcessPoolExecutor(n, mp_context=context, initializer=_start_worker,
                               initargs=(run_extraction, stored, _log_file(), knowledge))
    tasks = _chunks(files, FILES_PER_TASK)
    pending: deque[tuple[Future[list[Prepared]], list[Path]]] = deque()
    try:
        for chunk in tasks:
            pending.append((pool.submit(_prepare_many, chunk), chunk))
            if len(pending) >= max(3 * n, IN_FLIGHT_FILES // FILES_PER_TASK):
                break
        while pending:
            future, chunk = pending.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:  # a worker died (out of memory, a crash in a parser): go on here
                log.warning("an import worker stopped; the remaining files are read in this process")
                rest = [chunk, *(c for _, c in pending), *tasks]
                pending.clear()
                for path in (p for c in rest for p in c):
                    yield prepare(path, run_extraction, stored, knowledge)
                return
            for more in tasks:
                pending.append((pool.submit(_prepare_many, more), more))
                break
            yield from done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(files: Sequence[Path], size: int) -> Iterator[list[Path]]:
    return (list(files[i : i + size]) for i in range(0, len(files), size))
