"""Region codes and period dates in the store (SQLite and PostgreSQL): derived when facts are added,
re-derived when the published date, region or a fact's place or period changes; region filters that
accept any alias; the document problem of a relative period without a published date."""

from __future__ import annotations

import hashlib
from datetime import date

from app.domain.periods import document_problems
from app.domain.records import ExportFilter
from app.domain.schema import DocStatus, FactDraft, Kind, Span
from app.store import Database
from app.store.services import documents, export_rows, facts, queue, review

ZH = "包頭市上半年地區生產總值增長8.5%。去年引進項目120個。上海華誼集團投資50億元的煤化工項目落戶九原區。"
SH = "上海市一季度吸引外资增长10%。"


def new_doc(text: str, published: date | None, region: str | None = None) -> documents.NewDocument:
    return documents.NewDocument(
        content_hash=hashlib.sha256(text.encode()).hexdigest(), source=None, raw_text=text, display_text=text,
        offset_map=[[0, 0, len(text)]], language="zh-Hant", title=text[:6], published=published,
    )


def baotou_drafts() -> list[FactDraft]:
    return [
        FactDraft(Kind.INDICATOR, {"subject": "包頭市", "indicator": "GDP growth", "period": "上半年"}, 8.5, "percent",
                  [Span(0, 20)], 0.8, "rules", region_code="150200", period_text="上半年"),
        FactDraft(Kind.INDICATOR, {"subject": "包頭市", "indicator": "projects", "period": "去年"}, 120, "count",
                  [Span(20, 30)], 0.8, "rules", period_text="去年"),
        FactDraft(Kind.PROJECT, {"investor": "上海華誼集團", "location": "九原區", "period": None}, 5e9, "CNY",
                  [Span(31, 60)], 0.8, "rules"),
    ]


def add(db: Database, text: str, published: date | None, drafts: list[FactDraft]) -> int:
    with db.session() as s:
        doc_id = documents.add(s, new_doc(text, published), "importer", drafts).id
        s.commit()
        return doc_id


def test_codes_and_period_dates_are_stored(db: Database) -> None:
    doc_id = add(db, ZH, date(2021, 7, 24), baotou_drafts())
    with db.session() as s:
        doc = documents.get(s, doc_id)
        assert doc.region == "包頭市" and doc.region_code == "150200"
        gdp, projects, plant = facts.facts_of(s, doc_id)
        assert (gdp.region_code, gdp.period_text, gdp.period_start, gdp.period_end) == (
            "150200", "上半年", date(2021, 1, 1), date(2021, 6, 30))
        # no code from the extractor: resolved from the subject; 去年 against the published date
        assert (projects.region_code, projects.period_start, projects.period_end) == (
            "150200", date(2020, 1, 1), date(2020, 12, 31))
        # 九原區: the Baotou district, not the investor's Shanghai
        assert plant.region_code == "150207" and plant.period_start is None


def test_periods_resolve_once_the_published_date_is_set(db: Database) -> None:
    doc_id = add(db, ZH, None, baotou_drafts())
    with db.session() as s:
        rows = facts.facts_of(s, doc_id)
        assert [f.period_start for f in rows] == [None, None, None]
        problems = review.remaining_problems(s, doc_id)
        assert problems[rows[0].id]["period"].startswith("the published date is needed to resolve '上半年'")
        assert rows[2].id not in problems
        result = review.approve(s, doc_id, "ana")
        assert not result.approved
        view = review.load(s, doc_id)
        assert document_problems(view.published, [f.fields.get("period") for f in view.facts]) == {
            "published": "the published date is needed to resolve 上半年, 去年: set it in the document's details"}

        review.edit_document(s, doc_id, {"published": date(2022, 8, 1)}, "ana")
        s.commit()
    with db.session() as s:
        gdp, projects, _ = facts.facts_of(s, doc_id)
        assert (gdp.period_start, gdp.period_end) == (date(2022, 1, 1), date(2022, 6, 30))
        assert (projects.period_start, projects.period_end) == (date(2021, 1, 1), date(2021, 12, 31))
        assert review.remaining_problems(s, doc_id) == {}
        view = review.load(s, doc_id)
        assert document_problems(view.published, [f.fields.get("period") for f in view.facts]) == {}


def test_edits_re_derive_codes_and_dates(db: Database) -> None:
    doc_id = add(db, ZH, date(2021, 7, 24), baotou_drafts())
    with db.session() as s:
        gdp = facts.facts_of(s, doc_id)[0]
        facts.update(s, gdp.id, {"subject": "Ordos", "period": "2021 Q3"}, "ana")
        s.commit()
    with db.session() as s:
        gdp = facts.facts_of(s, doc_id)[0]
        assert (gdp.region_code, gdp.period_text, gdp.period_start, gdp.period_end) == (
            "150600", "2021 Q3", date(2021, 7, 1), date(2021, 9, 30))
        # a period edit leaves the extractor's region code alone (and the other way round)
        plant = facts.facts_of(s, doc_id)[2]
        facts.update(s, plant.id, {"period": "2022"}, "ana")
        assert (plant.region_code, plant.period_text, plant.period_start) == ("150207", "2022", date(2022, 1, 1))
        review.edit_document(s, doc_id, {"region": "Hohhot"}, "ana")
        assert documents.get(s, doc_id).region_code == "150100"


def test_region_filters_accept_any_alias(db: Database) -> None:
    baotou = add(db, ZH, date(2021, 7, 24), baotou_drafts())
    shanghai = add(db, SH, date(2021, 4, 20), [
        FactDraft(Kind.INDICATOR, {"subject": "上海市", "indicator": "FDI growth", "period": "2021-01-01/2021-03-31"},
                  10, "percent", [Span(0, 10)], 0.8, "rules")])
    with db.session() as s:
        for doc_id in (baotou, shanghai):
            documents.set_status(s, doc_id, DocStatus.APPROVED, "bo")
        s.commit()
    with db.session() as s:
        for alias in ("包头", "baotou", "包頭市", "Baotou City", "150200", "内蒙古", "Inner Mongolia"):
            f = ExportFilter.parse(region=alias)
            assert {d.id for d in export_rows.iter_documents(s, f)} == {baotou}, alias
            assert {r.document_id for r in export_rows.iter_facts(s, f)} == {baotou}, alias
            assert queue.ids(s, queue.QueueFilter(region=alias)) == [baotou], alias
        # a district takes only what is in it: the project built in 九原区 (its document is Baotou's)
        f = ExportFilter.parse(region="九原区")
        assert [(r.region_code, r.region_name_en) for r in export_rows.iter_facts(s, f)][-1] == (
            "150207", "Jiuyuan District")
        f = ExportFilter.parse(region="Shanghai")
        assert {d.id for d in export_rows.iter_documents(s, f)} == {shanghai}
        rec = next(export_rows.iter_facts(s, f))
        assert (rec.region_code, rec.region_name_en, rec.period_start, rec.period_end) == (
            "310000", "Shanghai", date(2021, 1, 1), date(2021, 3, 31))
        doc_rec = next(export_rows.iter_documents(s, f))
        assert (doc_rec.region_code, doc_rec.region_name_en) == ("310000", "Shanghai")
        assert ExportFilter.parse(region="包頭").describe()[3][1].startswith("包头市 / Baotou (150200)")


def test_every_spelling_of_baotou_and_its_zone_exports_one_code(db: Database) -> None:
    spellings = ["包头", "包頭", "Baotou", "Baotou City", "包头市", "包头稀土高新区",
                 "Baotou Rare Earth High-tech Zone"]
    text = "。".join(spellings)
    drafts = [FactDraft(Kind.INDICATOR, {"subject": name, "indicator": "projects", "period": "上半年"}, i + 1, "count",
                        [Span(0, 2)], 0.8, "rules") for i, name in enumerate(spellings)]
    doc_id = add(db, text, date(2021, 7, 24), drafts)
    with db.session() as s:
        documents.set_status(s, doc_id, DocStatus.APPROVED, "bo")
        s.commit()
        rows = list(export_rows.iter_facts(s, ExportFilter()))
    assert {(r.region_code, r.region_name_en) for r in rows} == {("150200", "Baotou")}
    assert {(r.period_text, r.period_start, r.period_end) for r in rows} == {
        ("上半年", date(2021, 1, 1), date(2021, 6, 30))}
    assert [r.fields["subject"] for r in rows] == spellings  # the words of the article stay as written


def test_the_queue_offers_one_region_per_place(db: Database) -> None:
    add(db, ZH, date(2021, 7, 24), baotou_drafts())  # region 包頭市
    add(db, "Baotou City signed 12 projects. " * 2, date(2021, 7, 25), [
        FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "projects"}, 12, "count", [Span(0, 5)], 0.8, "r")])
    add(db, "Baotou signed 3 more projects.", date(2021, 7, 26), [
        FactDraft(Kind.INDICATOR, {"subject": "Baotou", "indicator": "projects"}, 3, "count", [Span(0, 5)], 0.8, "r")])
    add(db, "The Moon base", date(2021, 7, 27), [
        FactDraft(Kind.INDICATOR, {"subject": "Moon base", "indicator": "projects"}, 3, "count", [Span(0, 5)], 0.8,
                  "r")])
    with db.session() as s:
        assert queue.facets(s).regions == ["Baotou", "Moon base"]
        assert len(queue.ids(s, queue.QueueFilter(region="Baotou"))) == 3
        assert len(queue.ids(s, queue.QueueFilter(region="Moon base"))) == 1
