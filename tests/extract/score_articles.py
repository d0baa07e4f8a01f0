"""Score the extractor on our own test articles (tests/extract/articles) with the real scorer.

usage: python -m tests.extract.score_articles [--new] [-v]

Each article NAME.txt has gold NAME.json in the seeds' gold format, plus "language" and "published"
(ISO date). The text is cleaned with `app.ingest.clean_text`, as import does, then extracted; the
predictions are written in the `factdesk extract --format json` shape and scored with the project's
scorer, tools/score_extraction.py (run as a user runs it). --new scores only the held-out-style
articles added after the first four.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from app.extract import extract
from app.ingest import clean_text

ARTICLES = Path(__file__).resolve().parent / "articles"
FIRST_FOUR = ("en_ordos", "zh_chifeng", "en_inner_mongolia", "zh_baotou_hant")
SCORER = Path(__file__).resolve().parents[2] / "tools" / "score_extraction.py"


def load_articles(only_new: bool = False) -> list[tuple[str, str, str, dt.date | None, dict[str, object]]]:
    """(name, display text, language, published, gold) per article."""
    out = []
    for gold_path in sorted(ARTICLES.glob("*.json")):
        name = gold_path.stem
        if only_new and name in FIRST_FOUR:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        text, _ = clean_text(raw)
        published = dt.date.fromisoformat(str(gold["published"])) if gold.get("published") else None
        out.append((name, text, str(gold["language"]), published, gold))
    return out


def predictions(only_new: bool = False) -> list[dict[str, object]]:
    out = []
    for name, text, language, published, _ in load_articles(only_new):
        facts = extract(text, language, published)
        out.append({"path": f"{name}.txt", "language": language,
                    "published": published.isoformat() if published else None,
                    "facts": [f.to_json(text) for f in facts]})
    return out


def score(only_new: bool = False, verbose: bool = False, bars: list[str] | None = None) -> tuple[int, str]:
    """Run the scorer; (exit code, its output)."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "p.json"
        gold_dir = Path(tmp) / "gold"
        gold_dir.mkdir()
        pred.write_text(json.dumps(predictions(only_new), ensure_ascii=False), encoding="utf-8")
        for name, _, _, _, gold in load_articles(only_new):
            for fact in gold["facts"]:  # type: ignore[union-attr]
                fact.setdefault("quote", "")  # the first four articles' gold has no quotes; -v prints them
            (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(pred), str(gold_dir), *(["-v"] if verbose else []), *(bars or [])]
        result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    return result.returncode, result.stdout + result.stderr


if __name__ == "__main__":
    code, output = score(only_new="--new" in sys.argv, verbose="-v" in sys.argv)
    print(output, end="")
    sys.exit(code)
