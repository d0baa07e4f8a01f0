"""Another name an article gives an organisation right beside a name of it: where its aliases in the other
script or language come from.

Articles introduce a company's other name next to the one they use: "比亚迪(BYD)", "BYD Co., Ltd. (比亚迪股份
有限公司)", "比亚迪股份有限公司（以下简称“比亚迪”）", "Contemporary Amperex Technology Co., Limited (CATL)",
"Hon Hai Precision Industry, known as Foxconn", "富士康（又称鸿海）". `names_beside` finds, for a name written at
text[start:end], the spans of the names written so beside it — in parentheses right after it, or the name
before the parentheses it stands in, or after/before "known as" (又称, 又名, 简称 …). What is in the parentheses
must look like a name: no digits (a stock code, a year), no comma or colon, Latin text starting with a capital
letter, Chinese text of Chinese characters only; the caller judges the rest (`org_names.safe_alias`: not a
place like "(深圳)", not a common word like "(集团)").
"""

from __future__ import annotations

import re

_CJK_CHAR = r"\u3400-\u9fff"
# what may introduce the other name inside the parentheses or after a comma
_CALLED = (r"(?i:(?:以下|下文)?(?:简称|簡稱|下称|下稱)\s*[:：]?|又称|又稱|又名|亦称|亦稱|也称|也稱|俗称|俗稱|原名"
           r"|英文名[称稱]?\s*[:：]?|中文名[称稱]?\s*[:：]?|(?:also\s+|better\s+|commonly\s+|formerly\s+)?known\s+as"
           r"|a\.?k\.?a\.?|hereinafter(?:\s+referred\s+to\s+as|\s+called)?|formerly)")
_OPEN_Q = "\"“「『'‘"
_CLOSE_Q = "\"”」』'’"
_INSIDE = re.compile(
    rf"\s*[(（]\s*(?:{_CALLED}\s*)?[{_OPEN_Q}]?\s*(?P<o>[^()（）{_OPEN_Q}{_CLOSE_Q},，;；。:：\n]{{2,60}}?)\s*"
    rf"[{_CLOSE_Q}]?\s*[)）]")
# "…, known as Foxconn", "，又称鸿海": the other name after the words
_AFTER_WORDS = re.compile(
    rf"\s*[,，]?\s*(?:{_CALLED})\s*(?:the\s+)?[{_OPEN_Q}]?\s*(?P<o>[{_CJK_CHAR}·]{{2,20}}|[A-Z][\w&.'’-]*"
    r"(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*)")
# before the name: it stands inside parentheses, or after "known as" following a comma
_OPENED = re.compile(rf"[(（]\s*(?:{_CALLED}\s*)?[{_OPEN_Q}]?\s*$")
_CLOSED = re.compile(rf"\s*[{_CLOSE_Q}]?\s*[)）]")
_WORDS_BEFORE = re.compile(rf"[,，]\s*(?:{_CALLED})\s*(?:the\s+)?[{_OPEN_Q}]?\s*$")

_EN_LEGAL = re.compile(r"(?i:co\.?,?|ltd\.?,?|inc\.?,?|corp\.?,?|plc|llc|limited)")
_EN_NAME = re.compile(r"[A-Z][\w&.,'’ -]*")
_CJK_NAME = re.compile(rf"[{_CJK_CHAR}·]{{2,24}}")
# words a Chinese name never starts after: cut there (…奠基的比亚迪 → 比亚迪)
_ZH_LEAD = re.compile(r".*[的与及由被向对了是在将从据]")
_LEAD_WORDS = frozenset({"the", "of", "and", "&"})


def names_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the other names written beside the name at text[start:end] (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for pattern in (_INSIDE, _AFTER_WORDS):
        m = pattern.match(text, end)
        if m is not None:
            span = _trimmed(text, *m.span("o"))
            if span is not None:
                out.append(span)
    opened = _OPENED.search(text, max(0, start - 40), start)
    if opened is not None and _CLOSED.match(text, end):
        span = _name_before(text, opened.start())
        if span is not None:
            out.append(span)
    words = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is not None:
        span = _name_before(text, words.start())
        if span is not None:
            out.append(span)
    own = text[start:end].casefold()
    return [s for s in out if text[s[0] : s[1]].casefold() != own]


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span as a name, or None when it does not look like one."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    other = text[lo:hi]
    if len(other) < 2 or any(ch.isdigit() for ch in other):
        return None
    if _CJK_NAME.fullmatch(other):
        return lo, hi
    if other.isascii() and _EN_NAME.fullmatch(other) and len(other.split()) <= 8:
        return lo, hi
    return None


def _name_before(text: str, pos: int) -> tuple[int, int] | None:
    """The name that ends right before pos (spaces skipped): Chinese characters back to a break or a word no
    name starts after, or capitalised English words (with of / and / & and legal suffixes between them)."""
    hi = pos
    while hi > 0 and text[hi - 1].isspace():
        hi -= 1
    if hi == 0:
        return None
    if re.match(f"[{_CJK_CHAR}]", text[hi - 1]):
        lo = hi
        while lo > 0 and hi - lo < 24 and re.match(f"[{_CJK_CHAR}·]", text[lo - 1]):
            lo -= 1
        lead = _ZH_LEAD.match(text, lo, hi - 1)
        if lead is not None:
            lo = lead.end()
        return _trimmed(text, lo, hi)
    lo = hi
    for m in reversed(list(re.finditer(r"\S+", text[max(0, hi - 120) : hi]))):
        token = m.group()
        if token.endswith(",") and not _EN_LEGAL.fullmatch(token):
            break  # the clause before ("On Monday, …")
        if not (token[0].isupper() or token in _LEAD_WORDS or _EN_LEGAL.fullmatch(token)):
            break
        lo = max(0, hi - 120) + m.start()
    words = text[lo:hi].split()
    while words and words[0].lower() in _LEAD_WORDS:
        lo = text.index(words[1], lo + len(words[0])) if len(words) > 1 else hi
        words = words[1:]
    if not words:
        return None
    return _trimmed(text, lo, hi)


def paired_names(text: str, names: list[str], limit: int = 12) -> list[str]:
    """The other names `text` writes beside any of `names` (each name looked for where it is written whole;
    at most `limit` occurrences of each)."""
    out: list[str] = []
    for name in dict.fromkeys(n for n in names if len(n) >= 2):
        at, seen = text.find(name), 0
        while at >= 0 and seen < limit:
            seen += 1
            end = at + len(name)
            whole = not (name[0].isascii() and name[0].isalnum() and at > 0 and text[at - 1].isalnum()
                         or name[-1].isascii() and name[-1].isalnum() and end < len(text) and text[end].isalnum())
            if whole:
                out += [text[lo:hi] for lo, hi in names_beside(text, at, end) if text[lo:hi] not in out]
            at = text.find(name, end)
    return out


__all__ = ["names_beside", "paired_names"]
