"""A Chinese count's noun, and whether a number with its classifier (个, 家, 项…) counts anything at all:
`count_mention`, which `zh.find_mentions` calls for such a number. Kept apart from zh.py (the one pass over money,
counts and percentages) because reading what a count counts is a job of its own.

The noun is read after the count (N个项目, 200个10亿元以上在谈项目: a value class or an amount may stand before
it) or before it (签约项目N个, 已开工的项目(含设备购置)21个), else taken from what the clause says: the first
count of a pair (项目分别有5个及4个), a count of firms closing its phrase (台商回台投资112家), a task (目标任务132个),
the verb naming what is counted (已开工129项), a change in a count (同比增加9个), an item of a list dividing the count
before it, a noun the sentence opens with, or a part of the group counted right before (…的有29个). A count of one
is one only in a tally, a list, a deal signed or a minimum; task forces, institutes, chambers of commerce, places
and subsidiaries set up are not counted. `TASK_BEFORE` (任务为…) is shared with zh.py's money amounts."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import ZH_PRE_COMPARATOR
from app.extract.zh_counted import (
    NOT_FIRMS,
    PLACES_COUNTED,
    TASK_FORCES,
    described_noun,
    minimum_before,
    no_count,
    parks_counted,
    places_having,
    set_up_subsidiaries,
)
from app.extract.zh_factories import factory_counted
from app.extract.zh_lists import elided_noun, group_named_before, item_name, one_beside, parent_count

_PROJECT_NOUNS = "项目|工程"
_FIRM_NOUNS = ("企业|公司|分,子公司|机构|银行|集团|央企|国企|商户|市场主体|工厂|厂商|厂家|配套厂|外企|外资企业|总部|"
               "金融机构|上市公司|园区|厂区|仓库|就业岗位|岗位|职位|就业机会|小分队|分队|工作组|专班|招商组|经营主体|商事主体|创业团队|团队|企业法人|法人"
               "|广场|酒店|商场|购物中心|门店|数据中心")  # commercial facilities, counted like plants
_AGREEMENT_NOUNS = ("合作协议", "投资协议", "框架协议", "协议", "合同")  # 签署31项合作协议
_COUNT_NOUN_AFTER = re.compile(
    # 200个10亿元以上在谈项目, 100余个近300亿投资的项目: a value class or an amount may stand before the noun
    r"(?:(?:总投资|投资)?(?:约|近|超过|超|逾|达)?\d+(?:\.\d+)?(?:万亿|亿|万)元?(?:以上|及以上|左右)?(?:投资)?的?)?"
    rf"(?P<mods>(?:\"[^\"\n]{{1,12}}\")?[^\d,.。;:!?、\s()\"\"'']{{0,10}}?)(?P<head>{_PROJECT_NOUNS}|{_FIRM_NOUNS}|\d{{2,4}}强|{'|'.join(_AGREEMENT_NOUNS)})"
)
_COUNT_NOUN_BEFORE = re.compile(
    # (生产基地N个: a company's production bases counted like its plants, as 建有N个生产基地 already was)
    rf"(?P<noun>(?:\d{{2,4}}强)?[^\d,.。;:!?、\s()\"\"'']{{0,8}}(?:{_PROJECT_NOUNS}|{_FIRM_NOUNS}|合同|协议|生产基地|制造基地))"
    r"(?:投资|数量增加|数量减少|增加了?|减少了?)?(?:目标|任务|计划)?(?:总数|数量|个数)?"
    r"(?P<plan>将|预计将?|有望|力争|争取|可望)?"  # 签约项目将超过N个: the count a plan expects (a target)
    r"(?:为|达|达到|共|共有|共计|合计|累计|总数|数量|数|有|中,?(?:也|还|已经|已|共)?有|分别为|分别有|分别是|已达|已有|新增)?"
    rf"(?:{ZH_PRE_COMPARATOR})?[ \u00a0]?$"
)
# 同比增加9个, 较去年同期减少126个: a change in a count, its noun named earlier in the clause
_COUNT_CHANGE_BEFORE = re.compile(
    r"(?:同比|按年|比上年|较上年|比去年|较去年|上年同期|去年同期|较上年同期|比上年同期)(?:同期)?(?:增加|减少|新增|多出|少了|多|少)了?$"
)
# 实际已开工129项: the verb names what is counted
# 已开工动工56个, 签约数量为4855项: the verb (or its count's name) names what is counted (开复工增加28个: its change)
_VERB_COUNT_BEFORE = re.compile(
    r"(?:已|累计|共|实际|新)*(?:开复工|复工|开工|动工|竣工|签约|落地|投产|建成|开工建设)+(?:了|(?:数量|数|个数)(?:为|达|共)?"
    r"|(?:增加|减少)了?)?$"
)
_PAIR_BEFORE = re.compile(
    rf"(?P<noun>{_PROJECT_NOUNS}|{_FIRM_NOUNS})(?:分别)?(?:有|为|是)?\d+(?:个|家|项)(?:及|和|与|,)$"
)
_FIRMS = re.compile(r"企业|公司|集团|央企|国企|外企|机构|银行|商户|主体|法人")
TASK_BEFORE = re.compile(r"任务(?:数|额|量)?(?:确定为|定为|调整为|为|是|达)?$")  # (任务数N家: the task's count)
# "A"、"B"两个项目, A和B两家企业: the things counted named right before the count (a new group each time)
_APPOSITIVE = re.compile(
    r"(?:^|[,。;:\n])(?P<names>[^,。;:\n]{1,40}(?:、|和|与|及)[^,。;:\n]{1,40}?[\u4e00-\u9fff\"])$"
)
_DIGIT_CHARS = "一两二三四五六七八九"


def count_mention(form: str, m: re.Match[str], value: Decimal, comparator: Comparator, start: int,
           out: list[Mention]) -> Mention | None:
    num = m.group("num")
    if value != int(value) or value < 1 or num.startswith("-") or m.group("mult") and value < 10_000:
        return None
    if m.group("mult") and not num[:1].isdigit() and not (m.group("mult") == "万" and num[:1] in _DIGIT_CHARS):
        return None  # 千万家庭: an idiom; 近两万家企业 is a count
    num_start, num_end = m.span("num")
    end = m.end()
    cl = m.group("cl")
    if no_count(form, start, end, cl, m.group("mult")) or places_having(form, end):
        return None  # 20亿项目, 12个月, 最大的两个项目; 项目超过20个的县区: the class of places counted
    if comparator == Comparator.EQ and minimum_before(form, start):
        comparator = Comparator.GE  # 每年至少引进1个项目: a quota
    before = form[max(0, start - 14) : start]
    nb = _COUNT_NOUN_BEFORE.search(form, max(0, start - 14), start)  # offsets into form
    na = _COUNT_NOUN_AFTER.match(form, end)
    if na is None and nb is None and cl in ("个", "项", "家"):
        na = described_noun(form, end)  # 推出36个、拟投资总额500多亿元的合作项目
    if (na is None or value == 1) and (factory := factory_counted(form, start, end, cl)) is not None:
        return Mention(start, factory[1], num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                       "count", noun=form[factory[0] : factory[1]], noun_start=factory[0], noun_end=factory[1])
    if na is not None and PLACES_COUNTED.match(form, na.start("mods"), na.end()):
        return None  # 200多个城市拥有地产项目, 9个旗区同步举行…项目: places are counted, not projects
    if na is not None and (TASK_FORCES.fullmatch(na.group("head")) or TASK_FORCES.match(form, na.end())
                           or NOT_FIRMS.search(form, na.start("mods"), na.end())
                           or parks_counted(form, na.start("mods"), na.end())):
        return None  # 组建12个招商小分队, 13个招商项目专班, 30家研发机构: task forces and institutes are not counted
    if na is not None and set_up_subsidiaries(form, start, na.end()):
        return None  # 设立三家全资子公司: the vehicles of its projects, not a count of the company's firms
    if na is not None and _CHAMBERS.search(na.group("mods")):
        return None  # 8家商会入驻园区: chambers of commerce (and their members) are not counted
    if na is not None and na.group("head") == "工厂" and re.search(r"有$", before) and not na.group("mods"):
        return None  # 公司有三个工厂: the plants a company has, not projects built or signed
    if before.endswith("来自") and cl != "家" and not (na is not None and _FIRMS.search(na.group("head"))):
        return None  # 项目来自11个招商专班: where the things counted come from, not a count of its own
    if nb is None and before.endswith(")"):
        nb = _noun_before_parenthesis(form, start)  # 已开工的项目(含设备购置)21个, (…其它项目)161个
    tally = num == "1" and cl in ("个", "家", "项") and (
        nb is not None and nb.end("noun") == start or _CLASS_HAS.search(before) is not None)
    item = item_name(form, start, na.end() if na is not None else end) if nb is None or na is not None else None
    signed_one = (na is not None and na.group("head") in _AGREEMENT_NOUNS
                  and _SIGNED_BEFORE.search(form, max(0, start - 6), start) is not None)
    if value == 1 and not tally and item is None and not signed_one and comparator != Comparator.GE and not (
            na is not None and one_beside(form, out, start, na.group("head"))):
        return None  # a count of one only in a tally of its noun (境外项目1个), a list (西陵区1个), a deal signed,
        # a minimum (每年至少引进1个项目: a quota) or beside a count of its noun (…三个生产基地,在甲国建立一个生产基地)
    if cl == "件" and not re.search(r"件数(?:为|达|共|计)?$", before):
        return None  # 1,652件 only as a number of (investment) cases
    if na is not None and (cl == "家" or "项目" in na.group("head") or "工程" in na.group("head")
                           or cl in ("项", "个", "份") and na.group("head") in _AGREEMENT_NOUNS
                           or cl in ("个", "户", "间") and na.group("head") not in _PROJECT_NOUNS.split("|")):
        noun_start, noun_end = na.start("mods"), na.end()  # the noun without a value class before it
        mention = Mention(start, noun_end, num_start, num_end, value, Unit.COUNT, form[num_start:end],
                          comparator, "count", noun=form[noun_start:noun_end], noun_start=noun_start,
                          noun_end=noun_end)
        if item is not None:  # 大物流专班1个项目,康养专班2个项目: the item's name keeps equal counts apart
            mention.hints["of"], mention.hints["item"] = form[item[0] : item[1]], "1"
        elif (names := _APPOSITIVE.search(form, max(0, start - 60), start)) is not None:
            mention.hints["of"], mention.hints["appositive"] = names.group("names"), "1"  # A、B两个项目
        if _GROUP_NAMED_BEFORE.search(form, max(0, start - 12), start):
            mention.hints["reference"] = "1"  # 这次签约的三个项目: the group counted before, named again
        if re.match(r"中[,有]", form[noun_end : noun_end + 2]):
            mention.hints["reference"] = "1"  # 在签约的8个项目中,…: the group counted before, named again
        return mention
    if nb is not None and _OTHER_NOUN_AFTER.match(form, end):
        nb = None  # 该项目共有3个阶段, 企业增加了6个车间: the classifier's own noun after it is what is counted
    if nb is not None:
        noun_start, noun_end = nb.span("noun")
        noun = form[noun_start:noun_end]
        if TASK_FORCES.search(noun, len(noun) - 3) or NOT_FIRMS.search(noun):
            return None  # 招商专班14个, 国家级研发机构超过50家: no projects, deals or firms
        if cl in ("项", "个", "宗") and not re.search(_PROJECT_NOUNS + "|协议|合同", noun) and cl != "个":
            return None  # (签署合作协议133项: deals counted like projects)
        mention = Mention(noun_start, end, num_start, num_end, value, Unit.COUNT, form[num_start:end],
                          comparator, "count", noun=noun, noun_start=noun_start, noun_end=noun_end)
        if nb.group("plan"):
            mention.hints["future"] = "1"  # 全年签约项目将超过N个: what the year is expected to reach
        if _CLASS_NOUN_LEAD.match(noun) and (amount := _CLASS_AMOUNT.search(form, max(0, noun_start - 12),
                                                                           noun_start)) is not None:
            mention.hints["of"] = form[amount.start() : noun_end]  # 100亿元以上项目1个,70亿元以上项目1个: two classes
        return mention
    if cl == "件":
        ns = max(0, start - 14) + before.rfind("件数")
        return Mention(ns, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                       "count", noun="件数", noun_start=ns, noun_end=ns + 2)
    # 项目分别有5个及4个: the second count of a pair shares the first one's noun
    pair = _PAIR_BEFORE.search(form, max(0, start - 30), start)
    if pair is not None and cl in ("个", "家", "项"):
        ps = pair.start("noun")
        return Mention(start, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                       "count", noun=pair.group("noun"), noun_start=ps, noun_end=pair.end("noun"))
    if cl in ("家", "间") and (not re.match(r"[\u4e00-\u9fffA-Za-z]", form[end : end + 1])
                              or re.match(r"(?:及|和|与)\d", form[end : end + 2])
                              or before.endswith("其中") and re.match(r"已|均|为|是|在", form[end : end + 1])):
        # 台商回台投资112家, (the count closing its phrase): 家 counts firms even without a firm word
        words = re.search(r"[\u4e00-\u9fff]{2,8}$", before)
        if words is not None and not re.search(r"(?:以上|以下|超过|达到|突破)$", words.group()) \
                and not NOT_FIRMS.search(words.group()) and not TASK_BEFORE.search(before):  # (任务数18家: a task)
            ns = max(0, start - 14) + words.start()
            return Mention(ns, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                           "count", noun=words.group(), noun_start=ns, noun_end=start)
    task = TASK_BEFORE.search(before)
    if task is not None and cl in ("个", "家", "项"):  # 完成年度目标任务132个的59.09%: the task is a target
        ts = max(0, start - 14) + task.start()
        mention = Mention(ts, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                          "count", noun="任务", noun_start=ts, noun_end=ts + 2)
        mention.hints["task"] = "1"
        return mention
    verb = _VERB_COUNT_BEFORE.search(before)
    if verb is not None and cl in ("个", "项"):
        vs = max(0, start - 14) + verb.start()
        return Mention(vs, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                       "count", noun=form[vs:start], noun_start=vs, noun_end=start)
    change = _COUNT_CHANGE_BEFORE.search(before)
    if change is not None and cl in ("个", "家", "项"):
        cs = max(0, start - 14) + change.start()
        return Mention(cs, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                       "count", noun=form[cs:start], noun_start=cs, noun_end=start)
    if item is not None and cl in ("个", "家", "项") and (parent_count(out, start, value, cl) is not None
                                                       or group_named_before(form, item[0])):
        # 其中,高新区10个,宜都市3个: an item of the list dividing the count stated before it
        mention = Mention(item[0], end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator,
                          "count", noun=form[item[0] : item[1]], noun_start=item[0], noun_end=item[1])
        mention.hints["of"], mention.hints["item"] = form[item[0] : item[1]], "1"
        return mention
    if (topic := elided_noun(form, start, end, cl, out)) is not None:  # 产业项目…,共307个; …项目30个,10亿元以上5个
        return Mention(start, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator, "count",
                       noun=form[topic[0] : topic[1]], noun_start=topic[0], noun_end=topic[1])
    return _part_before(form, before, start, end, num_start, num_end, value, comparator, cl, out)


_CHAMBERS = re.compile(r"商会|协会|联合会")
# a short word closing its clause right after the classifier is its own noun (3个阶段, 6个车间), unless it opens
# with an adverb or verb saying what the things counted did (5个已投产, 19个落户…)
_OTHER_NOUN_AFTER = re.compile(
    r"(?![已在正将均都为是落开签投建完实获达被分位来进入列正也还仍以左多余上])[\u4e00-\u9fff]{1,3}(?=[,。;!?:\n]|$)"
)
# a count's noun that opens with a value class's unit (亿元以上项目), and the class's amount before it
_CLASS_NOUN_LEAD = re.compile(r"(?:万亿|亿|万|千万)?(?:美元|元)(?:及)?以上")
_CLASS_AMOUNT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?$")
# 这次签约的三个项目, 此次签约的3个项目, 上述5家企业: a determiner before the count names a group counted before
_GROUP_NAMED_BEFORE = re.compile(r"(?:这|这些|上述|前述|以上|此次|此批|本次|本批)(?:次|批)?[^,。;:\d]{0,5}?的?$")
# 10亿元以上项目有1个, 10亿元至20亿元项目有1个: one project of a value class, in a tally of the classes
_CLASS_HAS = re.compile(r"(?:元|以上|以下)的?(?:项目|企业)有$")
# 共签订一个战略合作协议, 签署了1份投资协议: one deal signed is a count of deals like any other
_SIGNED_BEFORE = re.compile(r"(?:签订|签署|签约|达成)了?$")
# 签约的51个项目,已办理工商注册的有29个: those of the group counted before that did something, a part of it
# …的有N个; 此次45个签约项目中,19个通过网络签约: a part of the group counted right before (its noun elided)
_PART_BEFORE = re.compile(r"的(?:有|为|共|达)$|(?:项目|企业|公司)中\s*,\s*(?:有|共有|共)?$")


def _part_before(form: str, before: str, start: int, end: int, num_start: int, num_end: int, value: Decimal,
                 comparator: Comparator, cl: str, out: list[Mention]) -> Mention | None:
    if cl not in ("个", "家", "项") or not _PART_BEFORE.search(before):
        return None
    group = next((p for p in reversed(out) if p.family == "count" and p.noun and p.noun_start is not None), None)
    if (group is None or group.value < value or start - group.end > 80
            or re.search(r"[。;!?\n]", form[group.end : start])):
        return None
    clause = max(form.rfind(",", group.end, start), group.end) + 1
    mention = Mention(clause, end, num_start, num_end, value, Unit.COUNT, form[num_start:end], comparator, "count",
                      noun=group.noun, noun_start=group.noun_start, noun_end=group.noun_end)
    mention.hints["of"], mention.hints["another"] = form[clause:start], "1"
    return mention


def _noun_before_parenthesis(form: str, start: int) -> re.Match[str] | None:
    """The counted noun before a closing parenthesis: inside it ((…其它项目)161个) or before the whole
    parenthetical (项目(含设备购置)21个); a match over `form` whose pos is where the search began."""
    lo = max(0, start - 30)
    inner = _COUNT_NOUN_BEFORE.search(form, max(0, start - 15), start - 1)
    if inner is not None:
        return inner
    open_at = form.rfind("(", lo, start)
    if open_at < 0 or ")" in form[open_at : start - 1]:
        return None
    return _COUNT_NOUN_BEFORE.search(form, max(0, open_at - 14), open_at)
