"""An extractor's bug never passes for an article without facts: the import stores the document and its
report says extraction failed on it; `factdesk extract` says so on stderr and exits 1; re-running
extraction leaves a document's suggestions as they were when it fails on that document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app.extract
from app import cli
from app.store import Database
from app.store.services import documents, facts
from app.workflows.extracting import reextract
from app.workflows.importing import import_paths

GOOD = "The city signed 12 projects with a total investment of 3.5 billion yuan in 2024."
BAD = "Marker article: 40 projects worth 8 billion yuan were signed on Monday."


@pytest.fixture
def broken_on_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extractor, except that it raises on the marker article (as a bug in one rule would)."""
    real = app.extract.extract

    def extract(text: str, *args: object, **kw: object) -> list[object]:
        if text.startswith("Marker article"):
            raise IndexError("string index out of range")
        return real(text, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(app.extract, "extract", extract)


def write(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    return sorted(folder.iterdir())


def test_the_import_report_names_the_document_extraction_failed_on(db: Database, tmp_path: Path,
                                                                   broken_on_marker: None) -> None:
    write(tmp_path / "in")
    summary = import_paths(db, [tmp_path / "in"], "tester", workers=1)
    assert len(summary.imported) == 2 and not summary.failed  # the analyst's import goes on
    assert summary.warnings == [f"{tmp_path / 'in' / 'bad.txt'}: extraction failed (IndexError: string index out "
                                "of range); imported without suggestions"]
    assert any("extraction failed" in line for line in summary.report_lines())
    with db.session() as s:
        counts = {Path(r.source).name: r.fact_count for r in documents.list_rows(s)}
    assert counts["bad.txt"] == 0 and counts["good.txt"] > 0


def test_factdesk_extract_says_it_and_exits_1(tmp_path: Path, broken_on_marker: None,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "in")
    code = cli.main(["extract", "--format", "json", str(tmp_path / "in")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "bad.txt: extraction failed (IndexError: string index out of range); its facts are missing" in err
    by_name = {Path(r["path"]).name: r for r in json.loads(out)}
    assert by_name["bad.txt"]["facts"] == [] and by_name["good.txt"]["facts"]  # every readable file is listed


def test_a_failed_rerun_leaves_the_suggestions_as_they_were(db: Database, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Marker article: " + GOOD, encoding="utf-8")
    import_paths(db, [folder], "tester", workers=1)
    with db.session() as s:
        (doc_id,) = [r.id for r in documents.list_rows(s)]
        before = [(f.id, f.value) for f in facts.facts_of(s, doc_id)]
    assert before  # the real extractor found the facts at import

    def broken(*_a: object, **_k: object) -> list[object]:
        raise IndexError("string index out of range")

    monkeypatch.setattr(app.extract, "extract", broken)
    lines: list[str] = []
    added = reextract(db, [doc_id], "tester", progress=lambda _d, _t, m: lines.append(m))
    assert added == 0
    assert lines[-1] == "0 suggestions; extraction failed on 1 documents, left as they were (see the log)"
    with db.session() as s:
        assert [(f.id, f.value) for f in facts.facts_of(s, doc_id)] == before
