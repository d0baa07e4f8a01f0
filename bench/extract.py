"""Extraction throughput: articles per second on one core, and seconds per 100 KB of text.

usage: python bench/extract.py [N] [--size BYTES] [--dir DIR] [--seed S] [--profile]

Generates N synthetic articles (bench/make_corpus.py; default 10 000 of ~5 KB) in memory, or reads the
.txt files in --dir (language from a `_en` / `_zh-Hans` / `_zh-Hant` file-name suffix), then runs
`app.extract.extract` over all of them in this one process. Goal: >= 200 articles/s for 5 KB articles.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from make_corpus import generate  # noqa: E402

from app.extract import EXTRACTOR_VERSION, extract  # noqa: E402


def load(directory: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(directory.glob("*.txt")):
        language = p.stem.rsplit("_", 1)[-1] if "_" in p.stem else "en"
        if language not in ("en", "zh-Hans", "zh-Hant"):
            language = "en"
        out.append((language, p.read_text(encoding="utf-8")))
    return out


def run(articles: list[tuple[str, str]]) -> tuple[float, float, int]:
    """(CPU seconds of this process, wall seconds, facts). CPU time is what one core spends; wall time
    also counts waiting for a core on a shared machine."""
    facts = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for language, text in articles:
        facts += len(extract(text, language))
    return time.process_time() - c0, time.perf_counter() - t0, facts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=10_000)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    args = ap.parse_args(argv)
    articles = load(args.dir) if args.dir else generate(args.n, args.size, args.seed)
    total_bytes = sum(len(t.encode("utf-8")) for _, t in articles)
    t0 = time.perf_counter()
    extract("warm-up: 5 billion yuan", "en")
    extract("预热:5亿元", "zh-Hans")
    warm = time.perf_counter() - t0
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
    seconds, wall, facts = run(articles)
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    n = len(articles)
    print(f"extractor {EXTRACTOR_VERSION}: {n} articles, {total_bytes / n / 1000:.1f} KB average, "
          f"{total_bytes / 1e6:.1f} MB, {facts} facts")
    print(f"one-time start-up (pattern compilation): {warm:.2f} s")
    print(f"{n / seconds:.0f} articles/s on one core (CPU time); {seconds / (total_bytes / 100_000):.3f} s per 100 KB")
    print(f"wall clock: {n / wall:.0f} articles/s; {wall / (total_bytes / 100_000):.3f} s per 100 KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
