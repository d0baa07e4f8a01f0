"""Simplified ↔ Traditional character tables, read once (lazily) from OpenCC's dictionaries.

Single characters only: enough to tell the scripts apart and to add the other script's forms to a
character set, at the cost of a dict lookup per character instead of OpenCC's phrase matcher."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=2)
def char_table(name: str) -> dict[str, str]:
    """{character: its first conversion} for `TSCharacters` (to Simplified) or `STCharacters`
    (to Traditional), without the characters that convert to themselves."""
    import opencc  # opencc-python-reimplemented ships the dictionaries as text files

    path = Path(opencc.__file__).parent / "dictionary" / f"{name}.txt"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        src, _, targets = line.partition("\t")
        dst = targets.split(" ")[0]
        if len(src) == 1 and len(dst) == 1 and src != dst:
            table[src] = dst
    return table


def traditional_only(chars: str) -> int:
    """How many of `chars` a Traditional→Simplified conversion changes."""
    table = char_table("TSCharacters")
    return sum(1 for c in chars if c in table)


def simplified_only(chars: str) -> int:
    """How many of `chars` a Simplified→Traditional conversion changes."""
    table = char_table("STCharacters")
    return sum(1 for c in chars if c in table)


def to_traditional(text: str) -> str:
    table = char_table("STCharacters")
    return "".join(table.get(c, c) for c in text)
