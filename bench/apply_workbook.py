#!/usr/bin/env python3
"""apply-workbook benchmark: a workbook of 100 000 facts with 10 000 changed cells, applied back.

    python bench/apply_workbook.py [--facts 100000] [--changes 10000] [--keep DIR]

Fills a temporary SQLite database as `bench/export.py` does (its documents put back in review, as
approved ones are read-only until reopened), exports every fact with FactDesk's own
export, changes cells straight in the sheets' XML (as an analyst's edits would be saved: amounts on
Projects, subjects on Indicators, roles on People — one cell per row), then runs
`factdesk apply-workbook` in a fresh process, once with --dry-run and once for real, and prints the
wall-clock and CPU time, the summary line and the process's peak resident memory (VmHWM).
Goals: under 60 s and 300 MB."""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from export import fill  # noqa: E402 - the export benchmark's database filler

PEAK_RSS_CLI = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("peak-rss-kb " + line.split()[1] + "\\n")
atexit.register(peak)
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""

# sheet title -> (header of the cell to change, how to change it)
EDITS: dict[str, tuple[str, str]] = {
    "Projects": ("Amount (CNY)", "number"),
    "Indicators": ("Subject", "text"),
    "People": ("Role", "text"),
}


def _sheet_paths(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> path of its XML part in the package."""
    book = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = {m.group(1): m.group(2) for m in re.finditer(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"',
                                                           rels)}
    targets |= {m.group(2): m.group(1) for m in re.finditer(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"',
                                                            rels)}
    out = {}
    for m in re.finditer(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', book):
        target = targets[m.group(2)].lstrip("/")
        out[m.group(1)] = target if target.startswith("xl/") else f"xl/{target}"
    return out


def _column_letter(xml: str, header: str) -> str:
    m = re.search(r'<c r="([A-Z]+)1"[^>]*><is><t[^>]*>' + re.escape(header) + "</t>", xml)
    if not m:
        raise SystemExit(f"no column {header!r}")
    return m.group(1)


def change_cells(src: Path, out: Path, changes: int) -> int:
    """Copy the workbook with `changes` cells changed, spread over the sheets in EDITS."""
    per_sheet = changes // len(EDITS)
    done = 0
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        paths = {p: title for title, p in _sheet_paths(z).items() if title in EDITS}
        for item in z.infolist():
            data = z.read(item.filename)
            title = paths.get(item.filename)
            if title is not None:
                header, how = EDITS[title]
                xml = data.decode("utf-8")
                letter = _column_letter(xml, header)
                budget = per_sheet + (changes - per_sheet * len(EDITS) if title == "Projects" else 0)
                cell = re.compile(r'<c r="' + letter + r'(\d+)"([^>]*)>(.*?)</c>', re.S)

                def edit(m: re.Match[str], how: str = how, letter: str = letter) -> str:
                    nonlocal budget, done
                    if budget <= 0 or m.group(1) == "1":
                        return m.group(0)
                    budget -= 1
                    done += 1
                    if how == "number":
                        value = re.search(r"<v>([^<]*)</v>", m.group(3))
                        new = float(value.group(1)) * 2 if value else 1.0
                        return f'<c r="{letter}{m.group(1)}"{m.group(2)}><v>{new!r}</v></c>'
                    attrs = re.sub(r'\s*t="[^"]*"', "", m.group(2))
                    text = f"corrected {m.group(1)}"
                    return f'<c r="{letter}{m.group(1)}"{attrs} t="inlineStr"><is><t>{text}</t></is></c>'

                data = cell.sub(edit, xml).encode("utf-8")
            dst.writestr(item, data)
    return done


def run_apply(book: Path, url: str, *extra: str) -> tuple[float, float, float, str]:
    """(wall-clock seconds, CPU seconds, peak MB, summary line) of one apply-workbook process."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), FACTDESK_USER="bench")
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-c", PEAK_RSS_CLI, "apply-workbook", str(book), "--db", url, *extra],
                          capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds = time.perf_counter() - started
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    m = re.search(r"peak-rss-kb (\d+)", proc.stderr)
    lines = proc.stdout.splitlines()
    if proc.returncode not in (0, 3) or not m or not lines:
        raise SystemExit(f"apply-workbook failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return seconds, cpu, int(m.group(1)) / 1024, lines[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--changes", type=int, default=10_000)
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="keep the database and workbooks in this folder")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("FACTDESK_DATA_DIR", str(folder / "userdata"))
    url = f"sqlite:///{folder / 'bench.sqlite3'}"

    from sqlalchemy import update

    from app.domain.records import ExportFilter
    from app.store import Database
    from app.store.models import Document
    from app.workflows.exporting import export_workbook

    t = time.perf_counter()
    fill(url, args.facts, args.per_doc)
    db = Database.open(url)
    with db.session() as s:  # a batch under review: approved documents are read-only until reopened
        s.execute(update(Document).values(status="in_review"))
        s.commit()
    print(f"database: {args.facts} facts in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    result = export_workbook(db, folder / "export.xlsx", ExportFilter(status="all"), "bench")
    db.dispose()
    print(f"export: {result.facts} facts, {result.documents} documents in {time.perf_counter() - t:.1f} s")
    book = folder / "edited.xlsx"
    changed = change_cells(folder / "export.xlsx", book, args.changes)
    print(f"workbook: {book.stat().st_size / 1e6:.1f} MB, {changed} cells changed")

    for label, extra in (("dry run", ("--dry-run",)), ("apply", ()), ("again (all unchanged now)", ())):
        seconds, cpu, peak, summary = run_apply(book, url, *extra)
        print(f"{label}: {seconds:.1f} s wall clock, {cpu:.1f} s CPU, peak memory {peak:.0f} MB — {summary}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
