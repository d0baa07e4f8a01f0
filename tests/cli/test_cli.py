"""The command line as a user runs it: a real process, a real database file, the seed corpus."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

SCORER = Path(__file__).resolve().parents[2] / "tools" / "score_extraction.py"


def test_version_and_help(cli) -> None:  # noqa: ANN001
    out = cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"FactDesk {__version__}"
    for command in ([], ["import"], ["list"], ["extract"]):
        res = cli(*command, "--help")
        assert res.returncode == 0, res.stderr
        assert "usage: factdesk" in res.stdout


def test_import_seeds_twice_then_list(cli, seeds_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "f.sqlite3"
    first = cli("import", str(seeds_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().splitlines()[-1] == "imported 5, duplicates 0, failed 0"
    second = cli("--db", str(db), "import", str(seeds_dir))
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip().splitlines()[-1] == "imported 0, duplicates 5, failed 0"

    listed = cli("list", "--db", str(db), "--format", "json")
    rows = json.loads(listed.stdout)
    assert len(rows) == 5
    langs = {Path(r["source"]).name[:3]: r["language"] for r in rows}
    assert langs == {"000": "en", "001": "en", "002": "zh-Hant", "003": "en", "004": "en"}
    assert all(r["status"] == "new" and r["facts"] > 0 for r in rows)
    table = cli("list", "--db", str(db))
    assert table.returncode == 0 and "zh-Hant" in table.stdout and table.stdout.rstrip().endswith("5 documents")


def test_extract_json_is_read_by_the_scorer(cli, seeds_dir: Path, tmp_path: Path) -> None:  # noqa: ANN001
    db = tmp_path / "untouched.sqlite3"
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    res = cli("extract", "--format", "json", *files, env={"FACTDESK_DB": str(db)})
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert [Path(d["path"]).name for d in data] == [Path(f).name for f in files]
    first = data[0]
    assert first["language"] == "en" and first["published"] == "2021-07-24"
    assert set(first) >= {"path", "language", "title", "published", "outlet", "facts"}
    for doc in data:
        for fact in doc["facts"]:
            assert fact["kind"] in {"project", "indicator", "target", "person"}
            for ev in fact["evidence"]:
                assert ev["end"] > ev["start"] and ev["quote"]
    assert not db.exists(), "extract must not touch the database"
    pred = tmp_path / "p.json"
    pred.write_text(res.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORER), str(pred), str(seeds_dir / "gold")],
                            capture_output=True, text=True)
    assert scored.returncode == 0, scored.stdout + scored.stderr
    assert scored.stdout.strip().splitlines()[-1].startswith("recall ")


def _snapshot(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                       for t in ("documents", "facts", "audit_events"))
    conn.close()
    return counts  # type: ignore[return-value]


@pytest.mark.parametrize("args, message", [
    (["import", "{tmp}/missing.txt"], "no such file or folder"),
    (["import", "{tmp}/emptydir"], "no readable files"),
    (["import", "{tmp}/empty.txt"], "empty"),
])
def test_bad_paths_are_one_line_and_leave_the_database_alone(
    cli, tmp_path: Path, seeds_dir: Path, args: list[str], message: str,  # noqa: ANN001
) -> None:
    db = tmp_path / "f.sqlite3"
    assert cli("import", str(seeds_dir / "000_4cad672952d9ec44.txt"), "--db", str(db)).returncode == 0
    before = _snapshot(db)
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    res = cli(*[a.format(tmp=tmp_path) for a in args], "--db", str(db))
    assert res.returncode == 1
    errors = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and message in errors[0] and str(tmp_path) in errors[0], res.stderr
    assert "Traceback" not in res.stderr
    assert _snapshot(db) == before


def test_a_batch_goes_on_past_a_bad_file(cli, tmp_path: Path, seeds_dir: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((seeds_dir / "000_4cad672952d9ec44.txt").read_text("utf-8"), "utf-8")
    (folder / "b.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "c.txt").write_text((seeds_dir / "003_20e3c7c67477c13b.txt").read_text("utf-8"), "utf-8")
    res = cli("import", str(folder), "--db", str(tmp_path / "f.sqlite3"))
    assert res.returncode == 1
    assert res.stdout.strip().splitlines()[-1] == "imported 2, duplicates 0, failed 1"
    assert "b.txt" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("content", [b"", b"this is not a database at all\n" * 10])
def test_bad_database_files(cli, tmp_path: Path, seeds_dir: Path, content: bytes) -> None:  # noqa: ANN001
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(content)
    if not content:
        db.chmod(0o444)
    res = cli("import", str(seeds_dir), "--db", str(db))
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db) in lines[0], res.stderr
    assert ("read-only" if not content else "not a FactDesk database") in lines[0]
    assert db.read_bytes() == content
