"""An investor written as the abbreviation an English article defines ("Harbin Pharmaceutical Group Co (HPGC) … HPGC
will invest N"): the investor is given as the article defines it, "Full Name (ABBR)", so that the analyst sees the
full name and the abbreviation the text goes on using (tests/heldout/README.md keeps either as the investor)."""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,7}")
# the full name right before "(ABBR)": capitalised words, with "of", "and", "&" and company suffixes inside
_FULL_BEFORE = re.compile(
    r"(?<![\w&.-])(?P<full>[A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&'.-]*|of|and|&|for))*?(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?"
    r"|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group|Holdings))?)\s*$"
)


def defined_name(text: str, investor: str) -> str:
    """`investor`, or "Full Name (ABBR)" when it is an abbreviation the text defines after the full name, the
    name's first letter the abbreviation's."""
    if _ABBREVIATION.fullmatch(investor) is None:
        return investor
    at = text.find(f"({investor})")
    if at < 0:
        return investor
    full = _FULL_BEFORE.search(text, max(0, at - 100), at)
    if full is None or not full.group("full").startswith(investor[0]) or len(full.group("full")) <= len(investor):
        return investor
    return f"{' '.join(full.group('full').split())} ({investor})"
