"""Seed articles as display text (read with `app.ingest.read_document`, as import and
`factdesk extract` read them), and the extract JSON for them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from app.extract import extract
from app.ingest import read_document

SEED_DIR = Path(str(resources.files("app.seeds")))
GOLD_DIR = SEED_DIR / "gold"


@dataclass
class Seed:
    path: Path
    name: str
    text: str
    language: str
    published: dt.date | None
    title: str | None
    outlet: str | None


def load_seeds() -> list[Seed]:
    out = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        doc = read_document(path)
        out.append(Seed(path, path.stem, doc.display_text, doc.language, doc.published, doc.title, doc.outlet))
    return out


def predictions(seeds: list[Seed] | None = None) -> list[dict[str, object]]:
    """The `factdesk extract --format json` array for the seeds."""
    out = []
    for s in seeds or load_seeds():
        facts = extract(s.text, s.language, s.published)
        out.append({"path": str(s.path), "language": s.language, "title": s.title,
                    "published": s.published.isoformat() if s.published else None, "outlet": s.outlet,
                    "facts": [f.to_json(s.text) for f in facts]})
    return out


if __name__ == "__main__":
    print(json.dumps(predictions(), ensure_ascii=False, indent=1))
