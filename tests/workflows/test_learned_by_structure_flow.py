"""What an analyst teaches is used by the structure of a later article, through the real import and review services
(SQLite and PostgreSQL; companies and sentences made up for this test):

- an English company the rules read as a sentence's subject without learning keeps its investment once learned
  (before, knowing it made "X said its plant is expected to cost N" an indicator with no investor);
- a Chinese company confirmed under its full name is recognised by the brand the article writes alone (鸿澜 of
  鸿澜新材料股份有限公司), as the subject of 总投资 over the rules' investor written after the amount, and as the
  owner of the project an amount's clause names (二期项目总投资…) in a Traditional article;
- a fact the analyst confirmed is never changed by Re-run Extraction, whatever was learned after."""

from __future__ import annotations

from pathlib import Path

from learning_support import import_one, write_article

from app.domain.knowledge import learned_entry
from app.extract import extract
from app.store import Database
from app.store.services import facts, review
from app.workflows.extracting import reextract

VELTRIX = "Veltrix Power Co., Ltd."
EN_A = "A 2-billion-yuan cathode plant broke ground in Yichang on Monday.\n"
EN_B = "Veltrix Power said its new cathode plant in the county is expected to cost about 3 billion yuan.\n"
HONGLAN = "鸿澜新材料股份有限公司"
ZH_A = "总投资50亿元的高镍正极材料项目在长沙开工，投资方为鸿澜新材料股份有限公司，鸿澜表示将加快建设。\n"
ZH_B = "3月初，鸿澜总投资40亿元的高镍正极材料及前驱体项目在湖南开工。\n"
HANT_C = "鴻瀾長沙正極材料產業園項目二期正式開工。\n二期項目總投資7億元，用地面積300畝。\n"


def _money(db: Database, doc_id: int) -> dict[float, facts.Fact]:
    with db.session() as s:
        return {float(f.value): f for f in facts.facts_of(s, doc_id) if f.unit == "CNY"}


def _teach(db: Database, tmp_path: Path, text: str, investor: str) -> None:
    """Article A: the rules find the project; the analyst types its investor."""
    (fact_a,) = _money(db, import_one(db, write_article(tmp_path / "a", "a.txt", text))).values()
    assert fact_a.kind == "project" and fact_a.fields["investor"] != investor
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"investor": investor}, "ana", expected_version=fact_a.version)
        s.commit()


def test_an_english_company_learned_keeps_its_investment(db: Database, tmp_path: Path) -> None:
    (alone,) = [d for d in extract(EN_B, "en") if d.unit == "CNY"]  # the rules, nothing learned
    _teach(db, tmp_path, EN_A, VELTRIX)
    fact = _money(db, import_one(db, write_article(tmp_path / "b", "b.txt", EN_B)))[3e9]
    assert fact.kind == "project" and fact.fields["investor"] == VELTRIX
    assert learned_entry(fact.origin) is not None
    assert alone.kind == "project"  # as the rules have it without learning: knowing the company costs nothing


def test_a_brand_the_article_writes_alone_is_the_learned_company(db: Database, tmp_path: Path) -> None:
    _teach(db, tmp_path, ZH_A, HONGLAN)
    fact = _money(db, import_one(db, write_article(tmp_path / "b", "b.txt", ZH_B)))[4e9]
    assert (fact.kind, fact.fields["investor"]) == ("project", "鸿澜")
    assert learned_entry(fact.origin) is not None
    phase = _money(db, import_one(db, write_article(tmp_path / "c", "c.txt", HANT_C)))[7e8]
    assert (phase.kind, phase.fields["investor"]) == ("project", "鴻瀾")
    assert learned_entry(phase.origin) is not None


def test_rerun_leaves_a_confirmed_investor(db: Database, tmp_path: Path) -> None:
    """B imported before anything was learned: the analyst confirms its amount with the rules' investor; after
    learning, Re-run Extraction changes nothing of it."""
    doc_b = import_one(db, write_article(tmp_path / "b", "b.txt", ZH_B))
    before = _money(db, doc_b)[4e9]
    with db.session() as s:
        review.confirm_fact(s, before.id, "ana")
        s.commit()
    _teach(db, tmp_path, ZH_A, HONGLAN)
    reextract(db, [doc_b], "ana")
    after = _money(db, doc_b)
    assert [f.id for f in after.values()] == [before.id]
    kept = after[4e9]
    assert kept.fields.get("investor") == before.fields.get("investor") and kept.origin == before.origin
    assert kept.status == "confirmed"
