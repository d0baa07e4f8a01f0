"""Compile a list of literal words into one compact alternation regex (a character trie), so that a
gazetteer of a thousand names is matched in one pass without trying each name at each position."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str], after_first: str = "") -> str:
    """`after_first` (a zero-width check) is written after each word's first character: a lookbehind
    there instead of before the whole alternation ("(?<![\\w'-].)" for "(?<![\\w'-])") leaves the pattern
    starting with its first characters, and the regex engine then skips straight to them instead of
    trying the check at every position (2.5 times faster for the English place names)."""
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root, after_first) or "(?!)"


def _render(node: dict[str, dict], after_first: str = "") -> str:
    end = "" in node
    branches = [re.escape(ch) + after_first + _render(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        # longer alternatives first: greedy optional group keeps the longest name
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
