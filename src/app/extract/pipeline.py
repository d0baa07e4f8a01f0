"""The extraction pipeline: numeric mentions → facts with kind, fields, evidence and confidence;
people; duplicates (the same fact restated) merged into one fact with several evidence spans."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from app.domain.knowledge import EMPTY, Knowledge
from app.domain.schema import Basis, Comparator, FactDraft, Kind, Span, Unit
from app.extract import en, same_amount, zh
from app.extract.article_company import apply_article_company
from app.extract.candidates import Mention
from app.extract.company_en import holder_before, name_at, name_before_verb, sentence_subject
from app.extract.confidence import Evidence, score
from app.extract.document_orgs import apply_document_orgs
from app.extract.en_abbrev import completed_name, defined_name
from app.extract.en_amount_shapes import built_after, equity_share
from app.extract.en_contracts import one_contract
from app.extract.en_deal import deal_money
from app.extract.en_facility import facility_amount, works_progress
from app.extract.en_listed import listed_in_plan
from app.extract.en_lists import place_items
from app.extract.en_parties import gapped_investor, owned_unit, respective_amount, respective_share, side_share
from app.extract.en_plans import goal_of_rate
from app.extract.en_shares import capital_share
from app.extract.en_spelling import recurring_spelling, word_counts
from app.extract.en_stakes import (
    accounted_stake,
    bracketed_share,
    contributed_stake,
    deal_stake,
    held_stake,
    raised_stake,
    sold_price,
    sold_stake,
    split_by,
)
from app.extract.fields import dominant_region, industry_in, period_for, project_place, stage_near, subject_for
from app.extract.index import MatchIndex, lexicon_pattern
from app.extract.investor_check import check_investors
from app.extract.kind_model import review_kinds
from app.extract.kinds import (
    EN_ACTUAL_MARKER,
    EN_AVG,
    EN_GROWTH,
    EN_LABELS,
    EN_SHARE,
    EN_TARGET_CUE,
    EN_WEAK_TARGET_CUE,
    EN_YOY,
    RETURN_RATE_AFTER,
    RETURN_RATE_BEFORE,
    TARGET_HEADER,
    ZH_ACTUAL_MARKER,
    ZH_AVG,
    ZH_COUNT_LABELS,
    ZH_GROWTH,
    ZH_LABELS,
    ZH_SHARE,
    ZH_TARGET_CUE,
    ZH_WEAK_TARGET_CUE,
    ZH_YOY,
    last_match,
)
from app.extract.learned import apply_learned, matcher_for
from app.extract.learned_subjects import learned_subject
from app.extract.mention_marks import mark_conversions, mark_groups
from app.extract.merging import dedup_key, merge_facts, title_end_of
from app.extract.names_zh import legal_name
from app.extract.orgs import en_orgs
from app.extract.people import PersonMention, find_people_en, find_people_zh
from app.extract.periods import PeriodMention, find_periods
from app.extract.pinyin_zh import PlainView, plain_view
from app.extract.plan_items import labels_own_amount, listed_under_plan
from app.extract.projects import ProjectMatch, zh_project
from app.extract.projects_en import en_project
from app.extract.referred_zh import referred_total
from app.extract.regions import RegionMention, find_regions
from app.extract.segments import LIST_ITEM, Segments
from app.extract.stated_agent_zh import restate_investors
from app.extract.subject_en import ArticleSubjects, company_tally, decide, sentence_company
from app.extract.subject_zh import plan_spent
from app.extract.textprep import ascii_lower, match_form
from app.extract.zh_announced import announced_investment
from app.extract.zh_batches import batch_total, class_not_project, follows_figure, one_project_total, part_of_count
from app.extract.zh_deal import deal_amount
from app.extract.zh_land import land_price
from app.extract.zh_parts import part_of_total
from app.extract.zh_progress import achieved_of_project, completed_of_named
from app.extract.zh_respective import respective_party
from app.extract.zh_revisions import revised_total, signed_partner
from app.extract.zh_stakes import each_party_share, purchase_price, stake_holder
from app.extract.zh_subject_kind import average_amount, batch_label, moved_to_project, subject_kind
from app.extract.zh_topic_total import batch_between, changed_total, enumerated_item, topic_total

_CJK = re.compile(r"[\u4e00-\u9fff]")
_PER_CAPITA_LABEL = re.compile(r"(?:人均|户均|per[ -]capita|per\s+head)[^,;.。]{0,12}$")
EN_LABEL_RE = lexicon_pattern([p.pattern for p, _ in EN_LABELS], guard=r"\b")  # over the lower-cased form
EN_LABEL_NAMES = [name for _, name in EN_LABELS]
ZH_LABEL_RE = lexicon_pattern([p.pattern for p, _ in ZH_LABELS],
                              guard="(?=[协签合意到实资固利外地生G规工增社进出营收销产税能总投引内內])")
ZH_LABEL_NAMES = [name for _, name in ZH_LABELS]
MAX_CONTEXT = 400  # characters of a sentence either side of a number that the rules look at
# read once: in Python 3.11 an Enum member read from its class (Kind.PROJECT) costs about 0.2 µs and its
# .value as much, and these are read for every number of every article
_PROJECT, _TARGET, _INDICATOR = Kind.PROJECT, Kind.TARGET, Kind.INDICATOR
_PERCENTS = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINT})
_COMPARATOR_TEXT = {c: c.value for c in Comparator}
_LEVEL, _YOY, _SHARE, _AVERAGE_GROWTH = (Basis.LEVEL.value, Basis.YOY.value, Basis.SHARE.value,
                                         Basis.AVERAGE_GROWTH.value)
_EN_LABEL_TRIM = re.compile(
    r"(?:\s+(?:increased|increase|increasing|rose|grew|fell|dropped|declined|decreased|reached|reaching|totalled"
    r"|totaled|hit|was|were|is|are|of|by|to|at|for|accounting|account|amounted|have|has|had|an?|the|with|and"
    r"|down|up|more|than|about|over|above|nearly|around|annual|average|year-on-year))+\s*$",
    re.I,
)
_EN_LABEL_AFTER = re.compile(r"\s*(?:of|in)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)
_EN_CLAUSE_CUT = re.compile(r"\b(?:and|while|whereas|but|that|which|so)\s+", re.I)
# what opens a Chinese count's noun without naming it: 全市, 其中…, the tail of a value class (…亿美元重大项目)
_ZH_NOUN_LEAD = re.compile(
    r"^(?:全市|全区|全省|全县|共|其中|新|等|累计|(?:万亿|亿|万)?(?:美元|元)(?:以上)?的?|名的|[个家]|项(?!目))+"
)
_ZH_LABEL_TRIM = re.compile(
    r"(?:同比|比上年|较上年|增长|下降|增加|减少|达到|达|为|是|实现|完成|累计|共计|共|约|近|超过|突破|了|的|均)+$"
)


def normalise_language(language: str, text: str) -> str:
    lang = (language or "").strip()
    low = lang.lower()
    if low in ("en", "eng", "english") or low.startswith("en-"):
        return "en"
    if low in ("zh-hant", "zh-tw", "zh-hk", "zh_hant"):
        return "zh-Hant"
    if low.startswith("zh"):
        return "zh-Hans"
    sample = text[:2000]
    return "zh-Hans" if len(_CJK.findall(sample)) > len(sample) * 0.2 else "en"


class Document:
    """Everything computed once per text and shared by the fact builders."""

    def __init__(self, text: str, language: str, published: dt.date | None,
                 knowledge: Knowledge = EMPTY) -> None:
        self.text = text
        self.knowledge = knowledge
        self._about: ArticleSubjects | None = None
        self._word_counts: Counter[str] | None = None
        self.language = normalise_language(language, text)
        self.is_en = self.language == "en"
        self.published = published
        self.form = match_form(text)
        self.low = ascii_lower(self.form) if self.is_en else self.form
        self.seg = Segments.of(self.form)
        self.regions: list[RegionMention] = find_regions(self.form, self.language)
        self.periods: list[PeriodMention] = find_periods(self.low, published, self.language)
        self.orgs = en_orgs(self.form) if self.is_en else []
        self.region_starts = [r.start for r in self.regions]
        self.period_starts = [p.start for p in self.periods]
        self.dominant = dominant_region(self.regions, text)
        cue_re, weak_re, actual_re = ((EN_TARGET_CUE, EN_WEAK_TARGET_CUE, EN_ACTUAL_MARKER) if self.is_en
                                      else (ZH_TARGET_CUE, ZH_WEAK_TARGET_CUE, ZH_ACTUAL_MARKER))
        # cues and labels are read through inline pinyin (開(kāi)工 is 开工) and found at the form's offsets
        plain = self.plain = PlainView(self.low, None) if self.is_en else plain_view(self.low)
        self.cues = MatchIndex([h for h in MatchIndex.of(cue_re, plain.text, True, plain.where).hits
                                if _future_year_ok(h.text, published)])
        self.weak_cues = MatchIndex.of(weak_re, plain.text, where=plain.where)
        self.actual = MatchIndex.of(actual_re, plain.text, True, plain.where)
        self.labels = MatchIndex.of_lexicon(EN_LABEL_RE if self.is_en else ZH_LABEL_RE, plain.text, plain.where)
        self.label_names = EN_LABEL_NAMES if self.is_en else ZH_LABEL_NAMES
        self.target_lines = self._target_scopes()
        self.project_ends: list[int] = []  # where the amounts of Chinese projects end, in order (see _kind)
        self.last_money: tuple[int, Kind] | None = None  # the last Chinese amount's end and kind, if no project's
        self.last_count: tuple[int, Kind] | None = None  # the last Chinese count's end and kind
        # the companies the article names, where written (app.extract.article_company), read once when first asked
        self.named_companies: tuple[dict[str, list[int]], dict[str, str]] | None = None

    def word_counts(self) -> Counter[str]:
        """The capitalised words of the text, counted (for an investor's recurring spelling), built when first asked."""
        if self._word_counts is None:
            self._word_counts = word_counts(self.text)
        return self._word_counts

    def about(self) -> ArticleSubjects:
        """The companies the article names as subjects (learned organisations among them), built when first asked."""
        if self._about is None:
            def learned() -> tuple[str, ...]:
                matcher = matcher_for(self.knowledge) if self.knowledge else None
                return tuple(self.text[h[0] : h[1]] for h in matcher.orgs_in(self.low)) if matcher and matcher.org_of \
                    else ()
            self._about = ArticleSubjects(self.form, self.text, self.orgs, self.seg.sentence_starts, learned)
        return self._about

    def _target_scopes(self) -> set[int]:
        """Line starts of list items under a header that announces goals ("… with these goals:")."""
        scoped: set[int] = set()
        open_scope = False
        for s, e in self.seg.paragraph_lines():
            line = self.form[s:e].strip()
            if not line:
                continue
            if open_scope and LIST_ITEM.match(self.form, s):
                scoped.add(s)
                continue
            open_scope = line.endswith((":", "：")) and bool(TARGET_HEADER.search(line[-300:]))
        return scoped


def run_pipeline(text: str, language: str, published: dt.date | None = None,
                 knowledge: Knowledge = EMPTY,
                 kind_review: Callable[[str, bool, list[FactDraft]], None] = review_kinds) -> list[FactDraft]:
    """`kind_review` reads the rules' facts before investors are checked and filled (app.extract.kind_model;
    tools/train_kind_model.py passes one that records what the model would read, changing nothing)."""
    doc = Document(text, language, published, knowledge)
    mentions = (place_items(doc.form, en.find_mentions(doc.form, doc.low), doc.regions) if doc.is_en
                else zh.find_mentions(doc.form, taiwan=zh.is_taiwanese(doc.form)))
    mark_conversions(doc.form, mentions)
    mark_groups(doc.seg, mentions)
    facts: list[tuple[FactDraft, Mention, tuple]] = []
    for m in mentions:
        if m.hints.get("threshold") or m.hints.get("conversion"):
            continue
        built = _build(doc, m)
        if built is not None:
            facts.append(built)
    drafts = merge_facts(facts, title_end_of(doc, [d.evidence[0].start for d, _, _ in facts if d.evidence]), doc.form)
    if not doc.is_en:  # 益海嘉里…项目由丰益国际集团投资建设: the group the article states invests
        restate_investors(doc.form, doc.text, drafts)
    kind_review(doc.low, doc.is_en, drafts)
    check_investors(drafts, doc.is_en)  # (before learning and the article's company: an empty one they may fill)
    apply_learned(doc, drafts, knowledge)
    people = _people(doc)
    _speakers_organisations(drafts, people)
    names = [str(p.fields["name"]) for p in people if p.fields.get("name")]
    apply_article_company(doc, drafts, names)
    apply_document_orgs(doc, drafts, names)
    drafts.extend(people)
    drafts.sort(key=lambda d: d.evidence[0].start if d.evidence else 0)
    return drafts


def _build(doc: Document, m: Mention) -> tuple[FactDraft, Mention, tuple] | None:
    form, text = doc.form, doc.text
    sent_start, sent_end, clause_start = doc.seg.sentence_and_clause(m.num_start)
    sent = (max(sent_start, m.start - MAX_CONTEXT), min(sent_end, m.end + MAX_CONTEXT))
    line = doc.seg.line(m.num_start)
    line = (max(line[0], m.start - 4 * MAX_CONTEXT), line[1])
    clause_start = max(sent[0], clause_start)
    left = form[sent[0] : m.start]

    project: ProjectMatch | None = None
    batch = False
    by_learned: tuple[int, str, str | None] | None = None
    by_subject = None
    if m.family == "money":
        project = (en_project(form, text, m, sent[0], doc.orgs) if doc.is_en
                   else zh_project(form, text, m, sent[0]))
        if doc.is_en and project is None and (facility_amount(doc.low, m.start, m.end)
                                              or works_progress(doc.low, sent[0], m.start)):
            project = ProjectMatch(m.start, m.end, None, None)  # "a $300M plant", "N will go towards the … plant"
        gapped = gapped_investor(form, text, sent[0], (m.start, m.end)) if doc.is_en else None
        if gapped is not None:  # "A will invest N and B M": M is B's, N is A's (en_parties)
            project = ProjectMatch(gapped[0], m.end, gapped[1], None)
        paid_in = respective_amount(form, text, sent[0], sent[1], m.num_start) \
            if doc.is_en and gapped is None and (project is None or not project.investor) else None
        if paid_in is not None:  # "A and B have contributed N and M, respectively": each party's
            project = ProjectMatch(paid_in[0], m.end, paid_in[1], None)
        if doc.is_en and project is None and not m.hints.get("aggregate") \
                and deal_money(doc.low, form, sent, (m.start, m.end)):
            project = ProjectMatch(m.start, m.end, None, None)  # "a $103 million loan", "at a cost of N": one deal's
        if doc.is_en and (project is None or not project.investor) and not m.hints.get("aggregate"):
            decided = decide(doc.about(), doc.low, sent, (m.start, m.end))  # who the sentence is about
            if decided is None and doc.knowledge:  # the rules stepped back for a learned company: learning reads it
                by_learned = learned_subject(doc, sent, (m.start, m.end), project is not None)
                decided = by_learned[:2] if by_learned is not None else None
            if decided is not None and project is None:
                project = ProjectMatch(decided[0], m.end, decided[1], built_after(form, text, m.end))
            elif decided is not None and project is not None:
                project.investor = decided[1]
        if doc.is_en and project is not None and not project.investor and not m.hints.get("aggregate"):
            opener = sentence_subject(form, text, sent[0], m.start)  # "Xtep, based in X, will commit N"
            if opener is not None and not doc.about().person(opener[1]):
                project.investor = opener[1]
        if doc.is_en and one_contract(form, m.start, m.end):  # "won a $N contract": a sale, no one's investment
            project = ProjectMatch(m.start, m.end, None, None)
        sale = sold_price(form, sent[0], m.num_start) if doc.is_en else None
        buyer_named = name_at(form, text, sale) if sale is not None else None
        if buyer_named is not None:  # "sell a 24% stake in Y to X for $4.1 billion": the price X pays
            project = ProjectMatch(buyer_named[0], m.end, buyer_named[1], None)
        party = (respective_party(form, text, sent[0], m.num_start)
                 or purchase_price(form, text, sent[0], m.start, m.end)) \
            if not doc.is_en and (project is None or not project.investor) else None
        if party is not None:  # 由A和B分别出资N和M: each party's contribution
            project = ProjectMatch(party[0], m.end, party[1], None)
        if project is not None and not doc.is_en and not project.part and batch_between(form, sent[0], m.start):
            project, batch = None, True  # A、B等6家企业入园,合同投资额达N: the batch's total, not one company's
        if project is not None and not doc.is_en and average_amount(form, m.start):
            project = None  # 新引进工业项目平均投资N: an average over projects, no one project's amount
        if project is not None and not doc.is_en and class_not_project(project.project, project.investor) \
                and not enumerated_item(form, sent[0], m.start, m.end):  # (分别为总投资N的X产业项目: one, named)
            project = None  # 亿元以上产业项目年度投资N: a class of projects, no one project
        by_subject = subject_kind(form, text, m.start, m.end, sent[0]) if project is None and not doc.is_en else None
        if by_subject is not None and by_subject.kind == "project":  # 该项目计划投资N, X集团将投资N: no plan's target
            project = ProjectMatch(by_subject.start, m.end, by_subject.investor, None)
        if project is None and not doc.is_en and by_subject is None \
                and topic_total(form, sent[0], clause_start, m.start):
            project = ProjectMatch(clause_start, m.end, None, None)  # X园规划用地…,项目总投资N: the sentence's project
        referred = referred_total(form, text, sent[0], m.num_start) if project is None and not doc.is_en else None
        if referred is not None:  # …产业园项目即将开展建设。总投资为N: that project's total
            project = ProjectMatch(referred[0], m.end, referred[1], None)
        revised = revised_total(form, text, sent[0], m.num_start, m.end) if project is None and not doc.is_en else None
        if revised is not None:  # 项目投资总额由N调整至M: both the project's totals
            project = ProjectMatch(revised[0], m.end, revised[1], None)
        signed = signed_partner(form, text, sent[0], m.num_start, m.end) if project is None and not doc.is_en else None
        if signed is not None:  # …开发区与X签订投资协议,投资N: X's project
            project = ProjectMatch(signed[0], m.end, signed[1], None)
        dealt = deal_amount(form, m.num_start, sent[0]) if project is None and not doc.is_en else None
        if dealt is not None:  # 注册资金达N, 收购价为N, 增资至N: one deal's
            project = ProjectMatch(min(dealt, m.start), m.end, None, None)
        if project is None and not doc.is_en and one_project_total(form, m.num_start, sent[0]):
            project = ProjectMatch(clause_start, m.end, None, None)  # 签约项目1个,总投资N: that one project's
        if project is None and not doc.is_en and by_subject is None and changed_total(form, sent[0], m.start, m.end):
            project = ProjectMatch(clause_start, m.end, None, None)  # 签订补充协议,将总投资增加至N: its project's total
            m.hints["changed_total"] = "1"
        if project is None and not doc.is_en and moved_to_project(form, m.end):
            project = ProjectMatch(m.start, m.end, None, None, "part")  # …募集的N万元变更用于投资建设Y项目
        if project is None and not doc.is_en and land_price(form, m.start, sent[0]):
            project = ProjectMatch(m.start, m.end, None, None, "part")  # 租用土地…,租金约N: the plant's land
        if project is None and not doc.is_en and doc.last_money is None and doc.project_ends \
                and achieved_of_project(form, m.start, doc.project_ends[-1]):
            project = ProjectMatch(m.start, m.end, None, None, "part")  # 项目总投资N,目前已投资M: its progress
        part = part_of_total(form, m.start, doc.project_ends[-1]) \
            if project is None and not doc.is_en and doc.last_money is None and doc.project_ends else None
        if part is not None:  # 项目总投资N。其中,流动资金M: a part of it
            project = ProjectMatch(part, m.end, None, None, "part")
        done = completed_of_named(form, text, m.start, sent[0]) if project is None and not doc.is_en else None
        if done is not None:  # X项目…,累计完成投资N: the named project's progress, its company's
            project = ProjectMatch(done[0], m.end, done[1], None, "completed")
        told = (announced_investment(form, text, m.start, (m.num_start, m.num_end), line[0])
                if project is None and not doc.is_en else None)
        if told is not None:  # (X股份有限公司关于…的公告) ● 投资金额:约N: the issuer's investment
            project = ProjectMatch(told[0], m.end, told[1], None)
        if not doc.is_en and (project is None or not (project.project or project.part)) \
                and batch_total(form, m.start, sent[0]):
            project, batch = None, True  # 与A、B、C签约,计划投资金额共N: the batch's total
    elif doc.is_en and m.family == "percent":  # "X will contribute 51% of the venture's capital": X's share
        party = (respective_share(form, text, sent[0], sent[1], m.num_start)
                 or owned_unit(form, text, sent[0], m.num_start, m.end)
                 or side_share(text, form, sent[0], m.num_start, lambda: doc.about().mentions()))
        project = (ProjectMatch(m.start, m.end, party[1], None, "share") if party is not None
                   else capital_share(form, text, m, sent))
        deal = deal_stake(form, sent[0], m.num_start, m.end) if project is None else None
        if deal is not None:  # "X will acquire a 45% stake in Y", "the seller will retain 24.9%": a deal's stake
            buyer = (name_before_verb(form, text, sent[0], deal[1])  # (a subsidiary named buying: its stake)
                     or (sentence_company(doc.about(), sent[0], deal[1]) if deal[0] == "buy" else None))
            project = _share_of(buyer, m)
        paid = contributed_stake(form, sent[0], m.num_start, m.end) if project is None else None
        if paid is not None:  # "X will contribute N for 20 percent of the shares": the share X's money buys
            project = _share_of(name_before_verb(form, text, sent[0], paid), m)
        accounted = accounted_stake(form, sent[0], m.num_start, m.end) if project is None else None
        if accounted is not None:  # "N is invested by X, accounting for 50% of total shares": X's share
            project = _share_of(name_at(form, text, accounted[1]) if accounted[0] == "name"
                                else name_before_verb(form, text, sent[0], accounted[1]), m)
        sold = (sold_stake(form, sent[0], m.num_start, m.end) or split_by(form, sent[0], m.num_start, m.end)
                or bracketed_share(form, sent[0], sent[1], m.num_start, m.end) if project is None else None)
        buyer = name_at(form, text, sold) if sold is not None else None
        if buyer is not None:  # "sell a 24% stake in Y to X", "owned 51% by X and 49% by Y": X's stake
            project = _share_of(buyer, m)
        holding = (raised_stake(form, sent[0], m.num_start) or held_stake(form, sent[0], m.num_start, m.end)
                   if project is None else None)
        if holding is not None:  # "X holds a 9.89% stake", "the remaining 20% equity is held by X": X's holding
            project = _share_of(name_at(form, text, holding[1]) if holding[0] in ("after", "name")
                                else holder_before(form, text, sent[0], holding[1])
                                or _referred_holder(doc, sent[0], holding[1]), m)
    elif m.family == "percent":  # X收购了Y公司N%的股权, X拟出资比例不低于N%: X's stake
        held = respective_party(form, text, sent[0], m.num_start) or stake_holder(form, text, m.num_start, m.end,
                                                                                  sent[0])
        project = ProjectMatch(held[0], m.end, held[1], None, "share") if held is not None else None
        part = part_of_total(form, m.start, doc.project_ends[-1]) \
            if project is None and doc.last_money is None and doc.project_ends else None
        if part is not None:  # 项目总投资N,其中公司自有资金30%: a share of its funding
            project = ProjectMatch(part, m.end, None, None, "share")
        each = each_party_share(form, m.num_start, m.end, sent[0]) if project is None else None
        if each is not None:  # A与B各持股50%: the venture's split, no one party's
            project = ProjectMatch(each, m.end, None, None, "share")

    if doc.is_en and project is not None and project.investor:  # "HPGC" the text defines: "Full Name (HPGC)"
        named = completed_name(doc.text, project.investor.strip())  # "Aluminium Corporation" of "… of China (Chalco)"
        project.investor = recurring_spelling(defined_name(doc.text, named), doc.word_counts())
    weak_target = False
    if project is not None:
        kind = _PROJECT
        if not doc.is_en:
            doc.project_ends.append(m.end)
    elif doc.is_en and m.family == "percent" and equity_share(form, m.num_start, m.end):
        kind = _INDICATOR  # "holding 34% equity": a share held
    else:
        kind, weak_target = _kind(doc, sent[0], m.num_start, line[0], m)
        if m.family == "money" and (by_subject is not None or batch):  # 签约项目30个、计划投资额N: the batch's
            kind, weak_target = _INDICATOR, False
        elif m.family == "money" and not doc.is_en and average_amount(form, m.start):
            kind, weak_target = _INDICATOR, False  # 计划实施…N个,单体项目平均总投资M: an average, even planned
        elif m.family in ("money", "percent") and not doc.is_en and doc.last_money is not None \
                and follows_figure(form, doc.last_money[0], m.start):
            kind, weak_target = doc.last_money[1], False  # 年度投资N,比同期增加了M; 总额N(含外资M): N's kind
        elif m.family in ("count", "percent") and not doc.is_en and doc.last_count is not None \
                and doc.last_count[1] == _TARGET and kind == _INDICATOR \
                and part_of_count(form, doc.last_count[0], m.num_start, m.family == "percent"):
            kind, weak_target = _TARGET, False  # 计划实施项目561个。其中,…的项目达到167个,占比29.8%: the plan's part
        if (kind == _TARGET and doc.is_en and m.family == "count" and not m.hints.get("future")
                and company_tally(doc.about(), sent[0], m.num_start, m.noun)):
            kind, weak_target = _INDICATOR, False  # "X plans to invest N in two new projects": its projects, announced
        if doc.is_en and m.family == "count" and m.noun and listed_in_plan(form, m.end):
            kind, weak_target = _TARGET, False  # "36 projects … are listed in the new project plan": the plan's
        if m.family == "percent" and (RETURN_RATE_BEFORE.search(doc.low, max(0, m.num_start - 60), m.num_start)
                                      or RETURN_RATE_AFTER.match(doc.low, m.end)):
            kind, weak_target = _TARGET, False  # a project's internal rate of return: an appraisal's expectation

    if m.family == "money" and not doc.is_en:
        doc.last_money = (m.end, kind) if kind != _PROJECT else None
    if m.family == "count" and not doc.is_en:
        doc.last_count = (m.end, kind)
    label, label_start, canonical = _label(doc, m, left, sent[0], clause_start)
    if m.family == "money" and (m.hints.get("per_capita") or (label_start is not None and _PER_CAPITA_LABEL.search(
            doc.low[max(0, label_start - 24) : label_start]))):
        return None  # per-capita amounts (人均可支配收入15875元, per capita GDP): context; their growth is kept
    if m.family == "money" and abs(m.value) < 1000 and not m.hints.get("price"):  # a share price is a fact
        return None
    if m.family == "money":
        same_amount.mark(doc.low, m, clause_start, doc.is_en, label if canonical else None)
        if project is not None and project.part:
            m.hints["project_part"] = "1"
    basis = (_basis(doc, m, form[clause_start : m.start], form[m.end : min(sent[1], m.end + 40)])
             if m.unit in _PERCENTS else _LEVEL)  # (_basis gives the level for any other unit)
    region = subject_for(doc.regions, sent[0], m.start, doc.region_starts) or doc.dominant
    subject = " ".join(text[region.start : region.end].split()) if region else None
    period = period_for(doc.periods, sent, line, m.start, m.end, doc.period_starts)

    start = m.start
    if project is not None:
        start = min(start, project.start)
    elif label_start is not None and label_start >= clause_start - 40:
        start = min(start, label_start)
    end = m.end if project is None else max(m.end, project.end)
    fields: dict[str, str | None]
    if kind == _PROJECT:
        assert project is not None
        name_area = project.project or text[start:end]
        loc = project_place(doc.regions, form, (start, end), sent, (m.start, m.end),
                            _spans_of(form, text, project.investor, sent)) or doc.dominant
        fields = {
            "investor": project.investor.strip() if project.investor else None,
            "project": project.project,
            "industry": industry_in(match_form(name_area), doc.language),
            "location": " ".join(text[loc.start : loc.end].split()) if loc else None,
            "stage": stage_near(form, start, end, doc.language),
            "period": period.value if period else None,
        }
    elif kind == _TARGET:
        fields = {"subject": subject, "indicator": label, "horizon": period.value if period else None,
                  "comparator": _COMPARATOR_TEXT[m.comparator]}
    else:
        fields = {"subject": subject, "indicator": label, "period": period.value if period else None,
                  "comparator": _COMPARATOR_TEXT[m.comparator], "basis": basis}
    origin = (by_learned[2] if by_learned is not None else None) or f"rules-{'en' if doc.is_en else 'zh'}/{m.family}"
    place = loc if kind == _PROJECT else region
    written_end = int(m.hints.get("written_end", m.end))  # (without a conversion after it: mention_marks)
    draft = FactDraft(kind=kind, fields=fields, value=_clean_value(m), unit=m.unit,
                      evidence=[Span(start, end)], origin=origin, value_text=text[m.num_start : written_end].strip()
                      if m.family != "count" else text[m.num_start : m.num_end],
                      region_code=place.code if place else None,
                      period_text=" ".join(text[period.start : period.end].split()) if period else None)
    ev = Evidence(kind, label is not None, canonical, weak_target, bool(project and project.investor))
    draft.confidence = score(m, ev)
    key = dedup_key(kind, m, label, fields) + ((project.part,) if project is not None and project.part else ())
    return draft, m, (key, ev)


def _spans_of(form: str, text: str, name: str | None, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """Where a name (the investor's) is written in a sentence."""
    if not name:
        return []
    out, at = [], text.find(name, sent[0], sent[1])
    while at >= 0:
        out.append((at, at + len(name)))
        at = text.find(name, at + 1, sent[1])
    return out


def _clean_value(m: Mention) -> Decimal:
    v = m.value
    return round(v, 2) if m.unit not in _PERCENTS else round(v, 4)


# "the group previously owned", "it now holds": a holder written as the company the article is about
_REFERRED_HOLDER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Tt]his)\s+(?:company|group|firm)|\b[Ii]t)\s+(?:(?:previously|now|currently|still|already|also|then"
    r"|will|would|has|had|have)\s+)*$")


def _referred_holder(doc: Document, sent_start: int, verb_start: int) -> tuple[int, str] | None:
    """The company "the group" or "it" right before a holding verb stands for: the company named last before it
    ("… Kestrel Cement … the group previously owned a 75% share of the producer"), else None."""
    written = _REFERRED_HOLDER_BEFORE.search(doc.form, max(sent_start, verb_start - 50), verb_start)
    if written is None:
        return None
    company = doc.about().company_before(written.start())
    return (written.start(), company) if company else None


def _share_of(holder: tuple[int, str] | None, m: Mention) -> ProjectMatch:
    """A share of a venture or a stake as a project percentage: the holder's when one is named (evidence from the
    name), else no one's."""
    return ProjectMatch(holder[0] if holder else m.start, m.end, holder[1] if holder else None, None, "share")


# the amount's own participle of a result right after it: "the CNY 330 million (US$ 51 million) achieved last year"
_EN_ACHIEVED_AFTER = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:achieved|recorded|realized|realised|posted|earned"
                                r"|reported|generated)\b")


def _kind(doc: Document, lo: int, hi: int, line_start: int, m: Mention | None = None) -> tuple[Kind, bool]:
    """Target when a goal or plan cue precedes the number in its sentence with no sign of an achieved
    result between them, or when the number sits in a list announced as goals; else indicator. A
    marker inside the counted noun ("the number of newly signed projects") is no sign of a result."""
    noun = (m.noun_start, m.noun_end) if doc.is_en and m is not None and m.noun_start is not None else None
    if m is not None and (m.hints.get("aggregate") or m.hints.get("rate")):
        return _INDICATOR, False  # "to carry out 101 projects worth a total of N": the counted group's total, "N per
        # kWh": a rate (en rules)
    if m is not None and (m.hints.get("task") or m.hints.get("future")):
        # 任务100亿: the amount of an assigned task (zh rules); "20 projects will resume": a plan's figure (en rules)
        return _TARGET, False
    cues = doc.cues.within(lo, hi)
    if cues and not doc.is_en:  # 年度投资N is the label of its own amount: no goal for the amounts after it
        cues = [c for c in cues if not (c.text.startswith("年度投资") and hi - c.end > 3)
                and not labels_own_amount(doc.form, c.end, hi)]
    if cues and not doc.is_en and batch_label(doc.form, cues[-1].start, cues[-1].end):
        cues = []  # 项目30个、计划投资额N亿元,其中…项目25个: the batch's planned investment, no goal
    if cues and not doc.is_en and plan_spent(doc.project_ends, cues[-1].end, hi):
        cues = []  # 拟N亿元投建三个…项目: the plan word is the project's; what follows describes it
    if cues and doc.is_en and goal_of_rate(doc.low, cues[-1].start):
        cues = []  # "reached 74% of its annual target for orders worth N": a progress report, N achieved
    if cues and doc.is_en and m is not None and _EN_ACHIEVED_AFTER.match(doc.low, m.end):
        cues = []  # "targeting N, a big leap from the M achieved last year": M is what was achieved
    if cues and not _actual_within(doc, noun, cues[-1].end, hi):
        return _TARGET, False
    actual = _actual_within(doc, noun, lo, hi)
    if line_start in doc.target_lines and not actual:
        return _TARGET, False
    if not cues and doc.weak_cues.any_within(lo, hi) and not actual:
        return _TARGET, True
    if not cues and not actual and doc.form[lo - 1 : lo] in (";", "；") and listed_under_plan(
            doc.form, lo, [c.end for c in doc.cues.within(max(0, lo - 400), lo)],
            [a.start for a in doc.actual.within(max(0, lo - 400), lo)]):
        return _TARGET, False  # 明年会继续扩张,其中A增N%;B增M%: an item of the plan the header announces
    return _INDICATOR, False


def _actual_within(doc: Document, noun: tuple[int, int | None] | None, a: int, b: int) -> bool:
    """A sign of an achieved result in [a, b), outside the counted noun."""
    hits = doc.actual.within(a, b)
    if noun is not None and noun[1] is not None:
        hits = [h for h in hits if not (noun[0] <= h.start and h.end <= noun[1])]
    return bool(hits)


_YEAR = re.compile(r"20\d\d")


def _future_year_ok(cue: str, published: dt.date | None) -> bool:
    y = _YEAR.search(cue)
    return not (y and published and int(y.group()) <= published.year)


def _label(doc: Document, m: Mention, left: str, sent_start: int,
           clause_start: int) -> tuple[str | None, int | None, bool]:
    text, form = doc.text, doc.form
    if m.family == "count" and m.noun is not None and m.noun_start is not None and m.noun_end is not None:
        if doc.is_en:
            noun = " ".join(form[m.noun_start : m.noun_end].split())
            tail = re.search(r"\s+(?:were|was|have\s+been|has\s+been|had\s+been|had)\s+([a-z]+ed)$", noun)
            if tail:
                noun = f"{tail.group(1)} {noun[: tail.start()]}"
            return noun.lower(), None, True
        for pattern, canon in ZH_COUNT_LABELS:
            if pattern.search(m.noun):
                return canon, m.noun_start, True
        noun_text = text[m.noun_start : m.noun_end]
        noun_text = _ZH_NOUN_LEAD.sub("", noun_text) or noun_text
        return noun_text, m.noun_start, False
    window_start = max(sent_start, m.start - 90)
    found = _nearest_label(doc, window_start, m.start)
    growth_re = EN_GROWTH if doc.is_en else ZH_GROWTH
    if found is not None:
        label = found[2]
        if m.family == "percent" and growth_re.search(form[found[1] : m.start]):
            label += " growth"
        return label, found[0], True
    # "… 200 billion yuan of investment": the label written after the amount
    right = form[m.end : m.end + 40]
    after = _EN_LABEL_AFTER.match(right) if doc.is_en else None
    if after is not None:
        found = last_match(EN_LABELS, after.group(1))
        if found is not None:
            return found[2], None, True
    # fall back to the words just before the number, as written
    clause = form[clause_start : m.start]
    if doc.is_en:
        clause = _EN_CLAUSE_CUT.split(clause[-120:])[-1]
        trimmed = _EN_LABEL_TRIM.sub("", clause).strip(" ,;:\"'")
        words = trimmed.split()[-5:]
        if not words:
            return None, None, False
        label = " ".join(words)
        pos = form.rfind(label, clause_start, m.start)
        return (text[pos : pos + len(label)] if pos >= 0 else label), (pos if pos >= 0 else None), False
    trimmed = _ZH_LABEL_TRIM.sub("", clause[-60:].strip())
    words_zh = trimmed[-10:].strip(" ,;:\"'")
    if len(words_zh) < 2:
        return None, None, False
    pos = form.rfind(words_zh, clause_start, m.start)
    return (text[pos : pos + len(words_zh)] if pos >= 0 else words_zh), (pos if pos >= 0 else None), False


def _nearest_label(doc: Document, lo: int, hi: int) -> tuple[int, int, str] | None:
    """The label cue ending closest before `hi`. The lexicon is one alternation, most specific
    first, so 协议投资额 is found as "agreed investment", not "investment"."""
    hits = doc.labels.within(lo, hi)
    if not hits:
        return None
    best = hits[-1]
    return best.start, best.end, doc.label_names[best.tag]


def _basis(doc: Document, m: Mention, clause_left: str, right: str) -> str:
    around = clause_left[-80:] + " " + right
    if doc.is_en:
        yoy, avg, share = EN_YOY, EN_AVG, EN_SHARE
    else:
        yoy, avg, share = ZH_YOY, ZH_AVG, ZH_SHARE
    if m.unit in _PERCENTS:
        if avg.search(around):
            return _AVERAGE_GROWTH
        if yoy.search(around):
            return _YOY
        if share.search(around):
            return _SHARE
        growth = EN_GROWTH if doc.is_en else ZH_GROWTH
        return _YOY if growth.search(clause_left[-40:]) else _LEVEL
    return _LEVEL


_EN_COMPANY_END = re.compile(r"\b(?:Co\.?|Company|Group|Corporation|Corp\.?|Holdings?|Ltd\.?|Limited|Inc\.?)$")


def _speakers_organisations(drafts: list[FactDraft], people: list[FactDraft]) -> None:
    """A project whose investor the rules read as a person the article names with a role ("Yuan Zhigang introduced
    the project. … a total investment of N"): the company that person speaks for, when the role names one, else no
    investor — a person is never a project's investor here (in place)."""
    if not people:
        return
    speaks_for = {str(p.fields["name"]): p.fields.get("organization") for p in people if p.fields.get("name")}
    for d in drafts:
        investor = d.fields.get("investor") if d.kind == _PROJECT else None
        if investor and investor.strip() in speaks_for:
            org = (speaks_for[investor.strip()] or "").strip()
            d.fields["investor"] = org if _EN_COMPANY_END.search(org) or legal_name(org) else None


def _people(doc: Document) -> list[FactDraft]:
    found: list[PersonMention] = (find_people_en(doc.text, doc.form, doc.low) if doc.is_en
                                  else find_people_zh(doc.text, doc.form))
    out: list[FactDraft] = []
    by_name: dict[str, FactDraft] = {}
    for p in found:
        if p.name in by_name:
            by_name[p.name].evidence.append(Span(p.start, p.end))
            continue
        fields: dict[str, str | None] = {"name": p.name, "role": p.role, "organization": p.organization}
        draft = FactDraft(kind=Kind.PERSON, fields=fields,
                          evidence=[Span(p.start, p.end)], confidence=p.confidence,
                          origin=f"rules-{'en' if doc.is_en else 'zh'}/people")
        by_name[p.name] = draft
        out.append(draft)
    return out


__all__ = ["Document", "normalise_language", "run_pipeline"]
