"""Learning that generalises, through the real import and review services (SQLite and PostgreSQL): an
investor an analyst sets as a full legal name is found in later documents that write the organisation
short, in Traditional characters (given in them in Traditional characters) or by the brand the article
introduced; a corrected region resolves
later documents' places to its code; indicators never get an investor; what the analyst edited stays."""

from __future__ import annotations

from pathlib import Path

from learning_support import import_one, write_article

from app.domain.knowledge import KIND_ORG, KIND_REGION, learned_entry
from app.store import Database
from app.store.services import facts, knowledge, review
from app.text import to_traditional
from app.workflows.extracting import reextract

INVESTOR = "包头市华鼎稀土材料科技有限公司"
ARTICLE_A = "总投资50亿元的稀土永磁材料项目在包头开工，投资方为包头市华鼎稀土材料科技有限公司。\n"
# later articles write it short (without the place and the legal suffix), in Traditional characters
LATER = {
    "short.txt": "总投资20亿元的稀土抛光粉项目开工，华鼎稀土材料将建设三条生产线。\n",
    "hant.txt": "總投資20億元的稀土拋光粉項目開工，華鼎稀土材料將建設三條生產線。\n",
    "full-hant.txt": "總投資20億元的稀土拋光粉項目開工，包頭市華鼎稀土材料科技有限公司將建設三條生產線。\n",
}


def _of_kind(db: Database, doc_id: int, kind: str) -> list[facts.Fact]:
    with db.session() as s:
        return [f for f in facts.facts_of(s, doc_id) if f.kind == kind]


def _teach(db: Database, tmp_path: Path) -> int:
    """Article A: the rules find no investor; the analyst types the full legal name. Returns the entry id."""
    (fact_a,) = _of_kind(db, import_one(db, write_article(tmp_path / "a", "a.txt", ARTICLE_A)), "project")
    assert fact_a.fields["investor"] is None
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"investor": INVESTOR}, "ana", expected_version=fact_a.version)
        s.commit()
        (entry,) = knowledge.entries(s)
        assert entry.kind == KIND_ORG and entry.value == INVESTOR
        assert {"华鼎稀土材料", "華鼎稀土材料", "华鼎稀土材料科技有限公司"} <= set(entry.aliases)
        assert not {"包头市", "包头", "稀土材料"} & set(entry.aliases)
        return entry.id


def test_short_and_traditional_forms_in_later_articles_get_the_learned_investor(db: Database,
                                                                                 tmp_path: Path) -> None:
    entry_id = _teach(db, tmp_path)
    for name, text in LATER.items():
        (fact_b,) = _of_kind(db, import_one(db, write_article(tmp_path / "b", name, text)), "project")
        # the learned name, in the script the article writes it in
        assert fact_b.fields["investor"] == (to_traditional(INVESTOR) if "hant" in name else INVESTOR), name
        assert learned_entry(fact_b.origin) == ("investor", entry_id), name
        assert fact_b.status == "suggested"


def test_a_brand_the_article_introduces_is_learned(db: Database, tmp_path: Path) -> None:
    text = "内蒙古伊泰煤炭股份有限公司（以下简称“伊泰”）今日发布公告。总投资50亿元的煤制油项目在准格尔旗开工。\n"
    (fact_a,) = _of_kind(db, import_one(db, write_article(tmp_path / "a", "a.txt", text)), "project")
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"investor": "内蒙古伊泰煤炭股份有限公司"}, "ana",
                         expected_version=fact_a.version)
        s.commit()
        (entry,) = knowledge.entries(s)
        assert "伊泰" in entry.aliases
    later = "总投资12亿元的煤化工项目开工，伊泰将投资建设两套装置。\n"
    (fact_b,) = _of_kind(db, import_one(db, write_article(tmp_path / "b", "b.txt", later)), "project")
    assert fact_b.fields["investor"] == "内蒙古伊泰煤炭股份有限公司"
    assert learned_entry(fact_b.origin) == ("investor", entry.id)


def test_indicators_get_no_investor_and_an_edited_investor_stays(db: Database, tmp_path: Path) -> None:
    _teach(db, tmp_path)
    text = ("2023年，华鼎稀土材料营业收入增长15%。\n"
            "总投资20亿元的稀土抛光粉项目开工，华鼎稀土材料将建设三条生产线。\n")
    doc = import_one(db, write_article(tmp_path / "b", "b.txt", text))
    indicators = _of_kind(db, doc, "indicator")
    assert indicators and all("investor" not in (f.fields or {}) for f in indicators)
    assert all(not (f.origin or "").startswith("learned/investor") for f in indicators)
    (project,) = _of_kind(db, doc, "project")
    assert project.fields["investor"] == INVESTOR
    with db.session() as s:
        review.edit_fact(s, project.id, {"investor": "另一家公司"}, "ana", expected_version=project.version)
        s.commit()
    reextract(db, [doc], "ana")
    (project,) = _of_kind(db, doc, "project")
    assert project.fields["investor"] == "另一家公司" and project.status == "edited"


def test_a_corrected_region_resolves_later_documents_to_its_code(db: Database, tmp_path: Path) -> None:
    text = "In 2023, the industrial output of Jinding Industrial Park grew 15.2 percent.\n"
    (fact_a,) = _of_kind(db, import_one(db, write_article(tmp_path / "a", "a.txt", text)), "indicator")
    assert fact_a.fields["subject"] == "Jinding Industrial Park" and fact_a.region_code is None
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"subject": "Baotou"}, "ana", expected_version=fact_a.version)
        s.commit()
        (entry,) = knowledge.entries(s)
        assert (entry.kind, entry.value, entry.aliases) == (KIND_REGION, "Baotou", ["Jinding Industrial Park"])
    later = "In the first quarter of 2024, the industrial output of Jinding Industrial Park grew 9.1 percent.\n"
    (fact_b,) = _of_kind(db, import_one(db, write_article(tmp_path / "b", "b.txt", later)), "indicator")
    assert fact_b.fields["subject"] == "Baotou"
    assert fact_b.region_code == "150200"
    assert learned_entry(fact_b.origin) == ("subject", entry.id)


def test_a_local_place_name_added_to_a_region_entry_is_found_in_later_documents(db: Database,
                                                                                 tmp_path: Path) -> None:
    _test_region_entry(db, tmp_path)
    later = "2024年一季度，鹿城规上工业产值增长9.1%。\n"
    (fact_b,) = _of_kind(db, import_one(db, write_article(tmp_path / "c", "c.txt", later)), "indicator")
    assert fact_b.fields["subject"] == "包头市"
    assert fact_b.region_code == "150200"
    assert (fact_b.origin or "").startswith("learned/subject/")


def _test_region_entry(db: Database, tmp_path: Path) -> None:
    """A region entry learned from a correction, to which the analyst adds the local name 鹿城 (Baotou's
    nickname, which the gazetteer lacks) in the Knowledge view's service."""
    text = "In 2023, the industrial output of Jinding Industrial Park grew 15.2 percent.\n"
    (fact_a,) = _of_kind(db, import_one(db, write_article(tmp_path / "a", "a.txt", text)), "indicator")
    with db.session() as s:
        review.edit_fact(s, fact_a.id, {"subject": "包头市"}, "ana", expected_version=fact_a.version)
        (entry,) = knowledge.entries(s)
        knowledge.edit(s, entry.id, entry.value, [*entry.aliases, "鹿城"])
        s.commit()
