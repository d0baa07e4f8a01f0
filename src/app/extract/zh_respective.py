"""Each party's own figure in a Chinese "respectively" list: A、B及C分别拥有合资公司40%、30%及20%的股权, 合资公司由A和B
分别持股40%和60%, 由A和B分别出资1.6亿元和2.4亿元. The n-th figure after 分别 and its verb is the n-th party's stake or
contribution: a `project` fact with that party as investor (tests/heldout/README.md: each party's share of a venture is
a `project` percentage with that party, set 14; a party's contribution its project, like "A and B have contributed N
and M, respectively", set 26). The parties are read back from 分别 as the last as many names, joined by 、 , 和 与 及,
as there are figures; the list must pair one to one, and every party must be a name (no place, government or word
standing for no one), else the figure is left to the other rules (one share each party holds, A与B各持股50%, is
the venture's split: zh_stakes.each_party_share).
"""

from __future__ import annotations

import re

from app.extract.names_zh import government, not_a_name
from app.extract.orgs import mainland_place
from app.extract.zh_investor_words import not_an_investor

# 分别 and the holding or paying verb, with what the figures are of between it and the first figure (合资公司)
_RESPECTIVELY = re.compile(r"分别(?:以|拥有|持有|持股|出资|投资|认缴|认购|占股|控股|占)(?:了)?(?:比例)?(?:为|约)?"
                           r"(?P<of>[^,;。!?\n\d]{0,12}?)(?=\d)")
# what the figures are after them: holdings, contributions, or each party's price for what it subscribes or buys
_HOLDING_AFTER = re.compile(r"\s*(?:的)?(?:持股|股权|股份|出资|权益"
                            r"|(?:价格|对价|金额)?(?:认购|认缴|受让|购买|收购|增资))")
_FIGURE = re.compile(r"\d(?:[\d.]|,(?=\d{3}))*\s*(?:%|(?:亿|万)?(?:元|美元|港元|欧元)(?:人民币)?)")
_BETWEEN = re.compile(r"\s*(?:,|和|及|与|以及)\s*")
_PARTY_SEP = re.compile(r"以及|[,和与及]")
_BOUNDARY = re.compile(r"[;:。!?\n]")
_LEAD = re.compile(r".*(?:由|是|为|其中|股东)")
_PARTY = re.compile(r"[\u4e00-\u9fffA-Za-z()]{2,30}")
# a country or region as a party (韩国、日本、新加坡分别投资N、M、K: the investment of a country's firms, no one's)
_COUNTRY = re.compile(r"(?:国|地区|日本|新加坡|印度|印尼|越南|泰国|马来西亚|菲律宾|柬埔寨|老挝|缅甸|蒙古"
                      r"|澳大利亚|新西兰|加拿大|巴西|墨西哥|智利|秘鲁|阿根廷|意大利|西班牙|葡萄牙|荷兰|比利时"
                      r"|瑞士|瑞典|挪威|丹麦|芬兰|波兰|奥地利|希腊|以色列|土耳其|沙特|阿联酋|伊朗|埃及|南非"
                      r"|尼日利亚|肯尼亚|埃塞俄比亚|哈萨克斯坦|乌兹别克斯坦|俄罗斯|香港|澳门|台湾"
                      r"|欧洲|亚洲|非洲|美洲|东盟|欧盟)$")


def respective_party(form: str, text: str, sent_start: int, num_start: int) -> tuple[int, str] | None:
    """(where the party's name starts, the party as written) when the figure at `num_start` is one of a
    "respectively" list's figures (see the module), else None."""
    lo = max(sent_start, num_start - 160)
    cue = None
    for m in _RESPECTIVELY.finditer(form, lo, num_start + 1):  # (its lookahead reads the first figure)
        cue = m
    if cue is None:
        return None
    starts, at, last_end = [], cue.end(), cue.end()
    while True:
        fig = _FIGURE.match(form, at)
        if fig is None:
            break
        starts.append(fig.start())
        last_end = fig.end()
        sep = _BETWEEN.match(form, fig.end())
        glued = form[fig.end() - 1 : fig.end()] == "%" and form[fig.end() : fig.end() + 1].isdigit()
        if (sep is None or sep.end() == fig.end()) and not glued:  # (52.0%48.0%: a page's figures glued)
            break
        at = sep.end() if sep is not None else fig.end()
    if len(starts) < 2 or num_start not in starts:
        return None
    if cue.group().startswith("分别以") and not _HOLDING_AFTER.match(form, last_end):
        return None  # 分别以N、M和K位列前三名: a ranking's totals; 分别以10%和90%的持股份额: each party's holding
    head_lo = max(lo, max((b.end() for b in _BOUNDARY.finditer(form, lo, cue.start())), default=lo))
    head = form[head_lo : cue.start()]
    lead = _LEAD.match(head)
    offset = head_lo + (lead.end() if lead is not None else 0)
    pieces = _split(form, offset, cue.start())
    if len(pieces) < len(starts):
        return None
    parties = pieces[-len(starts) :]
    for s, e in parties:
        name = form[s:e]
        if (not _PARTY.fullmatch(name) or _COUNTRY.search(name) or government(name) or not_a_name(name)
                or mainland_place(name)
                or not_an_investor(name)):
            return None
    s, e = parties[starts.index(num_start)]
    return s, text[s:e]


def _split(form: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The names between `lo` and `hi` divided by 、(,) 和 与 及, outside brackets (中海码头发展(香港)有限公司)."""
    out, depth, start, i = [], 0, lo, lo
    while i < hi:
        ch = form[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            sep = _PARTY_SEP.match(form, i, hi)
            if sep is not None:
                out.append((start, i))
                start = i = sep.end()
                continue
        i += 1
    out.append((start, hi))
    return [(s, e) for s, e in out if e > s]
