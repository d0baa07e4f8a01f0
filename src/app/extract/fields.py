"""Field values shared by the fact builders: stage and industry cue words, subject and period choice."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from app.domain.schema import Stage
from app.extract.heads import SPACES, match_heads
from app.extract.index import case_free
from app.extract.periods import PeriodMention
from app.extract.regions import RegionMention

ZH_STAGES: list[tuple[re.Pattern[str], Stage]] = [
    (re.compile(p), s)
    for p, s in [
        (r"前期工作|前期手续|开展前期", Stage.PREPARING),
        (r"(?:竣工|建成)(?:并)?投产|投产运营|建成运营", Stage.OPERATING),
        (r"(?:将|计划|拟|预计)[^,。;]{0,8}(?:开工|建设|投产)", Stage.PLANNED),
        (r"在建|建设中|加快建设|推进建设", Stage.UNDER_CONSTRUCTION),
        (r"开工建设|开工|动工|奠基", Stage.STARTED),
        (r"投产|运营|试生产|达产|投入使用", Stage.OPERATING),
        (r"竣工|建成|完工", Stage.COMPLETED),
        (r"签约|签署|签订|落户|落地|引进", Stage.SIGNED),
    ]
]
EN_STAGES: list[tuple[re.Pattern[str], Stage]] = [
    (re.compile(p, re.I), s)
    for p, s in [
        (r"\bpreparatory\s+work|\bpre-project|\bpreliminary\s+work", Stage.PREPARING),
        (r"\bunder\s+construction|\bbeing\s+built|\bconstruction\s+of\b", Stage.UNDER_CONSTRUCTION),
        (r"\bstarted\s+construction|\bbroke\s+ground|\bgroundbreaking|\bconstruction\s+(?:started|began)",
         Stage.STARTED),
        (r"\bput\s+into\s+(?:production|operation)|\bin\s+operation|\boperating|\bcommissioned",
         Stage.OPERATING),
        (r"\bcompleted|\bfinished", Stage.COMPLETED),
        (r"\bsigned|\binked|\bsettled\s+in|\bset\s+up|\bselected", Stage.SIGNED),
        (r"\bwill\b|\bplans?\s+to|\bplanned|\bproposed", Stage.PLANNED),
    ]
]
# the same cues without re.I, for the window with A-Z lowered (index.case_free): the same matches, found faster
_EN_STAGES_LOWERED = ([(re.compile(p.pattern), s) for p, s in EN_STAGES]
                      if all(p.pattern.isascii() and p.pattern == p.pattern.lower() for p, _ in EN_STAGES) else None)
ZH_INDUSTRIES = re.compile(
    r"精细化工|现代化工|化工|新材料|新能源汽车|新能源|光伏|风电|储能|氢能|太阳能|电池|数据中心|大数据|云计算|人工智能|"
    r"智能制造|装备制造|电子信息|半导体|生物医药|医药|现代农业|农业|乳业|食品|物流|文旅|旅游|金融|稀土|钢铁|有色金属|"
    r"汽车|清洁能源|煤化工"
)
EN_INDUSTRIES = re.compile(
    r"clean\s+energy|new\s+energy|wind\s+power|photovoltaic|solar|hydrogen|rare\s+earth|new\s+materials?|"
    r"magnetic\s+materials?|permanent\s+magnet|data\s+cent(?:er|re)|big\s+data|equipment\s+manufacturing|"
    r"chemicals?|biomedicine|pharmaceuticals?|agriculture|logistics|tourism|steel|aluminum|aluminium|"
    r"semiconductors?|electronics|automobiles?|new-energy\s+vehicles?|fertili[sz]er",
    re.I,
)
_EN_INDUSTRIES_LOWERED = (re.compile(EN_INDUSTRIES.pattern)
                          if EN_INDUSTRIES.pattern.isascii() and EN_INDUSTRIES.pattern == EN_INDUSTRIES.pattern.lower()
                          else None)


def _cue_words(patterns: list[tuple[re.Pattern[str], Stage]]) -> list[tuple[str, ...]]:
    """For each pattern, words one of which every match holds (the first three characters of its heads, with
    no space: app.extract.heads), or () when they are not known: a window that holds none of them is not
    searched with that pattern (it cannot match there), and each stage cue is absent from most windows."""
    out: list[tuple[str, ...]] = []
    for pattern, _ in patterns:
        heads = match_heads(pattern)
        words = {h[:3].rstrip(SPACES) for h in heads} if heads else set()
        out.append(() if not words or "" in words else tuple(sorted(words)))
    return out


_ZH_STAGE_WORDS = _cue_words(ZH_STAGES)
_EN_STAGE_WORDS = _cue_words(_EN_STAGES_LOWERED) if _EN_STAGES_LOWERED is not None else [()] * len(EN_STAGES)


def stage_near(form: str, start: int, end: int, language: str) -> str:
    patterns = EN_STAGES if language == "en" else ZH_STAGES
    cue_words = [()] * len(EN_STAGES) if language == "en" else _ZH_STAGE_WORDS
    best: tuple[int, Stage] | None = None
    window_start = max(0, start - 40)
    window = form[window_start : end + 60]
    if language == "en" and _EN_STAGES_LOWERED is not None and (lowered := case_free(window)) is not None:
        patterns, window, cue_words = _EN_STAGES_LOWERED, lowered, _EN_STAGE_WORDS
    for (pattern, stage), words in zip(patterns, cue_words, strict=True):
        if words and not any(w in window for w in words):
            continue
        for m in pattern.finditer(window):
            pos = window_start + m.start()
            dist = (start - pos) if pos < start else (pos - end)
            if best is None or dist < best[0]:
                best = (dist, stage)
            break
    return (best[1] if best else Stage.UNKNOWN).value


def industry_in(s: str, language: str) -> str | None:
    if language == "en" and _EN_INDUSTRIES_LOWERED is not None and (lowered := case_free(s)) is not None:
        found = _EN_INDUSTRIES_LOWERED.search(lowered)  # the same match as EN_INDUSTRIES' (see stage_near)
        return s[found.start() : found.end()] if found else None
    m = (EN_INDUSTRIES if language == "en" else ZH_INDUSTRIES).search(s)
    return m.group() if m else None


def dominant_region(regions: list[RegionMention], text: str) -> RegionMention | None:
    if not regions:
        return None
    counts: Counter[str] = Counter()
    first: dict[str, RegionMention] = {}
    for r in regions:
        surface = " ".join(text[r.start : r.end].split())
        key = r.region.name if (r.region and r.level != "zone") else surface
        counts[key] += 1 if r.rank >= 3 else 2
        first.setdefault(key, r)
    key, _ = counts.most_common(1)[0]
    return first[key]


def subject_for(regions: list[RegionMention], sent_start: int, pos: int,
                starts: list[int] | None = None) -> RegionMention | None:
    """The region a number at `pos` is about: the last one named before it in its sentence (a city or
    zone rather than the province named after it: "Baotou City, Inner Mongolia")."""
    starts = starts if starts is not None else [r.start for r in regions]
    inside = regions[bisect.bisect_left(starts, sent_start) : bisect.bisect_left(starts, pos)]
    if not inside:
        return None
    last = inside[-1]
    if last.rank >= 3:
        finer = [r for r in inside if r.rank < 3]
        if finer:
            return finer[-1]
    return last


_HOME_AFTER = re.compile(r"\s*-\s*based|\s+based\b|籍|总部|總部", re.I)
_HOME_BEFORE = re.compile(r"(?:来自|來自|\bfrom\s+|\bof\s+)$", re.I)
_BUILT_IN_BEFORE = re.compile(r"(?:在|落户|落戶|落地|落子|位于|位於|\bin\s+|\bat\s+)$", re.I)


def project_place(regions: list[RegionMention], form: str, project: tuple[int, int], sent: tuple[int, int],
                  amount: tuple[int, int], investor_spans: list[tuple[int, int]]) -> RegionMention | None:
    """Where a project is built: a place named in the project's own words, else one the sentence says
    it is built in ("在包头", "in Baotou"), else the place the sentence is about before the amount. An
    investor's home is never the project's place: a place inside the investor's name (上海XX有限公司)
    or said to be its home ("Shanghai-based", 来自江苏的)."""

    def home(r: RegionMention) -> bool:
        return (any(s <= r.start and r.end <= e for s, e in investor_spans)
                or bool(_HOME_AFTER.match(form, r.end))
                or bool(_HOME_BEFORE.search(form[max(0, r.start - 6) : r.start])))

    in_sentence = [r for r in regions if sent[0] <= r.start < sent[1] and not home(r)]
    inside = [r for r in in_sentence if project[0] <= r.start and r.end <= project[1]]
    if inside:
        return subject_for(inside, project[0], project[1])
    built_in = [r for r in in_sentence if _BUILT_IN_BEFORE.search(form[max(0, r.start - 8) : r.start])]
    if built_in:
        return built_in[0]
    return subject_for(in_sentence, sent[0], amount[0])


LEDE_CHARS = 400


def period_for(periods: list[PeriodMention], sent: tuple[int, int], line: tuple[int, int], pos: int,
               end: int, starts: list[int] | None = None) -> PeriodMention | None:
    """The period of a number: the nearest one before it in its sentence, else the first after it in
    the sentence, else the nearest earlier one in its paragraph."""
    starts = starts if starts is not None else [p.start for p in periods]
    upto = bisect.bisect_left(starts, pos)
    before = [p for p in periods[bisect.bisect_left(starts, sent[0]) : upto] if p.end <= pos]
    if before:
        return before[-1]
    after = periods[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, sent[1])]
    if after:
        return after[0]
    lo = bisect.bisect_left(starts, max(line[0], pos - 400))
    earlier = [p for p in periods[lo:upto] if p.end <= pos]
    if earlier:
        return earlier[-1]
    # the period the article opens with ("一季度，全市…") holds for figures that name none
    if periods and periods[0].start < LEDE_CHARS and periods[0].end <= pos:
        return periods[0]
    return None
