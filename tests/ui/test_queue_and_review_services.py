"""The queue's queries (filter, sort, FTS5 and LIKE search, counts) and the review services."""

from __future__ import annotations

from datetime import date

from app.domain.schema import FactDraft, Kind, Span
from app.store import Database
from app.store.services import audit, queue, review


def test_filters_sort_and_counts(seeded_db: Database) -> None:
    with seeded_db.session() as s:
        every = queue.ids(s)
        assert every == sorted(every) and len(every) == 5
        newest_first = queue.ids(s, sort=queue.QueueSort("published", descending=True))
        rows = queue.rows(s, newest_first)
        dates = [rows[i].published for i in newest_first if rows[i].published]
        assert dates == sorted(dates, reverse=True)
        chinese = queue.ids(s, queue.QueueFilter(languages=("zh-Hant", "zh-Hans")))
        assert chinese and all(rows[i].language.startswith("zh") for i in chinese)
        window = queue.ids(s, queue.QueueFilter(published_from=date(2021, 8, 1), published_to=date(2021, 10, 31)))
        assert all(date(2021, 8, 1) <= rows[i].published <= date(2021, 10, 31) for i in window)
        assert queue.counts_by_status(s) == {"new": 5}
        assert queue.ids(s, queue.QueueFilter(statuses=("approved",))) == []
        region = rows[every[0]].region
        if region:
            assert every[0] in queue.ids(s, queue.QueueFilter(region=region))


def test_search_uses_trigrams_and_falls_back_to_like(seeded_db: Database) -> None:
    with seeded_db.session() as s:
        rows = queue.rows(s, queue.ids(s))
        hohhot = [i for i, r in rows.items() if "呼和浩特" in (r.title or "")]
        assert queue.ids(s, queue.QueueFilter(search="呼和浩特")) == hohhot  # FTS5 trigram, Chinese
        assert set(queue.ids(s, queue.QueueFilter(search="呼和"))) >= set(hohhot)  # two characters: LIKE
        assert queue.ids(s, queue.QueueFilter(search='Baotou "city')) == []  # quotes are escaped, not syntax
        assert queue.ids(s, queue.QueueFilter(search="100%")) == []
        assert len(queue.ids(s, queue.QueueFilter(search="investment"))) >= 3


def test_first_unreviewed_skips_reviewed_documents_and_wraps(seeded_db: Database) -> None:
    with seeded_db.session() as s:
        ids = queue.ids(s)
        review.reject_document(s, ids[1], "ana")
        review.flag(s, ids[2], "check", "ana")
        s.commit()
        assert queue.first_unreviewed(s, ids, 0) == 3
        assert queue.first_unreviewed(s, ids, 4) == 0


def test_approve_requires_valid_facts_and_reports_them_per_field(seeded_db: Database) -> None:
    with seeded_db.session() as s:
        doc = review.load(s, 1)
        fact = next(f for f in doc.facts if f.kind == "indicator")
        review.edit_fact(s, fact.id, {"unit": None, "indicator": ""}, "ana")
        result = review.approve(s, 1, "ana")
        assert not result.approved
        assert result.problems[fact.id] == {"unit": "a unit is required", "indicator": "indicator is required"}
        review.reject_fact(s, fact.id, "ana")
        added = review.add_fact(s, 1, FactDraft(Kind.PERSON, {"name": "Zhang Rui"}, evidence=[Span(0, 5)]), "ana")
        assert review.approve(s, 1, "ana").approved
        s.commit()
        view = review.load(s, 1)
        assert view.status == "approved" and view.fact(added.id) is not None
        actions = [e.action for e in audit.events(s, document_id=1)]
        assert actions[:2] == ["import", "status"] and actions[-1] == "status" and "add_fact" in actions


def test_document_fields_are_edited_with_audit(seeded_db: Database) -> None:
    with seeded_db.session() as s:
        review.edit_document(s, 2, {"title": "A better title", "published": date(2020, 1, 2)}, "ana")
        s.commit()
        view = review.load(s, 2)
        assert view.title == "A better title" and view.published == date(2020, 1, 2)
        fields = [(e.field, e.new_value) for e in audit.events(s, document_id=2) if e.action == "edit_document"]
        assert fields == [("title", "A better title"), ("published", "2020-01-02")]
