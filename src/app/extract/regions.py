"""Region mentions in an article: the places of the gazetteer (`app.domain.regions`: provinces,
prefecture-level and county-level divisions with their codes, development zones, areas) in Chinese
and English, plus zone phrases such as "Baotou Rare Earth High-tech Zone" or 和林格尔新区 found by
pattern (a zone named after a known place carries that place's code)."""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import lru_cache

from app.domain.regions import Place, places, resolve_place
from app.domain.regions import zh_short as domain_zh_short
from app.extract.index import Before, scan
from app.extract.trie import trie_pattern

LEVEL_RANK = {"zone": 0, "county": 1, "prefecture": 2, "province": 3, "area": 4}
_AMBIGUOUS_SHORT = frozenset(
    ["朝阳", "白山", "黄山", "中山", "长治", "海东", "海北", "海南藏族",
     "山南", "红河", "文山", "白银", "安康", "来宾", "普洱", "怒江", "海西",
     "宜春", "东兴", "凭祥", "平凉", "金昌", "三明", "玉树", "德宏", "吉安",
     "阿里", "新城", "九原", "青山", "东河", "固阳", "武川", "和田", "前海",
     "横琴", "亦庄", "泰安", "永州", "新乡", "通化", "铜仁", "黄南", "林芝",
     "那曲", "昌都", "伊春", "江门", "阳江", "本溪", "盘锦", "白城", "松原",
     "大庆", "双鸭山", "七台河", "鸡西"]
)
_ZH_ZONE_SUFFIX = (
    "稀土高新技术产业开发区|高新技术产业开发区|经济技术开发区|稀土高新区|高新区|经开区|开发区|新区|工业园区|产业园区|"
    "综合保税区|保税区|自贸区|自由贸易试验区|产业集聚区|示范区"
)
_ZH_ZONE = re.compile(f"(?:{_ZH_ZONE_SUFFIX})")
_EN_ZONE = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'-]*\s+){1,3}?(?:(?:[Rr]are\s+[Ee]arth|[Ee]conomic(?:\s+and\s+[Tt]echnological)?"
    r"|[Hh]igh-?[Tt]ech(?:nology)?|[Ii]ndustrial|[Ff]ree\s+[Tt]rade|[Bb]onded|[Pp]ilot)\s+)*"
    r"(?:[Hh]igh-?[Tt]ech(?:nology)?\s+(?:Industrial\s+)?(?:Development\s+)?[Zz]one|[Dd]evelopment\s+[Zz]one"
    r"|New\s+Area|New\s+District|Industrial\s+Park|Free\s+Trade\s+Zone|Bonded\s+Zone|Economic\s+Zone"
    r"|Pilot\s+Zone|Development\s+Area))"
)
# what every match reaches with only name characters before it (index.Before)
_EN_ZONE_WORDS = Before(("Zone", "zone", "Area", "District", "Park"), r"[^\w\s'-]")


Region = Place


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    region: Region | None  # None for a zone found only by pattern
    level: str

    @property
    def rank(self) -> int:
        return LEVEL_RANK.get(self.level, 5)

    @property
    def code(self) -> str | None:
        """The division code (a zone's is its parent's), None for an area or an unknown zone."""
        return self.region.code or None if self.region is not None else None


def gazetteer() -> list[Region]:
    return list(places())


def zh_short(name: str) -> str | None:
    short = domain_zh_short(name)
    return None if short is None or short in _AMBIGUOUS_SHORT else short


_GENERIC_COUNTY = frozenset(["城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "新区", "市辖区"])


def _matchable(p: Place) -> bool:
    """Counties the earlier gazetteer did not name match by their full name only, and not when that
    name is a common word (城区, 郊区): the 2,800 other county names would otherwise find places in
    ordinary words (合作, 东方, 新华)."""
    return p.level != "county" or p.curated or (len(p.name) >= 3 and p.name not in _GENERIC_COUNTY)


class _Names:
    """Chinese place names indexed by their first two characters. A regex character-class scan (fast in
    C) finds the few positions whose two characters can start a name (about one in ten); only those
    are looked up. A regex of the names' trie tried its ~900 first characters at every position."""

    def __init__(self, names: dict[str, Region]) -> None:
        self.names = frozenset(n for n in names if n)
        lengths: dict[str, set[int]] = {}
        for name in self.names:
            lengths.setdefault(name[:2], set()).add(len(name))
        self.lengths = {head: sorted(sizes, reverse=True) for head, sizes in lengths.items()}
        firsts = "".join(sorted({n[0] for n in self.names}))
        seconds = "".join(sorted({n[1] for n in self.names if len(n) > 1}))
        one_char = self.one_char = any(len(n) == 1 for n in self.names)
        # the first character consumed (not in a lookahead): the engine then skips straight to those
        # characters; each match is one character long, so the scan still tries every position
        self.heads = re.compile(f"[{re.escape(firsts)}]{'' if one_char else f'(?=[{re.escape(seconds)}])'}"
                                if firsts else "(?!)")

    def longest(self, form: str) -> list[tuple[int, int]]:
        """(start, end) of the longest name starting at each position, in text order (overlapping)."""
        out: list[tuple[int, int]] = []
        names, n = self.names, len(form)
        lengths = self.lengths.get
        if self.one_char:
            for m in self.heads.finditer(form):
                start = m.start()
                sizes = lengths(form[start : start + 2], [])
                for size in (*sizes, 1) if form[start] in names else sizes:
                    if start + size <= n and form[start : start + size] in names:
                        out.append((start, start + size))
                        break
            return out
        # most positions the class scan finds start no name's first two characters (about 16 of 190 in a
        # Chinese article): those are dropped in one comprehension before the names are looked up
        heads = self.lengths
        for start in [s for s in map(_start, self.heads.finditer(form)) if form[s : s + 2] in heads]:
            for size in heads[form[start : start + 2]]:
                if start + size <= n and form[start : start + size] in names:
                    out.append((start, start + size))
                    break
        return out


_start = operator.methodcaller("start")
_NOT_AFTER_WORD = r"(?<![\w'-].)"  # after a name's first character: no word character before that one


@lru_cache(maxsize=1)
def _tables() -> tuple[_Names, dict[str, Region], re.Pattern[str], dict[str, Region]]:
    zh: dict[str, Region] = {}
    en: dict[str, Region] = {}
    ordered = sorted(places(), key=lambda p: (not p.curated, p.rank, p.code))
    for r in ordered:
        if not _matchable(r):
            continue
        zh.setdefault(r.name, r)
        for alias in r.aliases:
            zh.setdefault(alias, r)
        short = zh_short(r.name) if (r.level != "county" or r.curated) and r.level != "zone" else None
        if short:
            zh.setdefault(short, r)
        if r.english:
            en.setdefault(r.english, r)
            if r.level == "county" and not r.curated:
                continue
            base = re.sub(r"\s+(?:City|Province|Prefecture|League)$", "", r.english)
            en.setdefault(base, r)
            for suffix in ("City", "Province", "Autonomous Region", "Prefecture", "County", "Municipality"):
                en.setdefault(f"{base} {suffix}", r)
    # (?<![\w'-]) checked after the first letter: the engine skips to the names' first letters
    en_re = re.compile(rf"(?:{trie_pattern(en, after_first=_NOT_AFTER_WORD)})(?![\w-])")
    return _Names(zh), zh, en_re, en


@lru_cache(maxsize=4096)
def _zone_place(name: str) -> Region | None:
    """The gazetteer's zone of that name, else the place a zone's name starts with ("Baotou …").
    (Memoised: the gazetteer is fixed for the process, and zone names repeat.)"""
    _, _, en_re, en = _tables()
    known = resolve_place(name)
    if known is not None:
        return known
    m = en_re.match(name)
    return en.get(m.group()) if m else None


def find_regions(form: str, language: str) -> list[RegionMention]:
    """Region and zone mentions in a matching form, in text order."""
    zh_names, zh, en_re, en = _tables()
    out: list[RegionMention] = []
    if language == "en":
        zones = [(m.start(), m.end()) for m in scan(_EN_ZONE, form, before=_EN_ZONE_WORDS)]
        for s, e in zones:
            out.append(RegionMention(s, e, _zone_place(form[s:e]), "zone"))
        for m in en_re.finditer(form):
            if zones and any(s <= m.start() < e for s, e in zones):  # (most articles name no zone)
                continue
            r = en.get(m.group())
            if r is not None:
                out.append(RegionMention(m.start(), m.end(), r, r.level))
    else:
        # the longest name at a position, then a zone suffix (和林格尔新区) when one follows; the scan
        # goes on after them, as a regex's finditer would
        pos = 0
        for start, end in zh_names.longest(form):
            if start < pos:
                continue
            r = zh.get(form[start:end])
            zone = _ZH_ZONE.match(form, end)
            pos = zone.end() if zone is not None else end
            if zone is not None:
                out.append(RegionMention(start, pos, r, "zone"))
            elif r is not None:
                out.append(RegionMention(start, end, r, r.level))
    out.sort(key=lambda x: x.start)
    return out
