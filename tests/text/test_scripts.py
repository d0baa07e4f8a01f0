"""app.text: the Simplified/Traditional character tables shipped as package data, what reading and
extraction get from them, and the loud failure when a table is missing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from app import text as scripts
from app.extract import extract
from app.ingest import detect_language
from app.text import ScriptTableError

ROOT = Path(__file__).resolve().parents[2]
SIMPLIFIED = ("呼和浩特市招商引资大会召开后，全市新引进招商项目178个，协议投资额达2088.26亿元。上半年，和林格尔新区"
              "签约项目投资50亿元，同比增长12.5%。市长王晓明表示，要推进项目落地。")
TRADITIONAL = ("呼和浩特市招商引資大會召開後，全市新引進招商項目178個，協議投資額達2088.26億元。上半年，和林格爾新區"
               "籤約項目投資50億元，同比增長12.5%。市長王曉明表示，要推進項目落地。")
# What extraction found in TRADITIONAL before the tables moved into app.text (and finds in SIMPLIFIED).
EXPECTED = [
    ("indicator", "count", 178, (15, 28), "new projects"),
    ("indicator", "CNY", 208_826_000_000, (29, 44), "agreed investment"),
    ("indicator", "CNY", 5_000_000_000, (59, 65), "investment"),
    ("indicator", "percent", 12.5, (59, 75), "investment growth"),
    ("person", None, None, (76, 81), None),
]


def facts_of(text: str, language: str) -> list[tuple[object, ...]]:
    return [(f.kind.value, f.unit, f.value, (f.evidence[0].start, f.evidence[0].end), f.fields.get("indicator"))
            for f in extract(text, language, dt.date(2023, 7, 1))]


def test_the_tables_ship_in_the_package() -> None:
    data = resources.files("app.text").joinpath("data")
    assert {"ts_characters.tsv", "st_characters.tsv", "LICENSE-OpenCC.txt"} <= {p.name for p in data.iterdir()}
    ts, st = scripts.to_simplified_table(), scripts.to_traditional_table()
    assert len(ts) > 4000 and len(st) > 3800
    assert (ts["國"], ts["資"], ts["億"], st["国"], st["资"]) == ("国", "资", "亿", "國", "資")
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in ts.items())


def test_conversion_and_counts() -> None:
    assert scripts.to_traditional(SIMPLIFIED) == TRADITIONAL
    assert len(scripts.to_traditional(SIMPLIFIED)) == len(SIMPLIFIED)
    assert scripts.traditional_only("國資億元") == 3 and scripts.simplified_only("國資億元") == 0
    assert scripts.simplified_only("国资亿元") == 3 and scripts.traditional_only("国资亿元") == 0
    assert detect_language(TRADITIONAL) == "zh-Hant" and detect_language(SIMPLIFIED) == "zh-Hans"


def test_traditional_text_extracts_the_same_facts() -> None:
    assert facts_of(TRADITIONAL, "zh-Hant") == EXPECTED
    assert facts_of(SIMPLIFIED, "zh-Hans") == EXPECTED


def test_a_missing_table_raises() -> None:
    with pytest.raises(ScriptTableError, match=r"table no_such\.tsv cannot be read, reinstall FactDesk \(FileNotFound"):
        scripts.load_table("no_such.tsv")


@pytest.mark.parametrize(("content", "message"), [
    (None, "ts_characters.tsv cannot be read"),
    ("# only a comment\n", "ts_characters.tsv is empty, reinstall FactDesk"),
    ("國\t国国\n", r"ts_characters.tsv, line 1: expected 'character<TAB>character'"),
])
def test_an_installation_without_a_good_table_fails_loudly(tmp_path: Path, content: str | None, message: str) -> None:
    """The package copied without (or with a damaged) Traditional→Simplified table: extracting a
    Traditional text and `factdesk extract` stop with the error instead of finding fewer facts."""
    shutil.copytree(ROOT / "src" / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    table = tmp_path / "app" / "text" / "data" / "ts_characters.tsv"
    table.unlink()
    if content is not None:
        table.write_text(content, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    code = (f"import datetime, app, app.extract as x; assert app.__file__.startswith({str(tmp_path)!r}); "
            f"x.extract({TRADITIONAL!r}, 'zh-Hant', datetime.date(2023, 7, 1))")
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1
    assert res.stderr.strip().splitlines()[-1].startswith("app.text.scripts.ScriptTableError: character table")
    assert message.replace("\\", "") in res.stderr.replace("\\", "")

    article = tmp_path / "zh.txt"
    article.write_text(TRADITIONAL, encoding="utf-8")
    cli = subprocess.run([sys.executable, "-m", "app", "extract", "--format", "json", str(article)], env=env,
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert cli.returncode == 1 and cli.stdout.strip() == "[]"
    assert cli.stderr.startswith("failed: cannot read file (ScriptTableError: character table ts_characters.tsv")
    assert "reinstall FactDesk" in cli.stderr and len(cli.stderr.splitlines()) == 1, cli.stderr


def test_the_shipped_tables_are_those_the_script_makes() -> None:
    """scripts/make_script_tables.py regenerates them from the OpenCC data (test extra) identically."""
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_script_tables.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
