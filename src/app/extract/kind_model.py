"""A second opinion on each amount's kind, learned from the held-out sets' hand annotations.

The rules decide whether an amount is one named project's (`project`), an achieved or aggregate figure
(`indicator`) or a plan (`target`) from cue words near it. Twenty-five rounds of such rules were fitted
to the errors of each new set and the next set's kind stayed near 0.87: the cases are many and each is
rare (a stake held without a stake word, a company's plan called a target, a county's plan's counts).
This model reads the same context the analyst does — the words before the amount in its sentence, the
words after it, the evidence quote, an English sentence's words — together with the rules' own kind, unit
and origin, and gives the kind the annotated sets most often gave amounts written so. It is a multinomial
logistic regression trained by `tools/train_kind_model.py` (scikit-learn, a development tool only) on the
annotated articles in the repository (the weights file records the last held-out set it was trained on);
what ships is its weights, `data/kind_model.json`, read here with plain Python. The training tool prints a
leave-sets-out cross-validation; the README's held-out section reports it beside the frozen sets' figures.

The model runs after the rules have built and merged the facts and before investors are checked and
filled, so an amount it calls a project takes its investor from the same later stages (the article's
company, the companies the document names, learned organisations) as a rule's project. A project the
rules gave an investor keeps its kind: a company named as investing is the rules' strongest evidence.
Features are computed from `doc.low` (the matching form: Traditional read as Simplified, English lower
case), so a Traditional article is read like a Simplified one."""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import accumulate, islice, repeat
from operator import add

from app.domain.schema import NUMERIC_KINDS, FactDraft, Kind

MODEL_FILE = "kind_model.json"
NUMERIC_UNITS = frozenset({"CNY", "USD", "count", "percent"})  # the units the model was trained on
_END_ZH = re.compile("[。；;\n!?！？]")
_END_EN = re.compile(r"\. |\n")
# (the same scans as splits, with the ends read from the pieces' lengths: no match object made for each end)
_END_SPLIT = {True: re.compile(f"({_END_EN.pattern})"), False: _END_ZH}
_PLUS_ONE = (1).__add__
_WORD_EN = re.compile(r"[a-z]+|\d+|[^\sa-z\d]")
# windows (characters, English words) chosen by the training tool's cross-validation: wider ones (24 characters
# before, 8 after, the sentence's character pairs; 24 words before) were no more accurate and twice as slow
_LEFT_ZH, _RIGHT_ZH = 10, 4
_LEFT_EN, _RIGHT_EN = 8, 4
_QUOTE_CAP = 6
MIN_PROBABILITY = 0.7  # the model's kind replaces the rules' only when the model gives it at least this
# a rate of growth the rules read (同比增长12.5%, "up 8% year on year") is an achieved figure or a plan, never one
# project's amount or stake: the model does not review it (it once made 同比增长12.5% after a district's signed total a
# project)
_GROWTH = frozenset({"yoy", "average_growth"})


@dataclass(frozen=True)
class Context:
    """What the model reads of one amount: the text in matching form, the amount's evidence span, the rules'
    kind, unit and origin, and whether the rules named an investor."""

    low: str
    english: bool
    start: int
    end: int
    kind: str
    unit: str
    origin: str
    has_investor: bool


def _origin_family(origin: str) -> str:
    """`rules-zh/money` -> `money`; a learned origin counts as one family (its entry id says nothing)."""
    head = origin.split("/", 2)
    return head[0] if head[0] == "learned" else "/".join(head[:2])


def sentence_ends(low: str, english: bool) -> list[int]:
    """Where the text's sentences end, in order (read once per text): the position after ". " or a line break
    in English, after 。；;!?！？ or a line break in Chinese."""
    pieces = _END_SPLIT[english].split(low)
    if english:  # text, end, text, end, …, text: each end is the length of the pieces up to it and itself
        return list(islice(accumulate(map(len, pieces)), 1, None, 2))
    return list(accumulate(map(_PLUS_ONE, map(len, pieces[:-1]))))  # (one character each)


def sentence_span(c: Context, ends: list[int] | None = None) -> tuple[int, int]:
    """Where the amount's sentence starts (a Chinese one at most 400 characters back) and where the words the model
    reads of it end: for English the sentence's end, at most 200 characters after the amount; `ends`:
    sentence_ends of the text."""
    t, s, e = c.low, c.start, c.end
    ends = sentence_ends(t, c.english) if ends is None else ends
    i = bisect_right(ends, s)
    if c.english:
        ls = (ends[i - 1] - (t[ends[i - 1] - 1] == " ")) if i else 0  # (after ". " at its space)
        j = bisect_left(ends, e + 2)
        while j < len(ends) and t[ends[j] - 1] == "\n":
            j += 1
        le = ends[j] - 2 if j < len(ends) else len(t)
        return ls, min(le, e + 200)
    ls = ends[i - 1] if i and ends[i - 1] > s - 400 else 0
    if ls == 0 and s > 400:
        ls = s - 400
    return ls, e


# (a feature group's prefix, its tokens): the feature "l2:投资" is ("l2", ["投资"])
Groups = list[tuple[str, list[str]]]


def _pairs(text: str) -> list[str]:
    return list(map(add, text, text[1:]))


def sentence_tokens(low: str, english: bool, span: tuple[int, int]) -> list[str]:
    """The words of an English sentence (group "s"), the same for every amount in it (a Chinese amount's window
    before it covers its clause: the sentence's character pairs added nothing in cross-validation)."""
    return _WORD_EN.findall(low[span[0] : span[1]]) if english else []


def local_groups(c: Context, sentence_start: int) -> Groups:
    """The features of the amount itself, by group: the rules' view of it (no prefix), the words or characters
    before it (l, l2, l3; n: the last ones joined with the rules' kind), after it (r, r2), in its quote (q, q2)."""
    k = c.kind
    own = [f"K={k}", f"U={c.unit}{k}", f"O={_origin_family(c.origin)}", f"L={'en' if c.english else 'zh'}{k}",
           f"I={c.has_investor}{k}"]
    t, s, e = c.low, c.start, c.end
    if c.english:
        left = _WORD_EN.findall(t[max(sentence_start, s - 160) : s])[-_LEFT_EN:]
        return [("", own), ("l", left), ("l2", [a + "_" + b for a, b in zip(left, left[1:], strict=False)]),
                ("n", [w + k for w in left[-3:]]), ("r", _WORD_EN.findall(t[e : e + 60])[:_RIGHT_EN]),
                ("q", _WORD_EN.findall(t[s:e])[:12])]
    before = t[max(sentence_start, s - _LEFT_ZH) : s]
    pairs = _pairs(before)
    return [("", own), ("l2", pairs), ("l3", [before[i : i + 3] for i in range(len(before) - 2)]),
            ("n", [p + k for p in pairs[-5:]]), ("r2", _pairs(t[e : e + _RIGHT_ZH])),
            ("q2", _pairs(t[s:e])[:_QUOTE_CAP])]


def _names(groups: Groups) -> list[str]:
    return [f"{g}:{token}" if g else token for g, tokens in groups for token in tokens]


def features(c: Context) -> list[str]:
    """The model's feature names for one amount (presence is what counts; a name may repeat): what the training
    tool fits; review_kinds reads the same features by group, without writing their names."""
    span = sentence_span(c)
    return _names([*local_groups(c, span[0]), ("s", sentence_tokens(c.low, c.english, span))])


class KindModel:
    """Weights of a multinomial logistic regression over binary features, for three kinds."""

    def __init__(self, classes: tuple[str, ...], intercept: tuple[float, ...],
                 weights: dict[str, tuple[float, ...]]) -> None:
        if len(classes) != 3 or any(len(w) != 3 for w in weights.values()) or len(intercept) != 3:
            raise ValueError(f"{MODEL_FILE}: three classes and every weight row needs one number per class")
        self.classes, self.intercept, self.weights = classes, intercept, weights
        # Softmax needs only each class's score relative to the first: two numbers per feature, packed in one
        # complex number, so that summing a group of features is one C-level sum. The features are kept by group
        # (the prefix before ":"), so that an amount's tokens are looked up without writing their names.
        self._groups: dict[str, dict[str, complex]] = {}
        for name, w in weights.items():
            cut = name.find(":")
            group, token = (name[:cut], name[cut + 1 :]) if 0 < cut < (name.find("=") % (len(name) + 1)) \
                else ("", name)
            self._groups.setdefault(group, {})[token] = complex(w[1] - w[0], w[2] - w[0])
        b = intercept
        self._base = complex(b[1] - b[0], b[2] - b[0])

    def relative(self, groups: Groups) -> complex:
        """The summed relative weights of the distinct features of `groups` (without the intercept)."""
        total = 0j
        for group, tokens in groups:
            weights = self._groups.get(group)
            if weights is not None and tokens:
                total += sum(map(weights.get, set(tokens), repeat(0j)))
        return total

    def decide(self, z: complex) -> tuple[str, float]:
        """The most likely kind and its probability, from the relative scores `z` (intercept included)."""
        scores = (0.0, z.real, z.imag)
        top = max(scores)
        return self.classes[scores.index(top)], 1.0 / sum(math.exp(x - top) for x in scores)

    def predict(self, names: Iterable[str]) -> tuple[str, float]:
        """The most likely kind and its probability for feature names (as `features` writes them)."""
        z = self._base
        for name in set(names):
            w = self.weights.get(name)
            if w is not None:
                z += complex(w[1] - w[0], w[2] - w[0])
        return self.decide(z)

    def predict_groups(self, groups: Groups, already: complex = 0j) -> tuple[str, float]:
        """The same for features by group, with `already` the relative sum of other groups (a sentence's, summed
        once for all its amounts)."""
        return self.decide(self._base + self.relative(groups) + already)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KindModel:
        classes = tuple(str(c) for c in data["classes"])  # type: ignore[attr-defined]
        intercept = tuple(float(x) for x in data["intercept"])  # type: ignore[attr-defined]
        weights = {str(k): tuple(float(x) for x in v)
                   for k, v in data["weights"].items()}  # type: ignore[attr-defined]
        return cls(classes, intercept, weights)


@cache
def shipped_model() -> KindModel:
    """The model shipped with the package (read once)."""
    text = resources.files("app.extract").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return KindModel.from_json(json.loads(text))


def _moved_fields(old: dict[str, str | None], kind: Kind) -> dict[str, str | None]:
    """The fields of a fact moved to `kind`: what the two kinds share is kept (a period read as a horizon and
    back, a subject as a location and back); what the new kind has no place for is dropped."""
    when = old.get("period") or old.get("horizon")
    where = old.get("subject") or old.get("location")
    if kind == Kind.PROJECT:
        return {"investor": old.get("investor"), "project": old.get("project"), "industry": old.get("industry"),
                "location": where, "stage": old.get("stage"), "period": when}
    label = old.get("indicator") or old.get("project")
    if kind == Kind.TARGET:
        return {"subject": where, "indicator": label, "horizon": when, "comparator": old.get("comparator") or "="}
    return {"subject": where, "indicator": label, "period": when, "comparator": old.get("comparator") or "=",
            "basis": old.get("basis") or "level"}


def context_of(low: str, english: bool, d: FactDraft) -> Context | None:
    """The model's view of draft `d`, or None when the model has no say on it (not a scored unit, no evidence)."""
    if d.unit not in NUMERIC_UNITS or not d.evidence or d.kind not in NUMERIC_KINDS:
        return None
    span = d.evidence[0]
    return Context(low, english, span.start, span.end, str(d.kind), str(d.unit), d.origin,
                   bool(d.fields.get("investor")))


def review_kinds(low: str, english: bool, drafts: list[FactDraft], model: KindModel | None = None) -> None:
    """Give each amount the kind the model reads in its context where that differs from the rules' (in place)."""
    model = model or shipped_model()
    lang = "en" if english else "zh"
    sentences: dict[tuple[int, int], complex] = {}
    ends = sentence_ends(low, english)
    for d in drafts:
        c = context_of(low, english, d)
        if c is None or (d.kind == Kind.PROJECT and c.has_investor) or d.fields.get("basis") in _GROWTH:
            continue
        span = sentence_span(c, ends)
        sentence = 0j
        if english:
            cached = sentences.get(span)
            if cached is None:
                cached = sentences[span] = model.relative([("s", sentence_tokens(low, english, span))])
            sentence = cached
        kind, probability = model.predict_groups(local_groups(c, span[0]), sentence)
        if kind != c.kind and probability >= MIN_PROBABILITY:
            new = Kind(kind)
            d.fields = _moved_fields(d.fields, new)
            d.kind = new
            d.origin = f"model-{lang}/kind"
