"""Chinese numeric mentions (Simplified; Traditional arrives already mapped to Simplified by textprep):
money, counts and percentages in one pass over the matching form (what a count counts: `zh_count_nouns.py`)."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import (
    ARABIC,
    ZH_MULTIPLIER,
    ZH_NUMERAL,
    ZH_NUMERAL_CHARS,
    ZH_POST_COMPARATORS,
    ZH_PRE_COMPARATOR,
    ZH_PRE_COMPARATOR_MAP,
    ZH_PRE_COMPARATORS,
    zh_value,
)
from app.extract.restated import different_things
from app.extract.zh_count_nouns import TASK_BEFORE as _TASK_BEFORE
from app.extract.zh_count_nouns import count_mention
from app.extract.zh_counted import big_projects, plants_by_zuo, production_bases
from app.extract.zh_events import same_group
from app.extract.zh_expected import (
    expected_yield,
    offered_projects,
    plan_count,
    plan_title_end,
    planned_after,
    promoted_projects,
    will_have,
)
from app.extract.zh_fractions import fraction_mentions, tenth_mentions
from app.extract.zh_grades import technical_grade
from app.extract.zh_jobs import find_jobs
from app.extract.zh_lists import range_class

# every character a match can start with: the scan skips other positions after one test
_FIRST = "".join(
    sorted({w[0] for w, _ in ZH_PRE_COMPARATORS} | set("人美港欧UH$¥R-0123456789") | set(ZH_NUMERAL_CHARS))
)
NUMBER_RE = re.compile(
    rf"""
    (?=[{re.escape(_FIRST)}])
    (?P<cmp>{ZH_PRE_COMPARATOR})?
    (?P<pre>人民币|美元|港元|港币|欧元|US\$|HK\$|\$|¥|RMB)?\s?
    (?P<num>(?<![A-Za-z0-9_.-])(?<!\d,)\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?=[多余]?[亿万元])  # 7 000多亿元: spaced
      |(?<![A-Za-z0-9_.-])(?<!\d,)-?(?:{ARABIC})|(?<=\d-)(?:{ARABIC})(?=\s?[亿万])|{ZH_NUMERAL}
      |(?<=[近上逾超])万(?=[余多]?[家个项户]))  # 近万家: ten thousand, a vague count at its round number
    (?:[ \u00a0](?=[亿万千百]|[多余][亿万千百元个家项户]))?  # 1.85 亿元, 100 多家
    (?P<post1>多|余)?
    (?P<mult>{ZH_MULTIPLIER})?
    (?P<post2>多|余)?
    (?:[ \u00a0](?=[元美港欧人个家项户间]))?  # scraped pages: 159 个, 1.85 亿元
    (?:
      (?P<cur>元人民币|元|美元|美金|港元|港币|欧元|块钱|人民币)  # 240亿人民币: the currency word after the number
    | (?P<pct>\s?%|个百分点|百分点)
    | (?P<cl>个|家|项|宗|所|户|间|件)
    )?
    """,
    re.X,
)
PERCENT_WORDS_RE = re.compile(rf"百分之(?P<num>{ARABIC}|{ZH_NUMERAL})")

_NEGATIVE_BEFORE = re.compile(
    r"(?:(?<!降幅)(?<!跌幅)(?:下降|减少|回落|降低|下滑|负增长|降|减|跌|下跌)(?:了)?|(?:降幅|跌幅)(?:为|达|是|达到)?)"
    r"(?:约|近|超过|逾)?$"
)
# 10亿元以上的项目, 超10亿元以上的有2个, 超百亿元的有2个: an amount naming the class of projects or firms counted (the
# noun may be left out when the count follows: "…的有N个" counts those of the group above the amount; not "总投资M亿元的
# N个项目", the total of the projects counted)
_THRESHOLD_AFTER = re.compile(
    r"(?:以上|及以上|以下)(?:的)?[^\d,。;]{0,6}?(?:项目|企业|工业)"
    r"|(?:(?:以上|及以上|以下)的(?:有|为|共有|达)?|的(?:有|共有))\s?(?:\d+|[一二两三四五六七八九十]+)\s?(?:个|家|项)"
)
# 超百亿元的企业, 投资超10亿元的重大项目: an amount qualifying a class of projects or firms
_CLASS_AFTER = re.compile(
    r"的?(?:重点|重大|工业|产业|制造业|龙头|骨干|外资|内资|招商|新兴|科技|高新技术|投资){0,3}(?:项目|企业|园区|产业集群|集群)"
)
# 83亿4,512万美元 (Taiwan and Hong Kong style): the 亿 part written before the 万 part
_YI_PART_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)亿$")
# (every alternative starts with a character, not a class: the engine then skips to their first characters)
_TAIWAN_MARKERS = re.compile(
    r"新台币|经济部|行政院|立法院|中央社|民国\d{2,3}年|今\(\d{1,2}\)日|台(?:北|中|南)市|臺(?:北|中|南)市|高雄市|新北市|桃园市|"
    r"新竹|经发局|投审会|投审司|联合新闻网|经济日报|工商时报|自由时报"
)
_TWD_BEFORE = re.compile(r"(?:新台币|台币)[\d,.兆亿]{0,10}$")  # 新台币300亿元, 新台币2兆1,568亿元
# a part of a group counted before (其中N个, …中,N个) and the measure of each one (not a total: 总投资, 合计)
_SUBSET_CLASS_BEFORE = re.compile(
    r"(?:其中|中,)\d+(?:个|家|项)(?:项目|企业)?的?(?:签约金额|投资额|投资规模|单体投资|合同金额|投资)(?:均)?(?:在|达)?$"
)
# 亿 after 个 and its currency, not a value class of the projects counted (8个亿元以上项目)
_GE_YI = re.compile(r"亿(?!(?:元|美元)?(?:及?以上|的?(?:项目|企业)|级))(?P<cur>元人民币|元|美元|美金|人民币)?")
_TICKER_BEFORE = re.compile(r"\[\s?-?\d+\.\d+\s$")
_PER_BEFORE = re.compile(r"每$|单位$|人均$|每年$")
# 300亿元至350亿元, 300至350亿元: one amount, at least the lower bound
_RANGE_BETWEEN = re.compile(r"\s*(?:至|到|~)\s*")
# 300—500亿元 (dash as -), 8亿至10亿元 (the low end with its own multiplier)
_RANGE_LOW_BEFORE = re.compile(rf"(?<![\d.,])(?P<lo>{ARABIC})(?P<lomult>万亿|亿|万)?\s*(?:至|到|~|-)\s*$")


# 亿 without 元: the money words before it, what may follow it, a task after it; a currency note for the
# amounts that follow ("(美元,下同)": in US dollars, here and below)
_BARE_YI_CUE_BEFORE = re.compile(
    r"(?:资金|投资|投资额|投资总额|总投资|金额|总额|任务|注册资本|资本|引资|签约额|融资|产值|收入|营收|税收|纳税|利税|销售额)"
    r"(?:将|可|预计|有望)?(?:总计|合计|共计|累计|共|达到|达|为|是|约为)?$"
)
_BARE_YI_END = re.compile(r"(?:[,。;、)\n]|的|$|\((?:美元|港元|人民币)[,]下同\))")
_BARE_YI_TASK_AFTER = re.compile(r"(?:的)?(?:年度|全年|年)?(?:招商引资|引资|投资)?(?:任务|目标任务)")  # 540亿元年度任务
_BARE_YI_INVEST_AFTER = re.compile(r"的?投资(?![者人方])")  # 近300亿投资的项目: an amount invested
_PAST = ("过", "过 ")  # 过10亿元项目, 出资过 10亿元项目: more than, written before the amount
# 总投资均达1.3亿美元 (no 以上 after it; the mention starts after the comparator): what each one reaches, its
# amount, not a class
_EACH_REACHES = re.compile(r"(?<![平人户])均(?:达|达到|为)$")
# 59个总投资超过580亿元的重大项目: the total of the projects just counted, not a class each one exceeds
_GROUP_TOTAL_BEFORE = re.compile(r"\d+\s?[个项家](?:总投资|投资总额|总投资额)(?:超过|超|逾|达到|达|约|近)?\s?$")
# 均超过5000万元 (超过 is the mention's own); not 平均/人均, an average
_EACH_BEFORE = re.compile(r"(?<![平人户])均(?:在|超过?|达到?|不低于|不少于)?$")
_SHARE_PRICE_BEFORE = re.compile(
    r"(?:收盘价|收盘|收于|报收|收报|股价|发行价|涨停价|跌停价|开盘价|最高价|最低价)(?:每股)?(?:为|报|是|达|达到|于)?$")
_ALT_AMOUNT = re.compile(r"(?:或|/)(?:超过?)?\d+(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元|港元)(?:以上|及以上)?")
# 均超过1亿元 is a class when the clause says what each project invests (签约项目投资额均超过1亿元: their size class),
# one figure for two subjects otherwise (产销规模均超360亿元, 两家工厂营业收入均超200亿元)
_GROUP_BEFORE_EACH = re.compile(r"投资|单体")
_YUE_WORDS = tuple("签预合节制公条契")  # words ending in 约 (签约, 预约, 合约 …)
_CURRENCY_NOTE = re.compile(r"\((?P<cur>美元|港元|人民币)[,]下同\)")


def is_taiwanese(form: str) -> bool:
    """Written in Taiwan (two or more markers only Taiwanese copy uses): its bare 元 amounts are New
    Taiwan dollars, not yuan."""
    return len({m.group() for m in _TAIWAN_MARKERS.finditer(form[:6000])}) >= 2


# a percentage that names a goal's level: 落地率25%的目标, 增长8%的预期目标 (not 25%的目标企业: a class of firms)
_GOAL_AFTER = re.compile(r"\s*(?:左右|以上)?的(?:年度|预期|既定|奋斗)?目标(?!企业|客户|市场|城市|国家|群体)")


_POST_COMPARATOR = re.compile(r"及以上|以上|左右|以下|以内")


def find_mentions(form: str, taiwan: bool = False) -> list[Mention]:
    """All money, count and percentage mentions in a Chinese matching form (`taiwan`: a Taiwanese
    text, whose amounts in 元 without 人民币 are New Taiwan dollars and are left out)."""
    out: list[Mention] = []
    notes = [(n.start(), n.group("cur")) for n in _CURRENCY_NOTE.finditer(form)]
    plan_title = plan_title_end(form)  # 某市2021年重大产业项目投资计划: a plan's announcement
    for m in NUMBER_RE.finditer(form):
        cur, pct, cl = m.group("cur"), m.group("pct"), m.group("cl")
        pre = m.group("pre")
        noted = None
        if not (cur or pct or cl or pre):
            if m.group("mult") not in ("亿", "万亿") or not _bare_yi(form, m):
                continue
            # 到位资金9.2亿, 任务100亿: an amount in 亿 without 元 after a money word; yuan unless a note
            # ("(美元,下同)") right after it or before it names another currency
            noted = next((c for at, c in reversed(notes) if at <= m.end() + 1), None)
            cur = "元" if noted in (None, "人民币") else noted
        num = m.group("num")
        num_start, num_end = m.span("num")
        if num[:1] == "-" and form[num_start - 1 : num_start] in ("亿", "万"):
            num, num_start = num[1:], num_start + 1  # 10亿—15亿元: a range's dash, not a minus
        value = Decimal(10_000) if num == "万" else zh_value(num.lstrip("-"), m.group("mult"))
        if value is None:
            continue
        negative = num.startswith("-")
        cmp_word = m.group("cmp")
        if cmp_word == "约" and form[m.start("cmp") - 1 : m.start("cmp")] in _YUE_WORDS:
            cmp_word = None  # 签约10个项目: the 约 of 签约, not "about"
        comparator = ZH_PRE_COMPARATOR_MAP.get(cmp_word, Comparator.EQ) if cmp_word else Comparator.EQ
        post = m.group("post1") or m.group("post2")
        if post:
            comparator = ZH_POST_COMPARATORS[post]
        start = m.start("cmp") if cmp_word else (m.start("pre") if pre else num_start)
        end = m.end()
        after = form[end : end + 12]
        post_cmp = _POST_COMPARATOR.match(after)
        if post_cmp and comparator == Comparator.EQ:
            comparator = ZH_POST_COMPARATORS[post_cmp.group()]
        if cur or (pre and not pct and not cl):
            if not cur and not m.group("mult"):
                continue
            if form[num_start - 1 : num_start] == " " and form[num_start - 2 : num_start - 1].isdigit():
                continue  # 投资约30 6亿元: a number the page broke (a lost point or digit), not recoverable
            if num[:1] in "十百千" and form[num_start - 1 : num_start] in ("数", "几", "上"):
                continue  # 数十亿元, 几百万元, 上百亿元: vague, not a figure
            rounded = num in ("十", "百", "千") and cmp_word in ("逾", "超", "超过")  # 逾百亿美元, 超千亿元
            near = (not rounded and cmp_word in _NEAR_CMP and num.isascii() and num.isdigit()
                    and len(num.rstrip("0")) == 1)  # 近200亿元: one significant digit
            if _PER_BEFORE.search(form[max(0, start - 3) : start]):
                continue
            if not m.group("mult") and not num[:1].isdigit() and not num.startswith("-"):
                continue  # 三元前驱体, 五元: a word, not an amount
            if taiwan and cur in ("元", "块钱") and not pre:
                continue  # 总投资金额达320亿元 in a Taiwanese text: New Taiwan dollars
            if _TWD_BEFORE.search(form[max(0, start - 14) : start]):
                continue  # 新台币300亿元: New Taiwan dollars, not a currency the schema records
            if m.group("mult") == "万" and not pre and not cmp_word:
                yi = _YI_PART_BEFORE.search(form[max(0, num_start - 14) : num_start])
                if yi is not None:
                    yi_value = zh_value(yi.group(1), "亿")
                    if yi_value is not None:
                        value += yi_value
                        start = num_start = num_start - len(yi.group())
            if m.group("mult") and not cmp_word:
                low = _RANGE_LOW_BEFORE.search(form, max(0, num_start - 16), num_start)
                lower = zh_value(low.group("lo"), low.group("lomult") or m.group("mult")) if low else None
                if low and lower is not None and lower < value:
                    value, comparator, start, num_start = lower, Comparator.GE, low.start(), low.start()
            unit = _currency((pre or "") + (cur or ""))
            mention = Mention(start, end, num_start, num_end, -value if negative else value, unit,
                              form[num_start:end], comparator, "money")
            if re.search(r"人均|户均|平均工资|每人", form[max(0, start - 14) : start]):
                mention.hints["per_capita"] = "1"
            if _TASK_BEFORE.search(form, max(0, start - 5), start) or _BARE_YI_TASK_AFTER.match(after):
                mention.hints["task"] = "1"  # 任务589亿元, 200亿招商引资任务: an assigned task is a target
            elif expected_yield(form, start):
                mention.hints["future"] = "1"  # (…项目总投资N亿元,)年产值达N亿元: what the project will yield
            if _SHARE_PRICE_BEFORE.search(form, max(0, start - 8), start):
                mention.hints["price"] = "1"  # 收盘价为529.9元: a share price, counted however small
            if after.startswith("级"):
                continue  # 百亿元级: a scale, not an amount
            if rounded or near:
                mention.hints["round"] = "word" if rounded else "near"
            alt = _ALT_AMOUNT.match(form, end)  # 超10亿元或1亿美元重大产业项目: the class in two currencies
            tail = form[alt.end() : alt.end() + 12] if alt else after
            tier = num in ("十", "百", "千") and not tail.startswith("的")  # 百亿元重大项目: a tier of projects
            if (_THRESHOLD_AFTER.match(tail) or (
                (comparator in (Comparator.GT, Comparator.GE) or form[max(0, start - 2) : start].endswith(_PAST)
                 or tier)
                and _CLASS_AFTER.match(tail)
            )) and not _GROUP_TOTAL_BEFORE.search(form, max(0, num_start - 14), num_start):
                # 超10亿元投资项目2个, 其中过5亿元的项目16个: the value class of the projects counted
                mention.hints["threshold"] = "1"
            elif (form[start - 1 : start] in ("或", "/") and out and out[-1].end == start - 1
                  and "threshold" in out[-1].hints):
                mention.hints["threshold"] = "1"  # the class's other currency
            if _EACH_BEFORE.search(form, max(0, start - 3), start) and not (
                    comparator not in (Comparator.GT, Comparator.GE)
                    and _EACH_REACHES.search(form, max(0, start - 3), start)) and _GROUP_BEFORE_EACH.search(
                    form, max(0, start - 16, form.rfind(",", max(0, start - 16), start) + 1,
                              form.rfind("。", max(0, start - 16), start) + 1), start):
                mention.hints["threshold"] = "1"  # 投资额均在5000万元以上: what each one of a group exceeds, a class
            elif comparator in (Comparator.GT, Comparator.GE) and _SUBSET_CLASS_BEFORE.search(
                    form, max(0, start - 24), start):
                mention.hints["threshold"] = "1"  # 其中8个项目投资额超过10亿元: what each of a part exceeds, a class
            out.append(mention)
        elif pct:
            if _TICKER_BEFORE.search(form, max(0, start - 12), start):
                continue  # 某某能源[10.83 0.93%]: a stock ticker's price and change left in a name, no measured subject
            if technical_grade(form, start, end):
                continue  # 平均品位27.97%(锌23.37%,铅4.6%), 回收率可达97%, 58.09%REO: a specification, not counted
            unit = Unit.PERCENT if "%" in pct else Unit.PERCENTAGE_POINT
            mention = Mention(start, end, num_start, num_end, value, unit, form[num_start:end], comparator,
                              "percent")
            if negative:
                mention.value = -value
            elif _NEGATIVE_BEFORE.search(form[max(0, start - 8) : start]):
                mention.value = -value
                mention.signed_by_wording = True
            out.append(mention)
        elif cl == "个" and form.startswith("亿", end) and not m.group("mult") and num[:1].isdigit() and (
                yi := _GE_YI.match(form, end)) is not None:  # 投资50个亿: 亿 said with a classifier, an amount
            amount = zh_value(num, "亿")
            if amount is not None:
                out.append(Mention(start, yi.end(), num_start, num_end, amount, _currency(yi.group("cur") or "元"),
                                   form[num_start : yi.end()], comparator, "money"))
        elif cl:
            lead = form[num_start - 1 : num_start]
            if num[:1] in "十百千万" and lead in ("数", "几"):
                continue  # 数十个项目, 几百家企业: vague, not a figure
            if num[:1] in "十百千万" and lead == "上" and not cmp_word:
                comparator, start = Comparator.GE, num_start - 1  # 上百个项目: a hundred or more
            count = count_mention(form, m, value, comparator, start, out)
            if count is not None and form[start - 1 : start] == "等" and any(
                    o.family == "count" and o.value == count.value and same_group(form, o, count)
                    and not different_things(o, count) for o in out):
                continue  # 涵盖A、B等10个签约项目 after 签约10个项目: the list restates the count (not one started)
                # (A、B等21家企业 after 21个项目: firms, not the projects restated)
            if count is not None:
                if count.noun_end is not None and "项目" in (count.noun or "") and offered_projects(
                        form, count.num_start, max(count.noun_end, count.end)):
                    count.hints["future"] = "1"  # 推介…N个招商项目, 将重点抓好…N个项目: what a place offers or plans
                elif count.noun_end is not None and "项目" in (count.noun or "") and count.noun_end == count.end \
                        and planned_after(form, count.noun_end):
                    count.hints["future"] = "1"  # 有N个项目将在2012年开工: what the counted projects will do
                elif count.noun_end is not None and "项目" in (count.noun or "") and count.noun_end == count.end \
                        and will_have(form, count.start, count.noun_end):
                    count.hints["future"] = "1"  # 全年将有N个项目竣工投产: what the year's projects will do
                elif count.noun_end is not None and (
                        "项目" in (count.noun or "") or (count.noun or "").endswith("推介")) \
                        and promoted_projects(form, count.num_start, form[min(count.noun_start or count.num_start,
                                                                          count.num_start) : count.noun_end],
                                              max(count.noun_end, count.end)):
                    count.hints["future"] = "1"  # 推介的招商引资项目达N项, 发布招商引资项目N个: what a place offers
                elif plan_title >= 0 and count.noun_end is not None and "项目" in (count.noun or "") \
                        and count.num_start > plan_title and plan_count(form, count.num_start, count.end):
                    count.hints["future"] = "1"  # (title: …项目投资计划) 先进制造业项目N个: the plan's projects
                out.append(count)
    out = _drop_rounded(form, _join_ranges(form, out))
    if "就业" in form:
        out.extend(find_jobs(form))
        out.sort(key=lambda x: x.start)
    if "基地" in form and (bases := production_bases(form)):
        out.extend(bases)  # 甲地、乙地、丙地三大生产基地
        out.sort(key=lambda x: x.start)
    if "大" in form and (big := [b for b in big_projects(form) if not any(o.num_start == b.num_start for o in out)]):
        out.extend(big)  # 12大项目签约
        out.sort(key=lambda x: x.start)
    if "座" in form and (plants := plants_by_zuo(form)):
        out.extend(plants)  # 建有3座晶圆厂
        out.sort(key=lambda x: x.start)
    for m in PERCENT_WORDS_RE.finditer(form):
        value = zh_value(m.group("num"), None)
        if value is None:
            continue
        mention = Mention(m.start(), m.end(), m.start("num"), m.end("num"), value, Unit.PERCENT, m.group(),
                          Comparator.EQ, "percent")
        if _NEGATIVE_BEFORE.search(form[max(0, m.start() - 8) : m.start()]):
            mention.value = -value
            mention.signed_by_wording = True
        out.append(mention)
    for mention in tenth_mentions(form) + fraction_mentions(form):  # 超过七成, 骤减七成, 占全国的三分之一, 1/4
        if _NEGATIVE_BEFORE.search(form[max(0, mention.num_start - 8) : mention.num_start]):
            mention.value = -mention.value  # 较去年减少约一成
            mention.signed_by_wording = True
        out.append(mention)
    if "目标" in form:
        for o in out:  # 要求的落地率25%的目标: the figure the goal is, told after it (no goal word before it)
            if o.family == "percent" and _GOAL_AFTER.match(form, o.end):
                o.hints["future"] = "1"
    return out


def _bare_yi(form: str, m: re.Match[str]) -> bool:
    """A number in 亿 with no currency word that is still an amount: a money word before it (资金, 投资额,
    任务, 注册资本, 产值, 税收…) or a task after it (200亿招商引资任务), and no other unit after it."""
    num = m.group("num")
    if m.group("mult") not in ("亿", "万亿") or not (
            num[:1].isdigit() or num in ("十", "百", "千") and m.group("cmp") in ("逾", "超", "超过", "突破")):
        return False  # (年产值将超百亿: a round order of magnitude)
    start = m.start("cmp") if m.group("cmp") else m.start("num")
    after = form[m.end() : m.end() + 8]
    if _BARE_YI_TASK_AFTER.match(after) or _BARE_YI_INVEST_AFTER.match(after):
        return True
    return (_BARE_YI_CUE_BEFORE.search(form, max(0, start - 10), start) is not None
            and _BARE_YI_END.match(after) is not None)


def _drop_rounded(form: str, mentions: list[Mention]) -> list[Mention]:
    """逾百亿美元 beside 101亿美元: a round order of magnitude restating an exact amount of the text (at least it,
    less than twice it) is no fact of its own; alone (预计年产值超百亿元) it is the figure. It rounds only an amount
    of the same measure (纳税超百亿元 is no rounding of a project's 150亿元) and no value class (100亿元以上项目)."""
    rounded = [m for m in mentions if "round" in m.hints]
    if not rounded:
        return mentions
    exact = [m for m in mentions if m.family == "money" and not {"round", "threshold"} & m.hints.keys()]
    return [m for m in mentions if "round" not in m.hints or not any(
        e.unit == m.unit and _rounds(m, e.value) and _measure(form, e) == _measure(form, m)
        and (m.hints["round"] == "word" or _SENTENCE_END.search(form, min(m.end, e.end), max(m.start, e.start)))
        for e in exact)]


_SENTENCE_END = re.compile(r"[。!?\n]")  # (总投资近50亿元,其中固定资产投资46.8亿元: a part, not the total restated)
_NEAR_CMP = frozenset({"近", "约", "超", "超过", "逾", "将近", "接近", "大约"})


def _rounds(m: Mention, exact: Decimal) -> bool:
    """Whether the round amount `m` may be `exact` rounded: 逾百亿 for 101亿 (at least it, less than twice it), 近200亿
    for 194.3亿 (a precise amount, three significant digits or more, within a tenth on the side the word says)."""
    if m.hints["round"] == "word":
        return m.value <= exact < 2 * m.value
    if len(exact.normalize().as_tuple().digits) < 3:
        return False
    if m.comparator == Comparator.GT:
        return m.value <= exact <= m.value * Decimal("1.1")
    return m.value * Decimal("0.9") <= exact <= m.value * Decimal("1.1")


# what an amount measures, when not an investment or a deal's amount: tax, output, revenue, profit
_MEASURE = re.compile(r"利税|税|产值|产出|收入|营收|销售|利润")
_MEASURE_KEY = {"利税": "税", "产出": "产值", "营收": "收入", "销售": "收入"}


def _measure(form: str, m: Mention) -> str:
    """The measure word of the amount's clause before it (纳税将超百亿元: 税), "" for an investment or a deal."""
    lo = max(0, m.start - 12)
    lo = max(lo, *(form.rfind(c, lo, m.start) + 1 for c in ",。;"))
    found = _MEASURE.findall(form, lo, m.start)
    return _MEASURE_KEY.get(found[-1], found[-1]) if found else ""


def _join_ranges(form: str, mentions: list[Mention]) -> list[Mention]:
    """300亿元至350亿元: the two amounts of a range are one mention, at least the lower one."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.family == m.family == "money" and prev.unit == m.unit
                and prev.value < m.value and _RANGE_BETWEEN.fullmatch(form, prev.end, m.start)):
            prev.end, prev.comparator = m.end, Comparator.GE
            if range_class(form, prev.end):
                prev.hints["threshold"] = "1"  # 1亿元到10亿元项目34个: the class of the projects counted
            continue
        out.append(m)
    return out


def _currency(s: str) -> str:
    if "美元" in s or "美金" in s or "$" in s and "HK" not in s:
        return Unit.USD
    if "港" in s or "HK" in s:
        return Unit.HKD
    if "欧元" in s:
        return Unit.EUR
    return Unit.CNY
