"""Values the analyst set on a document stick: never recomputed from the facts (the derived value
stays a suggestion). Through the services and through the window's operations, on SQLite and
PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from store_samples import add_sample

from app.review import Workspace
from app.store import Database
from app.store.services import documents, facts, review

SEEDS = Path(__file__).resolve().parents[2] / "src" / "app" / "seeds"


def test_region_override_survives_ten_fact_edits_through_the_services(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        assert documents.get(s, doc_id).region == "Baotou"  # derived from the facts
        view = review.edit_document(s, doc_id, {"region": "Inner Mongolia"}, "ana", expected_version=1)
        s.commit()
        assert view.analyst_fields == frozenset({"region"})
    for i in range(10):
        with db.session() as s:
            fact = facts.facts_of(s, doc_id)[i % 2]
            review.edit_fact(s, fact.id, {"subject": f"Hohhot {i}"}, "ana", expected_version=fact.version)
            s.commit()
    with db.session() as s:
        view = review.load(s, doc_id)
        assert view.region == "Inner Mongolia"
        assert view.suggested_region in {"Hohhot 8", "Hohhot 9"}


def test_a_cleared_region_is_derived_again(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        review.edit_document(s, doc_id, {"region": "X"}, "ana")
        review.edit_document(s, doc_id, {"region": None}, "ana")
        fact = facts.facts_of(s, doc_id)[0]
        review.edit_fact(s, fact.id, {"subject": "Baotou"}, "ana")  # any edit recomputes
        review.edit_fact(s, fact.id, {"indicator": "projects"}, "ana")
        s.commit()
        view = review.load(s, doc_id)
        assert view.region == "Baotou" and view.analyst_fields == frozenset()


def test_region_override_survives_ten_fact_edits_through_the_workspace(db: Database) -> None:
    ws = Workspace(db, "analyst")
    ws.import_paths(sorted(SEEDS.glob("000_*.txt")))
    doc = ws.document(ws.queue_ids()[0])
    done = ws.edit_document(doc.id, {"region": "Hand-set region"}, expected_version=doc.version)
    assert done.document is not None and done.document.region == "Hand-set region"
    numeric = [f for f in done.document.facts if f.kind != "person"]
    assert numeric
    for i in range(10):
        fact = ws.document(doc.id).fact(numeric[i % len(numeric)].id)
        assert fact is not None
        ws.edit_fact(fact.id, {"subject": f"Somewhere {i}"}, expected_version=fact.version)
    after = ws.document(doc.id)
    assert after.region == "Hand-set region" and "region" in after.analyst_fields
    assert after.suggested_region is not None and after.suggested_region.startswith("Somewhere")
