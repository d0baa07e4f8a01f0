"""Train the kind model (app.extract.kind_model) on every hand-annotated article in the repository.

usage: python tools/train_kind_model.py [--sets N] [--check] [--out PATH]

Each article of the frozen held-out sets (tests/heldout/setN, sets 1..N, all by default), the test articles
(tests/extract/articles) and the seeds (src/app/seeds with gold/) is read as `factdesk extract` reads it and run
through the rules with a kind review that only records what the model would read of each amount (its context,
before investors are filled). Each recorded amount that the scorer's matching (tools/score_extraction.py: same
unit and value, preferring the gold's kind) pairs with a gold fact is a training example labelled with the gold
kind. First a leave-sets-out cross-validation over the held-out sets (eight folds of whole sets, each fold's
model trained on the other sets and on the test articles and seeds) prints how often the rules' kind and the
model's are the gold's on the sets it was not trained on; then the model is trained on everything and its
weights written to src/app/extract/data/kind_model.json (features seen in at least two examples, rounded).
The file records the last set it was trained on: a set added later is a measure of the model until a new
training takes it in. `--check` trains on the sets the shipped file names and compares (exit 1 when a feature
or a weight beyond rounding differs) instead of writing.

Needs scikit-learn (`pip install -e ".[train]"`); the application only reads the weights."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from score_extraction import NUMERIC_UNITS, same_value  # noqa: E402

from app.domain.schema import FactDraft  # noqa: E402
from app.extract.kind_model import MIN_PROBABILITY, MODEL_FILE, Context, context_of, features  # noqa: E402
from app.extract.pipeline import run_pipeline  # noqa: E402
from app.ingest import read_document  # noqa: E402

OUT = ROOT / "src" / "app" / "extract" / "data" / MODEL_FILE
HELDOUT = ROOT / "tests" / "heldout"
MIN_COUNT = 10
C = 1.0
FOLDS = 8

Example = tuple[list[str], str, int]  # features, gold kind, set number (0: the test articles and seeds)


def corpora(last_set: int) -> list[tuple[int, Path, Path]]:
    """(set number or 0, text folder, gold folder) of every annotated corpus up to set `last_set`, in a fixed order."""
    sets = sorted(int(p.name[3:]) for p in HELDOUT.glob("set*") if p.name[3:].isdigit())
    out = [(n, HELDOUT / f"set{n}", HELDOUT / f"set{n}") for n in sets if n <= last_set]
    articles = ROOT / "tests" / "extract" / "articles"
    seeds = ROOT / "src" / "app" / "seeds"
    return [*out, (0, articles, articles), (0, seeds, seeds / "gold")]


def examples_of(text_dir: Path, gold_dir: Path, group: int) -> list[Example]:
    out: list[Example] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        text_path = text_dir / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        read = read_document(text_path)
        seen: dict[int, Context] = {}

        def record(low: str, english: bool, drafts: list[FactDraft], seen: dict[int, Context] = seen) -> None:
            for d in drafts:
                c = context_of(low, english, d)
                if c is not None:
                    seen[id(d)] = c

        drafts = run_pipeline(read.display_text, read.language, read.published, kind_review=record)
        numeric = [d for d in drafts if d.unit in NUMERIC_UNITS]
        used = [False] * len(numeric)
        for g in gold["facts"]:
            candidates = [i for i, d in enumerate(numeric) if not used[i] and d.unit == g["unit"]
                          and same_value(g["unit"], float(d.value or 0), g["value"])]
            if not candidates:
                continue
            same_kind = [i for i in candidates if str(numeric[i].kind) == g["kind"]]
            i = (same_kind or candidates)[0]
            used[i] = True
            context = seen.get(id(numeric[i]))
            if context is not None:
                out.append((features(context), g["kind"], group))
    return out


def fit(examples: Sequence[Example]) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts = Counter(name for names, _, _ in examples for name in set(names))
    kept = [{n: 1.0 for n in names if counts[n] >= MIN_COUNT} for names, _, _ in examples]
    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform(kept)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, [kind for _, kind, _ in examples])
    return vectoriser, model


def as_json(vectoriser: Any, model: Any, sets: int | None = None) -> dict[str, Any]:
    names = vectoriser.get_feature_names_out()
    weights = {str(name): [round(float(w), 4) for w in model.coef_[:, j]] for j, name in enumerate(names)}
    return {"trained_on_sets": sets, "min_count": MIN_COUNT, "c": C,
            "classes": [str(c) for c in model.classes_], "intercept": [round(float(b), 4) for b in model.intercept_],
            "weights": {k: v for k, v in sorted(weights.items()) if any(v)}}


def same_model(shipped: dict[str, Any], trained: dict[str, Any], tolerance: float = 1e-3) -> list[str]:
    """How `trained` differs from `shipped` beyond rounding (an optimiser's last digits may differ between
    numerical libraries): other classes or features, or a weight further than `tolerance` off."""
    problems = []
    if shipped["classes"] != trained["classes"]:
        problems.append(f"classes {shipped['classes']} != {trained['classes']}")
    a, b = shipped["weights"], trained["weights"]
    if set(a) != set(b):
        problems.append(f"{len(set(a) ^ set(b))} features differ")
    pairs = [(shipped["intercept"], trained["intercept"])] + [(a[k], b[k]) for k in sorted(set(a) & set(b))]
    off = sum(any(abs(x - y) > tolerance for x, y in zip(u, v, strict=True)) for u, v in pairs)
    if off:
        problems.append(f"{off} weight rows differ by more than {tolerance}")
    return problems


def cross_validate(examples: Sequence[Example]) -> None:
    """Leave-sets-out: each held-out set is predicted by a model that never saw it."""
    from app.extract.kind_model import KindModel

    sets = sorted({g for _, _, g in examples if g})
    folds = [sets[i::FOLDS] for i in range(FOLDS)]
    right_rules = right_model = total = 0
    by_range: dict[str, list[int]] = {}
    for fold in folds:
        held = set(fold)
        vectoriser, model = fit([e for e in examples if e[2] not in held])
        km = KindModel.from_json(as_json(vectoriser, model))
        for names, gold, group in examples:
            if group not in held:
                continue
            rules_kind = names[0][2:]  # "K=<kind>"
            kind, probability = km.predict(names)
            predicted = rules_kind if _keeps(names) or probability < MIN_PROBABILITY else kind
            total += 1
            right_rules += rules_kind == gold
            right_model += predicted == gold
            r = by_range.setdefault(f"set{group}", [0, 0, 0])
            r[0] += 1
            r[1] += rules_kind == gold
            r[2] += predicted == gold
    print(f"leave-sets-out ({FOLDS} folds of {len(sets)} sets, {total} found amounts): "
          f"kind rules {right_rules / total:.3f}, with the model {right_model / total:.3f}")
    for lo, hi in _ranges(sets):
        n = sum(by_range[f"set{s}"][0] for s in sets if lo <= s <= hi)
        a = sum(by_range[f"set{s}"][1] for s in sets if lo <= s <= hi)
        b = sum(by_range[f"set{s}"][2] for s in sets if lo <= s <= hi)
        print(f"  sets {lo}-{hi}: {n} amounts, kind rules {a / n:.3f}, with the model {b / n:.3f}")


def _keeps(names: Sequence[str]) -> bool:
    """A project the rules gave an investor keeps its kind (as kind_model.review_kinds does)."""
    return names[0] == "K=project" and "I=Trueproject" in names


def _ranges(sets: Sequence[int]) -> list[tuple[int, int]]:
    last = max(sets)
    cut = last - 4 if last > 8 else last
    return [(min(sets), cut), (cut + 1, last)] if cut < last else [(min(sets), last)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=None, help="train on held-out sets 1..N only")
    parser.add_argument("--check", action="store_true", help="compare with the shipped model, write nothing")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    shipped = json.loads(args.out.read_text(encoding="utf-8")) if args.check else None
    if shipped is not None:
        args.sets = shipped["trained_on_sets"]
    if args.sets is None:
        args.sets = max(int(p.name[3:]) for p in HELDOUT.glob("set*") if p.name[3:].isdigit())
    examples: list[Example] = []
    for group, text_dir, gold_dir in corpora(args.sets):
        examples += examples_of(text_dir, gold_dir, group)
    print(f"{len(examples)} found amounts from {len({g for _, _, g in examples if g})} held-out sets, "
          f"the test articles and the seeds")
    if not args.no_cv and shipped is None:
        cross_validate(examples)
    data = as_json(*fit(examples), sets=args.sets)
    if shipped is not None:
        problems = same_model(shipped, data)
        print(f"{args.out.name} differs from the model sets 1-{args.sets} train: " + "; ".join(problems) if problems
              else f"{args.out.name} is the model sets 1-{args.sets}, the test articles and the seeds train")
        return 1 if problems else 0
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{len(data['weights'])} features, {len(text) // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
