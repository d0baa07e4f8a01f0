"""The company an article is about, read as the article's own known organisation.

A company's announcement, a report on one company's plants, a profile: the article names its company in the
headline or the lead and keeps naming it, and many of its sentences then give an amount with no name at all
("该项目总投资10亿元", "首期投资N", "Total investment has reached N", "broke ground for a $300 million line").
An analyst reading it knows whose investment that is. The rules read one sentence; this reads the article:

- the companies it names: legal names (…有限公司, "… Co., Ltd."), the short names the article establishes
  (app.extract.company_zh.known_names), the English companies its sentences name as subjects (app.extract.subject_en;
  not a person, a place, an acronym it does not define, nor a word opening a headline: "Why"); in Chinese every tail
  of the run of characters before a legal form (蒙牛 of …蒙牛集团), the longest written as often standing for it;
- each counted by how often its core is written: the name without its legal form and, in Chinese, without the
  places opening it (泸州老窖 → 老窖); a short name counts with the longer names it begins (合盛 with 合盛硅业), and a
  word that ends another company's name is a trade's (动力 of 亿纬动力, 啤酒 of 青岛啤酒), never a company's;
- the article's company is named in the headline, written at least three times, at least twice as often as any
  other company, and at least as often as the other companies written twice or more are many. An article about a
  region's round-up, or about two companies' venture, has none.

Its places then act as a learned organisation's do (app.extract.learned): a project with no investor takes it
where its clause or sentence names it, or where the sentence before says it invests; else where the project's
sentence names no organisation and no place before the amount (a place's own project, 岳阳市冷链物流园项目, is not
the company's). A target or indicator amount it invests (app.extract.learned_investments: its verb, never an annual
plan, a period's total or several projects' sum) becomes its project. The fact's origin says so
(`rules-zh/article-company`, `rules-en/article-company`), and the name is written as the article writes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.schema import CURRENCIES, FactDraft, Kind
from app.extract.company_en import described_lead
from app.extract.company_zh import known_names
from app.extract.index import anchored_finditer
from app.extract.learned import investor_among, make_project
from app.extract.learned_investments import investing_org, names_org
from app.extract.names_zh import government, not_a_name
from app.extract.orgs import NO_COMPANY_ACRONYMS, ZH_INDUSTRY_WORDS, introduced_names, is_company_name, mainland_place
from app.extract.short_zh import without_place
from app.extract.textprep import word_positions

if TYPE_CHECKING:
    from app.extract.learned_heads import Hit
    from app.extract.pipeline import Document

ORIGIN_FAMILY = "article-company"
_MIN_COUNT = 3  # written at least this often
_HEADLINE = 160  # a first line longer than this is a paragraph: its first sentence is the headline
_ZH_LEGAL = re.compile(r"(?:(?:集团)?(?:股份有限|有限责任|有限)?公司|集团|股份|控股)+$")
_EN_LEGAL = re.compile(
    r"(?:[,\s]+(?:Co\.?,?\s*(?:Ltd|LTD)\.?|Co\.|Company|Group|Corporation|Corp\.?|Inc\.?|Holdings|Ltd\.?|Limited"
    r"|LLC|PLC|Plc))+$"
)
_NO_COMPANY_ZH = re.compile(r"^(?:该|本|其|公司|集团|我|贵|是|的|由|与|和|在|为)|政府|管委会|[省市县区]委"
                            r"|[省市县区镇乡州旗盟]$|高新区|开发区|经开区|新区|园区|工业园")
# a legal form or a group's word after a company's name, and the run of Chinese characters before it
# (written out as alternatives that each open with a character, in the order `(?:股份有限|有限责任|有限)?公司|集团|股份`
# tries them: the regex engine then skips to their first characters, 5x faster; tests/extract/test_fast_scans.py)
_ZH_ORG_WORD = re.compile(r"股份有限公司|有限责任公司|有限公司|公司|集团|股份")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")
_ZH_BRANCH_NAME = re.compile(r"([\u4e00-\u9fff]{2,6})\([\u4e00-\u9fff]{2,4}\)[\u4e00-\u9fff]{0,10}?(?:有限公司|集团)")
_HEAD_MAX = 10
_ZH_FUNCTION = re.compile(r".*(?:[与的在对向从由为是将把被赴至于及]|子公司|旗下|下属|公司|集团)")
# question words and adverbs that open an English sentence or headline, capitalised but no name
_EN_CLOSED = frozenset(["Why", "What", "How", "When", "Where", "Who", "Which", "There", "Here", "Today", "Now", "Also",
                        "Meanwhile", "However", "Moreover", "Besides", "Yet", "Still", "Then", "Thus"])
# what a trade or a business is called, no company's own word: a name of these alone is no company's (玻璃, 有色金属)
_ZH_TRADE_WORDS = re.compile(ZH_INDUSTRY_WORDS + "|科技|实业|发展|投资|控股|工业|国际|中国|有色|金属|建材|机械|贸易"
                             "|集团|股份|国有|合资|合作|独资|外资|中外"
                             "|玻璃|水泥|钢铁|纺织|服装|服饰|轮胎|化纤|纸业|造纸|铜业|铝业|牧业|乳业|食品|药业|制药|电气|电力|光电|光能"
                             "|硅业|矿业|煤业|化学|石化|石油|电缆|重工|机床|船舶|铁路|地产|置业|酒业|木业|饮料|环保|水务|交通|建工|城投"
                             "|建筑|[东南西北中]部|分")


def company_hits(doc: Document, people: Sequence[str] = ()) -> list[Hit]:
    """(start, end, -1, name) of each place the article writes its company's core, in order; [] when the
    article is about no one company. `people`: the names of the people the article quotes (none is a company)."""
    view = doc.plain if not doc.is_en else None  # (the Document's plain_view of its form, read once)
    plain = view.text if view is not None else doc.low
    written, names = _named(doc, plain, people)
    where = view.where if view is not None else None
    return _grouped(doc, plain, where, written, names)


def company_names(doc: Document, people: Sequence[str] = ()) -> dict[str, list[tuple[int, int]]]:
    """Each company the article names (app.extract.document_orgs), by its core (江苏金浦 and 金浦 are one), read as
    `company_hits` reads the article's company (a place's start, a trade's word: none), with the (start, end) of
    every place it is written."""
    view = doc.plain if not doc.is_en else None  # (the Document's plain_view of its form, read once)
    plain = view.text if view is not None else doc.low
    written, names = _named(doc, plain, people)
    where = view.where if view is not None else None
    spans: dict[str, list[tuple[int, int]]] = {}
    for bare, core in names.items():
        spans.setdefault(core, []).extend(
            (where[at], where[at + len(bare) - 1] + 1) if where is not None else (at, at + len(bare))
            for at in written[bare])
    return spans


def _named(doc: Document, plain: str, people: Sequence[str]) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Where each company name is written (in `plain`), and the names that stand for a company, with their cores
    (read once per article: the article's company and the companies it names are both read from them)."""
    if doc.named_companies is None:
        doc.named_companies = _read_named(doc, plain, people)
    return doc.named_companies


def _read_named(doc: Document, plain: str, people: Sequence[str]) -> tuple[dict[str, list[int]], dict[str, str]]:
    written = {b: p for b in _names(doc, plain, people) if (p := _occurrences(plain, b, doc.is_en))}
    # a name always written inside a longer one is that one's part (西澳中木业 of 广西澳中木业)
    # (compared only with the names written as often: the same names as comparing every pair, fewer comparisons)
    by_count: dict[int, list[str]] = {}
    for b, p in written.items():
        by_count.setdefault(len(p), []).append(b)
    whole = [b for b in written if not any(b != o and b in o for o in by_count[len(written[b])])]
    cores = {bare: core for bare in whole if (core := _core(bare, doc.is_en)) is not None
             and not _in_places(doc, plain, written[bare], len(bare))}
    # a word that ends another company's name is a trade's (动力 of 亿纬动力, 啤酒 of 青岛啤酒), never a name
    # (in English only when the longer name is written as often: "Home ZTE", a page's menu word glued to a headline,
    # does not make "ZTE" a trade's word)
    names = {b: c for b, c in cores.items() if not any(
        o != c and o.endswith(c) and (not doc.is_en or len(written[ob]) >= len(written[b]))
        for ob, o in cores.items())}
    return written, names


def _grouped(doc: Document, plain: str, where: list[int] | None, written: dict[str, list[int]],
             names: dict[str, str]) -> list[Hit]:
    groups: dict[str, list[int]] = {}
    members: dict[str, list[str]] = {}
    for bare, core in sorted(names.items(), key=lambda n: len(n[1])):
        short = next((g for g in groups if core.startswith(g)), None)  # 合盛 of 合盛硅业: its short name
        if short is None:
            groups[core], members[core] = _occurrences(plain, core, doc.is_en), []
            short = core
        members[short].append(bare)
    if not groups:
        return []
    ranked = sorted(groups.items(), key=lambda g: -len(g[1]))
    best, places = ranked[0]
    second = len(ranked[1][1]) if len(ranked) > 1 else 0
    others = sum(1 for _, p in ranked[1:] if len(p) >= 2)
    first_at = where[places[0]] if where else places[0]
    headline = first_at < _headline_end(doc) or (doc.is_en and first_at < _lead_end(doc) and _legal_named(doc, best))
    # the headline naming only the company: more often than any other is enough (a customer or partner written
    # often in the body does not make the article a venture's); else twice as often (two companies' venture)
    alone = second > 0 and not any(p < _headline_end(doc) for _, ps in ranked[1:] for p in
                                   ([where[q] for q in ps] if where else ps))
    needed = second + 1 if alone and first_at < _headline_end(doc) else 2 * second
    if not headline or len(places) < max(_MIN_COUNT, needed, others):
        announcer = _announcer(doc, plain, groups)
        if announcer is None:
            return []  # (a region's many companies, two companies' venture: no one company)
        best, places = announcer, groups[announcer]  # 合力泰(002217.SZ)公布: a listed company's announcement
    shown = _display(members[best], written)
    first = written[shown][0]
    lo, hi = (where[first], where[first + len(shown) - 1] + 1) if where else (first, first + len(shown))
    name = " ".join(doc.text[lo:hi].split())  # as the article writes it (華嶺乳業 in a Traditional text)
    hits: list[Hit] = []
    for at in places:
        start = where[at] if where is not None else at
        end = (where[at + len(best) - 1] + 1) if where is not None else at + len(best)
        hits.append((start, end, -1, name))
    return hits


# a listed company announcing, with its stock code: 合力泰(002217.SZ)公布, 宝胜股份(600973)公告称
_ZH_ANNOUNCER = re.compile(r"([\u4e00-\u9fff]{2,10})\((?:股票代码[:：]?\s*)?(?:[A-Za-z]{2}\.?)?\d{6}"
                           r"(?:\.[A-Za-z]{2})?\)(?:\d{1,2}月\d{1,2}日?)?(?:晚间|早间|日前|近日)?\s*(?:公布|公告称|发布公告称?|公告|宣布|披露)")
_LEAD_CHARS = 300


def _announcer(doc: Document, plain: str, groups: dict[str, list[int]]) -> str | None:
    """The core of the listed company whose announcement the Chinese article reports (its lead: X(002217.SZ)公布),
    when the article writes no other company as often; else None. The rest of such an article calls it 公司."""
    if doc.is_en:
        return None
    lead = _ZH_ANNOUNCER.search(plain, 0, _LEAD_CHARS)
    if lead is None:
        return None
    core = next((g for g in groups if lead.group(1).endswith(g)), None)
    if core is None or any(len(p) > len(groups[core]) for g, p in groups.items() if g != core):
        return None
    return core


def _headline_end(doc: Document) -> int:
    """Where the headline ends: the first line with words (not a page's markup or link), or its first sentence when
    that line is a paragraph."""
    for lo, hi in doc.seg.paragraph_lines():
        line = doc.form[lo:hi].strip()
        if line and not line.startswith("<") and "http" not in line:
            return hi if hi - lo <= _HEADLINE else min(hi, doc.seg.sentence(lo)[1])
    return 0


def _legal_named(doc: Document, core: str) -> bool:
    """Does the English article write the company once with its legal form ("Xinjiang Goldwind Science & Technology
    Co., Ltd.", "Jushi Group")? A name the lead opens with may be a place's ("Corpus Christi")."""
    return any(core in doc.low[s:e] and _EN_LEGAL.search(doc.text[s:e]) and not _EN_AGENCY.search(doc.low[s:e])
               for s, e in doc.orgs)


# a public body's words: "Corpus Christi Regional Economic Development Corporation" is no company the lead is about
_EN_AGENCY = re.compile(r"\b(?:economic|development|authority|commission|council|agency|government|committee"
                        r"|administration|bureau|ministry|chamber|association|port|city|county|state)\b")


_LEAD_LINE = 60  # a shorter line after the headline is a dateline, a byline or a caption


def _lead_end(doc: Document) -> int:
    """Where the English lead ends: the first sentence of the first paragraph after the headline. A news brief's
    headline often names no one ("Chinese wind turbine firm to build a factory in Brazil"); its lead does."""
    after = _headline_end(doc)
    for lo, hi in doc.seg.paragraph_lines():
        line = doc.form[lo:hi].strip()
        if lo >= after and len(line) >= _LEAD_LINE and not line.startswith("<") and "http" not in line:
            return min(hi, doc.seg.sentence(lo + len(doc.form[lo:hi]) - len(doc.form[lo:hi].lstrip()))[1])
    return 0


def _display(forms: list[str], written: dict[str, list[int]]) -> str:
    """The company's name as the article most often writes it, never the tail of a longer form of it (青岛啤酒,
    not its 啤酒; 泸州老窖 rather than the 老窖 it is counted by)."""
    whole = [f for f in forms if not any(o != f and o.endswith(f) for o in forms)] or forms
    return max(whole, key=lambda f: (len(written[f]), len(f)))


def _names(doc: Document, plain: str, people: Sequence[str]) -> set[str]:
    """The companies the article names, without their legal forms (in the matching form, lower-cased in English):
    legal names, the short names the article establishes, the subjects of English sentences (a one-word one also
    written inside a sentence: not "Why"); in Chinese also every tail of the run of characters before a legal form (蒙牛
    of …蒙牛集团), the longest written as often standing for it."""
    if doc.is_en:
        words = " ".join(people).lower().split()
        introduced = set(introduced_names(doc.form))
        names = [doc.text[s + described_lead(doc.text[s:e]) : e] for s, e in doc.orgs] + [
            n for _, n in doc.about().mentions() if is_company_name(n) and n.split()[0] not in _EN_CLOSED
            and (not n.isupper() or n in introduced or (len(n) >= 3 and n not in NO_COMPANY_ACRONYMS))]
        # ("NEV": an acronym the article defines as no company's; "ZTE", "XCMG": a company's own acronym, a subject)
        bare = {_EN_LEGAL.sub("", " ".join(n.split())).strip().lower() for n in names if not doc.about().person(n)}
        acronyms = {n.lower() for n in names if n.isupper()}  # (no adverb opening a sentence is written in capitals)
        return {b for b in bare if not any(word in words for word in b.split())
                and (" " in b or b in acronyms or _inside_sentence(doc, plain, b))}
    names = [n for _, n in known_names(doc.form)]
    # a brand before its branch's place in brackets: 赛轮(沈阳)轮胎有限公司 is 赛轮's
    names.extend(m.group(1) for m in anchored_finditer(_ZH_BRANCH_NAME, plain, "(", (2, 6)))  # (after 2-6 characters)
    for m in _ZH_ORG_WORD.finditer(plain):
        head = _CJK_RUN.search(plain, max(0, m.start() - _HEAD_MAX), m.start())
        if head is not None:
            run = head.group()
            cut = _ZH_FUNCTION.search(run)  # 负责人与|蒙牛: the name after the last function word
            run = run[cut.end() :] if cut is not None else run
            names.extend(run[-k:] for k in range(2, len(run) + 1))
    return {_ZH_LEGAL.sub("", n) for n in names}


def _in_places(doc: Document, plain: str, places: list[int], size: int) -> bool:
    """Is a Chinese name written mostly as the start of a place's name (六盘 of 六盘水市)? Then it is no company's."""
    if doc.is_en:
        return False
    inside = sum(1 for at in places if any(mainland_place(plain[at : at + size + k]) for k in (1, 2)))
    return inside * 2 >= len(places)


def _inside_sentence(doc: Document, plain: str, word: str) -> bool:
    """A one-word English name written somewhere inside a sentence, not only opening one ("Why", "Meanwhile")."""
    return any(doc.form[doc.seg.sentence(at)[0] : at].strip() for at in word_positions(plain, word))


def _core(bare: str, en: bool) -> str | None:
    """What is counted of a company's name: in Chinese without the places opening it (泸州老窖 → 老窖); None when
    what is left is no company's (a place, a trade's word, a pronoun or a clause's word)."""
    if en:
        return bare if len(bare) >= 3 else None
    if government(bare) or not_a_name(bare):
        return None
    core = without_place(bare)
    if len(core) < 2 or _NO_COMPANY_ZH.search(core) or mainland_place(core) or len(_ZH_TRADE_WORDS.sub("", core)) < 2:
        return None
    return core


def _occurrences(plain: str, core: str, en: bool) -> list[int]:
    if len(core) < 2:
        return []
    if en:
        return word_positions(plain, core)
    out, at = [], plain.find(core)
    while at >= 0:
        out.append(at)
        at = plain.find(core, at + len(core))
    return out


def apply_article_company(doc: Document, drafts: list[FactDraft], people: Sequence[str] = ()) -> None:
    """Give the article's company to the amounts it invests that no rule gave an investor (in place); `people`: the
    names of the people the pipeline found (read once, there)."""
    if not any(d.unit in CURRENCIES for d in drafts):
        return
    hits = company_hits(doc, people)
    if not hits:
        return
    starts = [h[0] for h in hits]
    origin = f"rules-{'en' if doc.is_en else 'zh'}/{ORIGIN_FAMILY}"
    for d in drafts:
        if d.unit in CURRENCIES and d.evidence:
            invest_as_known(doc, d, hits, starts, origin, (-1, hits[0][3]))


def invest_as_known(doc: Document, d: FactDraft, hits: list[Hit], starts: list[int], origin: str,
                    named_nobody: tuple[int, str] | None = None) -> None:
    """Read an amount with `hits` as known organisations (in place): a project with no investor takes the one the
    learned readings give it (else `named_nobody` where its sentence names no organisation nor a place before it), a
    target or indicator one of them invests becomes its project; either way with `origin`."""
    low = doc.low
    if d.kind == Kind.PROJECT and not d.fields.get("investor"):
        found = investor_among(doc, low, hits, starts, d)
        if found is None and named_nobody is not None and _names_nobody(doc, low, d):
            found = named_nobody
        if found is not None:
            d.fields["investor"] = found[1]
            d.origin = origin
    elif d.kind in (Kind.TARGET, Kind.INDICATOR):
        investing = investing_org(doc, low, hits, starts, d)
        if investing is not None:
            make_project(doc, d, investing, origin)


def _names_nobody(doc: Document, low: str, d: FactDraft) -> bool:
    """The project's sentence names no organisation, nor a place before its amount (伊吾县城乡冷链物流项目总投资N,
    "the Yiwu county cold-chain project": a place's project, not the company's)."""
    s_lo, s_hi = doc.seg.sentence(d.evidence[0].start)
    a = d.evidence[0].end
    return not names_org(doc, low, s_lo, s_hi) and not any(s_lo <= r.start < a for r in doc.regions)

