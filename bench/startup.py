#!/usr/bin/env python3
"""Start-up against a bare window: launches the FactDesk window (from source, `python -m app`) on a
database of 100 000 documents and a bare PySide6 `QMainWindow`, alternately, 7 times each, under
Xvfb, and times each from launch to its window being mapped and visible (`xdotool search
--onlyvisible --pid`, polled every 5 ms: `--sync` polls only every half second). Prints both medians
and their ratio (goal: <= 1.5x).

    python bench/startup.py [--documents 100000] [--runs 7] [--db PATH]

The database is filled with bench/ui_latency.py's bulk insert (the same synthetic documents).
Not a test."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1440, 880)
window.show()
app.exec()
"""


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb; it picks a free display number itself (-displayfd) and tells us."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("could not start Xvfb")
    for _ in range(400):  # until it answers clients
        if subprocess.run(["xdotool", "getdisplaygeometry"], env=dict(os.environ, DISPLAY=f":{number}"),
                          capture_output=True).returncode == 0:
            break
        time.sleep(0.025)
    return proc, f":{number}"


def time_to_visible(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while time.perf_counter() - started < timeout:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                                       env=env, capture_output=True, text=True)
                if found.stdout.strip():
                    return time.perf_counter() - started
                if proc.poll() is not None:
                    errors.seek(0)
                    said = errors.read().decode(errors="replace").strip()[-2000:]
                    raise SystemExit(f"exited with {proc.returncode} before showing a window: {cmd}\n{said}")
                time.sleep(0.005)
            raise SystemExit(f"no visible window within {timeout} s: {cmd}")
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", type=Path, help="reuse or create this database file")
    args = ap.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed")
    workdir = Path(tempfile.mkdtemp(prefix="factdesk-startup-"))
    try:
        db = args.db or workdir / "bench.sqlite3"
        if not db.exists():
            sys.path.insert(0, str(ROOT / "src"))
            from ui_latency import fill

            seconds = fill(db, args.documents)
            print(f"filled {args.documents} documents in {seconds:.1f} s")
        xvfb, display = start_xvfb()
        try:
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT / "src"),
                       FACTDESK_DATA_DIR=str(workdir / "data"), FACTDESK_LANG="en")
            (workdir / "data").mkdir(exist_ok=True)
            ours = [sys.executable, "-m", "app", "--db", str(db)]
            bare = [sys.executable, "-c", BARE]
            time_to_visible(ours, env)  # warm the file cache for both, not counted
            time_to_visible(bare, env)
            factdesk, plain = [], []
            for _ in range(args.runs):
                factdesk.append(time_to_visible(ours, env))
                plain.append(time_to_visible(bare, env))
        finally:
            xvfb.terminate()
            xvfb.wait()
    finally:
        if not args.db:
            shutil.rmtree(workdir, ignore_errors=True)
    ours_median, bare_median = statistics.median(factdesk), statistics.median(plain)
    print(f"documents: {args.documents}, runs: {args.runs} each, alternating")
    print(f"FactDesk window: median {ours_median:.3f} s  ({', '.join(f'{t:.2f}' for t in factdesk)})")
    print(f"bare QMainWindow: median {bare_median:.3f} s  ({', '.join(f'{t:.2f}' for t in plain)})")
    print(f"ratio (median FactDesk / median bare): {ours_median / bare_median:.2f} (goal <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
