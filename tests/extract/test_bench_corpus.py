"""The synthetic corpus behind bench/extract.py: deterministic, three languages, about the asked size,
and extraction finds facts in it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from app.extract import extract

BENCH = Path(__file__).resolve().parents[2] / "bench" / "make_corpus.py"


def _make_corpus():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_corpus", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_and_extractable(tmp_path: Path) -> None:
    mc = _make_corpus()
    first = mc.generate(9, 5000, seed=7)
    assert first == mc.generate(9, 5000, seed=7)
    assert first != mc.generate(9, 5000, seed=8)
    assert {language for language, _ in first} == {"en", "zh-Hans", "zh-Hant"}
    for language, text in first:
        assert 2000 < len(text.encode("utf-8")) < 9000
        assert extract(text, language)
    assert mc.main(["3", "--out", str(tmp_path), "--size", "3000"]) == 0
    assert len(list(tmp_path.glob("*.txt"))) == 3
