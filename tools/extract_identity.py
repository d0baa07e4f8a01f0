#!/usr/bin/env python3
"""Check that a change to the extraction code leaves its output exactly as it was.

usage: python tools/extract_identity.py write SNAPSHOT.json [--synthetic N] [--learned K]
       python tools/extract_identity.py compare SNAPSHOT.json [-v]

`write` extracts every text of the project's article sets (tests/heldout/set*, src/app/seeds,
tests/extract/articles) and N synthetic articles of the extraction benchmark (bench/make_corpus.py),
each read as `factdesk extract` reads it, and stores the full output of every fact — kind, value as
an exact decimal, unit, fields, evidence spans, confidence unrounded, origin, region code, period text —
under three knowledge snapshots:

- `none`: nothing learned;
- `taught`: every investor of the gold files learned as an organisation (with the store's aliases), and
  learned indicator labels and local region names taken from the texts, so the learned paths run;
- `large`: `taught` plus K synthetic organisations (bench/extract.py's, as in its `--learned K`).

The knowledge itself is stored in the snapshot, so `compare` (run on the changed code) uses exactly the
same entries; it prints each document whose output differs (with the first differing fact under -v) and
a last line `identical: D documents × runs` or `DIFFERENT: …`; exit code 1 on a difference.

Make the snapshot with the code before the change (e.g. a `git archive` of main in /tmp, running this
file from there) and keep it out of the repository: the rules change, so a stored output would not
stay right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from app.domain.knowledge import EMPTY, KIND_LABEL, KIND_ORG, KIND_REGION, Knowledge, LearnedEntry  # noqa: E402
from app.domain.schema import FactDraft  # noqa: E402
from app.extract import extract  # noqa: E402
from app.ingest import read_document  # noqa: E402
from app.store.services.knowledge import org_aliases  # noqa: E402

SETS = ["tests/heldout/set1", "tests/heldout/set2", "tests/heldout/set3", "tests/heldout/set4",
        "tests/heldout/set5", "tests/heldout/set6", "tests/heldout/set7",
        "src/app/seeds", "tests/extract/articles"]
_ZH_PLACE = re.compile(r"[\u4e00-\u9fff]{2}(?:镇|乡|街道|园区|新城)")
_EN_PLACE = re.compile(r"\b[A-Z][a-z]{3,} (?:Town|Township|Park|New Area)\b")


def documents(synthetic: int) -> Iterator[tuple[str, str, str, dt.date | None]]:
    """(name, display text, language, published) of every text checked."""
    for folder in SETS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            read = read_document(path)
            published = read.published
            gold = path.with_suffix(".json")
            if published is None and gold.exists():
                written = json.loads(gold.read_text(encoding="utf-8")).get("published")
                if isinstance(written, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", written):
                    published = dt.date.fromisoformat(written)
            yield f"{folder}/{path.name}", read.display_text, read.language, published
    if synthetic:
        from make_corpus import generate

        for i, (language, text) in enumerate(generate(synthetic, 5000, 7)):
            yield f"synthetic/{i:04d}", text, language, None


def _gold_investors() -> list[str]:
    names: set[str] = set()
    for folder in SETS:
        for gold in sorted((ROOT / folder).glob("**/*.json")):
            data = json.loads(gold.read_text(encoding="utf-8"))
            facts = data.get("facts", []) if isinstance(data, dict) else data
            for f in facts if isinstance(facts, list) else []:
                if isinstance(f, dict) and isinstance(f.get("investor"), str) and f["investor"].strip():
                    names.add(f["investor"].strip())
    return sorted(names)


def taught_entries(texts: list[tuple[str, str, str, dt.date | None]]) -> list[list[Any]]:
    """Learned entries as stored in the snapshot: [id, kind, value, [aliases]]."""
    entries: list[list[Any]] = []
    for name in _gold_investors():
        entries.append([len(entries) + 1, KIND_ORG, name, org_aliases(name)[1:]])
    places: set[str] = set()
    labels: set[str] = set()
    for _name, text, language, published in texts:
        places.update((_ZH_PLACE if language.startswith("zh") else _EN_PLACE).findall(text)[:2])
        for d in extract(text, language, published):
            label = d.fields.get("indicator")
            if label and len(labels) < 400 and len(label) <= 12:
                labels.add(label)
    for i, label in enumerate(sorted(labels)):
        if i % 3 == 0:  # a third of the labels the rules wrote are "corrected" to a controlled one
            entries.append([len(entries) + 1, KIND_LABEL, "Fixed-asset investment", [label]])
    for place in sorted(places):
        entries.append([len(entries) + 1, KIND_REGION, "Hainan", [place]])
    return entries


def _knowledge(rows: list[list[Any]]) -> Knowledge:
    return Knowledge(tuple(LearnedEntry(int(i), str(k), str(v), tuple(a)) for i, k, v, a in rows))


def _fact(d: FactDraft, text: str) -> dict[str, Any]:
    out = d.to_json(text)
    out["value"] = None if d.value is None else str(d.value)
    out["confidence"] = repr(d.confidence)
    out["value_text"] = d.value_text
    return out


def run_all(texts: list[tuple[str, str, str, dt.date | None]],
            runs: dict[str, Knowledge]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for run, knowledge in runs.items():
        out[run] = {name: [_fact(d, text) for d in extract(text, language, published, knowledge)]
                    for name, text, language, published in texts
                    if not (name.startswith("synthetic/") and run == "taught")}
    return out


def _runs(taught: list[list[Any]], large: list[list[Any]]) -> dict[str, Knowledge]:
    return {"none": EMPTY, "taught": _knowledge(taught), "large": _knowledge(taught + large)}


def write(snapshot: Path, synthetic: int, learned: int) -> int:
    texts = list(documents(synthetic))
    taught = taught_entries([t for t in texts if not t[0].startswith("synthetic/")])
    large: list[list[Any]] = []
    if learned:
        from extract import learned_orgs

        for e in learned_orgs(learned, 1).entries:
            large.append([len(taught) + len(large) + 1, e.kind, e.value, list(e.aliases)])
    results = run_all(texts, _runs(taught, large))
    data = {"synthetic": synthetic, "taught": taught, "large": large, "results": results}
    snapshot.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    n = sum(len(r) for r in results.values())
    facts = sum(len(f) for r in results.values() for f in r.values())
    print(f"written: {len(texts)} documents, {n} extractions, {facts} facts, {len(taught)} taught entries, "
          f"{len(large)} more organisations -> {snapshot}")
    return 0


def compare(snapshot: Path, verbose: bool) -> int:
    data = json.loads(snapshot.read_text(encoding="utf-8"))
    texts = list(documents(int(data["synthetic"])))
    results = run_all(texts, _runs(data["taught"], data["large"]))
    expected = data["results"]
    differing: list[str] = []
    total = 0
    for run, docs in expected.items():
        got = results.get(run, {})
        for name in sorted(set(docs) | set(got)):
            total += 1
            if docs.get(name) != got.get(name):
                differing.append(f"{run}: {name}")
                if verbose:
                    before, after = docs.get(name) or [], got.get(name) or []
                    print(f"{run}: {name}: {len(before)} facts before, {len(after)} now")
                    for a, b in zip(before + [None] * len(after), after + [None] * len(before), strict=False):
                        if a != b:
                            print(f"  before: {json.dumps(a, ensure_ascii=False)}\n  now:    "
                                  f"{json.dumps(b, ensure_ascii=False)}")
                            break
    facts = sum(len(f) for r in results.values() for f in r.values())
    if differing:
        for line in differing if not verbose else []:
            print(line)
        print(f"DIFFERENT: {len(differing)} of {total} extractions ({len(texts)} documents × runs)")
        return 1
    print(f"identical: {total} extractions ({len(texts)} documents × runs none/taught/large), {facts} facts")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["write", "compare"])
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--synthetic", type=int, default=300, help="synthetic benchmark articles (write)")
    ap.add_argument("--learned", type=int, default=10_000, help="synthetic learned organisations (write)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.action == "write":
        return write(args.snapshot, args.synthetic, args.learned)
    return compare(args.snapshot, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
