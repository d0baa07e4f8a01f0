"""Seed articles as display text, for the extraction tests.

Uses `app.ingest.read_document` when the ingest package is available; until then a stand-in cleaner
that does what DESIGN.md says ingest does (pinyin annotations after CJK characters removed, contact
lines, "related reading" lists, advertisement and tag lines dropped).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from app.extract import extract

SEED_DIR = Path(str(resources.files("app.seeds")))
GOLD_DIR = SEED_DIR / "gold"
LANGUAGES = {"000": "en", "001": "en", "002": "zh-Hant", "003": "en", "004": "en"}
PUBLISHED = {"000": dt.date(2021, 7, 24), "001": dt.date(2020, 9, 25), "002": dt.date(2023, 4, 23),
             "003": None, "004": dt.date(2022, 4, 1)}

_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_DROP_LINE = re.compile(
    r"^\s*(?:-\s*Advertis\w*\s*-|For queries, please contact|For more information on how|data analysis$"
    r"|\(相[关關]资料图\)|\(相[關关][資资]料[圖图]\))",
    re.I,
)
_RELATED = re.compile(r"^\s*(?:相[关關][阅閱][读讀]|Related reading|Related articles)", re.I)


@dataclass
class Seed:
    path: Path
    name: str
    text: str
    language: str
    published: dt.date | None
    title: str


def clean(raw: str) -> str:
    text = _PINYIN.sub("", raw)
    lines = []
    for line in text.split("\n"):
        if _RELATED.match(line):
            break
        if _DROP_LINE.match(line):
            continue
        lines.append(line)
    return "\n".join(lines).strip() + "\n"


def load_seeds() -> list[Seed]:
    out = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        key = path.name[:3]
        try:
            from app.ingest import read_document  # type: ignore[attr-defined]

            doc = read_document(path)
            text = doc.display_text
            language = getattr(doc, "language", None) or LANGUAGES[key]
        except ImportError:
            text = clean(path.read_text(encoding="utf-8"))
            language = LANGUAGES[key]
        title = text.strip().split("\n", 1)[0][:200]
        out.append(Seed(path, path.stem, text, language, PUBLISHED[key], title))
    return out


def predictions(seeds: list[Seed] | None = None) -> list[dict[str, object]]:
    out = []
    for s in seeds or load_seeds():
        facts = extract(s.text, s.language, s.published)
        out.append({"path": str(s.path), "language": s.language, "title": s.title,
                    "published": s.published.isoformat() if s.published else None, "outlet": None,
                    "facts": [f.to_json(s.text) for f in facts]})
    return out


if __name__ == "__main__":
    print(json.dumps(predictions(), ensure_ascii=False, indent=1))
