"""Held-out figures: run extraction on each frozen set as a user does (`factdesk extract --format json` on
the folder) and score it with the project's scorer, tools/score_extraction.py. The figures are printed
(run with -s to see them; FIGURES.md records them); no thresholds are asserted, because a bar set on a
held-out set would be fitted to it. What is asserted: the extractor reads every article, the scorer runs
and its figures are ratios in [0, 1]."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.heldout.test_frozen import HERE, PINNED
from tests.heldout.test_unseen import KNOWN_OVERLAP

ROOT = HERE.parents[1]
SCORER = ROOT / "tools" / "score_extraction.py"
FIGURE = re.compile(r"\b(recall|precision|kind|investor|people) (\d+\.\d+)")
EXTRACT = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"


def run_extract(folder: Path) -> list[dict[str, object]]:
    result = subprocess.run([sys.executable, "-c", EXTRACT, "extract", "--format", "json", str(folder)],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    predictions: list[dict[str, object]] = json.loads(result.stdout)
    return predictions


@pytest.mark.parametrize("name", sorted(PINNED))
def test_heldout_set_scores(name: str, tmp_path: Path) -> None:
    folder = HERE / name
    predictions = run_extract(folder)
    assert sorted(Path(str(p["path"])).stem for p in predictions) == sorted(p.stem for p in folder.glob("*.txt"))
    pred = tmp_path / "predictions.json"
    pred.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    # the whole set, then the part the rules were never fitted on (without the articles of KNOWN_OVERLAP)
    unseen = tmp_path / "unseen"
    unseen.mkdir()
    for gold in folder.glob("*.json"):
        if f"{name}/{gold.stem}" not in KNOWN_OVERLAP:
            shutil.copy(gold, unseen / gold.name)
    for label, gold_dir in ((name, folder), (f"{name} without the overlap", unseen)):
        result = subprocess.run([sys.executable, str(SCORER), str(pred), str(gold_dir)],
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        summary = result.stdout.strip().splitlines()[-1]
        print(f"\nheld-out {label}: {summary}")
        figures = dict(FIGURE.findall(summary))
        assert sorted(figures) == sorted(["recall", "precision", "kind", "investor", "people"]), summary
        assert all(0.0 <= float(v) <= 1.0 for v in figures.values()), summary
