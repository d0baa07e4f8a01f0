"""Projects listed by their amounts in a place's report: "总投资N亿元的A、M亿元的B等重大产业项目建成投产",
"N亿元的A智能网联汽车、M亿元的B电池等项目加快推进".

Each amount of such a list is one project's, named right after its 的; the list is told as projects (it closes
with 等…项目, or its items are named as projects). The item's company is the leading proper name of the item:
the whole item when it is a short name alone (A), else the name before its industry or product words (A of
A智能网联汽车), read as `orgs.zh_investor_from_name` reads a project's name. A place (绵阳…), an industry word
(新能源汽车), a class of projects (重大…) or a product name (a model with Latin letters or digits) is no company:
the item is then a project with no investor, or no item at all when it is not named as a project.

The list is recognised by its shape only: a run of "amount 的 name" items joined by 、/和/及, opened by an
investment word (总投资, 投资) or by the clause itself, and closed by 等…项目.
"""

from __future__ import annotations

import re

from app.extract.orgs import mainland_place, zh_investor_from_name
from app.extract.subject_zh import listed_name_ok

_AMOUNT = r"(?:约|近|超过|超|逾)?\d+(?:\.\d+)?(?:万亿|亿|万)元"
_ITEM = r"的[^,。;:!?\n\"()等的]{2,24}?"
_JOIN = r"(?:,|和|及|与|以及)"
# the items before the amount back to the list's opening: an investment word, or the clause's start
_CHAIN_BEFORE = re.compile(
    r"(?:(?P<cue>(?:计划总投资|总投资|投资总额|计划投资|投资)(?:分别)?(?:约为|约|达|为)?)|(?:^|(?<=[,。;:!?\n])))"
    rf"(?P<items>(?:{_AMOUNT}{_ITEM}{_JOIN})*)$"
)
# the item after the amount, and the items after it to the list's close (等…项目)
_ITEM_AFTER = re.compile(rf"的(?P<name>[^,。;:!?\n\"()等的]{{2,24}}?)(?=等|{_JOIN}{_AMOUNT}的|[,。;:!?\n])")
_CLOSE_AFTER = re.compile(rf"(?:{_JOIN}{_AMOUNT}{_ITEM})*?等[^,。;:!?\n]{{0,10}}?(?:项目|工程)")
_PROJECT_END = re.compile(r"(?:项目|基地|工厂|产业园|生产线)$")


def listed_item(form: str, text: str, m_start: int, m_end: int,
                sent_start: int) -> tuple[int, int, str | None, str] | None:
    """(start, end, investor, project name) of the amount at form[m_start:m_end] when it is an item of a list
    of projects told by their amounts ("…465亿元的A、240亿元的B等…项目"), or None."""
    item = _ITEM_AFTER.match(form, m_end)
    if item is None:
        return None
    chain = _CHAIN_BEFORE.search(form, max(sent_start, m_start - 120), m_start)
    if chain is None:
        return None
    name = item.group("name")
    named_project = _PROJECT_END.search(name) is not None
    closed = _CLOSE_AFTER.match(form, item.end("name")) is not None
    several = bool(chain.group("items")) or form.startswith(("和", "及", "与", ","), item.end("name")) and closed
    if not closed and not (several and named_project) or not (chain.group("cue") or several or closed):
        return None
    investor = _company_of(name)
    if investor is None and not (named_project and listed_name_ok(name)):
        return None  # not named as a project, or a class of projects (重大项目, 重点项目): no item
    start = chain.start("cue") if chain.group("cue") and not chain.group("items") else m_start
    s = item.start("name")
    return start, item.end("name"), text[s : s + len(investor)] if investor else None, text[s : item.end("name")]


def _company_of(name: str) -> str | None:
    """The company leading an item's name (A of A智能网联汽车, A alone), or None for a place, an industry, a
    class of projects or a product."""
    owner = zh_investor_from_name(name if _PROJECT_END.search(name) else name + "项目")
    if owner is None or len(owner) < 2 or mainland_place(owner) or not listed_name_ok(owner):
        return None
    return owner
