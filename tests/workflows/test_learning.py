"""Learning from corrections: an investor, label or region an analyst set teaches extraction, for
documents imported afterwards (store services, workflows, workbook corrections, the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from apply_helpers import apply, edit, export_all
from learning_support import import_one, write_article

from app.domain.knowledge import KIND_LABEL, KIND_ORG, KIND_REGION, learned_entry
from app.review import Workspace
from app.store import Database
from app.store.services import documents, facts, knowledge, review
from app.workflows.extracting import reextract

# the investor by a short name the article gives no legal form (the rules read a name written once with one,
# app.extract.document_orgs); the analyst types the full name
ARTICLE_A = "包头市今年开工总投资50亿元的锂电池正极材料项目，投资方为星辰新能源。\n"
ARTICLE_B = "总投资30亿元的储能电池项目在鄂尔多斯开工，星辰新能源将建设两条生产线。\n"
ARTICLE_B_HANT = "總投資30億元的儲能電池項目在鄂爾多斯開工，星辰新能源將建設兩條生產線。\n"
INVESTOR = "星辰新能源科技有限公司"


def _project(db: Database, doc_id: int) -> facts.Fact:
    with db.session() as s:
        found = [f for f in facts.facts_of(s, doc_id) if f.kind == "project"]
        assert len(found) == 1
        return found[0]


def test_an_investor_set_in_article_a_is_found_in_article_b(db: Database, tmp_path: Path) -> None:
    a = import_one(db, write_article(tmp_path / "a", "a.txt", ARTICLE_A))
    fact_a = _project(db, a)
    assert fact_a.fields["investor"] is None  # the rules do not find it
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"investor": INVESTOR}, "ana", expected_version=fact_a.version)
        s.commit()
        (entry,) = knowledge.entries(s)
        assert (entry.kind, entry.value, entry.fact_id, entry.user) == (KIND_ORG, INVESTOR, fact_a.id, "ana")
        assert "星辰新能源" in entry.aliases and entry.at is not None
    for name, text in (("b.txt", ARTICLE_B), ("b-hant.txt", ARTICLE_B_HANT)):
        b = import_one(db, write_article(tmp_path / "b", name, text))
        fact_b = _project(db, b)
        assert fact_b.fields["investor"] == INVESTOR
        assert learned_entry(fact_b.origin) == ("investor", entry.id)
        assert fact_b.origin.startswith("learned")


def test_a_confirmed_investor_is_learned_and_deleting_it_unlearns(db: Database, tmp_path: Path) -> None:
    ws = Workspace(db, "ana")
    ws.import_paths([write_article(tmp_path / "a", "a.txt", "总投资50亿元的星辰新能源电池项目在包头开工。\n")])
    doc = ws.document(ws.queue_ids()[0])
    (project,) = [f for f in doc.facts if f.kind == "project"]
    assert project.fields["investor"] == "星辰"  # what the rules found, confirmed as it is
    ws.set_fact_status(project.id, "confirmed", expected_version=project.version)
    with db.session() as s:
        (entry,) = knowledge.entries(s)
        assert entry.value == "星辰"
        knowledge.delete(s, entry.id)
        s.commit()
        assert knowledge.entries(s) == []


def test_label_and_region_corrections_are_learned(db: Database, tmp_path: Path) -> None:
    text = "2023年，包头市规上工业产值增长15.2%。\n"
    a = import_one(db, write_article(tmp_path / "a", "a.txt", text))
    with db.session() as s:
        fact = next(f for f in facts.facts_of(s, a) if f.kind == "indicator")
        old_label, old_subject = fact.fields["indicator"], fact.fields["subject"]
        assert old_label and old_subject
        review.edit_fact(s, fact.id, {"indicator": "Industrial output growth", "subject": "Baotou"}, "ana",
                         expected_version=fact.version)
        s.commit()
        kinds = {(e.kind, e.value, tuple(e.aliases)) for e in knowledge.entries(s)}
    assert (KIND_LABEL, "Industrial output growth", (old_label,)) in kinds
    assert (KIND_REGION, "Baotou", (old_subject,)) in kinds
    b = import_one(db, write_article(tmp_path / "b", "b.txt", "2024年一季度，包头市规上工业产值增长9.1%。\n"))
    with db.session() as s:
        fact_b = next(f for f in facts.facts_of(s, b) if f.kind == "indicator")
        assert fact_b.fields["indicator"] == "Industrial output growth"
        assert fact_b.fields["subject"] == "Baotou"
        assert fact_b.origin.startswith("learned/")


def test_rerun_applies_what_was_learned_and_keeps_what_the_analyst_set(db: Database, tmp_path: Path) -> None:
    b = import_one(db, write_article(tmp_path / "b", "b.txt", ARTICLE_B + "2023年，包头市规上工业产值增长15.2%。\n"))
    with db.session() as s:
        rows = facts.facts_of(s, b)
        (project_b,) = [f for f in rows if f.kind == "project"]
        assert project_b.fields["investor"] != INVESTOR
        other = next(f for f in rows if f.kind == "indicator")
        review.edit_fact(s, other.id, {"subject": "Hand-set"}, "ana", expected_version=other.version)
        s.commit()
    a = import_one(db, write_article(tmp_path / "a", "a.txt", ARTICLE_A))
    fact_a = _project(db, a)
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"investor": INVESTOR}, "ana", expected_version=fact_a.version)
        s.commit()
    assert reextract(db, [b], "ana") >= 1
    with db.session() as s:
        rows = facts.facts_of(s, b)
        kept = [f for f in rows if f.id == other.id]
        assert kept and kept[0].fields["subject"] == "Hand-set" and kept[0].status == "edited"
        (project_b,) = [f for f in rows if f.kind == "project"]
        assert project_b.fields["investor"] == INVESTOR and project_b.origin.startswith("learned")


@pytest.mark.slow
def test_a_workbook_correction_teaches_factdeskimport_one(cli, tmp_path: Path) -> None:  # noqa: ANN001
    db_file = tmp_path / "team.sqlite3"
    assert cli("import", str(write_article(tmp_path / "a", "a.txt", ARTICLE_A)), "--db", str(db_file)).returncode == 0
    db = Database.open(f"sqlite:///{db_file}")
    try:
        (doc_a,) = _doc_ids(db)
        fact_a = _project(db, doc_a)
        with db.session() as s:
            review.begin_review(s, doc_a, "ana")
            s.commit()
        book = export_all(db, tmp_path / "out.xlsx")
        edit(book, [("Projects", fact_a.id, "Investor", INVESTOR), ("Projects", fact_a.id, "Status", "confirmed")])
        report = apply(db, book)
        assert report.text_lines()[-1].startswith("applied 1,"), report.text_lines()
    finally:
        db.dispose()
    res = cli("import", str(write_article(tmp_path / "b", "b.txt", ARTICLE_B)), "--db", str(db_file))
    assert res.returncode == 0, res.stderr
    db = Database.open(f"sqlite:///{db_file}")
    try:
        doc_b = max(_doc_ids(db))
        fact_b = _project(db, doc_b)
        assert fact_b.fields["investor"] == INVESTOR and fact_b.origin.startswith("learned/investor/")
    finally:
        db.dispose()


def _doc_ids(db: Database) -> list[int]:
    with db.session() as s:
        return list(documents.all_ids(s))
