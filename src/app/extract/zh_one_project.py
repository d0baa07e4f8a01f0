"""One Chinese project's amount, decided by structure when no investor is read beside it.

Whether an amount is a project's is a question of what it is tied to, not of who invests: a single named project's
investment is a `project` fact (its investor, if any, is read by the investor rules), and only the totals of
several projects (N个项目总投资, 共, 合计, 其中 of a batch) are indicators. The shapes read here:

- the clause before the total names one project: X项目,总投资N亿元; X的Y项目,总投资N亿元; X项目属省重大项目,
  总投资N亿元; 最大的项目是X项目,总投资N亿元 (a class word after a copula — 重大项目, 最大…项目 — names no project,
  the name on the other side does);
- a determiner names one project: 该(签约)项目总投资N亿元, 此项目…, 本项目… (not 本次/此次, a batch);
- a bare 项目总投资N亿元 opening a sentence of a text that counts no projects (a project's approval, its filing);
- one agreement signed for an amount: 签署(了)总投资N亿元的…协议;
- a part of one investment put to one project: 其中N亿元的投资,用于打造…工厂项目 (a part, the investor on the total).
"""

from __future__ import annotations

import re

from app.extract.names_zh import government
from app.extract.orgs import zh_investor_from_name, zh_org_before
from app.extract.subject_zh import not_a_name

_AMOUNT_LEAD = r"(?:约为|约|达到|达|为|超过|不超过|近|逾|将达到|将达|人民币|估算|预估|估计|概算|\s)*"
_SUFFIX = r"(?:项目|工程|基地|产业园|工业园|工厂|电站|数据中心|综合体|生产线)"
# the total opening its own clause: ,总投资N; ,项目总投资N; ,该项目计划总投资N
_TOTAL_OPENS_CLAUSE = re.compile(
    r",\s*(?:该|此|本)?(?:项目)?(?:计划|预计)?(?:总投资|投资总额|总投资额|投资[估概]算总值|投资[估概]算)(?:额)?"
    + _AMOUNT_LEAD + "$"
)
# (系 and 属 inside a compound word are no copula: 系统, 系列, 金属, 附属, 下属 go on with the name)
_COPULA = re.compile(r"属于|(?<![金附下所直归隶专从])属|是|系(?![统列])|列入|列为|作为")
_NAME = re.compile(rf"[^,。;:!?\n]{{2,40}}?{_SUFFIX}$")
# a class of projects, not one: 重大项目, 签约项目, N个项目, 最大的招商引资项目, 之一
_CLASS = re.compile(
    r"\d+\s*[个项批]|[一二三四五六七八九十两几多]+[个项批]|最|之一|等|各类|一批|若干"
    r"|(?:重大|重点|新开工|在建|拟建|签约|各类|投产|竣工|开工|续建|落地|储备|在谈|新签|招商|引资|示范|标杆|龙头|产业化"
    r"|实施|引进|入库|在库|合同"  # 实施项目145个,实施项目总投资N: the projects under way, a category
    # a category, not a name: 今年实施的工业项目, 亿元以上项目, 省外投资项目, 农业类项目, 产业链项目
    r"|工业|产业链?|类|基础设施|基建|民生|社会事业|服务业|农业|文旅|交通|水利|城建|外资|内资|省外|市外|境外|以上|以下|投资)"
    + _SUFFIX + "$|^(?:省|市|县|区|国家|全省|全市)" + _SUFFIX
)
# 该签约项目, 此项目, 本项目: one project named by a determiner (本次/此次/该批 are batches)
_DETERMINED_TOTAL = re.compile(
    r"(?:该|此(?!次|批)|本(?!次|批)|这个|这一)(?:签约|投资|合作|新建|拟建)?项目(?:计划|预计)?(?:总投资|投资总额|总投资额"
    r"|投资[估概]算总值|投资[估概]算)(?:额)?"
    + _AMOUNT_LEAD + "$"
)
# a bare 项目总投资 opening its sentence (after a list number): the project the text is about
# (also after a clause that says who reports it, 该集团指,项目建设总投资N; 公告称,项目投资估算总值为N; with the
# project's building or a phase, 项目建设总投资N, 项目一期占地N亩,投资M: the phase's own amount)
_BARE_TOTAL_OPENS = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[,、.]|\d{1,2}[.,、)]|\(\d{1,2}\))?"
    r"(?:[^,。;:!?\n\d]{1,12}?(?:指出|指|称|表示|介绍|透露|显示|宣布)[,:]\s*)?"
    r"\s*(?P<project>项目)(?:建设)?(?:(?:一|二|三|首)期(?:工程)?(?:占地[^,。;:!?\n]{1,12}?,\s*)?)?(?:计划|预计)?"
    r"(?:总投资|投资总额|总投资额|投资[估概]算总值|投资[估概]算|(?<=期)投资|(?<=,)投资)(?:额)?"
    + _AMOUNT_LEAD + "$"
)
# a batch of projects named before a bare total (重点项目建设推进会召开。项目总投资N): the total is the batch's
_BATCH_NAMED = re.compile(r"(?:重大|重点|新开工|在建|签约|开工|续建|落地|储备|在谈|招商|引资|一批|各类)项目")
# (a class the one project belongs to, told after a copula, 该项目…是江苏省重大项目, names no batch)
_CLASS_PREDICATE = re.compile(r"(?:是|属于|属|列入|列为|作为)[^,。;!?\n]{0,8}$")
_PROJECTS_COUNTED = re.compile(
    r"[\d一二三四五六七八九十两几]+\s*(?:多|余)?\s*[个项批](?:[^,。;]{0,12}?)项目|项目\s*[\d一二三四五六七八九十两]+\s*[个项]"
)
_SIGNED_AGREEMENT = re.compile(r"签(?:订|署|下)了?(?:一份|一项)?(?:总投资|投资总额|投资)(?:额)?" + _AMOUNT_LEAD + "$")
_ONE_AGREEMENT_AFTER = re.compile(r"的[^,。;!?\n\d]{0,30}?(?:协议|合同|备忘录)")
# a part of one investment put to one project: 其中有N亿元的投资,用于打造年产…工厂项目; 另外N亿元投资,用于…项目
_USED_FOR = re.compile(rf"(?:的)?投资,?\s*用于(?P<name>[^,。;!?\n]{{2,40}}?{_SUFFIX})")


# a verb of carrying out a project, after its subject: X拟实施Y项目, X计划投资建设Y项目
_CARRIES_OUT = re.compile(r"(?:实施|投资建设|投资新建|投建|新建|扩建|兴建|建设)")
# what may stand between a company and its verb: its short name in brackets, plan and time words
_SUBJECT_TAIL = re.compile(r"(?:\((?:简称)?[^()]{2,12}\))?\s*(?:拟|计划|将|决定|准备|正式|近日|日前|于近日)*")


def project_class(name: str) -> bool:
    """Whether a project's name names a class or a category of projects (重大项目, 亿元以上项目, 今年实施的工业项目),
    not one project."""
    return _CLASS.search(name) is not None


def _one_name(clause: str) -> str | None:
    """The one project the clause names, after a copula if the other side is a class (X项目属省重大项目: X项目;
    最大的项目是X的Y项目: X的Y项目), or None."""
    names = [p.strip() for p in _COPULA.split(clause) if _NAME.search(p.strip())]
    single = [n for n in names if not _CLASS.search(n)]
    return single[-1] if single and len(names) - len(single) <= 1 else None


def one_project(form: str, text: str, sent_start: int, start: int,
                end: int) -> tuple[int, int, str | None, str | None, str] | None:
    """(where the project's evidence starts and ends, its investor as its name gives it (X的Y项目: X), its name,
    which part of the project the amount is: "" for its total) when the amount form[start:end] is one project's by
    the shapes of the module's docstring; None otherwise."""
    found = _one_project(form, sent_start, start, end)
    if found is None:
        return None
    at, name, part = found
    if not name or _DETERMINED_TOTAL.match(name + "总投资"):  # (该签约项目 names no owner)
        return at, end, None, text[at : at + len(name)] if name else None, part
    done = _done_by(name)
    if done is not None:  # X公司(简称)拟实施Y项目,项目总投资N: the clause's subject X, the project Y
        (o0, o1), v_end = done
        return at, end, text[at + o0 : at + o1], text[at + v_end : at + len(name)], part
    owner = re.match(r"[\u4e00-\u9fffA-Za-z()]{2,16}?(?=的)", name)  # X的Y项目: X owns it
    investor = owner.group() if owner is not None and not government(owner.group()) and not not_a_name(
        owner.group()) else zh_investor_from_name(name)
    return at, end, text[at : at + len(investor)] if investor else None, text[at : at + len(name)], part


def _done_by(name: str) -> tuple[tuple[int, int], int] | None:
    """When the clause read as one project's name is a clause (a company, then a verb of carrying out, then the
    project: X股份有限公司(X)拟实施Y项目): the company's span in it, as its legal name ends the subject, and where the
    project's own name starts; None when the clause opens with the project's name."""
    verb = max(_CARRIES_OUT.finditer(name), key=lambda v: v.end(), default=None)
    if verb is None or len(name) - verb.end() < 4:
        return None
    org = zh_org_before(name[: verb.start()])
    if org is None or not _SUBJECT_TAIL.fullmatch(name, org[1], verb.start()):
        return None  # (the company must be the verb's subject: only its short name and plan words between)
    return org, verb.end()


def _one_project(form: str, sent_start: int, start: int, end: int) -> tuple[int, str | None, str] | None:
    lo = max(sent_start, start - 24)
    if "投资" not in form[lo:start] and "投资" not in form[end : end + 3]:
        return None  # (every shape has its investment word there: one look before the patterns)
    total = _TOTAL_OPENS_CLAUSE.search(form, lo, start)
    if total is not None:
        clause_lo = max(sent_start, max(form.rfind(c, sent_start, total.start()) for c in ",;:") + 1)
        clause = form[clause_lo : total.start()]
        name = _one_name(clause)
        if name is not None:  # (a count in the sentence is another clause: 新开工项目58个,其中,X项目,总投资N)
            at = form.rfind(name, clause_lo, total.start())
            return at, name, ""
    determined = _DETERMINED_TOTAL.search(form, lo, start)
    if determined is not None:  # (its name, 该签约项目, lets the investor rules look for its agent: 由X投资建设)
        return determined.start(), form[determined.start() : form.find("项目", determined.start()) + 2], ""
    bare = _BARE_TOTAL_OPENS.match(form[sent_start:start])
    if bare is not None and not _PROJECTS_COUNTED.search(form, max(0, start - 400), start) and not any(
            not _CLASS_PREDICATE.search(form, max(0, b.start() - 10), b.start())
            for b in _BATCH_NAMED.finditer(form, max(0, start - 400), start)):
        return sent_start + bare.start("project"), None, ""
    if _SIGNED_AGREEMENT.search(form, lo, start) and _ONE_AGREEMENT_AFTER.match(form, end) and not _CLASS.search(
            form[end : end + 32].split("协议")[0]):
        return start, None, ""
    used = _USED_FOR.match(form, end)
    if used is not None and not _CLASS.search(used.group("name")) and not _PROJECTS_COUNTED.search(
            form, sent_start, start):  # (the parts of a batch's total, 签约项目30个…其中N亿元用于…, stay its own)
        return start, None, "part"
    return None
