"""An investor written as the short name an English article defines ("Harbin Pharmaceutical Group Co (HPGC) … HPGC
will invest N", "Norvale Glass Co., Ltd. (referred to as Norvale Co., Ltd.) plans to invest N"): the investor is given
as the article defines it, "Full Name (Short)", so that the analyst sees the full name and the short one the text goes
on using (tests/heldout/README.md keeps either as the investor)."""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,7}")
# the full name right before "(Short)": capitalised words, with "of", "and", "&" and company suffixes inside
_FULL_BEFORE = re.compile(
    r"(?<![\w&.-])(?P<full>[A-Z][\w&'-]*(?:,?\s+(?:[A-Z][\w&'.-]*|of|and|&|for))*?(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?"
    r"|Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|Group|Holdings))?)\s*$"
)
# "(referred to as X)", "(hereinafter referred to as "X")", "(hereinafter X)", "(“X”)": a short name defined
_DEFINES_BEFORE = re.compile(r"\(\s*(?:hereinafter\s+)?(?:(?:referred\s+to\s+as|called|or)\s+)?[\"“']?\s*$", re.I)
_DEFINED_AFTER = re.compile(r"\.?\s*[\"”']?\s*\)")


# " of China (Chalco)", " of China Co Ltd (Chalco)": the rest of a name cut at its place word, up to its short name
_CUT_REST = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'.-]*){0,3}?(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Corp\.?|Ltd\.?"
    r"|Limited|Inc\.?))?\s*\(\s*(?P<short>[A-Z][A-Za-z&]{1,9})\s*\)")


def completed_name(text: str, investor: str) -> str:
    """The short name the article defines for `investor` when `investor` is a name cut before " of <Place>" that
    runs on to "(Short)": "Aluminium Corporation" of "The Aluminium Corporation of China (Chalco)" is Chalco, the
    name the article goes on using (written again after its definition); else `investor`."""
    at = text.find(investor)
    if at < 0 or not investor[:1].isupper():
        return investor
    rest = _CUT_REST.match(text, at + len(investor))
    if rest is None or text.find(rest.group("short"), rest.end()) < 0:
        return investor  # a short name the article goes on using, not a bracketed place or note
    return rest.group("short")


def defined_name(text: str, investor: str) -> str:
    """`investor`, or "Full Name (Short)" when the text defines it as the short name of the full name before it: an
    abbreviation in parentheses right after a name beginning with its letter, or a short name "referred to as"."""
    abbreviation = _ABBREVIATION.fullmatch(investor) is not None
    at = text.find(investor)
    for _ in range(3):  # its first few occurrences
        if at < 0:
            return investor
        opens = _DEFINES_BEFORE.search(text, max(0, at - 40), at)
        if opens is not None and _DEFINED_AFTER.match(text, at + len(investor)) is not None and (
                abbreviation or opens.end() - opens.start() > 2):
            full = _FULL_BEFORE.search(text, max(0, opens.start() - 120), opens.start())
            name = " ".join(full.group("full").split()) if full is not None else ""
            if len(name) > len(investor) and (not abbreviation or name.startswith(investor[0])):
                return f"{name} ({investor})"
        at = text.find(investor, at + len(investor))
    return investor
