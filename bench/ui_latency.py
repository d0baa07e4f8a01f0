#!/usr/bin/env python3
"""Review window latency at scale: fills a SQLite database with 100 000 synthetic documents (bulk
insert), then starts the window in a fresh process and measures

  * cold start: from launching the process to the window shown and painted with the last (or first)
    document open and taking input; then until the queue's list (read in its own thread) has arrived;
  * next-document switch: 200 × Ctrl+PgDown's handler, each followed by processing the paint events
    (median and p95);
  * queue operations at that size: sorting by title, a trigram search, a two-character search, a
    status filter — each as the time until the answer is shown, and the longest the UI thread was
    busy meanwhile (the window stays responsive when that is short);
  * peak memory (max RSS) of the window process.

Goals on the development machine: start ≤ 2 s, switch p95 ≤ 50 ms, memory ≤ 300 MB.

    python bench/ui_latency.py [--documents 100000] [--db PATH] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

REGIONS = ["Baotou", "Hohhot", "Ordos", "Nanning", "Guilin", "Chifeng", "Wuhai", "Liuzhou",
           "包头", "呼和浩特", "鄂尔多斯"]
INDUSTRIES = ["new energy", "rare earth materials", "equipment manufacturing", "logistics", "biomedicine"]


def synthetic_document(i: int, rng: random.Random) -> tuple[dict, list[dict]]:
    region = rng.choice(REGIONS)
    year = 2019 + i % 5
    n_projects = rng.randint(5, 500)
    billions = round(rng.uniform(1, 900), 1)
    growth = round(rng.uniform(-5, 30), 1)
    if i % 3 == 2:
        language = "zh-Hans"
        head = f"{region}招商引资第{i}号报道："
        body = (f"{year}年以来，{region}签约项目{n_projects}个，协议投资额达{billions}亿元，"
                f"同比增长{growth}%。{rng.choice(INDUSTRIES)}产业链项目加快落地。" * 3)
        money_quote = f"协议投资额达{billions}亿元"
        count_quote = f"签约项目{n_projects}个"
    else:
        language = "en"
        head = f"{region} investment report no. {i}: "
        body = (f"Since the beginning of {year}, {region} has signed {n_projects} projects with a total "
                f"investment of {billions} billion yuan, up {growth}% year-on-year, led by "
                f"{rng.choice(INDUSTRIES)} projects. " * 3)
        money_quote = f"{billions} billion yuan"
        count_quote = f"{n_projects} projects"
    text = head + body
    facts = []
    for quote, kind, value, unit, fields in (
        (count_quote, "indicator", n_projects, "count", {"subject": region, "indicator": "signed projects"}),
        (money_quote, "indicator", billions * 1e9, "CNY", {"subject": region, "indicator": "agreed investment"}),
        (f"{growth}%", "indicator", growth, "percent", {"subject": region, "indicator": "growth", "basis": "yoy"}),
    ):
        start = text.find(quote)
        facts.append({"kind": kind, "value": value, "unit": unit, "fields": fields,
                      "evidence": [[start, start + len(quote)]], "confidence": round(rng.uniform(0.2, 0.99), 2)})
    status = rng.choices(["new", "in_review", "approved", "rejected", "flagged"], [70, 10, 15, 3, 2])[0]
    doc = {
        "content_hash": f"{i:064x}", "source": f"synthetic/{i}.txt", "title": head.rstrip(": ："),
        "published": (date(2019, 1, 1) + timedelta(days=i % 1800)).isoformat(), "language": language,
        "region": region, "raw_text": text, "display_text": text, "status": status,
        "fact_count": len(facts), "min_confidence": min(f["confidence"] for f in facts),
    }
    return doc, facts


def fill(path: Path, count: int) -> float:
    """Create the schema with the app's migrations, then bulk insert with one transaction."""
    from app.store import Database

    Database.open(f"sqlite:///{path}").dispose()
    started = time.perf_counter()
    rng = random.Random(42)
    now = datetime.now(UTC).isoformat(sep=" ")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    docs_sql = (
        "INSERT INTO documents (id, content_hash, source, outlet, title, published, language, region, raw_text, "
        "display_text, offset_map, status, fact_count, min_confidence, version, created_at, updated_at) "
        "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, 1, ?, ?)"
    )
    facts_sql = (
        "INSERT INTO facts (document_id, kind, fields, value, unit, evidence, confidence, origin, status, version, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'synthetic', 'suggested', 1, ?, ?)"
    )
    batch_docs: list[tuple] = []
    batch_facts: list[tuple] = []
    with conn:
        for i in range(1, count + 1):
            d, facts = synthetic_document(i, rng)
            batch_docs.append((i, d["content_hash"], d["source"], d["title"], d["published"], d["language"],
                               d["region"], d["raw_text"], d["display_text"], d["status"], d["fact_count"],
                               d["min_confidence"], now, now))
            for f in facts:
                batch_facts.append((i, f["kind"], json.dumps(f["fields"], ensure_ascii=False), f["value"], f["unit"],
                                    json.dumps(f["evidence"]), f["confidence"], now, now))
            if len(batch_docs) >= 5000:
                conn.executemany(docs_sql, batch_docs)
                conn.executemany(facts_sql, batch_facts)
                batch_docs.clear()
                batch_facts.clear()
        if batch_docs:
            conn.executemany(docs_sql, batch_docs)
            conn.executemany(facts_sql, batch_facts)
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - started


def child(url: str, launched: float, switches: int) -> None:
    """Runs in the window's own process; prints one JSON object."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.review import Workspace
    from app.store import Database
    from app.store.services import queue as queue_service
    from app.ui.application import create_application, create_window

    app = create_application()
    db = Database.open(url)
    window = create_window(Workspace(db, "bench"))
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    ready = time.time()
    cold_start = ready - launched
    assert window.controller.document is not None
    model = window.queue.model
    while model.loading:
        QApplication.processEvents()
        time.sleep(0.001)
    queue_loaded = time.time() - launched

    times: list[float] = []
    for _ in range(switches):
        t = time.perf_counter()
        window.next_document()
        QApplication.processEvents()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()

    def timed(name: str, fn) -> dict[str, float]:  # noqa: ANN001
        """Until the answer is shown, and the longest stretch the UI thread could not process events."""
        start = last = time.perf_counter()
        fn()
        stall = time.perf_counter() - last
        while True:
            last = time.perf_counter()
            QApplication.processEvents()
            stall = max(stall, time.perf_counter() - last)
            if not model.loading:
                break
            time.sleep(0.001)
        return {f"{name}_ms": (time.perf_counter() - start) * 1000, f"{name}_ui_stall_ms": stall * 1000}

    ops = {
        **timed("sort_by_title", lambda: window.queue.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)),
        **timed("search_trigram", lambda: model.set_filter(
            queue_service.QueueFilter(search="investment report no. 4242"))),
        **timed("search_two_chars", lambda: model.set_filter(queue_service.QueueFilter(search="包头"))),
        **timed("filter_status", lambda: model.set_filter(queue_service.QueueFilter(statuses=("flagged",)))),
    }
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "cold_start_s": round(cold_start, 3),
        "queue_loaded_s": round(queue_loaded, 3),
        "switch_median_ms": round(statistics.median(times), 2),
        "switch_p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "switch_max_ms": round(times[-1], 2),
        **{k: round(v, 1) for k, v in ops.items()},
        "peak_memory_mb": round(peak_mb, 1),
    }), flush=True)
    window.close()
    db.dispose()
    app.quit()
    os._exit(0)  # skip interpreter teardown of Qt objects: the numbers are out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--switches", type=int, default=200)
    parser.add_argument("--db", type=Path, help="reuse or create this database file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.launched, args.switches)
        return 0

    workdir = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    path = args.db or workdir / "bench.sqlite3"
    if not path.exists():
        seconds = fill(path, args.documents)
        print(f"filled {args.documents} documents ({3 * args.documents} facts) in {seconds:.1f} s: {path}")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FACTDESK_DATA_DIR"] = str(workdir / "data")
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    (workdir / "data").mkdir(exist_ok=True)
    launched = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", f"sqlite:///{path}", "--launched", str(launched),
         "--switches", str(args.switches)],
        capture_output=True, text=True, env=env, check=False,
    )
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return 1
    result = json.loads(out.stdout.strip().splitlines()[-1])
    goals = {"cold_start_s": 2.0, "switch_p95_ms": 50.0, "peak_memory_mb": 300.0}
    print(f"documents: {args.documents}, switches: {args.switches}")
    for key, value in result.items():
        goal = goals.get(key)
        verdict = "" if goal is None else (f"  ok (goal ≤ {goal})" if value <= goal else f"  OVER (goal ≤ {goal})")
        print(f"  {key:<22} {value}{verdict}")
    if not args.keep and not args.db:
        for p in workdir.glob("**/*"):
            if p.is_file():
                p.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
