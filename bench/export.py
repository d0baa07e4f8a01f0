#!/usr/bin/env python3
"""Export benchmark: 100 000 facts to Excel, with xlsxwriter's constant_memory mode as a reference.

    python bench/export.py [--facts 100000] [--per-doc 10] [--keep DIR]

Fills a temporary SQLite database (bulk inserts through the store's models), then runs, each in a
fresh process so peak memory is measured per run:

  query            the store query and row building only (the cost every writer shares)
  factdesk         `app.workflows.exporting.export_workbook`, the real export (data sheets as named
                   tables with print setup and row heights, Summary, Dictionary, About)
  xlsxwriter       the same data rows and cells (values, number formats, wrap, quote prefix,
                   hyperlinks, widths, print setup) written with xlsxwriter's constant_memory mode
  openpyxl-public  (with --public) the same cells through openpyxl's public write-only API

and prints seconds and peak resident memory (MB) for each, and the factdesk/xlsxwriter ratio.
Goals: factdesk ≤ 1.2 × xlsxwriter, peak memory ≤ 200 MB. One fact in ten has been edited by an
analyst (audit events), so the suggested values come from the audit log as in real use."""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import warnings
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
                if fact_id % 10 == 0 and value is not None:
                    events.append({"at": now, "user": "ana", "document_id": d, "fact_id": fact_id,
                                   "action": "edit", "field": "value", "old_value": json.dumps(value * 1.1),
                                   "new_value": json.dumps(value)})
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

def _rows(url: str):  # noqa: ANN202 - (sheet key, columns, row) for every row the export writes
    """Every data row of the export, as the writer builds it: (sheet key, row values)."""
    from app.domain.schema import Kind
    from app.export import terms
    from app.export.sheets import RowContext, audit_row, document_row, fact_row
    from app.store.services import export_rows

    db = Database.open(url, migrate=False)
    f = ExportFilter(status="all")
    with db.session() as s:
        ids = export_rows.document_ids(s, f)
        ctx = RowContext(document_rows={d: i for i, d in enumerate(ids, 2)})
        for rec in export_rows.iter_facts(s, f):
            kind = Kind(rec.kind)
            yield terms.KIND_SHEETS[kind], fact_row(kind, rec, ctx)
        for d in export_rows.iter_documents(s, f):
            yield "Documents", document_row(d, 0, ctx)
        for a in export_rows.iter_audit(s, f):
            yield "Audit", audit_row(a)
    db.dispose()


def _columns() -> dict[str, tuple]:  # type: ignore[type-arg]
    from app.domain.schema import Kind
    from app.export import terms
    from app.export.sheets import audit_columns, document_columns, fact_columns

    cols = {terms.KIND_SHEETS[k]: fact_columns(k, "en") for k in Kind}
    cols["Documents"] = document_columns("en", False)
    cols["Audit"] = audit_columns("en")
    return cols


def run_query(url: str, _out: Path) -> dict[str, object]:
    n = sum(1 for _ in _rows(url))
    return {"rows": n}


def run_factdesk(url: str, out: Path) -> dict[str, object]:
    from app.workflows.exporting import export_workbook

    db = Database.open(url, migrate=False)
    result = export_workbook(db, out, ExportFilter(status="all"), "bench", language="en")
    db.dispose()
    return {"facts": result.facts, "documents": result.documents, "audit": result.audit_events}


def _plain_cells(writer_name: str):  # noqa: ANN202
    """Shared by the two reference writers: each value as (kind, value, format key, link)."""
    from app.export.cells import FMT_DATE, FMT_DATETIME, number_text, utc_naive
    from app.export.safety import clean_text, is_formula_like
    from app.export.sheet import NUMBER_FORMATS, Link, is_web_url

    def cell(col_type, v):  # noqa: ANN001, ANN202
        link = None
        if type(v) is Link:
            link = v.location and f"internal:{v.location}" or (v.url if is_web_url(v.url) else None)
            v = v.text
        if type(v) is str:
            text = clean_text(v)
            return ("s", text, ("wrap", "quote") if is_formula_like(text) else ("wrap",), link)
        if type(v) is datetime:
            return ("d", utc_naive(v), (FMT_DATETIME,), link)
        if type(v) is date:
            return ("d", datetime(v.year, v.month, v.day), (FMT_DATE,), link)
        fmt = NUMBER_FORMATS.get(col_type)
        return ("n", float(number_text(v) or 0), (fmt,) if fmt else (), link)

    return cell


def _row_cells(row, cols, runs, cell):  # noqa: ANN001, ANN202
    """The non-empty cells of a row as (column, kind, value, format key, link, starts a link run):
    consecutive rows with the same link target share one hyperlink, as in the export."""
    for i, v in enumerate(row):
        if v is None:
            runs.pop(i, None)
            continue
        kind, value, fkey, link = cell(cols[i].type, v)
        starts = link is not None and runs.get(i) != link
        if link is None:
            runs.pop(i, None)
        elif starts:
            runs[i] = link
        yield i, kind, value, fkey, link, starts


def run_xlsxwriter(url: str, out: Path) -> dict[str, object]:
    """The same sheets and cells as the FactDesk export (values, number formats, wrap, quote prefix,
    hyperlinks, column widths, frozen header, autofilter), written by xlsxwriter's constant_memory
    mode (which cannot add Excel tables: the sheets get an autofilter instead)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    formats: dict[tuple[str, ...], object] = {}

    def fmt(key: tuple[str, ...]) -> object:
        if key not in formats:
            props: dict[str, object] = {"valign": "top"}
            for k in key:
                if k == "wrap":
                    props["text_wrap"] = True
                elif k == "quote":
                    props["quote_prefix"] = True
                elif k == "link":
                    props.update(font_color="#0563C1", underline=1)
                elif k == "header":
                    props.update(bold=True, bg_color="#DDE4EE", text_wrap=True)
                else:
                    props["num_format"] = k
            formats[key] = wb.add_format(props)
        return formats[key]

    cell = _plain_cells("xlsxwriter")
    sheets: dict[str, list] = {}  # type: ignore[type-arg]
    for key, cols in _columns().items():
        ws = wb.add_worksheet(key)
        for i, c in enumerate(cols):
            ws.set_column(i, i, c.width)
            ws.write_string(0, i, c.header, fmt(("header",)))
        ws.freeze_panes(1, 1)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)
        sheets[key] = [ws, cols, 0, {}]
    n = 0
    for key, row in _rows(url):
        sheet = sheets[key]
        ws, cols = sheet[0], sheet[1]
        sheet[2] += 1
        r = sheet[2]
        runs = sheet[3]
        for i, kind, value, fkey, link, starts in _row_cells(row, cols, runs, cell):
            if starts:
                ws.write_url(r, i, link, fmt((*fkey, "link")), str(value))
                continue
            if kind == "s":
                ws.write_string(r, i, value, fmt(fkey + (("link",) if link else ())))
            elif kind == "d":
                ws.write_datetime(r, i, value, fmt(fkey))
            else:
                ws.write_number(r, i, value, fmt(fkey))
        n += 1
    for ws, cols, rows, _ in sheets.values():
        ws.autofilter(0, 0, rows, len(cols) - 1)
    wb.close()
    return {"rows": n}


def run_openpyxl_public(url: str, out: Path) -> dict[str, object]:
    """The same cells through openpyxl's public write-only API (`WriteOnlyCell`, one per styled
    cell), with the same tables: the alternative to `app.export.stream`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.hyperlink import Hyperlink
    from openpyxl.worksheet.table import Table, TableColumn

    wb = Workbook(write_only=True)
    cell = _plain_cells("openpyxl")
    top, wrap, link_font = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True), Font(
        color="0563C1", underline="single")
    sheets: dict[str, list] = {}  # type: ignore[type-arg]
    for key, cols in _columns().items():
        ws = wb.create_sheet(key)
        for i, c in enumerate(cols):
            ws.column_dimensions[openpyxl_letter(i + 1)].width = c.width
        ws.freeze_panes = "B2"
        ws.append([c.header for c in cols])
        sheets[key] = [ws, cols, 1, {}]
    n = 0
    for key, row in _rows(url):
        sheet = sheets[key]
        ws, cols = sheet[0], sheet[1]
        sheet[2] += 1
        runs = sheet[3]
        out_row: list[object] = [None] * len(row)
        for i, _kind, value, fkey, link, starts in _row_cells(row, cols, runs, cell):
            c = WriteOnlyCell(ws, value)
            c.alignment = wrap if "wrap" in fkey else top
            if "quote" in fkey:
                c.quotePrefix = True
            for k in fkey:
                if k not in ("wrap", "quote"):
                    c.number_format = k
            if link is not None:
                c.font = link_font
            if starts:
                c.hyperlink = (Hyperlink(ref="", location=link[len("internal:"):])
                               if link.startswith("internal:") else link)
            out_row[i] = c
        ws.append(out_row)
        n += 1
    for key, (ws, cols, rows, _) in sheets.items():
        ref = f"A1:{openpyxl_letter(len(cols))}{max(rows, 2)}"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(Table(displayName=f"T{key}", ref=ref,
                               tableColumns=[TableColumn(id=i + 1, name=c.header) for i, c in enumerate(cols)]))
    wb.save(out)
    return {"rows": n}


def openpyxl_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


RUNS = {"query": run_query, "factdesk": run_factdesk, "xlsxwriter": run_xlsxwriter,
        "openpyxl-public": run_openpyxl_public}


def child(name: str, url: str, out: str) -> None:
    started = time.perf_counter()
    info = RUNS[name](url, Path(out))
    seconds = time.perf_counter() - started
    print(json.dumps({"run": name, "seconds": seconds, "peak_mb": peak_mb(), **info}))


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, where there is one: Linux keeps ru_maxrss across
    exec, so a child started by a big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB elsewhere


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
    parser.add_argument("--public", action="store_true",
                        help="also time openpyxl's public write-only API writing the same cells")
    parser.add_argument("--child", nargs=3, metavar=("RUN", "URL", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--fill", nargs=3, metavar=("URL", "FACTS", "PER_DOC"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill:
        fill(args.fill[0], int(args.fill[1]), int(args.fill[2]))
        return 0
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
        # In its own process, so the runs below start small (see peak_mb).
        subprocess.run([sys.executable, __file__, "--fill", url, str(args.facts), str(args.per_doc)], check=True)
        print(f"filled {args.facts} facts in {max(1, args.facts // args.per_doc)} documents "
              f"in {time.perf_counter() - t:.1f} s")
        runs = ["query", "factdesk", "xlsxwriter"] + (["openpyxl-public"] if args.public else [])
        results = {name: measure(name, url, folder / f"{name}.xlsx") for name in runs}
    for r in results.values():
        size = f", {r['file_mb']:.1f} MB file" if "file_mb" in r else ""
        print(f"{r['run']:<15} {r['seconds']:7.1f} s   peak {r['peak_mb']:6.0f} MB{size}")
    ratio = float(results["factdesk"]["seconds"]) / float(results["xlsxwriter"]["seconds"])  # type: ignore[arg-type]
    peak = float(results["factdesk"]["peak_mb"])  # type: ignore[arg-type]
    print(f"factdesk / xlsxwriter time: {ratio:.2f} (goal ≤ 1.2); factdesk peak memory {peak:.0f} MB (goal ≤ 200)")
    if "openpyxl-public" in results:
        public = float(results["openpyxl-public"]["seconds"]) / float(results["xlsxwriter"]["seconds"])  # type: ignore[arg-type]
        print(f"openpyxl public write-only API / xlsxwriter time: {public:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
