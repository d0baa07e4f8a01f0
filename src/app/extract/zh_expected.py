"""Chinese figures that are goals by their structure, not by a goal word before them.

A project's yearly yield: the output value, sales revenue or tax a project or base being built will bring each year
(…基地一期投资总额N亿元。年产电芯N万套,年产值达N亿元; 在某地新建…项目,年销售收入约N亿元) is what the project is
expected to reach, a target, though no 预计 or 力争 stands before it. Told by structure: the amount follows a
per-year measure (年产值, 年销售收入, 年纳税 …; not 全年, 今年, 去年 or 2023年产值, a period's total) and the
sentence or the one before describes a project or base to be built (its investment, its capacity 年产N台, its
building or completion), while nothing in the sentence tells an achieved result (已, 目前, 去年, 同比, 累计 …) and
no place's total is meant (全市, 规上 …).

The size a park, base or cluster to be built is to have (建设产值N亿元化工产业园, 打造产值超N亿元的产业集群) is a
target too: the measure stands between the building verb and the thing built.
"""

from __future__ import annotations

import re

# the per-year measure right before the amount: 年产值达, 年销售收入可达到, 年纳税超, 年创利税
# (年实现销售收入N: the verb between the year and the measure)
_MEASURE_BODY = (r"(?:新增)?(?:开票)?(?:总产值|产值|销售收入|销售额|销售|营业收入|营收|主营业务收入|收入|"
                 r"税收|纳税|利税|上缴税金|税金|利润|净利润)(?:总额|额)?"
                 r"(?:将|可|能|预计|有望|预期)?(?:实现|达到|达|超过|突破|为|大约|约|逾|近|超|过|不低于|不少于|\s)*$")
_YEAR_LEAD = r"年(?:创|可创|均|实现|可实现)?"  # (the year, and the verb written after it)
_MEASURE = _YEAR_LEAD + _MEASURE_BODY
_YEARLY_MEASURE = re.compile(r"(?<![\d全今去上明当前后近每本同该])" + _MEASURE)
# the measure after the project reaches capacity (达产后年产值, 达产达标后年主营业务收入, 全面投产后年纳税):
# expected by its words, whatever the sentence says of the project
# (also with other measures of the project between, in the same sentence: 达产以后,产能N,年产值N; no result
# told between: 达产以后,目前年产值N)
# (满负荷生产后,年出栏N头,实现产值N: at full load; the measure then told with its verb and no 年)
_AT_CAPACITY = re.compile(r"(?:达产|达效|达标|投产|建成|竣工|完工|满产|满负荷(?:生产|运行)?)(?:达标|达效)?以?后"
                          r"(?:,(?:(?!已|目前|去年|累计)[^。;!?\n]){0,20}?[,、])?"
                          r"(?:" + _YEAR_LEAD + r"|(?:可|将|能)?(?:实现|创造|带来))" + _MEASURE_BODY)
# a further measure listed after a yearly one, without a 年 of its own: …,年产值N亿元,纳税N亿元
_LISTED_MEASURE = re.compile(
    r"[,、]\s*(?:可|将)?(?:实现|上缴)?(?:税收|纳税|利税|上缴税金|税金|利润|净利润|销售收入|产值)(?:总额|额)?"
    r"(?:将|可|能|预计|有望)?(?:实现|达到|达|超过|突破|为|约|逾|近|超|过|\s)*$"
)
_AMOUNT = re.compile(r"[\d.]+多?\s*(?:万|亿)?多?(?:元|美元)")  # (30多亿元, 3亿多元)
# what a project can bring, told with a modal before the verb, with or without 年: 可实现销售收入N, 可创造产值N,
# 可年实现销售收入N (a
# result is told without the modal: 实现销售收入N)
_CAN_MEASURE = re.compile(r"(?:可|能|将可|预计可)年?(?:实现|达到|创造|新增|带来)(?:年)?" + _MEASURE_BODY)
# a project or base to be built: its investment, its designed capacity, its building or completion
_PROJECT_BEING_BUILT = re.compile(
    r"(?:总投资|投资总额|计划投资|拟投资|预计投资|项目投资|工程投资)"
    r"|年产(?:能)?\s*[\d一二三四五六七八九十两百千万.]"
    # a phase's investment (一期投入N, 二期将投资N) and a designed daily or yearly capacity (日加工能力N吨): a plant's
    r"|(?:首期|一期|二期|三期)(?:将|拟|计划)?(?:投入|投资)"
    r"|[日年](?:加工|生产|处理|屠宰|设计)(?:能力|产能)\s*(?:达|为|约)?\s*[\d一二三四五六七八九十两百千万.]"
    r"|(?:项目|基地|工厂|园区|工业园|产业园|生产线|工程)[^,。;!?\n]{0,12}?(?:建成|投产|达产|达效|竣工|完工|落成|开工|落户)"
    r"|(?:建设|新建|兴建|建立|投建|打造|建成|扩建)[^。;!?\n]{0,24}?(?:项目|基地|工厂|园|生产线|中心)"
    r"|新增的?[^,。;!?\n]{0,12}?产能"  # (新增的2万吨产能, 可实现年销售收入N: what the added capacity brings)
)
# a result, or a place's total: not a project's expected yield
_ACHIEVED = re.compile(
    r"已|目前|现有|去年|上年|同比|比上年|累计|截至|全市|全县|全区|全省|全州|全旗|规上|规模以上"
    r"|\d{4}年(?!\d{1,2}月)|上半年|前三季度|一季度|以来|实现了"  # a period told (2023年,该公司实现年销售收入…): a
)  # result; not a date (于2021年3月签约: the day something happened)


def _sentence_start(form: str, at: int) -> int:
    """Where the sentence holding `at` starts (after the last 。!?; or line break before it)."""
    return max(form.rfind(c, 0, at) for c in "。!?;\n") + 1


# the size a park, base or cluster to be built is to have: 建设产值N亿元(的)化工产业园, 打造产值超N亿元的产业集群
_SIZE_OF_BUILT = re.compile(
    r"(?:建设|建成|打造|形成|培育)(?:一个|一批|成)?(?:年)?(?:总产值|产值|销售收入|营业收入|产业规模|规模)"
    r"(?:达|超过|超|逾|近|约|\s)*$")
_BUILT_ALREADY = re.compile(r"已|去年|上年|目前|现有|累计|截至|建成了|形成了")
_AMOUNT_AT = re.compile(r"(?:超过|超|逾|近|约)?[\d.]+\s*(?:万亿|亿|万)?(?:元|美元)")
_BUILT_THING_AFTER = re.compile(r"(?:以上|级)?的?[^,。;!?\n\d]{0,12}?(?:园|基地|集群|产业链|城|中心)")


def expected_yield(form: str, start: int) -> bool:
    """Whether the amount starting at `start` is the yearly output, revenue or tax of a project being built, or the
    size a park, base or cluster to be built is to have (a target by structure; see the module's docstring)."""
    if "产值" in form[max(0, start - 10) : start] or "规模" in form[max(0, start - 10) : start] \
            or "收入" in form[max(0, start - 10) : start]:
        size = _SIZE_OF_BUILT.search(form, max(0, start - 16), start)
        amount = _AMOUNT_AT.match(form, start) if size is not None else None
        if amount is not None and _BUILT_THING_AFTER.match(form, amount.end()):
            clause = max(form.rfind(c, 0, start) for c in ",。;!?\n") + 1
            return _BUILT_ALREADY.search(form, clause, start) is None  # (去年已建成…, in its clause: a result)
    listed = _LISTED_MEASURE.search(form, max(0, start - 16), start) if "," in form[max(0, start - 16) : start] \
        or "、" in form[max(0, start - 16) : start] else None
    if listed is not None:  # ,纳税N亿元: a measure listed after a yearly one is read as that one is
        before = max(form.rfind(c, 0, listed.start()) for c in ",、。;!?\n") + 1
        amount = max(_AMOUNT.finditer(form, before, listed.start()), key=lambda a: a.start(), default=None)
        if amount is not None:
            return expected_yield(form, amount.start())
        # (no amount before it: ,可实现销售收入N after a capacity is read by its own words below)
    modal = _CAN_MEASURE.search(form, max(0, start - 20), start)
    if "年" not in form[max(0, start - 16) : start] and modal is None:
        return False
    capacity = _AT_CAPACITY.search(form, max(0, start - 50), start)
    measure = capacity or _YEARLY_MEASURE.search(form, max(0, start - 16), start) or modal
    if measure is None:
        return False
    own = _sentence_start(form, measure.start())
    clause_end = min((i for i in (form.find(c, start) for c in ",。;!?\n") if i >= 0), default=len(form))
    if _ACHIEVED.search(form, own, start) or _ACHIEVED.search(form, start, clause_end):
        return False
    if capacity is not None:
        return True
    before = _sentence_start(form, max(0, own - 1)) if own > 0 else 0
    return _PROJECT_BEING_BUILT.search(form, max(before, own - 200), start) is not None


# Projects prepared for investors or planned: the number of projects a place has packaged to offer investors (已包装…
# 等N个合作项目) is what it offers, a target even when the packaging is told as done; so is the number a place will
# push forward (今年将重点抓好…N个项目; …N个项目建设; 全力推进N个项目实施: the plan word governs the clauses its
# sentence lists after a semicolon). A signing, a start, a release (推出了N个) or a completion between the word and
# the count makes it a result. Projects promoted at an event (推介项目N个, 对N个项目进行了推介) are left to the
# period's report: the sets annotate them both ways.
# (not the product in a company's or a park's name: 金属包装等N个项目, 绿色包装产业园)
_PACKAGED_BEFORE = re.compile(
    r"包装(?!等|、|,|产业|材料|印刷|企业|公司|厂|制品|容器|膜|纸|箱|盒|袋|瓶|罐|产品|行业|生产|基地|园|有限)(?:了)?")
_PLANNED_BEFORE = re.compile(r"(?:将|要)[^,。!?\n\d]{0,4}?(?:抓好|推进|推动|实施)|(?:全力|着力)(?:推进|推动|抓好)"
                             # 全市共安排重点项目N个: the projects a year's plan arranges (not 去年安排, 已安排, 安排了)
                             # (铺排: arranged in a plan; 争列: striving to have them listed)
                             r"|(?<!去年)(?<!上年)(?<!已)(?<!已经)(?:铺排|安排)(?!了|资金|专项)|争列")
_RESULT_BETWEEN = re.compile(
    r"推出|梳理|签约|签订|签署|开工|竣工|投产|落地|引进|成功|已|累计|截至|目前|以来|完成|共|实现"
)
_RESULT_AFTER = re.compile(r"(?:进行了?|实现了?)?(?:集中|现场|成功)?(?:签约|签订|签署|开工|竣工|投产|落地)")


# 去年全市共安排…, 2年来…安排: a plan gone by, told as done; …安排项目N个。…1-3月累计完成投资: a progress report
# (set 14: the plan's counts are then what it reports on, indicators)
_PAST_ARRANGED = re.compile(r"去年|上年|已|年来|以来")
_PROGRESS_AFTER = re.compile(r"累计(?!总投资)|已完成|完成投资|完成年度|开工率")  # (累计总投资N: the plan's total)


def offered_projects(form: str, num_start: int, noun_end: int) -> bool:
    """Whether the count of projects at form[num_start:noun_end] is the number a place has packaged for investors
    or plans to push forward (a target; see above)."""
    if _RESULT_AFTER.match(form, noun_end):
        return False  # …等20个重点项目进行了集中签约: what they did, told of the count itself
    window = form[max(0, num_start - 200) : num_start]
    if "包装" not in window and "将" not in window and "要" not in window and "力" not in window \
            and "安排" not in window and "铺排" not in window and "争列" not in window:
        return False
    lo = max(0, num_start - 200, max(form.rfind(c, 0, num_start) for c in "。!?\n") + 1)
    for cue in (_PACKAGED_BEFORE, _PLANNED_BEFORE):
        last = max(cue.finditer(form, lo, num_start), key=lambda c: c.end(), default=None)
        if last is not None and not _RESULT_BETWEEN.search(form, last.end(), num_start) and not (
                last.group().endswith(("安排", "铺排")) and (_PAST_ARRANGED.search(form, lo, last.start())
                                                  or _PROGRESS_AFTER.search(form, noun_end, noun_end + 200))):
            return True
    return False


# 有N个项目将在2012年开工, N个项目计划年内投产: what the counted projects will do, told right after them (the count of a
# plan or list announced, a target; the total investment told after it stays the batch's, see zh_batches.batch_total)
_PLANNED_AFTER = re.compile(
    r"(?:将|拟|计划|预计|力争|争取|有望)(?:于|在)?[^,。;!?\n\d]{0,2}(?:\d{4}年|年内|年底|今年|明年|近期|下半年|上半年)?(?:前|内|底)?"
    r"(?:陆续|相继|全部|集中|正式)?(?:开工|建设|实施|投产|竣工|建成|开建|动工|落地)")


def planned_after(form: str, noun_end: int) -> bool:
    """Whether the counted projects ending at noun_end are told right after as what will start, be built or be
    put into production (a target count)."""
    return _PLANNED_AFTER.match(form, noun_end) is not None


# 全年将有N个项目竣工投产, 预计有N个项目开工: a plan word before 有 holds the count of projects that will start or be
# completed (a target, like 有N个项目将…开工); 已有N个项目竣工 is what has been done
_WILL_HAVE_BEFORE = re.compile(r"(?:将|预计将?|计划|力争|争取|有望)(?:会)?有(?:约|近|超过|超|逾|不少于)?$")
_WILL_DO_AFTER = re.compile(
    r"(?:陆续|相继|全部|集中|正式|实现)?(?:开工|竣工|投产|建成|开建|动工|落地|签约|完工)")


def will_have(form: str, start: int, noun_end: int) -> bool:
    """Whether the count of projects from `start` to noun_end is held by a plan word before 有 and followed by what
    the projects will do (a target count; see above)."""
    return _WILL_HAVE_BEFORE.search(form, max(0, start - 8), start) is not None \
        and _WILL_DO_AFTER.match(form, noun_end) is not None


# Projects a place promotes to investors: the number of projects promoted at a fair or released to investors (会上…
# 推介的重点招商引资项目达N项, 其中某市推介N项, 发布重点产业招商引资项目N个, 在此次推介会上…N个招商引资重点项目)
# is what the place offers, a target like the cooperation projects it offers (tests/heldout/README.md, sets 7 and 9).
# Told by structure: 推介 in the sentence before the count (the event's own name, 推介会, included), or 发布 in the
# count's clause, the count being of investment-attraction projects (招商/推介 in its noun) or written right after 推介
# (推介N项); a signing, start or completion between the cue and the count, or a signing told after the count in the
# same sentence (推介项目N个,M个项目签约: the event's results), makes the sentence a report of results, the count an
# `indicator`.
_PROMOTION_CUE = re.compile(r"推介|发布")
_PROMOTION_NOUN = re.compile(r"招商|推介")
_RIGHT_AFTER_PROMOTION = re.compile(r"推介(?:了)?$")
_PROMOTION_RESULT = re.compile(r"签约|签订|签署|开工|竣工|投产|落地|成功|已|累计|完成")
# (超额完成年度目标任务 after the count is no result of the event)
_EVENT_RESULT_AFTER = re.compile(r"签约|签订|签署|开工|落地")


def promoted_projects(form: str, num_start: int, noun: str, noun_end: int) -> bool:
    """Whether the count of projects at form[num_start:noun_end] is the number a place promotes or releases to
    investors (a target; see above)."""
    if "推介" not in form and "发布" not in form:
        return False
    sentence = max(form.rfind(c, 0, num_start) for c in "。!?;\n") + 1
    lo = max(sentence, num_start - 120)
    if not (_PROMOTION_NOUN.search(noun) or _RIGHT_AFTER_PROMOTION.search(form, lo, num_start)):
        return False
    clause = max(form.rfind(c, 0, num_start) for c in ",:。!?;\n") + 1
    cue = None
    for m in _PROMOTION_CUE.finditer(form, lo, num_start):
        if m.group() == "推介" or m.start() >= clause:
            cue = m.end()
    if cue is None or _PROMOTION_RESULT.search(form, cue, num_start):
        return False
    ends = [i for i in (form.find(c, noun_end) for c in "。!?;\n") if i >= 0]
    sentence_end = min(ends) if ends else len(form)
    return _EVENT_RESULT_AFTER.search(form, noun_end, sentence_end) is None


# A plan of projects announced as a document: a title line naming a plan or a list of projects (某市2021年重大产业
# 项目投资计划, …重点项目清单, …项目名单) makes the text the plan's announcement, and the counts of its projects (also
# of its projects in a class: 新引进已开工的项目N个, 先进制造业项目N个) are `target`s (tests/heldout/README.md,
# set 14: "in the announcement of a plan or list the counts of its projects … are targets"), unless the sentence
# reports the plan's progress (完成投资, 累计, 截至, 目前).
_PLAN_TITLE = re.compile(r"项目[^,。;:!?\s]{0,8}?(?:计划|计划表|清单|名单)$")
_PLAN_PROGRESS = re.compile(r"完成|累计|截至|截止|目前")


def plan_title_end(form: str) -> int:
    """Where the title line of a plan's announcement ends, or -1 when the text opens with no such title."""
    end = form.find("\n")
    if not 0 < end <= 40:
        return -1
    title = form[:end].strip()
    return end if _PLAN_TITLE.search(title) and not any(c in title for c in ",。;") else -1


def plan_count(form: str, num_start: int, noun_end: int) -> bool:
    """Whether a count of projects after a plan's title (see plan_title_end) is told without the plan's progress."""
    sentence = max(form.rfind(c, 0, num_start) for c in "。!?;\n") + 1
    ends = [i for i in (form.find(c, noun_end) for c in "。!?;\n") if i >= 0]
    return _PLAN_PROGRESS.search(form, sentence, min(ends) if ends else len(form)) is None
