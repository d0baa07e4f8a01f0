"""The project's extraction scorer (tools/score_extraction.py): its matching rules on hand-made
predictions and gold, and its command line as the extraction-quality tests run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import score_extraction as scorer

SCRIPT = Path(scorer.__file__)


def fact(kind: str, unit: str | None, value: float | None, **fields: str) -> dict[str, Any]:
    return {"kind": kind, "unit": unit, "value": value, "fields": fields,
            "evidence": [{"start": 0, "end": 4, "quote": f"q{value}"}], "confidence": 0.9}


def write_case(
    tmp_path: Path, predictions: list[dict[str, Any]], golds: dict[str, dict[str, Any]]
) -> tuple[Path, Path]:
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for name, gold in golds.items():
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return pred, gold_dir


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("unit", "predicted", "gold", "same"), [
    ("CNY", 579.9e9, 579.9e9, True),
    ("CNY", 580e9, 579.9e9, True),          # 0.02 % off
    ("CNY", 583e9, 579.9e9, False),         # 0.53 % off
    ("count", 455, 455, True),
    ("count", 456, 455, True),              # 0.22 %
    ("count", 3, 2, False),
    ("percent", 15.7, 15.7, True),
    ("percent", -15.7, 15.7, True),         # the sign is a separate figure
    ("percent", 15.75, 15.7, True),
    ("percent", 15.8, 15.7, False),
    ("CNY", 0, 0, True),
    ("CNY", 1, 0, False),
    ("CNY", None, 5, False),
])
def test_same_value(unit: str, predicted: float | None, gold: float, same: bool) -> None:
    assert scorer.same_value(unit, predicted, gold) is same


def test_norm_folds_width_case_and_punctuation() -> None:
    assert scorer.norm("Ｔianyu Co., Ltd.") == "tianyucoltd"
    assert scorer.norm("國(guó)納 納米") == "國guó納納米"
    assert scorer.norm(None) == ""


def test_investors_are_compared_after_the_display_texts_cleaning() -> None:
    """Gold written from the raw article keeps inline pinyin (seed 002's `國(guó)納納米`); the
    prediction comes from the display text, which has none."""
    assert scorer.investor_key("國(guó)納納米") == scorer.investor_key("國納納米") == "國納納米"
    assert scorer.investor_key("Ｔianyu Co., Ltd.") == "tianyucoltd"
    assert scorer.investor_key(None) == ""


def test_pinyin_written_gold_investor_is_found(tmp_path: Path) -> None:
    gold = {"facts": [{"kind": "project", "unit": "CNY", "value": 1e9, "investor": "國(guó)納納米"}]}
    predictions = [{"path": "g.txt", "facts": [fact("project", "CNY", 1e9, investor="國納納米")]}]
    totals, _ = scorer.score(predictions, write_case(tmp_path, predictions, {"g": gold})[1])
    assert (totals.investor_gold, totals.investor_found) == (1, 1)


def test_figures_on_a_hand_made_case(tmp_path: Path) -> None:
    gold = {"facts": [
        {"kind": "project", "unit": "CNY", "value": 5e9, "investor": "Tianyu Group", "quote": "5 billion"},
        {"kind": "indicator", "unit": "count", "value": 12},
        {"kind": "indicator", "unit": "percent", "value": -3.2},
        {"kind": "target", "unit": "CNY", "value": 1e12, "investor": "Baotou Steel"},
        {"kind": "indicator", "unit": "USD", "value": 7e6},
    ], "people": [{"name": "Zhang Rui"}, {"name": "Li Wei"}]}
    predictions = [{"path": "/x/a.txt", "facts": [
        fact("indicator", "CNY", 5.01e9, investor="Tianyu"),       # same value, other kind: left over (extra)
        fact("project", "CNY", 5e9, investor="Tianyu Group Co."),  # same value and kind: preferred
        fact("indicator", "count", 12),
        fact("indicator", "percent", 3.2),                          # found, sign error
        fact("target", "CNY", 1e12),                                # found, investor missed
        fact("indicator", "tonne", 7e6),                            # not a scored unit
        fact("person", None, None, name="Mayor Zhang Rui"),
        fact("person", None, None, name="Wang Fang"),
    ]}]
    totals, report = scorer.score(predictions, write_case(tmp_path, predictions, {"a": gold})[1])
    assert (totals.gold, totals.predicted, totals.found, totals.kind) == (5, 5, 4, 4)
    assert totals.sign_errors == 1
    assert (totals.investor_gold, totals.investor_found) == (2, 1)
    assert (totals.people_gold, totals.people_found) == (2, 1)
    assert totals.figures() == {"recall": 0.8, "precision": 0.8, "kind": 1.0, "investor": 0.5, "people": 0.5}
    assert report[0] == "a: 4/5 found, 5 predicted"
    assert any(line.startswith("   missed  indicator USD") for line in report)
    assert [line.split()[:3] for line in report if "extra" in line] == [["extra", "indicator", "CNY"]]
    assert [line for line in report if line.startswith("   investor")] == [
        "   investor Baotou Steel  predicted -  «»"]
    assert not any(line.startswith("   kind") for line in report)


def test_verbose_names_a_found_fact_of_the_wrong_kind(tmp_path: Path) -> None:
    gold = {"facts": [{"kind": "project", "unit": "CNY", "value": 5e9, "quote": "5 billion yuan",
                       "investor": "Tianyu"}]}
    predictions = [{"path": "k.txt", "facts": [fact("target", "CNY", 5e9, investor="Sanyu")]}]
    totals, report = scorer.score(predictions, write_case(tmp_path, predictions, {"k": gold})[1])
    assert (totals.found, totals.kind, totals.investor_found) == (1, 0, 0)
    assert report == ["k: 1/1 found, 1 predicted",
                      "   kind    project   CNY     5000000000.0  predicted target  «5 billion yuan»",
                      "   investor Tianyu  predicted Sanyu  «5 billion yuan»"]


def test_each_prediction_matches_one_gold_fact(tmp_path: Path) -> None:
    gold = {"facts": [{"kind": "indicator", "unit": "count", "value": 20}] * 2}
    predictions = [{"path": "b.txt", "facts": [fact("indicator", "count", 20)]}]
    totals, _ = scorer.score(predictions, write_case(tmp_path, predictions, {"b": gold})[1])
    assert (totals.found, totals.gold, totals.predicted) == (1, 2, 1)


def test_empty_figures_and_a_missing_article(tmp_path: Path) -> None:
    predictions: list[dict[str, Any]] = []
    totals, report = scorer.score(predictions, write_case(tmp_path, predictions, {"c": {"facts": []}})[1])
    assert totals.missing == ["c"]
    assert totals.figures() == {"recall": 0.0, "precision": 0.0, "kind": 0.0, "investor": 1.0, "people": 1.0}
    assert report == ["c: 0/0 found, 0 predicted"]


def test_command_line_summary_bars_and_exit_codes(tmp_path: Path) -> None:
    gold = {"facts": [{"kind": "indicator", "unit": "count", "value": 12},
                      {"kind": "indicator", "unit": "count", "value": 30}], "people": []}
    pred, gold_dir = write_case(tmp_path, [{"path": "d.txt", "facts": [fact("indicator", "count", 12)]}],
                                {"d": gold, "e": {"facts": []}})
    ok = run(pred, gold_dir, "--min-precision", "1")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines() == [
        "no prediction for: e",
        "recall 0.500 precision 1.000 kind 1.000 investor 1.000 people 1.000 sign-errors 0"
        " (gold 2, predicted 1, found 1)",
    ]
    short = run(pred, gold_dir, "-v", "--min-recall=0.9", "--min-kind", "0.5")
    assert short.returncode == 1
    lines = short.stdout.splitlines()
    assert lines[:3] == ["d: 1/2 found, 1 predicted", "   missed  indicator count   30  «»",
                         "e: 0/0 found, 0 predicted"]
    assert lines[-1].endswith("| below bar: recall 0.50 < 0.90")


def test_unreadable_input_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "p.json"
    bad.write_text("[{", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    res = run(bad, tmp_path / "gold")
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr.startswith("score_extraction: JSONDecodeError") and len(res.stderr.splitlines()) == 1
    missing = run(tmp_path / "nope.json", tmp_path / "gold")
    assert missing.returncode == 2 and "nope.json" in missing.stderr
