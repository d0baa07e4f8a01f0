"""The acceptance bar: the project's scorer (tools/score_extraction.py) over the extract JSON for the
five seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.extract.score_articles import SCORER
from tests.extract.seedtext import GOLD_DIR, predictions

BARS = ["--min-recall", "0.95", "--min-precision", "0.85", "--min-kind", "0.9", "--min-investor", "0.8",
        "--min-people", "0.8"]


def test_seeds_pass_the_scorer(tmp_path: Path) -> None:
    p = tmp_path / "p.json"
    p.write_text(json.dumps(predictions(), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(p), str(GOLD_DIR), "-v", *BARS],
                            capture_output=True, text=True, timeout=120)
    summary = result.stdout.strip().splitlines()[-1]
    assert result.returncode == 0, result.stdout
    assert "below bar" not in summary
