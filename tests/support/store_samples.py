"""A sample document with three suggested facts (two indicators, one person), stored through the
services: what the store tests of approval, locking and exact numbers start from."""

from __future__ import annotations

import hashlib
from datetime import date

from app.domain.schema import FactDraft, Kind, Span
from app.store import Database
from app.store.services import documents

TEXT = "Baotou signed 455 projects worth 579.9 billion yuan. Zhang Rui, the mayor, said so."


def new_doc(text: str = TEXT) -> documents.NewDocument:
    return documents.NewDocument(
        content_hash=hashlib.sha256(text.encode()).hexdigest(), source="/tmp/a.txt", raw_text=text,
        display_text=text, offset_map=[[0, 0, len(text)]], language="en", title="Baotou",
        published=date(2021, 7, 24),
    )


def drafts() -> list[FactDraft]:
    return [
        FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "signed projects"}, 455, "count",
                  [Span(14, 26)], 0.8, "rules"),
        FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "agreed investment"}, 579_900_000_000,
                  "CNY", [Span(33, 51)], 0.4, "rules"),
        FactDraft(Kind.PERSON, {"name": "Zhang Rui", "role": "mayor"}, None, None, [Span(53, 62)], 0.9, "rules"),
    ]


def add_sample(db: Database, text: str = TEXT, with_facts: bool = True) -> int:
    with db.session() as s:
        doc = documents.add(s, new_doc(text), "tester", drafts() if with_facts else [])
        s.commit()
        return doc.id
