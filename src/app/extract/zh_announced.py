"""A listed company's announcement: the amount on its summary's label line is the issuer's project.

Announcements of Chinese listed companies (X股份有限公司关于…的公告) open with a summary of
labelled lines (重要内容提示: 投资标的名称:…, 投资金额:约N亿元, 特别风险提示:…). The amount on the
investment line (投资金额, 投资总额, 投资规模, 项目总投资, after a bullet or not) is the investment the
announcement is about: a `project` fact whose investor is the issuer its title names (README set 17), as
written. When the body restates the amount (its digits again after the line), the body's sentence says who
invests (often a subsidiary): the line's fact then carries no investor and merges with the body's. Without
such a title the line is left to the other rules.
"""

from __future__ import annotations

import re

# the label line up to the amount: ● 投资金额:约, 投资总额:人民币, 项目总投资:不超过
_LABEL_LINE = re.compile(
    r"[ \t\u3000]*(?:[●•·■◆▪\-\*]|\d{1,2}[.、)])?[ \t\u3000]*"
    r"(?:投资金额|投资总额|投资规模|项目总投资|总投资(?:额)?|计划投资(?:金额|总额)?)[ \t\u3000]*[::]"
    r"[ \t\u3000]*(?:预计|约为|约|人民币|不超过|不超|总额|投资总额|为|\s)*$")
# the issuer named in the announcement's title: X股份有限公司关于…的公告 (…关于 may wrap onto the next line)
_ISSUER = re.compile(
    r"(?P<n>[\u4e00-\u9fffA-Za-z()]{2,24}?(?:股份有限公司|有限责任公司|有限公司))\s*关于[^。]{2,160}?的公告")
_HEAD = 3000  # the title stands at the top of the page


def announced_investment(form: str, text: str, m_start: int, digits: tuple[int, int],
                         line_start: int) -> tuple[int, str | None] | None:
    """(where the evidence starts, the issuer as written or None when the body restates the amount) when the amount
    at m_start, its digits at form[digits[0]:digits[1]], stands on an announcement's investment label line (see the
    module's docstring), else None."""
    if "公告" not in form[: min(len(form), _HEAD)] or _LABEL_LINE.fullmatch(form, line_start, m_start) is None:
        return None
    issuer = _ISSUER.search(form, 0, min(len(form), max(_HEAD, line_start)))
    if issuer is None:
        return None
    if form.find(form[digits[0] : digits[1]], digits[1]) >= 0:
        return line_start, None  # restated in the body, whose sentence names who invests
    return line_start, text[issuer.start("n") : issuer.end("n")]
