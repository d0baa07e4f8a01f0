"""A Chinese clause that opens on 项目总投资 tells the total of the one project the sentence is about.

In a sentence describing one project by its attributes (X园规划用地面积约N亩,紧挨着…,项目总投资N亿元,布局建设…), the
bare 项目 opening a clause refers back to the thing the sentence names: the amount is that project's total, a `project`
fact (tests/heldout/README.md: `project` for one named project's amount), whatever plan word the sentence opened on
(规划建设…). Not one project: a sentence that counts or classes projects before (共18个项目开竣工,项目总投资N; 重大项目,
这批项目, 等项目: a batch's total, an `indicator`), or a clause where 项目 is part of a longer noun (签约项目总投资,
重点项目总投资)."""

from __future__ import annotations

import re

_OPENS_ON_TOTAL = re.compile(
    r"(?:项目|工程)(?:总投资|投资总额|总投资额|计划总投资)(?:额)?(?:为|达|约|约为|达到|共|近|超|超过|逾|\s)*$")
# a count or a class of projects told before in the sentence: the clause is a batch's
_MANY = re.compile(
    r"[\d一二三四五六七八九十两百千]+\s*[个项批家]|一批|批次|等项目|这些|上述|重大项目|重点项目|项目群|[省市县区]级"
    r"|签约|开竣工|集中开工|集中签约")


def topic_total(form: str, sent_start: int, clause_start: int, m_start: int) -> bool:
    """Whether the amount at m_start opens its clause with 项目总投资 in a sentence about one project (see above)."""
    opens = _OPENS_ON_TOTAL.match(form, clause_start, m_start)
    if opens is None or opens.end() != m_start or clause_start <= sent_start:
        return False
    return _MANY.search(form, sent_start, clause_start) is None
