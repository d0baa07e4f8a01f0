#!/usr/bin/env python3
"""Import benchmark: N synthetic articles (bench/make_corpus.py) into a fresh SQLite database with
`factdesk import` (a process pool reads and extracts, one writer stores), against
`factdesk extract --format json` on the same files in one process, measured in the same run.

usage: python bench/import.py [N] [--workers W] [--keep DIR]
Prints both wall times (and the CPU time of each process tree) and their ratio (goal: import <= 0.75x
extract), and the peak memory of the import: the largest sum of the resident sizes of the import
process and its workers, sampled every 50 ms (goal: <= 300 MB). Not a test."""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (from /proc/<pid>/task/*/children)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError, ValueError):
                todo.extend(int(c) for c in (task / "children").read_text().split())
    return out


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float, subprocess.CompletedProcess[bytes]]:
    """(wall seconds, CPU seconds of the process tree, peak total RSS in MB of the process tree, result)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, sum(_rss_kb(p) for p in _tree(proc.pid)))
            time.sleep(0.05)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(cmd, proc.returncode, out.read(), err.read())
    return elapsed, cpu, peak / 1024, result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=10_000)
    ap.add_argument("--workers", type=int, help="import workers (default: one per core)")
    ap.add_argument("--keep", type=Path, help="corpus folder to reuse (made when missing)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        if not corpus.exists() or len(list(corpus.glob("*.txt"))) < args.n:
            subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(args.n), "--out", str(corpus)],
                           check=True)
        files = sorted(corpus.glob("*.txt"))[: args.n]
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for f in files:
            os.symlink(f, folder / f.name) if args.keep else f.rename(folder / f.name)
        if args.keep:  # links into the kept corpus would be "outside the folder": copy instead
            for link in folder.iterdir():
                target = link.resolve()
                link.unlink()
                link.write_bytes(target.read_bytes())
        size = sum(f.stat().st_size for f in folder.iterdir())
        env = dict(os.environ, PYTHONPATH=str(SRC), FACTDESK_DATA_DIR=tmp)
        python = [sys.executable, "-m", "app"]

        load_before = os.getloadavg()[0]
        extract_cmd = [*python, "extract", "--format", "json", str(folder)]
        extract_s, extract_cpu, extract_mb, ex = run_measured(extract_cmd, env)
        if ex.returncode != 0:
            print(ex.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
            return 1
        workers = ["--workers", str(args.workers)] if args.workers else []
        db = Path(tmp) / "bench.sqlite3"
        import_cmd = [*python, "import", str(folder), "--db", str(db), *workers]
        import_s, import_cpu, import_mb, im = run_measured(import_cmd, env)
        if im.returncode != 0:
            print(im.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
            return 1
    n = len(files)
    print(f"articles: {n} ({size / n / 1024:.1f} KB average); cores: {len(os.sched_getaffinity(0))}")
    print(f"import: {im.stdout.decode().strip().splitlines()[-1]}")
    print(f"factdesk extract --format json (one process): {extract_s:.1f} s, {n / extract_s:.0f} articles/s, "
          f"CPU {extract_cpu:.1f} s, peak {extract_mb:.0f} MB")
    print(f"factdesk import (workers {args.workers or 'one per core'}): {import_s:.1f} s, "
          f"{n / import_s:.0f} articles/s, CPU {import_cpu:.1f} s, peak {import_mb:.0f} MB (the process and its "
          "workers together)")
    print(f"load average before the runs: {load_before:.1f} (above 0.5, other jobs take cores from the workers; "
          "the import itself keeps it near 3)")
    print(f"ratio import / extract (wall clock, same run): {import_s / extract_s:.2f} (goal <= 0.75)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
