"""The oldest pip the README supports (pip 23.0, what Debian 12's python3.11 venv brings) installs
FactDesk from this checkout, non-editable, into a fresh virtual environment, and `factdesk import`
reads an HTML page there. pip 23 installs only what pyproject declares (it ignores extras such as
`lxml[html_clean]` that a newer lxml no longer provides), so an undeclared distribution shows here."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLDEST_PIP = "pip>=23.0,<23.1"  # README, Quickstart
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
                                     ".hypothesis", "bench", "docs", "tests", "*.sqlite3*")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Baotou signs 455 projects</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2021-07-24"></head>
<body><nav><a href="/">Home</a> <a href="/sports">Sports</a> <a href="/weather">Weather</a></nav>
<article><h1>Baotou signs 455 projects</h1>
<p>Baotou, July 24 - Since the beginning of this year, Baotou City has signed 455 investment projects,
and the total agreed investment reached 579.9 billion yuan, the city government said on Saturday.</p>
<p>In the first half of the year the regional GDP increased by 15.7% year-on-year, and fixed asset
investment increased by 54%, according to the municipal statistics bureau.</p>
<p>Zhang Rui, the mayor of Baotou City, said the city would keep improving its business environment.</p>
</article><footer>Copyright Example News</footer><script>var never = "should never appear";</script>
</body></html>"""
# Traditional Chinese: language detection and extraction need the character tables shipped as package data
PAGE_HANT = """<html><head><meta charset="utf-8"><title>呼和浩特招商引資大會</title></head><body><article>
<p>呼和浩特市招商引資大會召開後，全市新引進招商項目178個，協議投資額達2088.26億元。</p>
<p>上半年，和林格爾新區籤約項目投資50億元，同比增長12.5%。市長王曉明表示，要推進項目落地。</p>
</article></body></html>"""


def run(*cmd: str | Path, **kw: Any) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=900, **kw)
    assert res.returncode == 0, f"{' '.join(map(str, cmd))}\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
    return res


@pytest.mark.slow
def test_pip_23_installs_factdesk_and_it_imports_html(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    run(python, "-m", "pip", "install", "-q", OLDEST_PIP)
    assert run(python, "-m", "pip", "--version").stdout.startswith("pip 23.0")

    source = tmp_path / "factdesk-src"  # a copy, so the build leaves nothing in the checkout
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES, symlinks=True)
    run(python, "-m", "pip", "install", "-q", str(source))
    installed = run(python, "-c", "import app; print(app.__file__)").stdout.strip()
    assert Path(installed).is_relative_to(env_dir), installed  # not editable, not this checkout

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "baotou.html").write_text(PAGE, encoding="utf-8")
    (pages / "hohhot.htm").write_text(PAGE_HANT, encoding="utf-8")
    env = {**os.environ, "FACTDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTHONPATH", None)
    db = tmp_path / "factdesk.sqlite3"
    imported = run(bindir / "factdesk", "import", pages, "--db", db, env=env)
    assert imported.stdout.strip().splitlines()[-1] == "imported 2, duplicates 0, failed 0", imported.stderr
    listed = json.loads(run(bindir / "factdesk", "list", "--format", "json", "--db", db, env=env).stdout)
    facts = {Path(d["source"]).name: (d["language"], d["facts"]) for d in listed}
    assert facts["baotou.html"][0] == "en" and facts["baotou.html"][1] >= 4, listed
    assert facts["hohhot.htm"] == ("zh-Hant", 5), listed
