"""Simplified ↔ Traditional Chinese, one character for one.

Single characters only, each to its first (most common) conversion: enough to tell the scripts apart,
to add the other script's forms to a character set, and to match Traditional text with Simplified
patterns at the same offsets — at the cost of a dict lookup per character instead of OpenCC's phrase
matcher. The tables are read once, lazily, from this package's `data/` folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

TO_SIMPLIFIED = "ts_characters.tsv"
TO_TRADITIONAL = "st_characters.tsv"


class ScriptTableError(RuntimeError):
    """A character table is missing or unreadable: the installation is incomplete (reinstall FactDesk)."""


@lru_cache(maxsize=4)
def load_table(name: str) -> Mapping[str, str]:
    """{character: its conversion} from `data/NAME`; raises ScriptTableError when it is missing,
    unreadable, malformed or empty."""
    resource = resources.files("app.text").joinpath("data", name)
    try:
        lines = resource.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptTableError(
            f"character table {name} cannot be read, reinstall FactDesk ({type(exc).__name__}: {exc})"
        ) from exc
    table: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        src, tab, dst = line.partition("\t")
        if not tab or len(src) != 1 or len(dst) != 1:
            raise ScriptTableError(
                f"character table {name}, line {number}: expected 'character<TAB>character', reinstall FactDesk"
            )
        table[src] = dst
    if not table:
        raise ScriptTableError(f"character table {name} is empty, reinstall FactDesk")
    return MappingProxyType(table)


def to_simplified_table() -> Mapping[str, str]:
    """Traditional → Simplified (OpenCC TSCharacters), only the characters that change."""
    return load_table(TO_SIMPLIFIED)


def to_traditional_table() -> Mapping[str, str]:
    """Simplified → Traditional (OpenCC STCharacters), only the characters that change."""
    return load_table(TO_TRADITIONAL)


def traditional_only(chars: str) -> int:
    """How many of `chars` a Traditional→Simplified conversion changes."""
    table = to_simplified_table()
    return sum(1 for c in chars if c in table)


def simplified_only(chars: str) -> int:
    """How many of `chars` a Simplified→Traditional conversion changes."""
    table = to_traditional_table()
    return sum(1 for c in chars if c in table)


def to_traditional(text: str) -> str:
    """The text with each Simplified character replaced by its Traditional form (same length)."""
    table = to_traditional_table()
    return "".join(table.get(c, c) for c in text)
