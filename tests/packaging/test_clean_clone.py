"""The repository stands on its own: a `git clone` of the committed HEAD into a folder with nothing
beside it runs the extraction-quality tests — the scorer, the seeds and their gold, the test articles —
and they pass there without skipping."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUALITY_TESTS = [
    "tests/extract/test_seeds_score.py",
    "tests/extract/test_articles_score.py::test_articles_pass_the_scorer",
    "tests/cli/test_cli.py::test_extract_json_is_read_by_the_scorer",
    "tests/tools/test_score_extraction.py",
]


@pytest.mark.slow
def test_a_fresh_clone_runs_the_extraction_quality_tests(tmp_path: Path) -> None:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout (this is a source tree without its repository)")
    alone = tmp_path / "alone"
    alone.mkdir()
    clone = alone / "factdesk"
    subprocess.run([git, "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True, timeout=120)
    assert sorted(p.name for p in alone.iterdir()) == ["factdesk"]

    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTDESK_", "PYTEST_"))}
    env["PYTHONPATH"] = str(clone / "src")  # this checkout's package, not the one installed in the venv
    where = subprocess.run([sys.executable, "-c", "import app; print(app.__file__)"], cwd=clone, env=env,
                           capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).is_relative_to(clone), where.stdout

    res = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *QUALITY_TESTS],
        cwd=clone, env=env, capture_output=True, text=True, timeout=600,
    )
    tail = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
    assert re.fullmatch(r"=* ?\d+ passed in [\d.]+s( \(\S+\))? ?=*", tail), tail  # nothing skipped or deselected
