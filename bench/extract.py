"""Extraction throughput: articles per second on one core, and seconds per 100 KB of text.

usage: python bench/extract.py [N] [--size BYTES] [--dir DIR] [--seed S] [--learned K] [--profile]

Generates N synthetic articles (bench/make_corpus.py; default 10 000 of ~5 KB) in memory, or reads the
.txt files in --dir (language from a `_en` / `_zh-Hans` / `_zh-Hant` file-name suffix), then runs
`app.extract.extract` over all of them in this one process. Goal: >= 200 articles/s for 5 KB articles.
`--learned K` loads K synthetic learned organisations (half Chinese, half English names, with the aliases
the store derives for them) into the knowledge snapshot extraction matches against, as after a team's
long use; the compilation of their matcher is counted in the start-up line.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from make_corpus import generate  # noqa: E402

from app.domain.knowledge import EMPTY, KIND_ORG, Knowledge, LearnedEntry  # noqa: E402
from app.extract import EXTRACTOR_VERSION, extract  # noqa: E402
from app.store.services.knowledge import org_aliases  # noqa: E402

_ZH_CHARS = "星辰宏达华泰恒远金鼎瑞丰天成鑫源中科东方新兴盛世万通博远汇川蓝海青山明德"
_ZH_TAIL = ["科技有限公司", "新能源科技有限公司", "集团有限公司", "实业股份有限公司", "控股集团"]
_EN_SYL = ["xin", "hua", "tai", "yuan", "long", "feng", "sheng", "kai", "bo", "rui", "tong", "ming"]
_EN_TAIL = ["Group", "Energy Co., Ltd.", "Holdings", "Technology Co., Ltd.", "Industrial Group"]


def learned_orgs(k: int, seed: int) -> Knowledge:
    """K distinct synthetic organisation names with the store's aliases for each."""
    rnd = random.Random(seed)
    names: set[str] = set()
    while len(names) < k:
        if len(names) % 2:
            names.add("".join(rnd.choices(_ZH_CHARS, k=rnd.randint(2, 4))) + rnd.choice(_ZH_TAIL))
        else:
            word = "".join(rnd.choices(_EN_SYL, k=rnd.randint(2, 3))).capitalize()
            names.add(f"{word} {rnd.choice(_EN_TAIL)}")
    return Knowledge(tuple(LearnedEntry(i + 1, KIND_ORG, n, tuple(org_aliases(n)[1:]))
                           for i, n in enumerate(sorted(names))))


def load(directory: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(directory.glob("*.txt")):
        language = p.stem.rsplit("_", 1)[-1] if "_" in p.stem else "en"
        if language not in ("en", "zh-Hans", "zh-Hant"):
            language = "en"
        out.append((language, p.read_text(encoding="utf-8")))
    return out


def run(articles: list[tuple[str, str]], knowledge: Knowledge = EMPTY) -> tuple[float, float, int]:
    """(CPU seconds of this process, wall seconds, facts). CPU time is what one core spends; wall time
    also counts waiting for a core on a shared machine."""
    facts = 0
    c0, t0 = time.process_time(), time.perf_counter()
    for language, text in articles:
        facts += len(extract(text, language, None, knowledge))
    return time.process_time() - c0, time.perf_counter() - t0, facts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=10_000)
    ap.add_argument("--size", type=int, default=5000)
    ap.add_argument("--dir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--learned", type=int, default=0, help="learned organisations loaded (synthetic names)")
    ap.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    args = ap.parse_args(argv)
    articles = load(args.dir) if args.dir else generate(args.n, args.size, args.seed)
    total_bytes = sum(len(t.encode("utf-8")) for _, t in articles)
    knowledge = learned_orgs(args.learned, args.seed) if args.learned else EMPTY
    t0 = time.perf_counter()
    extract("warm-up: 5 billion yuan", "en", None, knowledge)
    extract("预热:5亿元", "zh-Hans", None, knowledge)
    warm = time.perf_counter() - t0
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
    seconds, wall, facts = run(articles, knowledge)
    if args.profile:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    n = len(articles)
    print(f"extractor {EXTRACTOR_VERSION}: {n} articles, {total_bytes / n / 1000:.1f} KB average, "
          f"{total_bytes / 1e6:.1f} MB, {facts} facts, {args.learned} learned organisations")
    print(f"one-time start-up (pattern compilation): {warm:.2f} s")
    print(f"{n / seconds:.0f} articles/s on one core (CPU time); {seconds / (total_bytes / 100_000):.3f} s per 100 KB")
    print(f"wall clock: {n / wall:.0f} articles/s; {wall / (total_bytes / 100_000):.3f} s per 100 KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
