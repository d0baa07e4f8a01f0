#!/usr/bin/env python3
"""Learning curve: how much extraction gains from the analysts' corrections.

usage: python bench/learning_curve.py [DIR ...] [--steps 0,5,10,20] [--baseline] [--order name|reverse]

Each DIR (default tests/heldout/set1) holds articles NAME.txt with gold NAME.json (the seeds' gold format
plus "language" and "published"); several folders form one stream in the order given (e.g.
tests/heldout/set1 tests/heldout/set2), each folder's articles in name order. They are replayed as if an
analyst reviewed them: each is imported into a fresh SQLite database with the real import, and the gold is used as the
analyst's corrections through the real review services — a found fact whose investor is missing or
wrong gets the gold investor typed in (edit), a right one is confirmed, a project fact the rules
missed is added with its investor. Those services are what teach extraction (app.store.services.
knowledge); a found fact of another kind is given the gold kind in the same edit, as an analyst would.
After 0, 5, 10 and 20 reviewed articles, the documents not yet reviewed are extracted with
the knowledge learned so far and scored with tools/score_extraction.py's rules; one line each:

    after K reviewed (M remaining, E learned entries): recall R precision P investor I (of G)

and with --baseline, under each, the same remaining documents extracted without what was learned.
--order reverse replays the stream from its last article to its first (another analyst's order: in a set
whose English articles sort first, the Chinese ones are then reviewed first).

Not a test; the figures go into the README's Performance table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from score_extraction import Totals, same_value, score_article  # noqa: E402

from app.domain.dates import DateError, parse_optional_date  # noqa: E402
from app.domain.knowledge import EMPTY  # noqa: E402
from app.domain.schema import FactDraft, Kind  # noqa: E402
from app.extract import extract  # noqa: E402
from app.ingest import clean_text  # noqa: E402
from app.store import Database  # noqa: E402
from app.store.services import facts, knowledge, review  # noqa: E402
from app.workflows.importing import import_paths  # noqa: E402

USER = "replay"
Article = tuple[Path, str, str, dt.date | None, dict[str, Any]]


def _day(written: object) -> dt.date | None:
    """The gold's publication day; a month or a year alone ("2023-02") gives none, as a day is wanted."""
    try:
        return parse_optional_date(str(written)) if written else None
    except DateError:
        return None


def load(directory: Path) -> list[Article]:
    """(text file, display text, language, published, gold) per article, in name order."""
    out = []
    for gold_path in sorted(directory.glob("*.json")):
        txt = gold_path.with_suffix(".txt")
        if not txt.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text, _ = clean_text(txt.read_text(encoding="utf-8"))
        published = _day(gold.get("published"))
        out.append((txt, text, str(gold.get("language") or ""), published, gold))
    return out


def review_as_gold(db: Database, path: Path, gold: dict[str, Any]) -> None:
    """Import one article and correct its investors as the gold says, through the review services."""
    summary = import_paths(db, [path], USER, workers=1)
    if not summary.imported:
        return
    doc_id = summary.imported[0][1]
    with db.session() as s:
        stored = [f for f in facts.facts_of(s, doc_id) if f.value is not None]
        used: set[int] = set()
        for g in gold["facts"]:
            investor = g.get("investor")
            if not investor:
                continue
            match = next((f for f in stored if f.id not in used and f.unit == g["unit"]
                          and same_value(g["unit"], float(f.value), g["value"])), None)
            if match is None:
                draft = FactDraft(kind=Kind.PROJECT, fields={"investor": investor}, value=g["value"], unit=g["unit"])
                review.add_fact(s, doc_id, draft, USER)
                continue
            used.add(match.id)
            changes: dict[str, Any] = {}
            if match.kind != g.get("kind", Kind.PROJECT.value):  # the analyst sets the kind with the investor
                changes["kind"] = g.get("kind", Kind.PROJECT.value)
            if (match.fields or {}).get("investor") != investor:
                changes["investor"] = investor
            if changes:
                review.edit_fact(s, match.id, changes, USER)
            elif match.status == "suggested":
                review.confirm_fact(s, match.id, USER)
        s.commit()


def score_remaining(db: Database, rest: list[Article], use_learned: bool = True) -> tuple[Totals, int]:
    with db.session() as s:
        learned = knowledge.snapshot(s)
    totals = Totals()
    for _path, text, language, published, gold in rest:
        drafts = extract(text, language, published, learned if use_learned else EMPTY)
        score_article({"facts": [d.to_json(text) for d in drafts]}, gold, totals)
    return totals, len(learned.entries)


def learned_differences(db: Database, rest: list[Article]) -> list[str]:
    """Per remaining article, the scorer's lines that differ with and without what was learned (`-v`): which
    investors, kinds and facts learning changed, to read a step where learning does worse than the rules alone."""
    with db.session() as s:
        learned = knowledge.snapshot(s)
    out = []
    for path, text, language, published, gold in rest:
        lines = {}
        for name, knowing in (("learned", learned), ("rules", EMPTY)):
            drafts = extract(text, language, published, knowing)
            lines[name] = score_article({"facts": [d.to_json(text) for d in drafts]}, gold, Totals())[1:]
        only_learned = [f"  with learning:    {x.strip()}" for x in lines["learned"] if x not in lines["rules"]]
        only_rules = [f"  rules alone:      {x.strip()}" for x in lines["rules"] if x not in lines["learned"]]
        if only_learned or only_rules:
            out += [f" {path.name}", *only_rules, *only_learned]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", type=Path, nargs="*", metavar="DIR", help="folders replayed in this order")
    ap.add_argument("--steps", default="0,5,10,20")
    ap.add_argument("--baseline", action="store_true",
                    help="after each line, the same documents scored without what was learned")
    ap.add_argument("--order", choices=("name", "reverse"), default="name",
                    help="review the articles in name order (default) or in reverse")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="after each line, the scorer's lines (errors) that learning changed, per article")
    args = ap.parse_args(argv)
    dirs: list[Path] = args.dirs or [ROOT / "tests" / "heldout" / "set1"]
    articles: list[Article] = []
    for directory in dirs:
        found = load(directory)
        if not found:
            print(f"no articles with gold in {directory}", file=sys.stderr)
            return 2
        articles += found
    if args.order == "reverse":
        articles.reverse()
    try:
        steps = sorted({int(x) for x in args.steps.split(",")})
    except ValueError:
        print(f"--steps takes whole numbers separated by commas, not {args.steps!r}", file=sys.stderr)
        return 2
    order = " (reverse order)" if args.order == "reverse" else ""
    print(f"{len(articles)} articles in {' + '.join(str(d) for d in dirs)}{order}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'curve.sqlite3'}")
        try:
            reviewed = 0
            for step in steps:
                if step >= len(articles):
                    break
                for path, _text, _language, _published, gold in articles[reviewed:step]:
                    review_as_gold(db, path, gold)
                reviewed = step
                totals, entries = score_remaining(db, articles[step:])
                f = totals.figures()
                print(f"after {step} reviewed ({len(articles) - step} remaining, {entries} learned entries): "
                      f"recall {f['recall']:.3f} precision {f['precision']:.3f} investor {f['investor']:.3f}"
                      f" (of {totals.investor_gold})")
                if args.baseline:
                    alone = score_remaining(db, articles[step:], use_learned=False)[0].figures()
                    print(f"  same documents without learned entries: recall {alone['recall']:.3f} precision "
                          f"{alone['precision']:.3f} investor {alone['investor']:.3f}")
                if args.verbose:
                    for line in learned_differences(db, articles[step:]):
                        print(line)
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
