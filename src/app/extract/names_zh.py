"""What a name a Chinese rule read is by its shape, and what of it is no part of the name (`subject_zh` decides
who the subject is; these decide whether what it read can be a name at all): a capacity, a legal form alone, a
product, a clause, a list's marker (二是), a verb of saying (表示) or a verb phrase (上马了) is no name; a dateline,
a back-reference, a plan word, a clause describing the company (我市当天签订的X集团) or a verb before it (引进了X)
is no part of one; a place or a government body is no company."""

from __future__ import annotations

import re

from app.extract.textprep import match_form

# a plan or a signing
PLAN_WORD = re.compile(r"拟|计划|将|宣布|决定|签约|签订|签署|预计")
# a clause that opens without a subject of its own: it continues the subject before it
NO_SUBJECT = re.compile(
    r"(?:项目|该项目|本项目|此次|本次|这一|上述|前述|此|该|其|预计|计划|拟|将|并|且|还|也|已|在|于|投资|总投资|目前|其中|共|合计"
    r"|一期|二期|三期|首期|分期|第[\d一二三四五六七八九十]{1,2}期|用于|建设|主要|同时|此外|另外|据悉|据了解|根据|按照|届时|未来|力争|全部|完成"
    r"|打造|推进|加快|实施|引进|布局|新建|扩建|开工|落户|签约|签订|签署|举行|助力|积极|努力|着力|全力|进一步|形成|带动"
    r"|实现|达到|建成|投产|年产|占地|用地|选址|位于|征地|总用地|与|和|同|对|向|为|就|以|经|随着|通过|依托|围绕)"
)
# a place or a government body opening the clause
PLACE_HEAD = re.compile(
    r"(?:全|我|本)[市县区省州旗盟镇]|[\u4e00-\u9fff]{1,12}?(?:省|市|区|县|州|镇|乡|旗|盟|政府|管委会|开发区|高新区|经开区"
    r"|新区|园区|工业园)(?:人民政府|政府|管委会|管理委员会)?"
)
# a parent named before its subsidiary: X的全资子公司|Y, X旗下|Y
PARENT_OF = re.compile(r"(?:的[\u4e00-\u9fff]{0,4}?(?:全资|控股)?(?:子公司|孙公司)|旗下[\u4e00-\u9fff]*)$")


# what a name is not, by its shape: a capacity (3GW, 20万吨), a legal form alone (股份公司, 有限公司), a phrase
# ending with a count (这次…的五个) or holding a plan to sign (江州市拟与X), a clause opening with a verb or an
# adverb (宣布…, 进一步提升公司)
_CAPACITY = re.compile(r"[\d.]+\s*(?:GWh|MWh|GW|MW|KW|kW|万吨|吨|t)$")
_LEGAL_FORM_ALONE = re.compile(r"(?:股份|控股|有限|有限责任|集团|责任)*(?:公司|集团)")
_PHRASE = re.compile(r"[\d一二三四五六七八九十两几]\s*(?:个|家|项|批)$|(?:拟|将|计划|决定)(?:与|和|同)")
CLAUSE_OPENING = re.compile(NO_SUBJECT.pattern.replace("|与|和|同|对|向|为|就|以|经|", "|") + "|" + PLAN_WORD.pattern
                            + "|正式|同意|首次|再次|追加|率先|刚刚|已经|正在"
                            + "|走进|走入|步入|踏入|来到|走访|深入"  # (a reporter's visit: 走进X园,总投资N…)
                            + "|整个|概算|估算|预算|初步|底前|年底|月底"  # (整个项目…, 概算投资N, (年)底前建成…)
                            + "|经过|历经|经历|原计划|原定|原拟|曾计划|曾拟")  # (该公司经过多次考察,决定…; 原计划投资N)


# a product or model rather than a company: a name opening with a phrase of Latin words or digits (Mini LED背光),
# or listing products (…背光/直显); a clause with a quoted title or a signing in it (双方拟签署《…)
_PRODUCT = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*\s+[A-Za-z0-9]|.*/|[\d.]+\s*(?:GWh|MWh|GW|MW|万吨|吨)")
_CLAUSE_INSIDE = re.compile(
    r"[《》\"]|(?:拟|将|计划)(?:签署|签订|签约|投资|建设)|的[\u4e00-\u9fff]{0,4}(?:子公司|孙公司)$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:计划|准备)(?:加快|推进|在|于|继续|进一步|投|建|新|扩|实施|开工)"
)


# closed classes that are never a name, or never open one: a list's marker (二是, 其三, 首先), a verb of saying
# (表示, 指出), a verb phrase ending with its aspect word (上马了, 启动了)
_LIST_MARKER = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十]|首先|其次|最后|第[一二三四五六七八九十]")
_SAYING = re.compile(r"(?:表示|指出|介绍|透露|称|说|认为|强调|获悉|得知|了解到|宣称|声称)")
_ASPECT_END = re.compile(r"[\u4e00-\u9fff](?:了|着|过)$")
# money, not who spends it: a phrase ending with the word for funds (使用自有资金, 企业自筹资金)
_FUNDS_END = re.compile(r"资金$")
# a date inside: a clause of time (继2012年公司…, 2021年5月公司), never a name (a name with a year in it is rare)
_DATE_INSIDE = re.compile(r"(?:19|20)\d\d\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日")


def not_a_name(name: str) -> bool:
    """Whether a rule's investor is, by its shape, no name: a capacity, a legal form alone, a phrase ending
    with a count, a product or model (Mini LED背光/直显), a clause (双方拟签署《…), a list's marker (二是), a verb
    of saying (表示) or a verb phrase ending with its aspect word (上马了), the money spent (使用自有资金), or a clause
    opening with a verb or an adverb of two characters or more (宣布, 进一步…, 上述)."""
    n = match_form(name).strip()
    if not n or _CAPACITY.fullmatch(n) or _LEGAL_FORM_ALONE.fullmatch(n) or _PHRASE.search(n) \
            or _PRODUCT.match(n) or _CLAUSE_INSIDE.search(n) or _LIST_MARKER.match(n) or _SAYING.match(n) \
            or _ASPECT_END.search(n) or _FUNDS_END.search(n) or _DATE_INSIDE.search(n):
        return True
    opening = CLAUSE_OPENING.match(n)
    return opening is not None and opening.end() >= 2


def legal_name(name: str | None) -> bool:
    """Whether a name ends with a legal form (…公司, …集团, …股份): a company by its shape, not a project's words."""
    return bool(name) and LEGAL_END.search(match_form(name or "").strip()) is not None


# what a rule's investor may carry that is no part of the name: a back-reference or subsidiary word before it,
# a dateline before 丨, a document stating what follows (协议约定公司拟…: the company, not the agreement), a plan
# word after it; a government signing with it (X市人民政府与Y公司)
_SIGNED_WITH = re.compile("(?:" + PLACE_HEAD.pattern + r")(?:与|和|同)")
# a government body, its officials or its visits before the company (区政府负责人与X集团, 区政府四赴X集团), and
# an adverb opening a partner's mention (又与X集团): the body hosts, the partner is the company
_HOST_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:政府|管委会)[\u4e00-\u9fff]{0,4}?(?:与|和|同|赴)"
                          r"|[又还并也](?:与|和|同)")
_STATING_DOCUMENT = re.compile(r"(?:投资|合作|框架|项目)?(?:协议书?|合同|公告|文件|方案)"
                               r"(?:约定|规定|明确|显示|表明|称|指出)")
_TIDY_LEAD = re.compile(r"(?:[^丨|]*[丨|])?(?:(?:资金|资本)?来源(?:为|是|于)|来自)?"  # (资金来源为X公司自有资金)
                        r"(?:(?:该|本|其)?公司)?(?:的)?(?:全资|控股|下属)?(?:子公司|孙公司)?"
                        # a holder's role before its name (实际控制人X, 控股股东X)
                        r"(?:(?:公司)?(?:实际控制人|控股股东|第一大股东|大股东|股东(?!大会|会))"
                        r"(?=[\u4e00-\u9fffA-Za-z]{2}))?")
# ... and a time adverb, a disclosure verb or the 的 of a project it heads (X近日, X披露, X的Y项目)
_TIDY_TAIL = re.compile(r"(?:预计|计划|拟|将|已|也|还|又|正式|首次|再次|决定|宣布|披露|公告|透露|表示|负责|主导|牵头"
                        r"|联合|共同|近日|日前|近期|今天|今日|昨天|昨日|目前|的|于)+$")


def tidy_span(form: str, lo: int, hi: int) -> tuple[int, int]:
    """form[lo:hi] without what is no part of a name (see `tidy_investor`)."""
    signed = _SIGNED_WITH.match(form, lo, hi) or _HOST_BEFORE.match(form, lo, hi)
    if signed is not None and hi - signed.end() >= 2:
        lo = signed.end()
    stating = _STATING_DOCUMENT.match(form, lo, hi)
    if stating is not None and hi - stating.end() >= 2:
        lo = stating.end()
    lead = _TIDY_LEAD.match(form, lo, hi)
    if lead is not None and lead.end() < hi:
        lo = lead.end()
    tail = _TIDY_TAIL.search(form, lo, hi)
    if tail is not None and tail.start() - lo >= 2:
        hi = tail.start()
    de = max(form.rfind("的", lo, hi), form.rfind("由", lo, hi))
    if de - lo >= 2 and hi - de > 4 and LEGAL_END.search(form, de + 1, hi) and not PARENT_OF.match(form, de, hi):
        lo = de + 1  # 我市当天签订的X集团, 仪式由X公司: X, not the clause before it
    le = form.rfind("了", lo, hi)
    if le >= 0 and hi - le > 2:
        lo = le + 1  # 江州市引进了X集团: a verb's aspect word is never inside a name
    return lo, hi


# a product or capacity written after a brand (惠科Mini LED背光, 远帆1GWh): not part of the company's name, unless
# the whole is a legal name (江州ABC新材料有限公司)
PRODUCT_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})[A-Za-z0-9][^()]*$")
_PARTNER_TAIL = re.compile(r"(?<=公司|集团|股份|控股)(?:与|和|同|及)")
LEGAL_END = re.compile(r"(?:公司|集团|股份|控股|有限|银行)$")


def tidy_investor(name: str) -> str:
    """The investor a rule read, without what is no part of the name (公司全资子公司X → X, X预计 → X,
    …日丨X → X, X市人民政府与Y公司 → Y公司, 惠科Mini LED背光 → 惠科); "" when nothing of a name is left."""
    form = match_form(name)
    lo, hi = tidy_span(form, 0, len(name))
    partner = _PARTNER_TAIL.search(form, lo, hi)
    if partner is not None and partner.start() - lo >= 4 and government(
            re.sub(r"(?:共同|联合)+$", "", form[partner.end() : hi])):
        hi = partner.start()  # X公司与江州高新区共同: X (a government partner is no investor; 和当地国企 is)
    tail = PRODUCT_TAIL.search(form, lo, hi)
    if tail is not None and not LEGAL_END.search(form, lo, hi):
        hi = tail.start()
    return name[lo:hi].strip()


_GOVERNMENT = re.compile(
    r"(?:政府|管委会|管理委员会|开发区|高新区|经开区|新区|园区|[省市县区镇乡])$|^(?:全|我|本|该)[市县区省州旗盟镇]"
)


def government(name: str | None) -> bool:
    """Whether a rule's investor is a place or a government body (开发区管委会, 某县政府): its plan is a target."""
    return bool(name) and _GOVERNMENT.search(match_form(name or "").strip()) is not None


def legal_form_alone(name: str) -> bool:
    """Whether a rule's investor is a legal form with no name before it (股份公司, 有限公司)."""
    return _LEGAL_FORM_ALONE.fullmatch(match_form(name).strip()) is not None
