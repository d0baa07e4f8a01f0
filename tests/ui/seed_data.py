"""Test data for the review window: the seed articles, through the real import when the readers and
extractors are present, else stored with the store services and the gold facts as suggestions (so the
window can be tested before `app.ingest` and `app.extract` land)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path

from app.domain.schema import FactDraft, Kind, Span
from app.store import Database
from app.store.services import documents

SEEDS = Path(__file__).resolve().parents[2] / "src" / "app" / "seeds"


def _present(module: str) -> bool:
    spec = importlib.util.find_spec(module)
    return spec is not None and spec.origin not in (None, "namespace")


def pipeline_available() -> bool:
    return _present("app.ingest") and _present("app.extract")


def gold_drafts(text: str, gold: dict) -> list[FactDraft]:
    drafts: list[FactDraft] = []
    for i, fact in enumerate(gold["facts"]):
        start = text.find(fact["quote"])
        if start < 0:
            continue
        kind = Kind(fact["kind"])
        fields: dict[str, str | None] = {}
        if kind in (Kind.INDICATOR, Kind.TARGET):
            fields["indicator"] = fact.get("indicator") or " ".join(fact["quote"].split()[:6])[:60]
        if kind is Kind.PROJECT:
            fields["investor"] = fact.get("investor")
            fields["project"] = " ".join(fact["quote"].split()[:8])[:80]
        confidence = round(0.35 + ((i * 0.23) % 0.6), 2)
        drafts.append(FactDraft(kind, fields, float(fact["value"]), fact["unit"],
                                [Span(start, start + len(fact["quote"]))], confidence, "gold"))
    for person in gold.get("people", []):
        start = text.find(person["name"])
        if start < 0:
            continue
        drafts.append(FactDraft(Kind.PERSON, {"name": person["name"], "role": person.get("role")}, None, None,
                                [Span(start, start + len(person["name"]))], 0.9, "gold"))
    return drafts


def store_seeds_with_gold(db: Database, user: str = "importer") -> list[int]:
    ids: list[int] = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((SEEDS / "gold" / (path.stem + ".json")).read_text(encoding="utf-8"))
        title = text.strip().splitlines()[0][:120]
        new = documents.NewDocument(
            content_hash=hashlib.sha256(text.encode()).hexdigest(), source=str(path), raw_text=text,
            display_text=text, offset_map=[[0, 0, len(text)]], language=gold["language"], title=title,
            published=date(2021, 7, 24) + timedelta(days=30 * i),
        )
        with db.session() as s:
            doc = documents.add(s, new, user, gold_drafts(text, gold))
            s.commit()
            ids.append(doc.id)
    return ids


def load_seeds(db: Database, user: str = "importer") -> list[int]:
    """The seed documents' ids, imported the real way when possible."""
    if pipeline_available():
        from app.workflows.importing import import_paths

        summary = import_paths(db, [SEEDS], user)
        assert not summary.failed, summary.failed
        return [doc_id for _path, doc_id in summary.imported]
    return store_seeds_with_gold(db, user)
