#!/usr/bin/env python3
"""Score the output of `factdesk extract --format json` against gold annotations.

usage: python tools/score_extraction.py PREDICTIONS.json GOLD_DIR
           [--min-recall R] [--min-precision P] [--min-kind K] [--min-investor I] [--min-people Q] [-v]

PREDICTIONS.json is the array `factdesk extract --format json` prints (one object per input file, with
"path" and "facts"; docs/extract-contract.md). GOLD_DIR holds one NAME.json per article NAME.txt
(docs/extract-contract.md, "Gold annotations"): the numeric facts a careful analyst records ("kind",
"unit", "value", optionally "investor" and "quote") and the people quoted ("name").

Only numeric predictions count (unit CNY, USD, count or percent). A gold fact is found by the first
unused prediction with the same unit and the same value — money and counts within 0.5 %, percentages
within 0.051 compared without their sign — preferring one of the same kind; each prediction matches at
most one gold fact. Figures:

- recall: found / gold facts; precision: found / numeric predictions;
- kind: found facts whose predicted kind is the gold kind, over found;
- investor: found gold facts with an investor whose prediction's `fields.investor` contains it or is
  contained in it (compared on letters and digits, case- and width-folded, after the cleaning display
  text gets — `app.ingest.clean_text`, which drops inline pinyin: gold `國(guó)納納米` is `國納納米`),
  over gold facts with one;
- people: gold people whose name is inside some predicted person's `fields.name`, over gold people;
- sign errors: found percentages whose sign differs from the gold one.

The last line printed is the summary; a `--min-*` bar not met is named on it and the exit code is 1.
Unreadable input is one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from app.ingest import clean_text  # investors are compared as the display text shows them
except ImportError:  # pragma: no cover - run outside the project's environment
    sys.exit("score_extraction: needs the FactDesk package (app.ingest); run it with the project's Python")

NUMERIC_UNITS = ("CNY", "USD", "count", "percent")
BARS = ("recall", "precision", "kind", "investor", "people")


def norm(text: str | None) -> str:
    """Letters and digits only, NFKC-folded and lower-cased: "Tianyu Co., Ltd." → "tianyucoltd"."""
    folded = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in folded if ch.isalnum())


def investor_key(name: str | None) -> str:
    """An investor as compared: cleaned as display text is (inline pinyin dropped), then `norm`."""
    return norm(clean_text(name)[0] if name else "")


def same_value(unit: str, predicted: Any, gold: Any) -> bool:
    """Money and counts within 0.5 % of the gold value; percentages within 0.051, sign ignored."""
    if predicted is None or gold is None:
        return False
    a, b = float(predicted), float(gold)
    if unit == "percent":
        return abs(abs(a) - abs(b)) <= 0.051
    if b == 0:
        return a == 0
    return abs(a - b) / abs(b) <= 0.005


@dataclass
class Totals:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    kind: int = 0
    sign_errors: int = 0
    investor_gold: int = 0
    investor_found: int = 0
    people_gold: int = 0
    people_found: int = 0
    missing: list[str] = field(default_factory=list)  # gold articles without a prediction

    def figures(self) -> dict[str, float]:
        def ratio(num: int, den: int, empty: float) -> float:
            return num / den if den else empty

        return {
            "recall": ratio(self.found, self.gold, 0.0),
            "precision": ratio(self.found, self.predicted, 0.0),
            "kind": ratio(self.kind, self.found, 0.0),
            "investor": ratio(self.investor_found, self.investor_gold, 1.0),
            "people": ratio(self.people_found, self.people_gold, 1.0),
        }


def _quote(fact: dict[str, Any]) -> str:
    return str(((fact.get("evidence") or [{}])[0]).get("quote", ""))


def score_article(prediction: dict[str, Any], gold: dict[str, Any], totals: Totals) -> list[str]:
    """Add one article's counts to `totals`; the verbose lines for it (missed and extra facts, found facts of
    the wrong kind, found facts whose investor is missing or wrong)."""
    facts = prediction.get("facts") or []
    numeric = [f for f in facts if f.get("unit") in NUMERIC_UNITS]
    people = [f for f in facts if f.get("kind") == "person"]
    used = [False] * len(numeric)
    found = 0
    lines: list[str] = []
    for g in gold["facts"]:
        unit = g["unit"]
        candidates = [i for i, f in enumerate(numeric)
                      if not used[i] and f.get("unit") == unit and same_value(unit, f.get("value"), g["value"])]
        if not candidates:
            lines.append(f"   missed  {g['kind']:9} {g['unit']:7} {g['value']}  «{g.get('quote', '')}»")
            continue
        same_kind = [i for i in candidates if numeric[i].get("kind") == g["kind"]]
        i = (same_kind or candidates)[0]
        used[i] = True
        match = numeric[i]
        found += 1
        totals.kind += match.get("kind") == g["kind"]
        if match.get("kind") != g["kind"]:
            lines.append(f"   kind    {g['kind']:9} {g['unit']:7} {g['value']}  predicted {match.get('kind')}"
                         f"  «{g.get('quote', '')}»")
        if g["unit"] == "percent" and (float(match["value"]) < 0) != (float(g["value"]) < 0):
            totals.sign_errors += 1
        if g.get("investor"):
            totals.investor_gold += 1
            predicted, wanted = investor_key((match.get("fields") or {}).get("investor")), investor_key(g["investor"])
            if predicted and wanted and (predicted in wanted or wanted in predicted):
                totals.investor_found += 1
            else:
                shown = (match.get("fields") or {}).get("investor") or "-"
                lines.append(f"   investor {g['investor']}  predicted {shown}  «{g.get('quote', '')}»")
    for person in gold.get("people", []):
        totals.people_gold += 1
        name = norm(person["name"])
        if name and any(name in norm((p.get("fields") or {}).get("name")) for p in people):
            totals.people_found += 1
    for i, f in enumerate(numeric):
        if not used[i]:
            lines.append(f"   extra   {f.get('kind', ''):9} {f.get('unit', ''):7} {f.get('value')}  «{_quote(f)}»")
    totals.gold += len(gold["facts"])
    totals.predicted += len(numeric)
    totals.found += found
    return [f"{found}/{len(gold['facts'])} found, {len(numeric)} predicted", *lines]


def score(predictions: Sequence[dict[str, Any]], gold_dir: Path) -> tuple[Totals, list[str]]:
    """Score every gold article in `gold_dir` (sorted by name); the totals and the verbose report."""
    by_name = {Path(str(p["path"])).stem: p for p in predictions}
    totals = Totals()
    report: list[str] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        name = gold_path.stem
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        prediction = by_name.get(name)
        if prediction is None:
            totals.missing.append(name)
            prediction = {"facts": []}
        head, *lines = score_article(prediction, gold, totals)
        report += [f"{name}: {head}", *lines]
    return totals, report


def summary(totals: Totals, bars: dict[str, float]) -> tuple[str, list[str]]:
    """The summary line and the bars not met ("recall 0.80 < 0.90")."""
    figures = totals.figures()
    short = [f"{name} {figures[name]:.2f} < {bar:.2f}" for name, bar in bars.items() if figures[name] < bar]
    line = (" ".join(f"{name} {figures[name]:.3f}" for name in BARS)
            + f" sign-errors {totals.sign_errors} (gold {totals.gold}, predicted {totals.predicted},"
            f" found {totals.found})")
    return line + (" | below bar: " + "; ".join(short) if short else ""), short


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="score_extraction.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("predictions", type=Path, help="the JSON array `factdesk extract --format json` printed")
    parser.add_argument("gold_dir", type=Path, help="folder of NAME.json gold annotations")
    for name in BARS:
        parser.add_argument(f"--min-{name}", type=float, metavar="X", help=f"exit 1 when {name} is below X")
    parser.add_argument("-v", "--verbose", action="store_true", help="per article: found, missed and extra facts,"
                        " wrong kinds and investors")
    args = parser.parse_args(argv)
    try:
        predictions = json.loads(args.predictions.read_text(encoding="utf-8"))
        if not args.gold_dir.is_dir():
            raise FileNotFoundError(f"no gold folder {args.gold_dir}")
        totals, report = score(predictions, args.gold_dir)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"score_extraction: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print("\n".join(report))
    if totals.missing:
        print("no prediction for: " + ", ".join(totals.missing))
    bars = {name: value for name in BARS if (value := getattr(args, f"min_{name}")) is not None}
    line, short = summary(totals, bars)
    print(line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
