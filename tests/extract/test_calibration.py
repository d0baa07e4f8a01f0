"""Confidence is meaningful: on the seeds and on our own test articles, facts under 0.5 are wrong more
often than right, and facts at or above 0.5 are right far more often than wrong."""

from __future__ import annotations

import json

from tests.extract.score_articles import load_articles
from tests.extract.seedtext import GOLD_DIR, load_seeds

from app.domain.schema import FactDraft
from app.extract import extract

NUMERIC_UNITS = ("CNY", "USD", "count", "percent")


def _same(unit: str, a: float, b: float) -> bool:
    if unit == "percent":
        return abs(abs(a) - abs(b)) <= 0.051
    return a == b == 0 or (b != 0 and abs(a - b) / abs(b) <= 0.005)


def judge(facts: list[FactDraft], gold: list[dict[str, object]]) -> list[tuple[float, bool]]:
    """(confidence, correct) per numeric fact, matched to gold the way the scorer matches."""
    numeric = [f for f in facts if f.unit in NUMERIC_UNITS and f.value is not None]
    used = [False] * len(numeric)
    for g in gold:
        for i, f in enumerate(numeric):
            if not used[i] and f.unit == g["unit"] and _same(str(g["unit"]), float(f.value or 0),
                                                              float(g["value"])):  # type: ignore[arg-type]
                used[i] = True
                break
    return [(f.confidence, used[i]) for i, f in enumerate(numeric)]


def corpus() -> list[tuple[list[FactDraft], list[dict[str, object]]]]:
    out = []
    for seed in load_seeds():
        gold = json.loads((GOLD_DIR / f"{seed.name}.json").read_text(encoding="utf-8"))
        out.append((extract(seed.text, seed.language, seed.published), gold["facts"]))
    for _, text, language, published, gold in load_articles():
        out.append((extract(text, language, published), gold["facts"]))  # type: ignore[arg-type]
    return out


def test_low_confidence_facts_are_mostly_wrong() -> None:
    judged = [j for facts, gold in corpus() for j in judge(facts, gold)]
    low = [ok for conf, ok in judged if conf < 0.5]
    high = [ok for conf, ok in judged if conf >= 0.5]
    assert sum(low) < len(low) - sum(low) or not low, f"under 0.5: {sum(low)} right of {len(low)}"
    assert high and sum(high) / len(high) >= 0.9, f"at or above 0.5: {sum(high)} right of {len(high)}"


def test_own_articles_recall_and_precision() -> None:
    """Articles written for these tests (not the seeds the rules were developed on), one by one."""
    for name, text, language, published, gold in load_articles():
        judged = judge(extract(text, language, published), gold["facts"])  # type: ignore[arg-type]
        hits = sum(ok for _, ok in judged)
        assert hits / len(gold["facts"]) >= 0.9, name  # type: ignore[arg-type]
        assert hits / len(judged) >= 0.85, name
