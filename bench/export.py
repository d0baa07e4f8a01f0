#!/usr/bin/env python3
"""Export benchmark: 100 000 facts to Excel, with xlsxwriter's constant_memory mode as a reference.

    python bench/export.py [--facts 100000] [--per-doc 10] [--keep DIR]

Fills a temporary SQLite database (bulk inserts through the store's models), then runs, each in a
fresh process so peak memory is measured per run:

  query        the store query and row building only (the cost both writers share)
  factdesk     `app.workflows.exporting.export_workbook` (openpyxl write-only), the real export
  xlsxwriter   the same rows and cells (values, number formats, wrap, quote prefix, hyperlinks)
               written with xlsxwriter's constant_memory mode

and prints seconds and peak resident memory (MB) for each, and the factdesk/xlsxwriter ratio.
Goals: factdesk ≤ 1.5 × xlsxwriter, peak memory ≤ 200 MB."""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import insert  # noqa: E402 - after the path set-up

from app.domain.records import ExportFilter  # noqa: E402
from app.store import Database  # noqa: E402
from app.store.models import AuditEvent, Document, Fact  # noqa: E402

REGIONS = ["Baotou", "Ordos", "Hohhot", "包头市", "鄂尔多斯", "Chifeng", "Tongliao", "Wuhai", "Bayannur", "Ulanqab"]
INVESTORS = ["Inner Mongolia Yili", "China Mengniu", "BYD", "蒙牛乳业", "Longi Green Energy", "Envision", "Sinopec"]
INDUSTRIES = ["dairy", "new energy", "rare earths", "chemicals", "logistics", "新材料"]
STAGES = ["planned", "signed", "started", "under_construction", "completed", "operating"]
SENTENCE = (
    "In the first half of the year {region} signed {n} projects with a total agreed investment of "
    "{amount} billion yuan, up {pct}% year on year, the municipal government said on {day}. "
)


def _text(rng: random.Random, region: str, sentences: int = 12) -> str:
    parts = []
    for _ in range(sentences):
        parts.append(SENTENCE.format(region=region, n=rng.randint(5, 500), amount=round(rng.uniform(1, 900), 1),
                                     pct=round(rng.uniform(-10, 40), 1), day=rng.randint(1, 28)))
    return "".join(parts)


def fill(url: str, n_facts: int, per_doc: int) -> None:
    rng = random.Random(7)
    db = Database.open(url)
    now = datetime(2024, 6, 1, tzinfo=UTC)
    n_docs = max(1, n_facts // per_doc)
    kinds = ["project"] * 3 + ["indicator"] * 4 + ["target"] + ["person"] * 2
    with db.session() as s:
        docs, facts, events = [], [], []
        fact_id = 0
        for d in range(1, n_docs + 1):
            region = REGIONS[d % len(REGIONS)]
            text = _text(rng, region)
            docs.append({
                "id": d, "content_hash": f"{d:064x}", "source": f"https://news.example.com/{region}/{d}.html",
                "outlet": "Xinhua" if d % 3 else "Inner Mongolia Daily", "title": f"{region} signs projects ({d})",
                "published": date(2020, 1, 1) + timedelta(days=d % 1500), "language": "en", "region": region,
                "raw_text": text, "display_text": text, "offset_map": [[0, 0, len(text)]], "status": "approved",
                "reviewer": "ana", "reviewed_at": now, "fact_count": per_doc, "version": 1,
                "created_at": now, "updated_at": now,
            })
            events.append({"at": now, "user": "importer", "document_id": d, "action": "import",
                           "new_value": docs[-1]["source"]})
            for i in range(per_doc):
                if fact_id >= n_facts:
                    break
                fact_id += 1
                kind = kinds[i % len(kinds)]
                start = rng.randrange(0, len(text) - 120)
                spans = [[start, start + rng.randint(30, 110)]]
                fields: dict[str, str | None]
                value: float | None
                unit: str | None
                if kind == "project":
                    fields = {"investor": rng.choice(INVESTORS), "project": f"project {fact_id}",
                              "industry": rng.choice(INDUSTRIES), "location": region, "stage": rng.choice(STAGES),
                              "period": str(2020 + fact_id % 5)}
                    value, unit = float(rng.randint(1, 5000) * 10_000_000), "CNY"
                elif kind == "indicator":
                    fields = {"subject": region, "indicator": rng.choice(["agreed investment", "signed projects",
                                                                          "paid-in investment growth"]),
                              "period": f"{2020 + fact_id % 5}H1", "comparator": "=", "basis": "level"}
                    value, unit = rng.choice([(round(rng.uniform(1, 900), 1) * 1e9, "CNY"),
                                              (float(rng.randint(5, 500)), "count"),
                                              (round(rng.uniform(-10, 40), 1), "percent")])
                elif kind == "target":
                    fields = {"subject": region, "indicator": "agreed investment", "horizon": "2025",
                              "comparator": ">="}
                    value, unit = float(rng.randint(100, 900)) * 1e9, "CNY"
                else:
                    fields = {"name": f"Official {fact_id}", "role": "mayor", "organization": f"{region} government"}
                    value, unit = None, None
                facts.append({
                    "id": fact_id, "document_id": d, "kind": kind, "fields": fields, "value": value, "unit": unit,
                    "value_text": None if value is None else f"{value:,.0f}", "evidence": spans,
                    "confidence": round(rng.random(), 2), "origin": "rules",
                    "status": rng.choice(["suggested", "confirmed", "edited"]), "reviewer": None,
                    "reviewed_at": None, "version": 1, "created_at": now, "updated_at": now,
                })
            if len(facts) >= 20_000:
                s.execute(insert(Document), docs)
                s.execute(insert(Fact), facts)
                s.execute(insert(AuditEvent), events)
                docs, facts, events = [], [], []
        if docs:
            s.execute(insert(Document), docs)
        if facts:
            s.execute(insert(Fact), facts)
        if events:
            s.execute(insert(AuditEvent), events)
        s.commit()
    db.dispose()


# -- the runs (each in its own process)

def run_query(url: str, _out: Path) -> dict[str, object]:
    from app.domain.schema import Kind
    from app.export.sheets import FACT_SHEETS, audit_row, document_row, fact_row
    from app.store.services import export_rows

    db = Database.open(url, migrate=False)
    f = ExportFilter(status="all")
    n = 0
    with db.session() as s:
        for rec in export_rows.iter_facts(s, f):
            fact_row(FACT_SHEETS[Kind(rec.kind)], rec)
            n += 1
        for d in export_rows.iter_documents(s, f):
            document_row(d, 0)
        for a in export_rows.iter_audit(s, f):
            audit_row(a)
    db.dispose()
    return {"facts": n}


def run_factdesk(url: str, out: Path) -> dict[str, object]:
    from app.workflows.exporting import export_workbook

    db = Database.open(url, migrate=False)
    result = export_workbook(db, out, ExportFilter(status="all"), "bench")
    db.dispose()
    return {"facts": result.facts, "documents": result.documents, "audit": result.audit_events}


def run_xlsxwriter(url: str, out: Path) -> dict[str, object]:
    """The same sheets and cells as the FactDesk export, written by xlsxwriter (constant_memory)."""
    import xlsxwriter

    from app.domain.schema import Kind
    from app.export.cells import FMT_CONFIDENCE, FMT_COUNT, FMT_DATE, FMT_DATETIME, Formatted
    from app.export.safety import clean_text, is_formula_like
    from app.export.sheet import Col, is_web_url
    from app.export.sheets import (
        AUDIT_COLUMNS,
        DOCUMENT_COLUMNS,
        FACT_SHEETS,
        audit_row,
        document_row,
        fact_row,
    )
    from app.store.services import export_rows

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    formats: dict[tuple[str, ...], object] = {}

    def fmt(*key: str) -> object:
        if key not in formats:
            props: dict[str, object] = {}
            for k in key:
                if k == "wrap":
                    props.update(text_wrap=True, valign="top")
                elif k == "quote":
                    props["quote_prefix"] = True
                elif k == "link":
                    props.update(font_color="#0563C1", underline=1)
                elif k == "header":
                    props.update(bold=True, bg_color="#DDE4EE")
                else:
                    props["num_format"] = k
            formats[key] = wb.add_format(props)
        return formats[key]

    f_link, f_quote, f_wrap, f_wrap_quote = fmt("link"), fmt("quote"), fmt("wrap"), fmt("wrap", "quote")
    f_date, f_datetime, f_confidence, f_count = fmt(FMT_DATE), fmt(FMT_DATETIME), fmt(FMT_CONFIDENCE), fmt(FMT_COUNT)

    class Sheet:
        def __init__(self, title: str, columns: tuple) -> None:  # type: ignore[type-arg]
            self.ws = wb.add_worksheet(title)
            self.columns = columns
            self.kinds = [c.kind for c in columns]
            self.row = 0
            self.last_url: str | None = None
            for i, c in enumerate(columns):
                self.ws.set_column(i, i, min(c.max_width, 20))
                self.ws.write_string(0, i, c.header, fmt("header"))
            self.ws.freeze_panes(1, 0)

        def add(self, values: list[object]) -> None:
            self.row += 1
            ws, r = self.ws, self.row
            for i, (kind, v) in enumerate(zip(self.kinds, values, strict=True)):
                if v is None:
                    if kind is Col.URL:
                        self.last_url = None
                    continue
                if type(v) is str:
                    text = clean_text(v)
                    if kind is Col.URL and is_web_url(v):
                        if v != self.last_url:
                            ws.write_url(r, i, v, f_link, text)
                            self.last_url = v
                        else:
                            ws.write_string(r, i, text, f_link)
                    elif is_formula_like(text):
                        ws.write_string(r, i, text, f_wrap_quote if kind is Col.LONG else f_quote)
                    elif kind is Col.LONG:
                        ws.write_string(r, i, text, f_wrap)
                    else:
                        ws.write_string(r, i, text)
                elif type(v) is Formatted:
                    if v.value is not None:  # type: ignore[attr-defined]
                        ws.write_number(r, i, v.value, fmt(v.number_format))  # type: ignore[attr-defined]
                elif type(v) is datetime:
                    ws.write_datetime(r, i, v, f_datetime)
                elif type(v) is date:
                    ws.write_datetime(r, i, datetime(v.year, v.month, v.day), f_date)  # type: ignore[attr-defined]
                elif kind is Col.CONFIDENCE:
                    ws.write_number(r, i, v, f_confidence)
                elif kind is Col.COUNT:
                    ws.write_number(r, i, v, f_count)
                else:
                    ws.write_number(r, i, v)

        def close(self) -> None:
            self.ws.autofilter(0, 0, self.row, len(self.columns) - 1)

    db = Database.open(url, migrate=False)
    f = ExportFilter(status="all")
    sheets = {k: Sheet(s.title, s.columns) for k, s in FACT_SHEETS.items()}
    docs = Sheet("Documents", DOCUMENT_COLUMNS)
    audit = Sheet("Audit", AUDIT_COLUMNS)
    n = 0
    with db.session() as s:
        for rec in export_rows.iter_facts(s, f):
            k = Kind(rec.kind)
            sheets[k].add(fact_row(FACT_SHEETS[k], rec))
            n += 1
        for d in export_rows.iter_documents(s, f):
            docs.add(document_row(d, 0))
        for a in export_rows.iter_audit(s, f):
            audit.add(audit_row(a))
    for sh in (*sheets.values(), docs, audit):
        sh.close()
    wb.close()
    db.dispose()
    return {"facts": n}


RUNS = {"query": run_query, "factdesk": run_factdesk, "xlsxwriter": run_xlsxwriter}


def child(name: str, url: str, out: str) -> None:
    started = time.perf_counter()
    info = RUNS[name](url, Path(out))
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"run": name, "seconds": seconds, "peak_mb": peak_kb / 1024, **info}))


def measure(name: str, url: str, out: Path) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--child", name, url, str(out)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{name} run failed:\n{proc.stderr}")
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    if out.exists():
        result["file_mb"] = out.stat().st_size / 1e6
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--per-doc", type=int, default=10, help="facts per document (default 10)")
    parser.add_argument("--keep", type=Path, help="keep the database and workbooks in this folder")
    parser.add_argument("--child", nargs=3, metavar=("RUN", "URL", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "bench.sqlite3"
        db_path.unlink(missing_ok=True)
        url = f"sqlite:///{db_path}"
        t = time.perf_counter()
        fill(url, args.facts, args.per_doc)
        print(f"filled {args.facts} facts in {max(1, args.facts // args.per_doc)} documents "
              f"in {time.perf_counter() - t:.1f} s")
        results = {name: measure(name, url, folder / f"{name}.xlsx") for name in ("query", "factdesk", "xlsxwriter")}
    for r in results.values():
        size = f", {r['file_mb']:.1f} MB file" if "file_mb" in r else ""
        print(f"{r['run']:<11} {r['seconds']:7.1f} s   peak {r['peak_mb']:6.0f} MB{size}")
    ratio = float(results["factdesk"]["seconds"]) / float(results["xlsxwriter"]["seconds"])  # type: ignore[arg-type]
    peak = float(results["factdesk"]["peak_mb"])  # type: ignore[arg-type]
    print(f"factdesk / xlsxwriter time: {ratio:.2f} (goal ≤ 1.5); factdesk peak memory {peak:.0f} MB (goal ≤ 200)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
