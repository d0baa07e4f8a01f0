"""The queue's search matches Simplified and Traditional forms and English in any case, on SQLite
(FTS5 trigrams for three characters or more, a GLOB pattern below) and PostgreSQL (a regex)."""

from __future__ import annotations

from pathlib import Path

from app.domain.queue import QueueFilter
from app.store import Database
from app.store.services import queue
from app.workflows.importing import import_paths

ARTICLES = {
    "hant.txt": "呼和浩特市招商引資大會召開，簽約項目38個，協議投資額達120億元。",
    "hans.txt": "包头市招商引资推介会举行，签约项目12个，总投资86亿元。",
    "en.txt": "Baotou signs INVESTMENT agreements worth 3 billion yuan for new energy projects.",
    "other.txt": "Ordos reports steady growth in coal output for the first half of the year.",
}


def _seed(db: Database, tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    summary = import_paths(db, [folder], "importer")
    assert not summary.failed
    return {Path(path).name: doc_id for path, doc_id in summary.imported}


def _found(db: Database, term: str) -> set[int]:
    with db.session() as s:
        return set(queue.ids(s, QueueFilter(search=term)))


def test_both_scripts_and_any_case_match(db: Database, tmp_path: Path) -> None:
    ids = _seed(db, tmp_path)
    chinese = {ids["hant.txt"], ids["hans.txt"]}
    assert _found(db, "项目") == chinese  # two characters (pattern), Simplified query
    assert _found(db, "項目") == chinese  # Traditional query
    assert _found(db, "招商引资") == chinese  # trigram index, Simplified query finds Traditional text
    assert _found(db, "招商引資") == chinese
    assert _found(db, "包頭市") == {ids["hans.txt"]}
    assert _found(db, "investment") == {ids["en.txt"]}  # English, any case
    assert _found(db, "Investment Agreements") == {ids["en.txt"]}
    assert _found(db, "ba") >= {ids["en.txt"]}
    assert _found(db, "煤炭") == set()
    for syntax in ('Baotou "city', "100%", "*", "[项", "a_b", "\\", "]"):
        assert _found(db, syntax) == set(), syntax  # quotes, wildcards and brackets are text, not syntax


def test_a_query_with_many_spellings_is_checked_in_full(db: Database, tmp_path: Path) -> None:
    """Beyond 64 spellings the index narrows by a prefix and the pattern checks the whole term."""
    ids = _seed(db, tmp_path)
    long_query = "呼和浩特市招商引资大会召开，签约项目38个，协议投资额达120亿元"
    assert _found(db, long_query) == {ids["hant.txt"]}
    assert _found(db, long_query.replace("120", "121")) == set()
