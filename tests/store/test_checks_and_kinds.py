"""Consistency problems block approval until overridden with a written reason (stored, audited,
exported); a kind change keeps the fields the new kind does not have (SQLite, and PostgreSQL when a
server is configured)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from store_samples import add_sample

from app.domain.records import ExportFilter
from app.domain.schema import Kind
from app.store import Database, LockedError
from app.store.services import audit, export_rows, facts, review


def money_fact(db: Database) -> tuple[int, int]:
    """A sample document whose money fact says 58.7 yuan although the article wrote 58.7亿美元."""
    doc_id = add_sample(db)
    with db.session() as s:
        fact_id = facts.facts_of(s, doc_id)[1].id
        review.edit_fact(s, fact_id, {"value": 58.7, "value_text": "58.7亿美元"}, "ana")
        s.commit()
    return doc_id, fact_id


def test_a_consistency_problem_blocks_approval_until_overridden_with_a_reason(db: Database) -> None:
    doc_id, fact_id = money_fact(db)
    with db.session() as s:
        shown = review.load(s, doc_id).fact(fact_id)
        assert shown is not None and set(shown.problems()) == {"unit", "value"} == set(shown.checks())
        result = review.approve(s, doc_id, "ana")
        assert not result.approved
        assert result.problems[fact_id]["unit"] == "written as USD (58.7亿美元), but the unit is CNY"
        s.commit()
    with db.session() as s:
        view = review.override_checks(s, fact_id, "  the article's own table says 58.7 yuan  ", "ana",
                                      expected_version=shown.version)
        assert view.override_reason == "the article's own table says 58.7 yuan"
        assert view.problems() == {} and set(view.checks()) == {"unit", "value"}
        assert review.approve(s, doc_id, "ana").approved
        s.commit()
    with db.session() as s:
        event = [e for e in audit.events(s, document_id=doc_id) if e.action == "override"][-1]
        assert (event.user, event.fact_id, event.field, event.old_value) == ("ana", fact_id, "override_reason", None)
        assert event.new_value == "the article's own table says 58.7 yuan"
        record = next(r for r in export_rows.iter_facts(s, ExportFilter()) if r.id == fact_id)
        assert record.override_reason == "the article's own table says 58.7 yuan"
        with pytest.raises(LockedError):  # approved: the override is part of the record now
            review.override_checks(s, fact_id, None, "bob")


def test_withdrawing_the_override_blocks_again_and_validation_problems_cannot_be_overridden(db: Database) -> None:
    doc_id, fact_id = money_fact(db)
    with db.session() as s:
        review.override_checks(s, fact_id, "checked", "ana")
        review.override_checks(s, fact_id, "", "ana")
        assert not review.approve(s, doc_id, "ana").approved
        review.edit_fact(s, fact_id, {"indicator": ""}, "ana")
        view = review.override_checks(s, fact_id, "checked", "ana")
        assert view.problems() == {"indicator": "indicator is required"}
        assert review.approve(s, doc_id, "ana").problems == {fact_id: {"indicator": "indicator is required"}}


def test_the_approval_check_sees_the_document_region_and_published_date(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        fact_id = facts.facts_of(s, doc_id)[1].id
        review.edit_fact(s, fact_id, {"kind": "project", "investor": "Baotou"}, "ana")
        review.edit_document(s, doc_id, {"region": "Baotou"}, "ana")
        assert review.approve(s, doc_id, "ana").problems[fact_id] == {
            "investor": "the investor is the place (Baotou): name who invests"}


def test_kind_round_trip_keeps_subject_and_period(db: Database) -> None:
    doc_id = add_sample(db)
    with db.session() as s:
        fact_id = facts.facts_of(s, doc_id)[0].id
        review.edit_fact(s, fact_id, {"period": "2021年1-6月"}, "ana")
        as_project = review.edit_fact(s, fact_id, {"kind": Kind.PROJECT.value}, "ana")
        assert as_project.kind == "project"
        assert as_project.other_fields == {"subject": "Baotou", "indicator": "signed projects"}
        assert as_project.get("period") == "2021年1-6月"  # a project has a period too
        as_target = review.edit_fact(s, fact_id, {"kind": Kind.TARGET.value}, "ana")
        assert as_target.other_fields == {"period": "2021年1-6月"}
        s.commit()
    with db.session() as s:
        back = review.edit_fact(s, fact_id, {"kind": Kind.INDICATOR.value}, "ana")
        s.commit()
    with db.session() as s:
        stored = review.load(s, doc_id).fact(fact_id)
        assert stored is not None and stored == back
        assert (stored.kind, stored.get("subject"), stored.get("indicator"), stored.get("period")) == (
            "indicator", "Baotou", "signed projects", "2021年1-6月")
        assert stored.other_fields == {} and stored.problems() == {}
        kinds = [(e.old_value, e.new_value) for e in audit.events(s, document_id=doc_id) if e.field == "kind"]
        assert kinds == [("indicator", "project"), ("project", "target"), ("target", "indicator")]
        assert stored.value == Decimal(455)
