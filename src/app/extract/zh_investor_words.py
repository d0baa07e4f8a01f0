"""Words read where a Chinese investor is expected that name no company, or not the project's owner: a reference
or a role (此次, 该公司, 控股公司: `not_an_investor`), a project's or a facility's own name (江州项目, …生态园:
`project_named`; 二期项目, 该项目: `bare_project`), a place opening the project's name (荆门动力 of 荆门动力…产业园:
`place_led_name`), and what the words of a list item or of a clause's opening are when they are no company — a class
of projects, an industry, a product, a place, a listing word (`no_company_word`).

Kept apart from `subject_zh` (who a sentence is about), which judges the names it reads with these checks, as
`settle_zh`, `zh_subject_kind`, `zh_stakes`, `zh_progress` and `listed_zh` do; the patterns `subject_zh` shares with
them (`LEAD`, `INDUSTRY_HEAD`, `FACILITY_END`, `PLURAL`) live here and are imported back."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.names_zh import CLAUSE_OPENING as _CLAUSE_OPENING
from app.extract.names_zh import NO_SUBJECT as _NO_SUBJECT
from app.extract.names_zh import PLACE_HEAD as _PLACE_HEAD
from app.extract.names_zh import PRODUCT_TAIL as _PRODUCT_TAIL
from app.extract.names_zh import government, not_a_name
from app.extract.orgs import mainland_place
from app.extract.textprep import match_form

# leading words before the subject: a date, a time, a connective
LEAD = re.compile(
    r"(?:\s|\d{4}年|\d{1,2}月|\d{1,2}日|上午|下午|晚间|当天|近日|日前|此前|同日|此外|同时|另外|据悉|据了解|而|今年|去年"
    r"|目前|如今|根据协议|根据公告|按照协议|按协议|此次|本次|这次|同意|批准|[一二三四五六七八九十]是|首先|其次|最后)*,?(?=[^项投])"
)
# words that name no investor: a reference, a role, the project itself
_NOT_AN_INVESTOR = re.compile(
    r"^(?:此次|本次|该|这|其|此|本|公司|本公司|该公司|子公司|下属公司|控股公司|全资子公司|控股子公司|双方|项目|企业|合资公司"
    r"|项目公司)$|^(?:该|本|其)?公司?(?:的)?(?:全资|控股|下属)?(?:子|孙)?公司$"
    r"|^(?:此次|本次|这一|该|投资|项目|预计|计划|首期|一期|二期|三期|四期|分期|第[\d一二三四五六七八九十]{1,2}期|首批|先期|其中"
    r"|打造|建设)"
)
INDUSTRY_HEAD = re.compile(r"(?:全|我|本|该)[市县区省]|产业|行业|领域|板块")
# an owner read from a project's name that is still the project's (…生态园, …基地): a facility, not a company
FACILITY_END = re.compile(r"(?:园|基地|工厂|厂区|中心|小镇|社区|花园|广场|项目|工程)$")
# (a digit counts projects, not a capacity written in Chinese units in the project's name: X年产5万吨…项目; a Latin
# unit (5GW) is read as before, where a learned name heading the project gives the investor: test_learned_structures)
PLURAL = re.compile(
    r"\d(?![\d.]*\s*(?:万|亿|千)?(?:吨|千瓦|兆瓦|瓦|台|套|辆|平方米|亩|件|条|片|只|头|羽))|[一二三四五六七八九十两]个|等|各|重点|重大|签约|开工|在建|在谈|以上|其中|引进|落地|类|多家|数家|多个|大批|央企|国企|企业"
)
# a project that names no owner: 二期项目, 该项目, 项目
_BARE_PROJECT = re.compile(r"(?:该|本|此次|本次|这一)?(?:首期|一期|二期|三期|四期|五期)?(?:项目|工程)")
# words that introduce what follows rather than name who: 分别是, 包括, 主要有, 其中
_LISTING = re.compile(
    r"(?:是|为|有|包括|如|即)$|^(?:分别|包括|其中|主要|比如|例如|诸如|这|那|该|此|本|各|每|某|其)"
    r"|记者|双方|各方|我们|他们|大家"
)


def not_an_investor(name: str | None) -> bool:
    """A word standing for a company but naming none (此次, 控股公司, 该公司), or nothing; read on the matching form,
    so that a Traditional text's words (該簽約, 該公司) are known too."""
    return not name or _names_none(name.strip())


@lru_cache(maxsize=4096)
def _names_none(name: str) -> bool:
    return _NOT_AN_INVESTOR.search(name if name.isascii() else match_form(name)) is not None


def project_named(name: str) -> bool:
    """Whether a rule's investor is a project's or a facility's name (江州项目, X工业互联网生态园): never the
    investor (a company's legal name ending in 公司 is none of these)."""
    return FACILITY_END.search(match_form(name).strip()) is not None


def place_led_name(investor: str | None, project: str | None) -> bool:
    """An investor read from the project's own name that opens with a place (荆门动力 of 荆门动力…产业园): the
    name may be the project's, not its owner's."""
    if not investor or not project or not project.startswith(investor):
        return False
    form = match_form(investor)
    return any(mainland_place(form[:k]) for k in (2, 3) if len(form) > k)


def bare_project(name: str | None) -> bool:
    """The project's name is only a phase or a reference (二期项目, 该项目): it names no owner."""
    return bool(name) and _BARE_PROJECT.fullmatch(match_form(name or "").strip()) is not None  # (二期項目 too)


def no_company_word(name: str, opening: bool = False) -> bool:
    """Whether a name read by its position (an item of a list of projects; with `opening`, the words opening a
    clause before an amount's cue) can be no company: a class of projects (重大, 重点), an industry (…产业), a
    word naming none, no name by its shape (`not_a_name`), a product after a brand; with `opening` also a
    place or government, or the words of a clause without a subject (项目, 预计, 和…)."""
    form = match_form(name)
    if (PLURAL.search(form) or INDUSTRY_HEAD.search(form) or not_an_investor(form) or not_a_name(form)
            or _PRODUCT_TAIL.search(form)):
        return True
    return opening and bool(_PLACE_HEAD.fullmatch(form) or _NO_SUBJECT.match(form) or LEAD.fullmatch(form)
                            or _CLAUSE_OPENING.match(form) or government(form) or _LISTING.search(form))
