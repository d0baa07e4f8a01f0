"""The short names a Chinese article uses for a company it also names in full: the full legal name without its
legal form and without the places that open it (山东某某轮胎股份有限公司 → 某某轮胎), or, when that is longer
than six, its first four characters (某某国际集成电路制造有限公司 → 某某国际), when the article writes that
short name on its own elsewhere. A company called by its short name in the next sentences (某某轮胎还将建设…)
is then known as a company although its short name has no business word; a short name the article never writes
alone is not guessed. Also the names an article defines in brackets after a company's (以下简称"某某", 乙方)."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.orgs import mainland_place

# a full legal name's form: what precedes it back to punctuation, a 的 or a verb is not part of it
_LEGAL_FORM_BEFORE = re.compile(r"(?:集团)?(?:股份有限|有限责任|有限|集团)公司$")
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,16}$")
# what cannot open a name: a relative clause's 的, a preposition or verb before the name
_OPENING_CUT = re.compile(r".*(?:的|由|与|和|及|对|向|在|是|为|据悉|位于|其中|子公司|旗下)")
_LEGAL_TAIL = re.compile(r"(?:集团|股份|控股|实业)+$")
# a short name that is no company's by itself: a word naming a class, a place's word
_NOT_SHORT = re.compile(r"[省市县区镇乡村]$|^(?:中国|中华|全国|国际|公司|集团|项目)$")


def _full_names(plain: str) -> list[tuple[int, str]]:
    """(start, name without its legal form) of the full legal names the article writes."""
    out: list[tuple[int, str]] = []
    at = plain.find("公司")
    while at >= 0:
        legal = _LEGAL_FORM_BEFORE.search(plain, max(0, at - 6), at + 2)
        at_next = plain.find("公司", at + 2)
        if legal is None:
            at = at_next
            continue
        before = _NAME_BEFORE.search(plain, max(0, legal.start() - 16), legal.start())
        at = at_next
        if before is None:
            continue
        name = before.group()
        cut = _OPENING_CUT.match(name)
        if cut is not None:
            name = name[cut.end() :]
        start = legal.start() - len(name)
        name = _LEGAL_TAIL.sub("", name)
        if len(name) >= 2:
            out.append((start, name))
    return out


def without_place(name: str) -> str:
    """The name without the mainland place that opens it (山东某某 → 某某), if a name of two or more is left."""
    cut = True
    while cut:  # 内蒙古|鄂尔多斯|某某: each place of a chain
        cut = False
        for k in (4, 3, 2):
            if len(name) - k >= 2 and mainland_place(name[:k]):
                name, cut = name[k:], True
                break
    return name


def _written_alone(plain: str, short: str, core: str) -> bool:
    """Whether `short` stands somewhere in the text other than inside the name `core` it is taken from."""
    offset = core.find(short)
    i = plain.find(short)
    while i >= 0:
        goes_on = plain[i + len(short) : i + len(short) + 1] == "化"  # (天然橡胶产业化: "-isation", no short name)
        if (plain[i - offset : i - offset + len(core)] != core or i < offset) and not goes_on:
            return True
        i = plain.find(short, i + 1)
    return False


def short_names(plain: str) -> list[tuple[int, str]]:
    """(position of the full name, short name) for each short name of a full legal name the article also writes
    on its own (not only as part of the full name)."""
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    for start, core in _full_names(plain):
        bare = without_place(core)
        candidates = [bare] if len(bare) <= 6 else [bare[:4]]  # (not 山东某某 of 山东某某宏河纸业)
        for short in candidates:
            if short in seen or len(short) < 2 or _NOT_SHORT.search(short) or mainland_place(short):
                continue
            if _written_alone(plain, short, core):
                seen.add(short)
                out.append((start, short))
    return out


# a name the article defines for a company in brackets after it: X有限公司(以下简称"Y"), 该公司(乙方)
_DEFINED = re.compile(
    r"\((?:以下|下文)?(?:简称|下称|称)[:：]?[\"“「]?(?P<a>[\u4e00-\u9fffA-Za-z]{2,10})[\"”」]?\)"
    r"|\((?P<party>[甲乙丙丁]方)\)"
)
_BACK = re.compile(r"(?:该|本|其)?公司$")


@lru_cache(maxsize=4)
def defined_names(form: str) -> tuple[tuple[str, int], ...]:
    """(defined name, end of the name it stands for) for each name the article defines in brackets after a
    company's name (…有限公司(以下简称"某某公司"), 该公司(乙方))."""
    if "(" not in form:
        return ()
    return tuple((m.group("a") or m.group("party"), m.start()) for m in _DEFINED.finditer(form))


def refers_back(name: str) -> bool:
    """Whether the name a definition stands for is itself a reference back (该公司, 公司)."""
    return _BACK.search(name) is not None and len(name) <= 3
