"""How articles write an organisation an analyst confirmed or corrected: the aliases learning derives.

From the name as the analyst set it: the name with and without its legal suffixes (股份有限公司,
有限责任公司, 集团, Co., Ltd., Inc., Group, Holdings …), the short name after a leading place the
gazetteer knows (包头市, 内蒙古, Inner Mongolia), the brand without a trailing generic business word
(星辰新能源 of 星辰新能源科技) — and without the trade it names (鸿澜 of 鸿澜新材料) where the article writes
that brand alone —, the English name glued ("ZijinMining", as scraped pages write it), a brand the name or the
article gives in parentheses or quotes (以下简称"X", (hereinafter "X")), and each Chinese form in the other script
when the caller passes the conversion (`scripts`; the domain does not hold the character tables, `app.text`
does). Matching is case-insensitive, so case variants need no alias of their own.

A false investor is worse than none, so an alias is kept only when it is safe alone (`safe_alias`):
at least two Chinese characters or three Latin letters, not a place the gazetteer knows, not made of
common business words alone (科技, 集团, 时代, "China Energy", "Group") nor a month or weekday.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.domain.org_pairs import paired_names
from app.domain.regions import candidates as place_candidates

_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")

_ZH_LEGAL = re.compile(
    r"(?:(?:集团|控股)?(?:股份)?有限(?:责任)?公司|(?:集团)?股份公司|集团公司|控股集团|集团|控股|公司)$")
_EN_LEGAL = re.compile(
    r"(?:(?:,\s*|\s+)(?:co\.?,?\s*ltd\.?|company\s+limited|company|co\.?|corp\.?|corporation|incorporated|inc\.?|ltd\.?"
    r"|limited|llc|plc|group|holdings?|ag|gmbh|s\.a\.))\s*$|(?<=[a-z])(?:group|holdings)$",
    re.I)
# a trailing business word that leaves the brand (星辰新能源科技 → 星辰新能源)
_ZH_GENERIC_TAIL = re.compile(r"(?:科技|技术|实业|控股|投资|发展|产业|股份|国际|集团)+$")
# … and, one step further, the trade it names (鸿澜新材料 → 鸿澜, 惠科电子 → 惠科): the brand articles write alone
_ZH_TRADE_TAIL = re.compile(
    r"(?:新材料|材料|新能源|绿能|能源|电力|电气|电子|光电|汽车|软件|化工|化学|矿业|锂业|锂电|钢铁|硅业|硅|铝业|光伏|电池|储能"
    r"|医药|生物|环保|智能|装备|机械|重工|物流|半导体|显示|动力|制造)+$")

_ZH_COMMON = (
    "中国|中华|国家|国际|全球|亚洲|集团|公司|企业|科技|技术|实业|控股|投资|发展|产业|股份|能源|新能源|电力|电气|"
    "电子|汽车|软件|化工|化学|矿业|钢铁|建设|建筑|建工|地产|置业|物流|医药|生物|材料|新材料|光伏|环保|农业|"
    "文化|旅游|信息|网络|数据|智能|制造|装备|机械|重工|交通|铁路|航空|港口|城市|城投|水务|燃气|热力|石油|石化|"
    "煤业|煤炭|有色|稀土|黄金|银行|证券|保险|基金|资本|金融|贸易|商贸|物产|国有|国资|人民|政府|工业|经济|"
    "项目|开发|高新|园区|东方|中央|华夏|未来|世纪|阳光|绿色|新兴|联合|合作|创新|服务|管理|咨询|工程|时代|"
    "第一|第二|第三|集成|控制|电池|储能|硅业|铝业|乳业|食品|新型|现代|高端|数字"
)
_ZH_COMMON_RE = re.compile(f"(?:{_ZH_COMMON})")
# business words only (新能源科技, 投资发展): no name at all, however many
_ZH_BUSINESS_RE = re.compile(
    r"(?:科技|技术|实业|控股|投资|发展|产业|股份|国际|集团|公司|企业|有限|责任|能源|新能源|材料|新材料|建设|工程|开发)+")
_EN_COMMON = frozenset(re.findall(r"\S+", """
the of and for in on at to a an co ltd inc corp plc llc group holding holdings company corporation limited
china chinese international global national new energy power technology technologies tech industrial industry
industries investment investments development mining steel chemical chemicals materials resources electric
electrical electronics motor motors auto automotive construction engineering city bank capital trading logistics
pharmaceutical pharmaceuticals bio solar wind green smart digital data network railway petroleum oil gas coal
metal metals rare earth science sciences battery batteries manufacturing equipment machinery heavy state asia
asian pacific east west north south central first general united union future century sun star energy province
county district region area park zone project projects government people's peoples science innovation services
semiconductor semiconductors appliance appliances automobile automobiles petrochemical petrochemicals plastic
plastics wind-power photovoltaic pv new-energy hi-tech high-tech software systems solutions
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
"""))

# (以下简称"伊泰煤炭"), （简称：伊泰）, (hereinafter "Zijin"), (hereinafter referred to as "Zijin"), ("Zijin")
_ZH_CALLED = r"(?:以下|下文)?(?:简称|簡稱)\s*[:：]?\s*"
_ZH_QUOTED = r"[\"“「『](?P<{}>[^\"”」』()（）,，;；:：。]{{2,12}})[\"”」』]"
_BRAND = re.compile(
    rf"\s*[(（,，]\s*(?:{_ZH_CALLED}(?:{_ZH_QUOTED.format('zh')}|(?P<zb>[^\"“()（）,，;；:：。\s]{{2,12}})(?=[)）,，;；。\s]))"
    rf"|{_ZH_QUOTED.format('zq')})\s*[)）]?"
    r"|\s*[(（]\s*(?:(?:hereinafter|hereafter)\s*(?:referred\s+to\s+as|called)?\s*(?:the\s+)?)?[\"“'‘]"
    r"(?P<en>[^\"”'’()]{3,40})[\"”'’]\s*[)）]",
    re.I)
_END_PAREN = re.compile(r"\s*[(（](?P<inner>[^()（）]{2,30})[)）]\s*$")
_PAREN = re.compile(r"\s*[(（][^()（）]{1,30}[)）]")
_PLACE_LEVELS = ("province", "prefecture")


def safe_alias(alias: str) -> bool:
    """May this form stand alone for an organisation? (see the module docstring)"""
    a = " ".join(alias.split())
    cjk = len(_CJK.findall(a))
    if cjk:
        if cjk < 2 or _ZH_COMMON_RE.fullmatch(a) or _ZH_BUSINESS_RE.fullmatch(a):
            return False
    else:
        if len(_LATIN.findall(a)) < 3:
            return False
        words = [w for w in re.split(r"[\s,.&'’-]+", a.lower()) if w]
        if not words or all(w in _EN_COMMON for w in words):
            return False
    return not _is_place(a)


_EN_REFERRING = re.compile(r"(?:the|this|that|its|our|their)\s", re.I)
_EN_REFERRED = frozenset(("parent", "firm", "subsidiary", "unit", "maker", "enterprise", "venture", "joint", "listed",
                          "latter", "former", "this", "that", "its", "our", "their"))
_ZH_REFERRING = re.compile(r"[该本此其我](?:公司|集团|企业|单位)")


def learnable(name: str) -> bool:
    """May an analyst's investor be learned at all? Not a place, month or weekday, nor one common word
    alone (an investor "集团" or "Thursday" would teach false investors); the name as a whole is the
    analyst's, so a longer name of common words ("China Energy Investment Group") is learned."""
    a = " ".join(name.split())
    cjk = len(_CJK.findall(a))
    if (cjk < 2 and len(_LATIN.findall(a)) < 3) or (cjk and _ZH_COMMON_RE.fullmatch(a)):
        return False
    if not cjk and _EN_REFERRING.match(a) and all(w in _EN_COMMON or w in _EN_REFERRED
                                                  for w in re.findall(r"[a-z]+", a.lower())):
        return False  # "The company", "the Group": a word referring to whoever the article is about
    if cjk and _ZH_REFERRING.fullmatch(a):
        return False  # 该公司, 本集团
    return not (not cjk and a.lower() in _EN_COMMON) and not _is_place(a)


def _is_place(text: str) -> bool:
    return any(p.level in _PLACE_LEVELS or p.curated for p in place_candidates(text))


def without_legal_suffix(name: str) -> list[str]:
    """The name with its legal suffixes taken off one by one: "Zijin Mining Group Co., Ltd." →
    ["Zijin Mining Group", "Zijin Mining"]; 中国石化集团有限公司 → [中国石化]."""
    out: list[str] = []
    current = name
    legal = _EN_LEGAL if current.isascii() else _ZH_LEGAL
    for _ in range(4):
        shorter = legal.sub("", current).strip(" ,")
        if not shorter or shorter == current:
            break
        out.append(shorter)
        current = shorter
    return out


def without_leading_place(name: str) -> str | None:
    """The name after the provinces and cities it opens with (包头市星辰科技 → 星辰科技, Inner Mongolia Yitai
    Coal → Yitai Coal), or None when it opens with none."""
    rest = name
    for _ in range(3):
        cut = _leading_place(rest)
        if cut is None:
            break
        rest = rest[cut:].lstrip(" ,·-")
    return rest if rest and rest != name else None


def _leading_place(name: str) -> int | None:
    if name.isascii():
        words = list(re.finditer(r"\S+", name))
        for n in range(min(3, len(words) - 1), 0, -1):
            if _is_place(name[: words[n - 1].end()]):
                return words[n - 1].end()
        return None
    for size in range(min(8, len(name) - 2), 1, -1):
        if _CJK.match(name, size - 1) and _is_place(name[:size]):
            return size
    return None


def brand_of(name: str, written: str) -> bool:
    """Is `written` the Chinese name's brand without the trade it names (惠科 of 惠科电子有限公司, 鸿澜 of
    鸿澜新材料股份有限公司)? Such a brand names the group, not the one company the analyst confirmed: an article
    writing it is given it as written."""
    if not _CJK.search(written) or not name.startswith(written) or len(name) <= len(written):
        return False
    rest = _ZH_GENERIC_TAIL.sub("", _ZH_LEGAL.sub("", name[len(written) :]))
    return bool(rest) and _ZH_TRADE_TAIL.fullmatch(rest) is not None


def _written_alone(context: str, short: str, longer: str,
                   scripts: Callable[[str], Iterable[str]] | None) -> bool:
    """Does the article write `short` other than as the start of `longer` (鸿澜将… beside 鸿澜新材料), in either
    script? A brand without its trade (星辰 of 星辰新能源) is too common a word to take on the name's word alone."""
    shorts, longers = {short, *(scripts(short) if scripts else ())}, {longer, *(scripts(longer) if scripts else ())}
    return context != "" and sum(map(context.count, shorts)) > sum(map(context.count, longers))


def _brand(m: re.Match[str]) -> str:
    return (m.group("zh") or m.group("zb") or m.group("zq") or m.group("en") or "").strip()


def brands_in(text: str, names: Iterable[str]) -> list[str]:
    """A brand the text gives right after one of the names: 伊泰煤炭股份有限公司（以下简称"伊泰煤炭"）, X Co.,
    Ltd. (hereinafter "X")."""
    out: list[str] = []
    for name in names:
        at = text.find(name) if name else -1
        while at >= 0 and len(out) < 4:
            m = _BRAND.match(text, at + len(name))
            if m is not None:
                brand = _brand(m)
                if brand and brand not in out:
                    out.append(brand)
            at = text.find(name, at + len(name))
    return out


_EN_GLUE = re.compile(r"(?<=[a-z])\s+(?=(?:Group|Holdings|Corporation|Company)\b)")


def _en_brand(form: str) -> str:
    """The English name without its trailing business words: "Zoomlion Heavy Industry Science and
    Technology" → "Zoomlion", "Trina Solar" → "Trina" (kept only when safe alone)."""
    words = form.split()
    while len(words) > 1 and words[-1].lower().strip(",.") in _EN_COMMON:
        words.pop()
    return " ".join(words)


def _glued(forms: list[str]) -> list[str]:
    """How scraped pages glue an English name: "China Energy InvestmentGroup", "ZijinMining"."""
    out = [_EN_GLUE.sub("", f) for f in forms]
    out += [f.replace(" ", "") for f in forms if len(f.split()) == 2 and f.replace(" ", "").isalpha()]
    return [g for g in out if g not in forms]


def _safe(form: str, scripts: Callable[[str], Iterable[str]] | None) -> bool:
    """safe_alias in every script: the common-word lists are in Simplified characters, so 時代 (what 寧德時代
    leaves without the place 寧德) is judged as 时代."""
    if not safe_alias(form):
        return False
    return scripts is None or not _CJK.search(form) or all(safe_alias(v) for v in scripts(form))


def org_aliases(name: str, *, context: str = "", scripts: Callable[[str], Iterable[str]] | None = None,
                known: Iterable[str] = ()) -> list[str]:
    """[the name, *its aliases] (see the module docstring); `context` is the article the name was set in
    (for a brand it introduces, or another name it writes beside one of the organisation's names: 比亚迪(BYD),
    app.domain.org_pairs — with that name's own short forms), `scripts` gives a Chinese form's other-script
    forms, `known` are names of the organisation learned before (their neighbours in `context` count too)."""
    name = " ".join(name.split())
    inline = _BRAND.search(name)
    if inline is not None and (inline.start() < 2 or inline.end() < len(name)):
        inline = None  # only a brand the name ends with
    brand_at_end = _brand(inline) if inline is not None else None
    end_paren = _END_PAREN.search(name) if inline is None else None
    if end_paren is not None and end_paren.start() >= 2 and not _is_place(end_paren.group("inner")):
        inline, brand_at_end = end_paren, end_paren.group("inner").strip()  # 中国石油化工股份有限公司（中国石化）
    base = name[: inline.start()].strip() if inline is not None else name
    forms: list[str] = [base]
    if _PAREN.search(base):  # 孚能科技(赣州)股份有限公司, Intel Semiconductor (Dalian) Ltd.: also without the place
        forms.append(_PAREN.sub("", base))
    for form in list(forms):
        forms += without_legal_suffix(form)
    for form in list(forms):
        local = without_leading_place(form)
        if local:
            forms.append(local)
            forms += without_legal_suffix(local)
    if not base.isascii():
        for form in list(forms):
            brand = _ZH_GENERIC_TAIL.sub("", form)
            if brand != form:
                forms.append(brand)
            trade = _ZH_TRADE_TAIL.sub("", brand)
            if trade != brand and len(_CJK.findall(trade)) >= 2 and _written_alone(context, trade, brand, scripts):
                forms.append(trade)
    else:
        forms += [brand for f in list(forms) if (brand := _en_brand(f)) != f]
        forms += _glued([f for f in forms if f == base or safe_alias(f)])
    if brand_at_end:
        forms.append(brand_at_end)
    if context:
        forms += brands_in(context, [base, *forms[1:3]])
        own = [*forms, *known]
        if scripts is not None:
            own += [other for f in list(own) if _CJK.search(f) for other in scripts(f)]
        for other in paired_names(context, own):
            if learnable(other):
                forms += org_aliases(other, scripts=scripts)
    if scripts is not None:
        forms += [other for f in list(forms) if _CJK.search(f) and _safe(f, scripts) for other in scripts(f)]
    out: list[str] = [name]
    seen = {name.casefold()}
    for f in forms:
        f = " ".join(f.split())
        if f.casefold() not in seen and _safe(f, scripts):
            seen.add(f.casefold())
            out.append(f)
    return [name, *sorted(out[1:])]


__all__ = ["brand_of", "brands_in", "learnable", "org_aliases", "safe_alias", "without_leading_place",
           "without_legal_suffix"]
