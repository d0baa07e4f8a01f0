"""Two Chinese shapes of one project's money that no cue word marks, read from sets 42-49 (round 23):

- a project's total revised (项目投资总额由原先不低于10亿元调整至20亿元, 项目总投资由41.39亿元调节至48.46亿元,
  总投资由当初的九十亿元扩大到一百四十亿元, 将项目总投资增大至1000亿元): both the old and the new total are the
  project's (tests/heldout/README.md: one project's amount is a `project` fact, whatever plan word stands before it),
  the company the clause opens with its investor; a place's aggregate revised (全市固定资产投资由N增加到M) names
  no project and is left to the other rules;
- a party a place signs with (…开发区与X签订投资协议,投资35亿元; 集安市政府与X集团签订的10亿元…项目): X's project,
  as the README reads a signing between a place and a company (the company invests).
"""

from __future__ import annotations

import re

from app.extract.company_zh import company_in, the_company
from app.extract.names_zh import government, not_a_name
from app.extract.orgs import mainland_place
from app.extract.zh_investor_words import not_an_investor

_TOTAL = r"(?:项目)?(?:总投资额?|投资总额|投资规模|计划总投资|总投入)"
_CHANGE = r"(?:调整|调节|扩大|增加|增大|提高|提升|变更|上调|追加)(?:到|至|为)"
_AMOUNT_TAIL = r"\s*(?:亿|万)?\s*(?:元|人民币|美元)?(?:人民币)?"
# the old total: 总投资由(原先|当初的)N|调整至M
_OLD_BEFORE = re.compile(_TOTAL + r"(?:由|从)(?:原先|原来|当初|原定|之前|此前|原)?(?:的)?(?:不低于|不少于|约)?\s*$")
_OLD_AFTER = re.compile(_AMOUNT_TAIL + r"[^,。;!?\n\d]{0,4}?" + _CHANGE)
# the new total: 总投资由N调整至|M, 总投资增大至|M
_NEW_BEFORE = re.compile(_TOTAL + r"(?:(?:由|从)[^,。;!?\n]{1,30}?)?" + _CHANGE + r"(?:约|不低于|不少于)?\s*$")
_CLAUSE_MARK = re.compile(r"[,;:。!?\n]")
_THE_COMPANY = re.compile(r"\s*(?:该|本)?公司")
_BARE_SUBJECT = re.compile(r"\s*(?P<n>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:将|拟|已|把|对)")


def revised_total(form: str, text: str, sent_start: int, num_start: int, end: int) -> tuple[int, str | None] | None:
    """(where the evidence starts, the company or None) when the amount at num_start..end is an old or a new total of
    a project revised (see the module), else None."""
    lo = max(sent_start, num_start - 60)
    cue = _NEW_BEFORE.search(form, lo, num_start)
    if cue is None:
        old = _OLD_BEFORE.search(form, lo, num_start)
        cue = old if old is not None and _OLD_AFTER.match(form, end) else None
    if cue is None:
        return None
    marks = [x.end() for x in _CLAUSE_MARK.finditer(form, sent_start, cue.start())]
    clause_lo = marks[-1] if marks else sent_start
    head = form[clause_lo : cue.start()]
    span = company_in(form, clause_lo, cue.start())
    if span is None and _THE_COMPANY.match(head):  # X发布公告,公司将…总投资由N调整至M: the company announcing
        span = the_company(form, clause_lo)
    if span is None and "项目" not in head and not form.startswith("项目", cue.start()):
        return None  # 全市固定资产投资由N增加到M: a place's aggregate, no project
    if span is None:
        bare = _BARE_SUBJECT.match(form, clause_lo, cue.start())  # 东华能源将项目总投资增大至N: the subject
        said = bare.group("n") if bare is not None else ""
        if bare is None or not_a_name(said) or mainland_place(said) or government(said):
            return clause_lo, None
        span = bare.span("n")
    name = text[span[0] : span[1]]
    return (span[0], None if not_an_investor(name) or government(name) else name)


# a party signed with, right before the amount or its project: 与X签订投资协议,投资|N; 与X签订的|N元…项目
_SIGNED_WITH = re.compile(
    r"与(?P<org>[^,。;:!?\n与和及、]{2,24}?)签(?:订|署|下|约)了?"
    r"(?:的|(?:投资|合作|框架|项目)*(?:协议|合同),?(?:计划|协议)?(?:总)?投资(?:额)?)(?:约为|约|为|达|超过|\s)*$")
_PROJECT_AFTER = re.compile(r"[^,。;:!?\n]{0,30}?(?:项目|基地|工厂|产业园|生产线)")


def signed_partner(form: str, text: str, sent_start: int, num_start: int, end: int) -> tuple[int, str] | None:
    """(where the party's name starts, the party as written) when the amount at num_start..end is what a place signed
    for with a company (see the module), else None."""
    signed = _SIGNED_WITH.search(form, max(sent_start, num_start - 60), num_start)
    if signed is None or (signed.group().endswith("的") and _PROJECT_AFTER.match(form, end) is None):
        return None
    marks = [x.end() for x in _CLAUSE_MARK.finditer(form, sent_start, signed.start())]
    signer = form[marks[-1] if marks else sent_start : signed.start()].strip()
    signer = re.sub(r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|^(?:分别是|分别为|其中|包括|一是|二是|三是)", "",
                    signer)
    if signer and not (government(signer) or mainland_place(signer)
                       or re.search(r"(?:市|县|区|镇|政府|管委会|开发区|新区|园区|边合区|高新区|经开区)$", signer)):
        return None  # 甲公司与乙公司签订的N: two companies' contract, left to the other rules
    org = signed.group("org")
    if government(org) or mainland_place(org) or not_a_name(org) or not_an_investor(org):
        return None
    return signed.start("org"), text[signed.start("org") : signed.end("org")]
