#!/usr/bin/env python3
"""Import benchmark: N synthetic articles (bench/make_corpus.py) into a fresh SQLite database.

usage: python bench/import.py [N] [--no-extract] [--keep DIR]
Prints articles per second (wall clock, and CPU time of this one process) and peak memory
(max RSS of this process). Not a test."""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from app.store import Database  # noqa: E402
from app.workflows.importing import import_paths  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=10_000)
    ap.add_argument("--no-extract", action="store_true")
    ap.add_argument("--keep", type=Path, help="corpus folder to reuse (made when missing)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        if not corpus.exists() or len(list(corpus.glob("*.txt"))) < args.n:
            subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(args.n), "--out", str(corpus)],
                           check=True)
        files = sorted(corpus.glob("*.txt"))[: args.n]
        size = sum(f.stat().st_size for f in files)
        db = Database.open(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0, c0 = time.perf_counter(), time.process_time()
        summary = import_paths(db, files, "bench", run_extraction=not args.no_extract)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        db.dispose()
    print(f"articles: {len(files)} ({size / len(files) / 1024:.1f} KB average), {summary.line()}")
    print(f"extraction: {'off' if args.no_extract else 'on'}")
    print(f"wall clock: {elapsed:.1f} s, {len(files) / elapsed:.0f} articles/s")
    print(f"CPU time (one core): {cpu:.1f} s, {len(files) / cpu:.0f} articles/s")
    print(f"peak memory: {peak:.0f} MB (before import {rss_before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
