"""`factdesk --self-test` and `--startup-time` from the sources: the same code the installers' tests
run from the frozen bundle."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from app import cli as cli_module
from app import config, selftest

OK_LINE = re.compile(
    r"^self-test ok: (?P<docs>\d+) documents, (?P<facts>\d+) facts, read (?P<formats>[a-z/]+), "
    r"workbook (?P<sheets>\d+) sheets \((?P<rows>\d+) rows\), (?P<secs>\d+\.\d) s$"
)


def test_flags_select_their_handlers() -> None:
    parser = cli_module.build_parser()
    assert parser.parse_args(["--self-test"]).handler is cli_module.cmd_self_test
    assert parser.parse_args(["--startup-time"]).handler is cli_module.cmd_startup_time
    assert parser.parse_args([]).handler is cli_module.cmd_gui


@pytest.mark.slow
def test_self_test_from_source_passes(cli, seeds_dir: Path, _private_data_dir: Path) -> None:  # noqa: ANN001
    res = cli("--self-test", env={"QT_QPA_PLATFORM": ""})  # the self-test picks offscreen itself
    lines = res.stdout.splitlines()
    assert res.returncode == 0, (res.stdout, res.stderr)
    assert len(lines) == 1, res.stdout
    m = OK_LINE.match(lines[0])
    assert m, lines[0]
    assert int(m["docs"]) == len(list(seeds_dir.glob("*.txt")))
    assert int(m["facts"]) > 0
    assert m["formats"] == "html/docx/pdf"
    assert int(m["sheets"]) >= len(selftest.EXPECTED_SHEETS)
    assert int(m["rows"]) > int(m["docs"])
    # It works in a temporary folder of its own: the user's data folder stays empty.
    assert list(_private_data_dir.iterdir()) == []


def test_a_failing_step_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import app.workflows.importing as importing

    empty = tmp_path / "no-articles"
    empty.mkdir()
    monkeypatch.setattr(importing, "demo_corpus_dir", lambda: empty)
    before = os.environ[config.ENV_DATA_DIR]
    ok, line = selftest.run_self_test()
    assert not ok
    assert line == f"self-test failed: demo corpus: no articles in {empty}"
    assert os.environ[config.ENV_DATA_DIR] == before


def test_an_extractor_that_fails_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Import swallows an extractor's exception (the analyst's import goes on); the self-test must
    still report it, since it is how a bundle missing a data file shows."""
    import app.extract

    def broken(*_args: object, **_kw: object) -> list[object]:
        raise FileNotFoundError("opencc dictionary missing")

    monkeypatch.setattr(app.extract, "extract", broken)
    ok, line = selftest.run_self_test()
    assert not ok
    assert line.startswith("self-test failed: extraction: extraction failed: FileNotFoundError: opencc"), line


def test_a_reader_that_loses_the_text_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    import app.ingest
    from app.ingest import read_document

    def lossy(path: Path):  # noqa: ANN202 - the reader's own return type
        doc = read_document(path)
        return dataclasses.replace(doc, display_text="") if path.suffix == ".docx" else doc

    monkeypatch.setattr(app.ingest, "read_document", lossy)
    ok, line = selftest.run_self_test()
    assert not ok
    assert line.startswith("self-test failed: readers: .docx read without its text"), line


def test_exit_code_and_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "run_self_test", lambda: (False, "self-test failed: export: disk full"))
    assert cli_module.main(["--self-test"]) == 1
    assert capsys.readouterr().out == "self-test failed: export: disk full\n"
    monkeypatch.setattr(selftest, "run_self_test", lambda: (True, "self-test ok: ..."))
    assert cli_module.main(["--self-test"]) == 0


@pytest.mark.slow
def test_startup_time_prints_when_the_window_is_shown(cli, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "startup.sqlite3"
    before = time.time()
    res = cli("--startup-time", "--db", str(db), env={"QT_QPA_PLATFORM": "offscreen"})
    after = time.time()
    assert res.returncode == 0, (res.stdout, res.stderr)
    m = re.fullmatch(r"window shown at (\d+\.\d{3})\n", res.stdout)
    assert m, res.stdout
    assert before <= float(m[1]) <= after
    assert db.exists()  # a normal start: the database was created and migrated
