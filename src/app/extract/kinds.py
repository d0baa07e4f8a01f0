"""Deciding what a numeric mention is: its kind (project / target / indicator), indicator label and
basis, from cue words around it."""

from __future__ import annotations

import re

# --- target cues (goals, plans, forecasts) -------------------------------------------------------------
EN_TARGET_CUE = re.compile(
    r"\b(?:will|shall|would\s+(?:be|reach|exceed|top|hit|amount\s+to|register|generate|total)|expected\s+at"
    r"|could\s+(?:spur|generate|bring|create|reach|add|boost)|(?:is|are)\s+predicted\s+to|targeting|hope\s+to|plans?\s+to|plans\s+(?=\d)|planned(?!\s+(?:total\s+)?investment)|planning\s+(?:to|(?=\d))|is\s+planned|strive[sd]?\s+to|striving|strive\s+for"
    r"|aims?\s+(?:to|at|for)|aiming\s+(?:to|at|for)|aimed\s+at|plans?\s+an?\b|targets?|targeted|goals?|objectives?|expects?|expected\s+to"
    r"|is\s+expected|are\s+expected|proposes?\s+to|proposed|seeks?\s+to|intends?\s+to|wants?\s+to|calls?\s+for|envisag\w+"
    r"|(?:is|are)\s+set\s+to|endeavou?r|projected|forecast(?:s|ed)?|is\s+to|are\s+to|requires?\s+to|required\s+to"
    r"|to\s+be\s+(?:completed|achieved|reached|introduced)|by\s+20\d\d|pledged?\s+to|commit(?:s|ted)?\s+to"
    r"|(?:with\s+an?\s+)?annual\s+(?:planned\s+)?investment\s+(?:plan\s+)?of|(?:is|are)\s+estimated\s+to"
    r"|in\s+the\s+hope\s+of|hop(?:es|ing)\s+to|(?:is|are)\s+scheduled\s+to"
    r"|scheduled\s+to\s+(?:start|begin|open)"
    # what a project will yield once built (投产后, 建成后): "after (the) completion", "once completed", "when put into
    # production"; an expected measure ("the expected output of … is N"); heading for a figure ("march towards N")
    # (opening a clause of its own: "after the completion of 40 projects" is achieved)
    r"|(?:(?:after|upon|on|following)\s+(?:the\s+|its\s+)?(?:completion|full\s+operation|commissioning)(?:\s+of\s+(?:the"
    r"|this|its)\s+(?:[\w-]+\s+){0,3}?(?:project|plant|factory|base|park|facility|line))?|(?:after|once|when)\s+(?:it\s+is\s+"
    r"|being\s+)?(?:completed|finished|put\s+into\s+(?:production|operation|use)|fully\s+operational"
    r"|in\s+full\s+production|up\s+and\s+running))(?=\s*,)"
    r"|(?:expected|estimated|anticipated|designed)\s+(?:annual\s+|yearly\s+)?(?:output|revenue|sales|profits?|income|production"
    r"|tax(?:es)?)"
    r"|march(?:es|ing)?\s+towards?|head(?:s|ing)?\s+(?:for|towards?)"
    # a span of years counted from the start of operation ("two years after it goes into production", "after three
    # years of operation"): the project's future, like 投产3年后 / 营运两年后
    r"|(?:after|within|in)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+years\s+of\s+(?:full\s+)?(?:operation|production)"
    r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+years\s+after\s+(?:it\s+(?:starts|goes|is\s+put)\s+into\s+"
    r"(?:operation|production)|(?:the\s+|its\s+)?(?:completion|commissioning|start\s+of\s+(?:production|operation))))\b"
)  # scanned over the lower-cased form
# a project's internal rate of return is an appraisal's expectation, a `target` however it is written ("the after-tax
# internal rate of return for this project is 15.75%", "with a 21.8% internal rate of return", 内部收益率为14.58%;
# sets 23, 27, 34, 38: all five so annotated); the label before the figure in its clause, or right after it
RETURN_RATE_BEFORE = re.compile(r"(?:internal\s+rate\s+of\s+return|\birr\b|内部收益率|內部收益率|內\(nèi\)部收益率)"
                                r"[^,;，；。.]{0,40}$")
RETURN_RATE_AFTER = re.compile(r"\s*(?:\)\s*)?(?:after-tax\s+|pre-tax\s+)?(?:internal\s+rate\s+of\s+return|irr\b)")
EN_WEAK_TARGET_CUE = re.compile(r"\b(?:every\s+year|each\s+year|annually\s+introduce|should|must)\b")
EN_ACTUAL_MARKER = re.compile(  # (not an infinitive's: "are expected to hit", "aims to have reached")
    r"(?<!\bto\s)(?<!\bto\shave\s)\b(?:has|had|was|were|already|so\s+far|have\s+been|reached|achieved|completed\s+(?:an?\s+)?investment"
    r"|(?:signed|introduced|registered)(?!\s+(?:[a-z-]+\s+)?(?:projects?|enterprises|companies|capital|investment"
    r"|funds))|attracted|recorded|realized|realised|totall?ed|rose|grew|increased|fell"
    r"|dropped|declined|saw|hit)\b"
)
# a plan or a goal right before a percentage is what the percentage is of (完成全年计划50%, 引资目标任务的120%,
# 超过目标任务N亿元的19%: the goal's amount between): a completion rate, reported; a goal word before it (力争完成…)
# still makes it a target
# (到20XX年 is a horizon, and so is the end of a five-year plan, 到"十二五"末; 到2021年12月末 with its month is the date
# a tally is told at, like 截至; 欲 is a plan word; what a period to come can reach, 今年能达到N, is expected)
ZH_TARGET_CUE = re.compile(
    r"(?=[力目计预拟争确规有打将到年要努投建达运谋不可完竣落满编欲就能实营明来后瞄])(?:力争|瞄准|谋划|编排(?=[^,。;]{0,12}?项目)|不少于|(?<!比例)(?<!持股)不低于|(?<!完成)年度投资(?:计划|目标)?(?=(?:约|为|达)?\s*\d)|(?<!完成)(?<!完成年度)(?<!完成全年)目标(?!(?:任务)?(?:[\d.]+\s*(?:万亿|亿|万)?元)?的?\s*[\d.]+\s*%|企业|客户|市场|城市|国家|群体)|计划(?!总投资|的|\s*[\d.]+\s*%)|预计|预估(?!总投资)|拟(?!建项目|投资总额|总投资)|争取|确保|规划|预期|有望|打算|将于|将在|将(?:累计|陆续|逐步|共|总共|合计)?(?:实现|完成|达到|建成|新增|引进|实施|投入|投资|开工|形成|带动|突破|创造|提供|解决|吸纳)"
    r"|可(?:提供|创造|解决|带动|吸纳|新增)(?=[^,。;]{0,8}?就业)"  # 可提供就业岗位N个: jobs a project will create
    r"|(?:投产|建成|达产|达效|运营|营运|完成|竣工|完工|落成|满产|投用)(?=(?:[\d一二三四五六七八九十两]{1,2}个?年)?以?后)[^后,。;]{0,4}后|(?:(?<=[,;。!?\n:][\d一二三四五六七八九十两])|(?<=[,;。!?\n:][\d一二三四五六七八九十两]{2}))年以?后(?=,?(?:将|可|能|可以|有望)?(?:实现|达到|突破|形成))|(?<=项目)实施后|将来(?!自)|(?:明年|来年|后年)会|到20\d\d年(?!\d{1,2}月)|到\"?十[一二三四五六七八九]?五\"?(?:末|期末|时期末)|欲(?!望)|(?<=今年|明年|年内|年底)(?:就)?(?:能够|能|可以|可)(?:达到|实现)|年底前|年内|要(?:实现|完成|达到|突破)|力求|努力(?:实现|完成))"
)
ZH_WEAK_TARGET_CUE = re.compile(r"每年")
# "计划实施的N项…项目完成投资": what the projects of a plan have completed is a result (the plan's count stays a
# target: the marker ends after it)
# the total investment of a counted batch of projects listed to start or be built (计划开工项目N个、总投资…) describes
# the batch: a result (projects still to be attracted, 计划引进项目N个、总投资…, stay a plan); so do the
# figures of months gone by, told in a clause of their own (1至2月,…产值…): the goal words before them are not theirs;
# a sum over years to come (目标是三年累计…) is no result, one over years gone by (近三年累计…) is
ZH_ACTUAL_MARKER = re.compile(
    r"(?=[已完实累截目共达\d开安在续建奠竣成上前一今年])(?:已|完成了|实现了|成功(?:签约|签下|签订|引进|招引|引入|落地|举办)|"
    # a period gone by opening what is told of it (上半年,…; 今年以来…; 一季度签约…), not one a plan names (力争上半年…)
    r"(?<!力争)(?<!计划)(?<!争取)(?<!确保)(?<!预计)(?<!目标)(?<!将于)(?<!到)(?:上半年|前三季度|一季度|今年以?来|年初以来)"
    r"(?=,|[^,。;\d]{0,6}?(?:签约|开工|引进|落地|完成|实现|新增|招引))|(?<![\d一二三四五六七八九十两]年)(?<!将)(?<!预计)(?<!可)(?<!有望)累计|(?<=[近去这来][\d一二三四五六七八九十两]年)累计|截至|目前|共计|达到了"
    r"|(?<=分别|均为)完成(?:年度|全年|年)?(?:投资)?(?:计划|目标任务|目标|任务)的(?=\s*\d)"  # 分别完成年度计划的N%
    r"|\d{1,2}\s*(?:至|-|—|~|到)\s*\d{1,2}\s*月份?(?=,)"
    # 1-5月全市工业投资增长N%: months gone by before a place's total (not a plan's: 力争1-5月全市…)
    r"|(?<!力争)(?<!计划)(?<!争取)(?<!确保)(?<!预计)(?<!目标)\d{1,2}\s*(?:至|-|—|~|到)\s*\d{1,2}\s*月份?(?=全[市县区省州旗盟])"
    r"|(?:开工|实施|安排|在建|续建|建设|奠基|竣工)[^,。;、\d]{0,12}?项目\s*\d+\s*[个项][、,]?\s*总投资(?:额)?(?:约|达|超过|逾|近)?(?=\s*\d)"
    r"|(?<=计划(?:实施|建设|开工|推进|安排)的)\d[^,。;]{0,30}?项目(?=完成投资))"
)
TARGET_HEADER = re.compile(
    r"(?:goals?|targets?|objectives?|wants?\s+to|plans?|will|following\s+for\s+20\d\d|目标|任务|计划|力争|规划)",
    re.I,
)

# --- indicator labels -----------------------------------------------------------------------------------
EN_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), label)
    for p, label in [
        (r"\b(?:agreed|contract(?:ual|ed)?|signed|pledged|intended|intentional)\s+"
         r"(?:investment|value|amount|capital)", "agreed investment"),
        (r"\b(?:investment|funds?|capital)\s+(?:actually\s+)?in\s+place|\bfunds?\s+in\s+place|\bpaid-in|\bactually\s+(?:utili[sz]ed|used|in\s+place)|\bin-place\s+funds",
         "funds in place"),
        (r"\bfixed[- ]assets?\s+investment", "fixed-asset investment"),
        (r"\bforeign\s+(?:direct\s+)?investment|\bfdi\b|\bforeign\s+capital", "foreign investment"),
        (r"\bregional\s+gdp|\bgdp\b|\bgross\s+(?:domestic|regional)\s+product", "GDP"),
        (r"\badded\s+value\s+of\s+industrial|\bindustrial\s+added\s+value|\bindustrial\s+value[- ]added",
         "industrial added value"),
        (r"\badded\s+value|\bvalue[- ]added", "added value"),
        (r"\benergy\s+consumption", "energy consumption"),
        (r"\butili[sz]ation\s+rate", "utilization rate"),
        (r"\bretail\s+sales", "retail sales"),
        (r"\bexports?\b", "exports"),
        (r"\bimports?\b", "imports"),
        (r"\bforeign\s+trade|\btotal\s+trade", "foreign trade"),
        (r"\brevenues?\b|\bincomes?\b|\bsales\b|\bturnover\b", "revenue"),
        (r"\boutput(?:\s+value)?\b", "output"),
        (r"\binternal\s+rates?\s+of\s+return|\birr\b", "internal rate of return"),
        (r"\btax(?:es)?\b", "tax revenue"),
        (r"\bprofits?\b", "profit"),
        (r"\btotal\s+investment|\binvestment\b|\binvested\b|\bprojects?\s+worth\b|\battract\b", "investment"),
    ]
]
ZH_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), label)
    for p, label in [
        (r"协议投资|签约(?:总)?(?:金额|额|投资)|合同投资|协议(?:引资|资金)|意向投资", "agreed investment"),
        (r"到位资金|实际到位|到位内资|到位外资|资金到位", "funds in place"),
        (r"固定资产投资", "fixed-asset investment"),
        (r"实际(?:使用|利用)外资|利用外资|外商直接投资|外资", "foreign investment"),
        (r"地区生产总值|生产总值|GDP", "GDP"),
        (r"(?:规模以上|规上)工业增加值|工业增加值", "industrial added value"),
        (r"增加值", "added value"),
        (r"社会消费品零售总额|社零", "retail sales"),
        (r"进出口", "foreign trade"),
        (r"出口", "exports"),
        (r"进口", "imports"),
        (r"营业收入|营收|收入|销售额", "revenue"),
        (r"产值", "output"),
        (r"内部收益率|內部收益率", "internal rate of return"),
        (r"税收|税金", "tax revenue"),
        (r"利润", "profit"),
        (r"能耗", "energy consumption"),
        (r"总投资|投资额|投资|引资", "investment"),
    ]
]
ZH_COUNT_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), label)
    for p, label in [
        (r"签约", "signed projects"),
        (r"在建", "projects under construction"),
        (r"新开工|开工", "projects started"),
        (r"竣工|建成", "projects completed"),
        (r"投产|达产", "projects in production"),
        (r"落地", "projects landed"),
        (r"新引进|引进", "new projects"),
        (r"上市公司", "listed companies"),
        (r"500强", "top-500 enterprises"),
        (r"央企|国企", "state-owned enterprises"),
        (r"金融机构", "financial institutions"),
        (r"走访|对接", "enterprises visited"),
    ]
]
EN_GROWTH = re.compile(r"\b(?:increas\w*|ris\w*|rose|grow\w*|grew|up|gain\w*|fell|fall\w*|decreas\w*|drop\w*|"
                       r"declin\w*|down)\b", re.I)
ZH_GROWTH = re.compile(r"增长|增速|提高|上升|下降|减少|回落|增幅|降幅")

EN_YOY = re.compile(r"year-on-year|year\s+on\s+year|\byoy\b|same\s+period|previous\s+year|last\s+year", re.I)
EN_AVG = re.compile(r"annual(?:ly)?\s+(?:on\s+)?average|average\s+annual|annually\s+on\s+average|"
                    r"annual\s+average|average\s+growth", re.I)
EN_SHARE = re.compile(r"account(?:s|ed|ing)?\s+for|share\s+of|proportion|of\s+the\s+total|of\s+GDP|"
                      r"utili[sz]ation\s+rate|\brate\b", re.I)
ZH_YOY = re.compile(r"同比|按年|比上年|较上年|比去年|较去年|上年同期")
ZH_AVG = re.compile(r"年均|年平均")
ZH_SHARE = re.compile(r"占|比重|占比|份额|率")


def last_match(patterns: list[tuple[re.Pattern[str], str]], s: str) -> tuple[int, int, str] | None:
    """The label whose cue ends closest to the end of `s` (the number's position); among cues that
    overlap it, the more specific one (earlier in the lexicon): 协议投资额 is "agreed investment"."""
    found: list[tuple[int, int, int, str]] = []
    for index, (pattern, label) in enumerate(patterns):
        for m in pattern.finditer(s):
            found.append((m.start(), m.end(), index, label))
    if not found:
        return None
    last = max(found, key=lambda f: (f[1], -f[0]))
    overlapping = [f for f in found if f[0] < last[1] and last[0] < f[1]]
    best = min(overlapping, key=lambda f: f[2])
    return best[0], max(best[1], last[1]), best[3]
