"""The shipped kind model is the one the repository's annotations train: tools/train_kind_model.py --check trains
again on the held-out sets the weights file names (with the test articles and the seeds) and compares every
feature and weight, allowing for the last digits an optimiser may round differently."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import train_kind_model as trainer

SCRIPT = Path(trainer.__file__)


def test_the_shipped_weights_are_what_the_annotations_train() -> None:
    shipped = json.loads(trainer.OUT.read_text(encoding="utf-8"))
    assert shipped["trained_on_sets"] >= 73 and shipped["min_count"] == trainer.MIN_COUNT
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True,
                            timeout=1800, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"is the model sets 1-{shipped['trained_on_sets']}" in result.stdout


def test_a_weight_moved_beyond_rounding_is_a_difference() -> None:
    shipped = {"classes": ["indicator", "project", "target"], "intercept": [0.1, 0.2, -0.3],
               "weights": {"K=project": [0.5, 1.0, -1.5], "l2:投资": [0.0, 0.2, -0.2]}}
    rounded = json.loads(json.dumps(shipped))
    rounded["weights"]["K=project"] = [0.5004, 1.0, -1.5]
    assert trainer.same_model(shipped, rounded) == []
    moved = json.loads(json.dumps(shipped))
    moved["weights"]["l2:投资"] = [0.0, 0.25, -0.2]
    assert trainer.same_model(shipped, moved) == ["1 weight rows differ by more than 0.001"]
    fewer = json.loads(json.dumps(shipped))
    del fewer["weights"]["l2:投资"]
    assert trainer.same_model(shipped, fewer) == ["1 features differ"]
