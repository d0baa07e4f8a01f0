"""A Chinese amount that is one deal's money, told by the label right before it: a registered capital (注册资本,
注册资金), a capital increase (增资至N), an acquisition's or a transfer's price (收购价为N, 交易对价N, 转让价款N).
tests/heldout/README.md annotates these as `project` facts (set 3: a venture's registered capital; an acquisition's
price carries the buyer), whatever plan word the sentence holds; the clause's own words decide who (the investor is
left to the other rules and to the article's company). A place's or a period's total under the same label
(全市新登记企业注册资本达N, 累计) is no deal's.
"""

from __future__ import annotations

import re

_DEAL_LABEL = re.compile(
    r"(?:(?:注册资本|注册资金)(?:将|拟)?(?:从|由)?|收购价(?:格)?|收购对价|交易对价|交易价格|交易金额|转让价款|转让价格|转让对价"
    r"|增资至|增资后|(?:注册资本|注册资金)[^,。;!?\n]{0,16}?(?:增至|增加至|增加到|提高至|提高到))"
    r"(?:金额)?(?:为|达|约为|约|达到|合计|共|人民币|\s)*$")
_AGGREGATE = re.compile(r"全[市县区省州旗盟]|新登记|新设立|新增|累计|共计|合计|同比"
                        r"|[\d一二三四五六七八九十两多]+\s*[家户个]|企业|市场主体")
_CLAUSE_START = re.compile(r"[,;:。!?\n][^,;:。!?\n]*$")


def deal_amount(form: str, m_start: int, sent_start: int) -> int | None:
    """Where the label starts when the amount at `m_start` (its number's start) is one deal's money by the label
    right before it (see the module), else None."""
    lo = max(sent_start, m_start - 40)
    label = _DEAL_LABEL.search(form, lo, m_start)
    if label is None:
        return None
    clause = _CLAUSE_START.search(form, lo, m_start)
    clause_lo = clause.start() + 1 if clause is not None else lo
    return label.start() if _AGGREGATE.search(form, clause_lo, m_start) is None else None
