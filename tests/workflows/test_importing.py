"""The import workflow used by the command line and the window: demo corpus, progress, cancel."""

from __future__ import annotations

from pathlib import Path

from article_files import write_articles

from app.store import Database
from app.store.services import audit, documents
from app.workflows.importing import demo_corpus_dir, import_demo_if_empty, import_paths
from app.workflows.progress import CancelToken


def test_demo_corpus_is_imported_once_into_an_empty_database(db: Database) -> None:
    first = import_demo_if_empty(db, "tester")
    assert first is not None and len(first.imported) == 5 and not first.failed
    assert import_demo_if_empty(db, "tester") is None
    with db.session() as s:
        rows = documents.list_rows(s)
        assert len(rows) == 5 and all(r.fact_count > 0 for r in rows)
        assert [e.action for e in audit.events(s)].count("import") == 5


def test_demo_corpus_ships_with_its_gold_files() -> None:
    folder = demo_corpus_dir()
    assert len(list(folder.glob("*.txt"))) == 5
    assert len(list((folder / "gold").glob("*.json"))) == 5


def test_progress_is_reported_and_cancel_stops_between_files(db: Database, seeds_dir: Path) -> None:
    seen: list[tuple[int, int]] = []
    token = CancelToken()

    def progress(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if done == 2:
            token.cancel()

    summary = import_paths(db, [seeds_dir], "tester", progress=progress, cancel=token)
    assert summary.cancelled and len(summary.imported) == 3
    assert seen[:3] == [(0, 5), (1, 5), (2, 5)]
    with db.session() as s:
        assert documents.count(s) == 3
    rest = import_paths(db, [seeds_dir], "tester")
    assert len(rest.imported) == 2 and len(rest.duplicates) == 3


def test_a_pool_of_workers_stores_what_one_process_stores(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 40)
    rows = {}
    for workers in (1, 2):
        db = Database.open(f"sqlite:///{tmp_path / f'w{workers}.sqlite3'}")
        summary = import_paths(db, [folder], "tester", workers=workers)
        assert summary.line() == "imported 40, duplicates 0, failed 0"
        with db.session() as s:
            rows[workers] = [(Path(r.source or "").name, r.title, r.fact_count, r.language)
                             for r in documents.list_rows(s)]
        db.dispose()
    assert rows[1] == rows[2] and rows[1][0][0] == "a00000.txt"


def test_cancel_stops_the_pool_and_a_second_import_finishes(db: Database, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", 40)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, _message: str) -> None:
        seen.append(done)
        if done == 10:
            token.cancel()

    summary = import_paths(db, [folder], "tester", progress=progress, cancel=token, workers=2)
    assert summary.cancelled and len(summary.imported) == 11 and seen[:11] == list(range(11))
    rest = import_paths(db, [folder], "tester", workers=2)
    assert len(rest.imported) == 29 and len(rest.duplicates) == 11
