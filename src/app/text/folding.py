"""Search folding: one form per character, so that a search finds a word whatever its script or case.

`fold()` maps each character to its Simplified form (the Traditional→Simplified table) and to lower
case, one character for one, so offsets in the folded text are offsets in the original: 項目 and 项目
fold alike, as do Investment and INVESTMENT. `spellings()` goes the other way — every character whose
fold is the same — which lets a database search match the original text for the folded query without
storing a folded copy of every article (see app.store.services.queue)."""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from app.text.scripts import to_simplified_table

MAX_VARIANTS = 64
"""At most this many spellings of a query are searched for at once (beyond it, a prefix's)."""


def fold_char(c: str) -> str:
    s = to_simplified_table().get(c, c)
    low = s.lower()
    return low if len(low) == 1 else s


def fold(text: str) -> str:
    """The text in one script and case, the same length as `text` (offsets carry over)."""
    table = to_simplified_table()
    out = []
    for c in text:
        s = table.get(c, c)
        low = s.lower()
        out.append(low if len(low) == 1 else s)
    return "".join(out)


@lru_cache(maxsize=1)
def _same_fold() -> dict[str, str]:
    """{folded character: every character that folds to it} for the characters that have several."""
    groups: dict[str, set[str]] = {}
    for traditional, simplified in to_simplified_table().items():
        key = fold_char(simplified)
        groups.setdefault(key, {key}).add(traditional)
        groups[key].add(simplified)
    return {k: "".join(sorted(v)) for k, v in groups.items()}


def spellings(c: str) -> str:
    """Every character whose fold is `c`'s fold: 头 → 头頭, a → aA; itself alone when it has no other."""
    key = fold_char(c)
    forms = set(_same_fold().get(key, key))
    forms.add(c)
    if key.isascii() and key.isalpha():
        forms.update((key, key.upper()))
    return "".join(sorted(forms))


def variants(term: str, limit: int = MAX_VARIANTS) -> tuple[list[str], int]:
    """The ways `term` can be written with other scripts' characters (case aside: the searches are
    case-insensitive), for the longest prefix with at most `limit` of them. Answers (the variants,
    the prefix's length): a prefix shorter than the term means the caller must check the rest."""
    options: list[str] = []
    count = 1
    for c in term:
        forms = "".join(f for f in spellings(c) if not (f.isascii() and f.isupper()))
        if count * len(forms) > limit:
            break
        options.append(forms)
        count *= len(forms)
    return ["".join(p) for p in product(*options)], len(options)
