"""An investor's name as the article spells it most: a name written once with a letter dropped, added or changed
("Minyang" once beside "Mingyang" three times) is the article's recurring spelling (tests/heldout/README.md keeps the
investor as the text gives it; a slip of one letter is not a second company). Only capitalised words of five letters
or more are compared, against the capitalised words of the same text, counted once per article. A word that names a
place is never respelt: Henan and Hunan, Shanxi and Shaanxi, Hebei and Hubei are one letter apart and different
provinces, so "Shanxi Coal Group" beside two mentions of Shaanxi stays as written."""

from __future__ import annotations

import re
from collections import Counter

from app.domain.regions import candidates as places_named

_WORD = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{4,}(?![\w-])")
# the same words found in a text: the capital first and what stands before it checked behind it, so that the regex
# engine skips straight to the capitals (3x faster; tests/extract/test_fast_scans.py checks that both find the same)
_WORD_SCAN = re.compile(r"[A-Z](?<![\w-].)[A-Za-z]{4,}(?![\w-])")


def word_counts(text: str) -> Counter[str]:
    """The capitalised words of five letters or more in `text`, counted (computed once per article)."""
    return Counter(_WORD_SCAN.findall(text))


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one letter inserted, deleted or changed (same first letter)."""
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def recurring_spelling(name: str, counts: Counter[str]) -> str:
    """`name` with each word the article writes once replaced by the one-letter variant it writes at least twice."""
    words = name.split(" ")
    changed = False
    for k, word in enumerate(words):
        if counts.get(word, 0) != 1 or _WORD.fullmatch(word) is None:
            continue
        better = [w for w, n in counts.items() if n >= 2 and _one_edit(word, w)]
        if len(better) == 1 and not places_named(word):
            words[k], changed = better[0], True
    return " ".join(words) if changed else name
