"""Jobs a Chinese article says a project or a place creates, written with 人 ("解决就业N人", "带动N人就业"): a count
of jobs (就业岗位N个 is a count of its noun, found with the other counts in zh.py)."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import ARABIC, ZH_NUMERAL, zh_value

# 解决本地就业6000人, 带动2000人就业, 新增就业岗位300个: jobs created (not the workers or employees on a site); a page
# that sets numbers off with spaces (解决就业超 1000 人) writes the same count
_JOBS_RE = re.compile(
    rf"(?P<verb>解决|带动|提供|新增|创造|吸纳|安置|增加|安排|带来|实现|拉动|吸收|容纳)(?P<mid>[^\d,。;:、]{{0,4}}?)"
    rf"(?:就业(?:岗位|人数|人口|人员)?(?:约|近|超过|超|逾|达到|达|不少于|不低于)?\s?"
    rf"(?:(?P<n1>{ARABIC}|{ZH_NUMERAL})\s?(?P<m1>万)?(?:多|余)?(?:\s?[—\-~至到]\s?(?:{ARABIC})\s?万?)?|(?P<k1>上|超|逾)万)\s?人"
    rf"|(?:约|近|超过|超|逾)?\s?(?:(?P<n2>{ARABIC}|{ZH_NUMERAL})\s?(?P<m2>万)?(?:多|余)?|(?P<k2>上|超|逾)万)\s?(?:人|名)(?:的)?"
    rf"就业)"
)
# (安排就业600人, 安置就业人员300余人, 吸纳就业人口1700余人, 新增就业不少于300人, 带动就业1300—1400人 (at least the
# lower bound), 带动上万人就业 (over ten thousand), 带来2000人的就业)


def find_jobs(form: str) -> list[Mention]:
    """Jobs created, written with 人 (解决就业N人, 带动N人就业): a count of jobs (就业岗位N个 is a count
    of its noun, found with the other counts)."""
    out: list[Mention] = []
    for m in _JOBS_RE.finditer(form):
        if m.group("k1") or m.group("k2"):  # 上万人, 超万人: more than ten thousand
            group = "k1" if m.group("k1") else "k2"
            value: Decimal | None = Decimal(10000)
        else:
            group = "n1" if m.group("n1") else "n2"
            value = zh_value(m.group(group), m.group("m1" if group == "n1" else "m2"))
        if value is None or value < 2 or value != int(value):
            continue
        comparator = Comparator.GT if re.search(r"多|余|超|逾|上万", m.group()) else (
            Comparator.GE if re.search(r"不少于|不低于|\d\s?[—\-~至到]", m.group()) else
            Comparator.APPROX if re.search(r"约|近", m.group()) else Comparator.EQ)
        jobs = form.find("就业", m.start(), m.end())
        mention = Mention(m.start(), m.end(), m.start(group), m.end(group), value, Unit.COUNT,
                          form[m.start(group) : m.end()], comparator, "count", noun="就业",
                          noun_start=jobs, noun_end=jobs + 2)
        out.append(mention)
    return out
