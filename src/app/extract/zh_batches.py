"""Chinese figures whose kind is that of a batch or of the figure they follow, told by the sentence's shape.

- A batch's total: an amount whose clause has no subject of its own (it opens with investment words, 计划 labelling
  them at most: 计划投资金额共N, 总投资额超过N; a forecast, 预计投资N or 拟引资N, is left to the other rules) after a
  clause of the same sentence that tells several projects or several parties (共有55个项目签约; 与A、B、C签约;
  签约实施两个…项目) is the batch's total, an `indicator` — no one company's project and no goal (the README's "a
  plan's total investment"); a count or a signing that is itself planned (今年计划实施项目N个, 将与A、B签约) leaves
  the amount to the plan's rules.
- What follows a figure: an amount of change told right after a target (年度投资N,比同期增加了M) and a part included
  in an aggregate told in brackets right after it (总额N(含外资M)) take that figure's kind.

A class of projects named as if one project (亿元以上产业项目, "…"产业链项目) is none: `class_not_project`.
"""

from __future__ import annotations

import re

from app.extract.company_zh import without_pinyin
from app.extract.textprep import match_form
from app.extract.zh_one_project import project_class

_NUMERAL = r"(?:\d+|[两二三四五六七八九十几多百]+)"
# the amount's clause opens with plan and investment words only: no subject of its own
_OWN_CLAUSE = re.compile(
    r"(?:计划|共|合计|总计|累计)*(?:签约|协议|合同)*(?:投资|总投资|签约|协议|合同)(?:总额|金额|额)?(?:共|合计|总计)?"
    r"(?:约为|约|为|达到|达|超过|逾|近|人民币|\s)*$"
)
# several projects (a count of two or more) or several parties (two joined by 、 before a signing) in a clause
_SEVERAL_PROJECTS = re.compile(
    rf"(?<![\d.])(?:{_NUMERAL}\s*[个项][^,。;!?\n]{{0,12}}?项目|项目\s*{_NUMERAL}\s*[个项])")
# (the parties may be listed with commas: the signing then closes the last of the sentence's clauses before the amount)
_SEVERAL_PARTIES = re.compile(
    r"(?:与|和|同)[^。;!?\n]{2,60}?[、,][^。;!?\n]{2,80}?(?:签约|签订|签署)[^,。;!?\n]{0,16}$")
_PLANNED = re.compile(r"计划(?!投资)|拟|将|预计|力争|目标|确保|争取|编排|安排")
# a total investment label (no plan word of its own) and the plans that keep their batch's total a plan: projects
# still to be attracted or signed (计划引进项目N个,总投资M)
_TOTAL_LABEL = re.compile(r"(?:总投资|投资总额|总投资额)(?:约为|约|为|达到|达|超过|逾|近|人民币|\s)*$")
_TO_ATTRACT = re.compile(r"引进|招引|引入|招商|签约|签订|签署|洽谈|在谈|储备|谋划|包装|策划")
_ONE = re.compile(r"(?<![\d.])(?:1|一)\s*[个项]")
_SENTENCE_ENDS = "。!?;\n"


def batch_total(form: str, m_start: int, sent_start: int) -> bool:
    """Whether the amount at m_start totals the batch the clause before it tells (see the module's docstring)."""
    lo = max(sent_start, m_start - 200)
    plain, _ = without_pinyin(form, lo, m_start)
    clause_at = max(plain.rfind(c) for c in ",:") + 1
    if clause_at == 0 or not _OWN_CLAUSE.fullmatch(plain, clause_at):
        return False
    sentence = max(plain.rfind(c, 0, clause_at - 1) for c in _SENTENCE_ENDS) + 1
    before = plain[max(plain.rfind(c, 0, clause_at - 1) for c in ",:" + _SENTENCE_ENDS) + 1 : clause_at - 1]
    plan = max(_PLANNED.finditer(plain, sentence, clause_at), key=lambda p: p.start(), default=None)
    if plan is not None and not (
            _TOTAL_LABEL.fullmatch(plain, clause_at) and not _TO_ATTRACT.search(plain, plan.start(), clause_at)):
        return False  # 今年计划实施项目120个,计划投资N: a planned count's amount is the plan's (a target); but
        # N个项目将在2012年开工,总投资额为M: the total investment of projects listed to start describes the batch
    several = _SEVERAL_PROJECTS.search(before)
    if several is not None and _ONE.search(several.group()):  # (项目1个 as 1个项目: one)
        several = None
    return several is not None or _SEVERAL_PARTIES.search(plain, sentence, clause_at - 1) is not None


# a change told right after a figure (,比同期增加了M; ,同比增长M) and a part in brackets after it ((含外资M))
_CHANGE_AFTER = re.compile(
    r"\s*[,、]\s*(?:比|较)(?:上年|去年|上年同期|去年同期|同期|上年度|\d{4}年)(?:同期)?"
    r"(?:增加|增长|减少|下降|提高|提升|降低|多|少)了?(?:约|近|超过)?\s*$")
_INCLUDED_AFTER = re.compile(r"\s*\((?:其中)?(?:含|包括|包含)[^()\d,。;]{0,8}?(?:约|近|超过)?\s*$")


def follows_figure(form: str, prev_end: int, m_start: int) -> bool:
    """Whether the amount at m_start is the change of, or a part included in, the figure ending at prev_end."""
    if not 0 <= m_start - prev_end <= 24:
        return False
    return (_CHANGE_AFTER.fullmatch(form, prev_end, m_start) is not None
            or _INCLUDED_AFTER.fullmatch(form, prev_end, m_start) is not None)


_VALUE_CLASS = re.compile(r"以上|以下|及以上")


# an event read as an investor (龙岩投洽会签约合同项目: the fair's signed projects) names no company
_EVENT = re.compile(r"(?:投洽|洽谈|博览|交易|推介|招商|签约|展销)(?:大)?会|大会|论坛|峰会")


def class_not_project(name: str | None, investor: str | None) -> bool:
    """Whether a project read with the name `name` is a class of projects, not one: a value class (亿元以上产业项目)
    whatever its investor, any class when no investor is named (an event read as the investor names none)."""
    if not name:
        return False
    form = match_form(name)
    no_one = not investor or _EVENT.search(match_form(investor)) is not None
    return project_class(form) and (no_one or _VALUE_CLASS.search(form) is not None)


# a part of a count told right after it: its own clause opening with 其中 (…项目561个,…。其中,…项目达到167个), or the
# share of that part right after it (…167个,占比29.8%)
_PART_OPENING = re.compile(r"(?:[,。;:]\s*)其中\s*[,:]?[^。;!?\n]*$")
_OPENS_PARTS = re.compile(r"\s*其中\s*[,:]")
_SHARE_AFTER = re.compile(r"\s*[,、]\s*(?:占比|占总数的|占全部的|占)(?:约|近|超过)?\s*$")
_A_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)\s*(?:多|余)?\s*[个项家]")
# (计划完成投资N: a plan, not a result)
_ACHIEVED = re.compile(r"已|(?<!计划)(?<!预计)完成|实现|累计|目前|截至|开工|竣工|投产|落地|签约")


def part_of_count(form: str, count_end: int, num_start: int, share: bool) -> bool:
    """Whether the figure at num_start is a part of the count ending at count_end: a count whose clause opens with
    其中 in the same or the next sentence (the plan's counted part), or a share told right after the count."""
    if share:
        return 0 <= num_start - count_end <= 8 and _SHARE_AFTER.fullmatch(form, count_end, num_start) is not None
    if not 0 < num_start - count_end <= 60:
        return False
    between = form[count_end:num_start]
    if sum(between.count(c) for c in "。!?;\n") > 1 or _ACHIEVED.search(between):
        return False
    own = max(form.rfind(c, 0, count_end) for c in "。!?;\n") + 1
    told = form[own:count_end]
    if told.rfind("(") > told.rfind(")"):  # …项目442个(含省级项目289个: the count before the aside is the head
        told = told[: told.rfind("(")]
    if len(_A_COUNT.findall(told)) != 1:
        return False  # 新开工项目78个,完成年度目标任务132个的…。其中…: the part divides the first count, not the goal
    if _PART_OPENING.search(form, count_end, num_start) is not None or (
            between.strip() in ("、", ",", "") and "分别" in form[max(0, count_end - 12) : count_end]):
        return True  # (分别有6个、5个: the next count of the same list; the matching form writes 、 as ,)
    # the next item of a list its sentence opens with 其中 (其中,A项目N个,…;B项目M个,…): a part as the first is
    sentence = max(form.rfind(c, 0, count_end) for c in "。!?\n") + 1
    return ";" in between and not any(c in between for c in "。!?\n") \
        and _OPENS_PARTS.match(form, sentence, count_end) is not None


# a signing's one project (a class of a breakdown holding one, 其中…房地产项目1个,总投资N, stays the class's total)
_ONE_PROJECT_BEFORE = re.compile(r"(?:签约|签订|引进|落户|招引)(?:了)?项目\s*(?:1|一)\s*[个项]\s*$")


def one_project_total(form: str, m_start: int, sent_start: int) -> bool:
    """签约项目1个,总投资10.5亿元: the total of a batch of one is that project's total (a `project` fact)."""
    lo = max(sent_start, m_start - 80)
    plain, _ = without_pinyin(form, lo, m_start)
    clause_at = max(plain.rfind(c) for c in ",:") + 1
    return clause_at > 0 and _TOTAL_LABEL.fullmatch(plain, clause_at) is not None \
        and _ONE_PROJECT_BEFORE.search(plain, 0, clause_at - 1) is not None
