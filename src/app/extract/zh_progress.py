"""A project's progress: the investment one project has already completed, told right after its total.

The README's convention (set 3): "the completed investment of a named project is a `project` fact like its total
investment". Told by structure: the amount's clause has no subject of its own, only achieved-investment words
(已完成投资N, 目前已投资约N, 已累计完成投资N, 截至目前累计完成投资N), and the last amount before it, in the same
sentence, the next or the one after it, within a short paragraph, is one project's (its total); the amount is
then a part of that project (no investor: the investor stays on the total). A clause with a subject of its own (全市
已完成投资N, 某公司已投资N) is not read here, nor an amount after another place's or batch's figure.
"""

from __future__ import annotations

import re

# the clause before the amount: achieved-investment words only
_ACHIEVED_CLAUSE = re.compile(
    r"(?:目前|截至目前|截止目前|至今|现|如今)?,?\s*(?:已经?|现已)?(?:累计)?(?:完成|实现)?了?(?:固定资产)?投资(?:额)?"
    r"(?:约为|约|达到|达|超过|逾|近|\s)*$")
_ACHIEVED_WORD = re.compile(r"已|累计|完成")
_CLAUSE_STARTS = ",:。!?;\n\"“”"
_NEAR = 150  # a project's total and its progress are told together: the same sentence or the one right after


def achieved_of_project(form: str, m_start: int, last_project_end: int | None) -> bool:
    """Whether the amount at m_start is the investment a project whose total ended at last_project_end has
    already completed (see the module's docstring)."""
    if last_project_end is None or not 0 < m_start - last_project_end <= _NEAR:
        return False
    clause = max(form.rfind(c, last_project_end, m_start) for c in _CLAUSE_STARTS) + 1
    if clause == 0:
        return False  # the total and the amount in one clause: 总投资N,其中…: not progress
    words = form[clause:m_start]
    if not _ACHIEVED_WORD.search(words) or _ACHIEVED_CLAUSE.fullmatch(words) is None:
        return False
    # at most one sentence between the total's and the progress's (a site described between them)
    return sum(form.count(c, last_project_end, clause) for c in "。!?;\n") <= 2
