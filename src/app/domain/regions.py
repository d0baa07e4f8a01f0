"""The region gazetteer: every Chinese province, prefecture-level and county-level division by its
administrative division code (GB/T 2260), the development zones that investment news names (with
their parent's code), and the multi-province areas (京津冀, 长三角; no code).

Any alias of a place resolves to its code: Simplified and Traditional names with or without their
suffix (包头市, 包头, 包頭市), English names with or without City/Province/District/… (Baotou,
Baotou City) and pinyin (baotou). A code matches itself and every place inside it (a province's
code matches its cities and counties). Where an alias names several places (朝阳 is a city in
Liaoning and a district of Beijing and of Changchun), the choice is deterministic: a place inside
the given context (the document's region) first, then an exact name before a short form before
pinyin, then the higher level, then the places named by the earlier hand-made gazetteer, then the
lower code.

The data (data/regions.tsv) is generated once by scripts/make_regions.py; see data/README.md for
its sources and licences.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LEVELS = ("province", "prefecture", "county", "zone", "area")
LEVEL_ORDER = {level: i for i, level in enumerate(LEVELS)}

ETHNIC = (
    "朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|维吾尔|瑶|黎|仡佬|畲|水"
    "|毛南|仫佬|纳西|拉祜|佤|独龙|怒|普米|阿昌|德昂|基诺|鄂温克|鄂伦春|达斡尔|锡伯|满|土|撒拉|保安|东乡|裕固"
    "|塔吉克|各族|门巴|珞巴"
)
ZH_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|省|市|盟|县|区|旗)$")
_ZH_HANT_SUFFIX = re.compile(r"(?:特別行政區|自治區|自治州|自治縣|自治旗|地區|林區|省|市|盟|縣|區|旗)$")
_ZH_AUTONOMOUS = re.compile(rf"(.{{2,}}?)(?:(?:{ETHNIC})族?)+自治(?:州|区|县|旗)$")
EN_SUFFIXES = (
    "City", "Province", "Prefecture", "League", "County", "District", "Banner", "Municipality",
    "Autonomous Region", "Autonomous Prefecture", "Autonomous County", "Region", "Special Administrative Region",
    "SAR", "Area", "New Area", "Mining District", "Forestry District",
)
_EN_SUFFIX = re.compile(rf"\s+(?:{'|'.join(sorted(map(re.escape, EN_SUFFIXES), key=len, reverse=True))})$", re.I)
_KEY_DROP = re.compile(r"[\s'’\-‐.·]+")

EXACT, SHORT, PINYIN = 0, 1, 2
"""How an alias names its place: its full name, a short or suffixed form, or its pinyin."""


@dataclass(frozen=True)
class Place:
    """One place. Zones carry their parent's code; areas have an empty code."""

    code: str
    level: str
    parent: str
    name: str
    name_hant: str
    english: str
    pinyin: str
    curated: bool
    aliases: tuple[str, ...]

    @property
    def zone(self) -> str | None:
        """The zone's name (its code is the parent's), None for a division or area."""
        return self.name if self.level == "zone" else None

    @property
    def rank(self) -> int:
        return LEVEL_ORDER[self.level]


def zh_short(name: str) -> str | None:
    """包头 for 包头市, 延边 for 延边朝鲜族自治州, 包頭 for 包頭市; None when no shorter form of two or more
    characters exists."""
    m = _ZH_AUTONOMOUS.match(name)
    short = m.group(1) if m else _ZH_HANT_SUFFIX.sub("", ZH_SUFFIX.sub("", name))
    return short if 2 <= len(short) < len(name) else None


def en_base(name: str) -> str:
    """Baotou for Baotou City, Kundulun for Kundulun District."""
    return _EN_SUFFIX.sub("", name)


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    text = resources.files("app.domain").joinpath("data/regions.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        code, level, parent, zh, hant, en, pinyin, curated, aliases = line.split("\t")
        out.append(Place(code, level, parent, zh, hant, en, pinyin, curated == "1",
                         tuple(a for a in aliases.split("|") if a)))
    if not out:
        raise RuntimeError("the region gazetteer (app/domain/data/regions.tsv) is empty")
    return tuple(out)


@lru_cache(maxsize=1)
def _divisions() -> dict[str, Place]:
    return {p.code: p for p in places() if p.level in ("province", "prefecture", "county")}


def place(code: str | None) -> Place | None:
    """The administrative division with this code (not a zone), or None."""
    return _divisions().get(code or "")


def region_name(code: str | None, language: str = "en") -> str | None:
    """The canonical name of a code: Simplified Chinese (`zh`, `zh_CN`, `zh-Hans`) or English."""
    p = place(code)
    if p is None:
        return None
    return p.name if language.lower().startswith("zh") else p.english


def english_name(code: str | None) -> str | None:
    return region_name(code, "en")


def region_prefix(code: str) -> str:
    """The code prefix shared by a place and everything inside it: 15 for 150000, 1502 for 150200."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def within(code: str | None, area: str | None) -> bool:
    """Is the place `code` the place `area` or inside it?"""
    return bool(code and area) and str(code).startswith(region_prefix(str(area)))


def key(text: str) -> str:
    """The lookup form of an alias: NFKC, case-folded, without spaces, hyphens or apostrophes, with 臺 as 台."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text).casefold().replace("臺", "台"))


def alias_forms(p: Place) -> list[tuple[str, int]]:
    """Every written form of a place with how it names it (EXACT, SHORT or PINYIN)."""
    forms = _indexed_forms(p)
    if p.level not in ("zone", "area"):  # a zone's name is its own: "Suzhou New District" is no district
        base = en_base(p.english)
        forms += [(f"{base} {suffix}", SHORT) for suffix in EN_SUFFIXES]
        if p.pinyin:
            forms += [(f"{p.pinyin} {suffix}", PINYIN) for suffix in EN_SUFFIXES]
    return forms


def _indexed_forms(p: Place) -> list[tuple[str, int]]:
    """The forms the index holds; an English suffix (City, District, …) is taken off at look-up."""
    forms: list[tuple[str, int]] = [(p.name, EXACT), (p.name_hant, EXACT), (p.english, EXACT)]
    forms += [(a, EXACT) for a in p.aliases]
    for zh in (p.name, p.name_hant):
        short = zh_short(zh)
        if short and p.level != "zone":
            forms.append((short, SHORT))
            if p.level in ("province", "prefecture"):
                forms.append((short + ("省" if p.level == "province" else "市"), SHORT))
    if p.level != "area":
        forms.append((en_base(p.english), SHORT))
        if p.pinyin:
            forms.append((p.pinyin, PINYIN))
    return forms


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[int, Place]]]:
    index: dict[str, dict[tuple[str, str], tuple[int, Place]]] = defaultdict(dict)
    for p in places():
        for form, how in _indexed_forms(p):
            k = key(form)
            if not k:
                continue
            ident = (p.code, p.name)
            if ident not in index[k] or how < index[k][ident][0]:
                index[k][ident] = (how, p)
    return {k: list(v.values()) for k, v in index.items()}


def aliases() -> list[str]:
    """Every alias key of the gazetteer (for completers and tests)."""
    return list(_index())


def candidates(text: str, context: str | None = None) -> list[Place]:
    """Every place an alias or code names, the preferred first (see the module docstring)."""
    s = (text or "").strip()
    if s.isdigit() and len(s) in (2, 4, 6, 9, 12):
        code = (s + "0000")[:6] if len(s) < 6 else s[:6]
        p = place(code)
        return [p] if p else []
    index = _index()
    found = list(index.get(key(s), []))
    base = en_base(s)  # "Baotou City", "baotou district": also the place without its English suffix
    if base != s:
        exact = {id(p) for _, p in found}
        found += [(max(how, SHORT), p) for how, p in index.get(key(base), []) if id(p) not in exact]
    return [p for _, p in sorted(found, key=lambda hp: (
        0 if context and within(hp[1].code, context) else 1,
        hp[0], hp[1].rank, not hp[1].curated, hp[1].code))]


def resolve_place(text: str | None, context: str | None = None) -> Place | None:
    """The place an alias or code names (a zone keeps its own name; its code is its parent's)."""
    if not text:
        return None
    found = candidates(text, context)
    return found[0] if found else None


def resolve_region(text: str | None, context: str | None = None) -> str | None:
    """The division code an alias or code names ("包头", "包頭市", "baotou", "Baotou City" → 150200;
    a zone → its parent's code); None for text that names no coded place."""
    p = resolve_place(text, context)
    return p.code if p is not None and p.code else None
