"""People: "Zhang Rui, the mayor of Baotou City", "mayor Zhang Rui", "记者 武峰", "市长张锐" —
names with a role cue, checked against surname lists so that companies and places are not taken."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.index import scan


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


PINYIN_SURNAMES = _words(
    "zhang wang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng "
    "xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lv lu su jiang cai jia ding wei "
    "xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui "
    "kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen qu niu bao "
    "bi chai che chu dang di diao ge geng guan hong ji jiao jing ju kou kuang lan lang le leng lian ling "
    "long lou mai man mi miao min mo mu nie ning ou pang pei ping pu qi rao ruan sang sha shan shang she "
    "sheng si tao teng tong tu wa xi xian xiang xin xing yue zang zhan zhai zhen zhuang zhuo zong zuo "
    "ouyang situ sima zhuge shangguan huangfu "
)
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
    "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
    "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
ZH_DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫",
                      "令狐", "慕容", "尉迟", "公孙", "长孙", "夏侯")

EN_ROLES = (
    r"(?:deputy\s+|vice\s+|executive\s+|acting\s+|general\s+|chief\s+|party\s+|municipal\s+party\s+)?"
    r"(?:mayor|governor|secretary|party\s+secretary|secretary-general|director(?:-general)?|head|chief"
    r"|chairman|chairwoman|chairperson|president|general\s+manager|manager|CEO|chief\s+executive(?:\s+officer)?"
    r"|founder|co-founder|minister|spokesperson|spokesman|spokeswoman|official|person\s+in\s+charge"
    r"|researcher|professor|economist|analyst|reporter|correspondent|editor|commissioner|leader|executive"
    r"|partner|dean|engineer|researcher|magistrate|county\s+head|district\s+head|member)"
)
_EN_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[A-Z][a-z]+ [A-Z]{2,})"
_ROLE_RE = re.compile(rf"\b{EN_ROLES}\b")  # over the lower-cased form
# "Zhang Rui, the mayor …", "Wang Jing, 45, a manager …", "Tian Yun, a former vice director …"
_NAME_BEFORE_ROLE = re.compile(
    rf"\b{_EN_NAME},\s+(?:\d{{1,3}},\s+)?(?:the\s+|a\s+|an\s+)?(?:former\s+|then\s+|senior\s+)?$"
)
_ROLE_OF_ORG_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?P<words>(?:[A-Z][\w'-]*\s+){2,7}[A-Z][\w'-]*)")
_NAME_AFTER_ROLE = re.compile(rf"\s+{_EN_NAME}\b")
_BYLINE = re.compile(rf"(?m)^[ \t]*By[ \t]+(?:{_EN_NAME}|(?P<caps>[A-Z]{{2,}}(?: [A-Z]{{2,}}){{1,2}}))\b")
_ZH_PHOTO = re.compile(r"(?<![\u4e00-\u9fff])(?P<run>[\u4e00-\u9fff]{2,3})\s?摄(?=[)）\s]|$)")
_ROLE_TAIL = re.compile(r"[^,;()\n]{0,120}?(?=,|;|\)|\.\s|\s+said\b|\s+told\b|\n|$)")

ZH_ROLES = (
    "见习记者|特约记者|首席记者|记者|通讯员|责任编辑|责编|编辑|实习生|常务副市长|副市长|市长|副省长|省长|副区长|区长|副县长|县长|"
    "旗长|盟长|州长|镇长|乡长|市委书记|区委书记|县委书记|省委书记|党工委书记|党委书记|副书记|书记|副主任|主任|副局长|局长|"
    "董事长|副总经理|总经理|总裁|首席执行官|厂长|院长|所长|部长|副主席|主席|秘书长|行长|处长|科长|总监|创始人|"
    "负责人|发言人|研究员|教授|专家|副厅长|厅长|副司长|司长|副署长|署长|关长"
)
_ZH_ROLE_NAME = re.compile(rf"(?P<role>{ZH_ROLES})[\s:]?(?P<run>[\u4e00-\u9fff]{{2,6}})")
_ZH_NAME_STOP = re.compile(
    r"(?:见习|特约|实习|首席|表示|说|称|介绍|指出|强调|认为|在|就|对|与|和|等|一行|同志|关键词|报道|摄|今天|今日|日前|近日|也|到|率|带|"
    r"主持|出席|参加|会见|告诉|了|的|是|向|为|从|作|通讯员|实习生|记者|编辑|来|赴|则|所|还|又|即|透露|坦言|谈到|接受)"
)


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    name: str
    role: str
    organization: str | None
    confidence: float


# words that make "X Y, the leader in …" an organisation or a place, not a person
_NOT_NAME_WORDS = frozenset({
    "technology", "technologies", "group", "industrial", "industry", "development", "committee", "zone",
    "city", "province", "bank", "news", "service", "services", "company", "corporation", "institute",
    "university", "county", "district", "region", "park", "energy", "steel", "materials", "chemical",
    "holdings", "international", "china", "national", "new", "high-tech", "research", "center", "centre",
    "office", "bureau", "department", "ministry", "association", "council", "government", "daily", "times",
    "post", "media",
})
# characters that open a clause after a title rather than a name (市长和…, 董事长于近日…)
_ZH_NOT_NAME_START = frozenset("和与向为在对从于时也等及则将到就把被让所")


def _name_like(name: str) -> bool:
    return not any(w.lower() in _NOT_NAME_WORDS for w in name.replace("-", " ").split())


def _pinyin_name(name: str) -> bool:
    parts = name.replace("-", " ").split()
    return bool(parts) and parts[0].lower() in PINYIN_SURNAMES and 2 <= len(parts) <= 3


def _split_role(role: str) -> tuple[str, str | None]:
    role = " ".join(role.split())
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?(.+)$", role)
    if m:
        return m.group(1), m.group(2)
    return role, None


def find_people_en(text: str, form: str, low: str | None = None) -> list[PersonMention]:
    """"Zhang Rui, the mayor of Baotou City" and "mayor Zhang Rui": role words are found once over the
    lower-cased form; the (capitalised) name is then checked right before or right after each."""
    low = form.lower() if low is None or len(low) != len(form) else low
    out: list[PersonMention] = []
    taken: set[int] = set()
    for r in scan(_ROLE_RE, low):
        lead = max(0, r.start() - 60)
        before = _NAME_BEFORE_ROLE.search(form, lead, r.start())
        if before is not None:
            tail = _ROLE_TAIL.match(form, r.end())
            role_end = tail.end() if tail else r.end()
            role, org = _split_role(text[r.start() : role_end])
            name = before.group("name")
            if not _name_like(name):
                continue
            name_text = text[before.start("name") : before.end("name")]
            out.append(PersonMention(before.start("name"), role_end, name_text, role, org,
                                     0.9 if _pinyin_name(name) else 0.6))
            taken.add(before.start("name"))
            continue
        after = _NAME_AFTER_ROLE.match(form, r.end())
        if after is None or not _pinyin_name(after.group("name")):
            titled = _ROLE_OF_ORG_NAME.match(form, r.end())
            if titled is not None:  # "Secretary of the Municipal Party Committee Huang Guangyuan stressed"
                words = list(re.finditer(r"[A-Z][\w'-]*", titled.group("words")))
                for i in range(1, len(words) - 1):
                    if words[i].group().lower() in PINYIN_SURNAMES and words[i + 1].group()[1:].islower():
                        ns = titled.start("words") + words[i].start()
                        ne = titled.start("words") + words[i + 1].end()
                        if ns not in taken:
                            out.append(PersonMention(r.start(), ne, text[ns:ne], text[r.start() : ns].strip(),
                                                     None, 0.75))
                            taken.add(ns)
                        break
                continue
        if after is not None and _pinyin_name(after.group("name")) and after.start("name") not in taken:
            out.append(PersonMention(r.start(), after.end(), text[after.start("name") : after.end("name")],
                                     " ".join(r.group().split()).lower(), None, 0.8))
            taken.add(after.start("name"))
    for b in _BYLINE.finditer(form) if "By" in form else ():  # "By Zhang Yu in Hohhot", "By ZHOU JIN in Haikou"
        group = "name" if b.group("name") else "caps"
        written = b.group(group)
        if _pinyin_name(written) and b.start(group) not in taken:
            name = text[b.start(group) : b.end(group)]
            out.append(PersonMention(b.start(group), b.end(group), name.title() if group == "caps" else name,
                                     "reporter", None, 0.75))
    return out


_ZH_NOT_GIVEN = re.compile(
    r"近日|近期|日前|会上|会议|现场|大会|此|当天|当日|本月|本周|去年|今年|上午|下午|昨天|昨日|今天|今日"
)
_ZH_SAID_AFTER = re.compile(r"[\u4e00-\u9fff]{1,2}?(?P<verb>表示|介绍|说|指出|强调|认为|透露)")
# 人民网石家庄9月12日电 (张桂芹、刘洋): reporters named in parentheses after the dateline
_ZH_DATELINE_NAMES = re.compile(
    r"电\s*\(\s*(?P<names>[\u4e00-\u9fff]{2,3}(?:[,、 ][\u4e00-\u9fff]{2,3}){0,3})\s*\)"
)
_ZH_BYLINE_ROLES = frozenset({"记者", "通讯员", "见习记者", "特约记者", "首席记者", "实习生"})
_ZH_NEXT_NAME = re.compile(r"[ \t,、]+(?P<run>[\u4e00-\u9fff]{2,3})(?=[ \t,、)\]】]|$)")


def _zh_name(run: str) -> str | None:
    for surname in ZH_DOUBLE_SURNAMES:
        if run.startswith(surname):
            rest = run[2:]
            given = 1 if len(rest) < 2 or _ZH_NAME_STOP.match(rest[1:]) else 2
            return run[: 2 + given] if rest else None
    if run[0] in _ZH_NOT_NAME_START and run[0] in ZH_SURNAMES:  # 副主任于波介绍: 于 as a surname
        said = _ZH_SAID_AFTER.match(run, 1)
        if said is None or _ZH_NAME_STOP.match(run[1:]) or _ZH_NOT_GIVEN.match(run[1:]):
            return None
        return run[: said.start("verb")]
    if run[0] not in ZH_SURNAMES or run[0] in _ZH_NOT_NAME_START or len(run) < 2:
        return None
    if _ZH_NAME_STOP.match(run[1:]):
        return None
    if len(run) == 2 or _ZH_NAME_STOP.match(run[2:]):
        return run[:2]
    return run[:3]


def find_people_zh(text: str, form: str) -> list[PersonMention]:
    out: list[PersonMention] = []
    for m in _ZH_ROLE_NAME.finditer(form):
        run = m.group("run")
        name = _zh_name(run)
        if (name is None and m.group("role") in _ZH_BYLINE_ROLES and len(run) in (2, 3)
                and run[0] in ZH_SURNAMES and re.match(r"[)\]】 \t,、]|$", form[m.end("run") : m.end("run") + 1])):
            name = run  # (记者 时雨): a whole bracketed name, even with a surname that is also a word
        if name is None or re.search(r"[市省县区局委会司厅部院所]$", name):
            continue
        s = m.start("run")
        e = s + len(name)
        role = text[m.start("role") : m.end("role")]
        # the organisation written right before the role: 内蒙古日报社融媒体记者, 包头市市长
        before = form[max(0, m.start() - 16) : m.start()]
        om = re.search(r"[\u4e00-\u9fff]{2,16}$", before)
        org = None
        if om:
            org_text = text[max(0, m.start() - 16) + om.start() : m.start()]
            org = org_text or None
        out.append(PersonMention(m.start(), e, text[s:e], role, org, 0.85))
        if m.group("role") in _ZH_BYLINE_ROLES:  # (通讯员:刘静 韩磊), 记者 张三、李四: a byline lists several names
            pos = e
            for _ in range(4):
                nxt = _ZH_NEXT_NAME.match(form, pos)
                if nxt is None or _zh_name(nxt.group("run")) != nxt.group("run"):
                    break
                out.append(PersonMention(nxt.start("run"), nxt.end("run"), text[nxt.start("run") : nxt.end("run")],
                                         role, org, 0.8))
                pos = nxt.end("run")
    for d in _ZH_DATELINE_NAMES.finditer(form):
        pos = d.start("names")
        for run in re.split(r"[,、 ]", d.group("names")):
            if _zh_name(run) == run:
                out.append(PersonMention(pos, pos + len(run), text[pos : pos + len(run)], "记者", None, 0.75))
            pos += len(run) + 1
    for p in _ZH_PHOTO.finditer(form) if "摄" in form else ():  # 武峰 摄 (the scan is costly, the word rare)
        run = p.group("run")
        name = _zh_name(run)
        if name is not None and name == run:
            s = p.start("run")
            out.append(PersonMention(s, p.end(), text[s : s + len(name)], text[p.end() - 1 : p.end()], None, 0.7))
    return out
