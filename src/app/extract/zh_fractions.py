"""Shares a Chinese text writes without a percent sign: fractions (三分之一, 万分之五, 占全国1/4) and tenths (超过七成,
七成以上, 骤减七成, 三成五). Each is a percentage (tests/heldout/README.md, set 18: 四分之三 is 75). A fraction is read
wherever it stands except in a slogan in quotes (“三分之一国产”), a size (4/6吋) or a physical comparison (重量是钢的
四分之一, 头发丝的十分之一粗); a fraction in numerals only with a share's word before it (占, 满足, 的, a comparator)
or 以上/左右 after it, since "2/3是董事长" counts people and "3/15" may be a date."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.numbers import parse_fraction
from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention
from app.extract.numbers import ZH_POST_COMPARATORS, ZH_PRE_COMPARATOR, ZH_PRE_COMPARATOR_MAP, zh_value

_ZH_NUM = "一二两三四五六七八九十"
FRACTION_RE = re.compile(
    rf"(?P<frac>(?P<d>[{_ZH_NUM}千万]+|百(?=分之[{_ZH_NUM}]+分))分之[{_ZH_NUM}百千]+"
    r"|(?<![\dA-Za-z./:\-])[1-9]\d?/[1-9]\d{0,2}(?![\dA-Za-z./:\-]))"
    r"(?P<post>以上|左右|强|多)?"
)
# the comparator before a fraction or tenth, looked for only where one was found (an optional group opening a
# pattern would be tried at every character of the text)
_PRE_CMP_BEFORE = re.compile(rf"(?:{ZH_PRE_COMPARATOR})$")
_POST = {**ZH_POST_COMPARATORS, "强": Comparator.GT}
_CLAUSE_END = re.compile(r"[,。;:!?\n]")
_SHARE_WORD = re.compile(r"占|满足|相当于|比重|占比")
_NUMERAL_CUE_BEFORE = re.compile(r"(?:的|近|约|超|逾|达|足|到|过|于|仅|为)$")
_SIZE_AFTER = re.compile(r"\s?(?:吋|寸|英寸|英尺|号|楼|期|版|次)")
_PHYSICAL = re.compile(r"重量|强度|直径|厚度|体积|密度|粗细|长度")  # (in the clause before: 重量是钢的四分之一)
_PHYSICAL_AFTER = re.compile(r"[粗细厚薄长短轻重]")  # (头发丝的十分之一粗; not 细分 in the clause before)
_OPEN_QUOTE = re.compile(r"[“「『\"]")
_CLOSE_QUOTE = re.compile(r"[”」』\"]")

# 超过七成, 近三成, 七成以上, 骤减七成, 三成五: tenths (and a tenth's tenths) as a percentage; a bare 成 after
# a numeral is a word too often (一成不变, 又一成果), so a comparator, 以上/左右 after it or a change before it is
# asked for
CHENG_RE = re.compile(
    r"(?P<num>[一二两三四五六七八九]|[1-9])成"
    r"(?P<tail>[一二三四五六七八九](?![成十百千万亿个]))?(?P<post>以上|左右)?"
    r"(?![功立为本员果都长交型熟绩效就])"
)
# (达, 占, 的, 其 before it are no comparator of their own: the tenth is equal, its mention starts at the numeral)
_CHENG_CMP_BEFORE = re.compile(r"(?:超过|超|逾|近|约|达|占|的|其)$")
_CHANGE_BEFORE = re.compile(r"(?:减|增|降|升|涨|增加|减少|下降|增长|提高|提升|扩大|缩小|回落|下滑)了?$")
_EXACT_PCT_NEAR = re.compile(r"[,、(]?(?:达|为|即|约)?\d+(?:\.\d+)?%")


def fraction_mentions(form: str) -> list[Mention]:
    """The fractions of a Chinese text (in its matching form) that are shares, as percentages (unsigned: the
    caller signs them by the wording before them, as every percentage)."""
    if "分之" not in form and "/" not in form:
        return []
    out: list[Mention] = []
    for m in FRACTION_RE.finditer(form):
        frac = m.group("frac")
        before = _PRE_CMP_BEFORE.search(form, max(0, m.start() - 4), m.start())
        cmp = before.group() if before else None
        if m.group("d") == "百" or frac.startswith("百分之"):
            continue  # 百分之五: a percentage in words, read with the others
        value = parse_fraction(frac)
        if value is None or not _a_share(form, m, "/" in frac, cmp):
            continue
        comparator = ZH_PRE_COMPARATOR_MAP.get(cmp or "", Comparator.EQ)
        if m.group("post"):
            comparator = _POST[m.group("post")]
        start = before.start() if before else m.start("frac")
        out.append(Mention(start, m.end(), m.start("frac"), m.end("frac"), value, Unit.PERCENT, frac, comparator,
                           "percent"))
    return out


def _a_share(form: str, m: re.Match[str], numerals: bool, cmp: str | None) -> bool:
    """The fraction at m is a share: not a size, a slogan or a physical comparison; in numerals, told as a share."""
    if _SIZE_AFTER.match(form, m.end()):
        return False
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(form, max(0, m.start() - 30), m.start())), default=-1)
    clause = form[max(clause_start, m.start() - 30, 0) : m.start()]
    rest = _CLAUSE_END.search(form, m.end())
    after = form[m.end() : rest.start() if rest else len(form)]
    if _PHYSICAL.search(clause) or _PHYSICAL.search(after) or _PHYSICAL_AFTER.match(after):
        return False
    opened = [q.end() for q in _OPEN_QUOTE.finditer(form, max(0, m.start() - 30), m.start())]
    if opened and not _CLOSE_QUOTE.search(form, opened[-1], m.start()):
        return False  # inside a quoted slogan or name: “三分之一国产、三分之一进口”, “二分之一”工作法
    if not numerals:
        return True
    return bool(_SHARE_WORD.search(clause) or cmp or m.group("post")
                or _NUMERAL_CUE_BEFORE.search(clause))


def tenth_mentions(form: str) -> list[Mention]:
    """The tenths of a Chinese text (超过七成 → >70, 三成五 → 35), unsigned."""
    if "成" not in form:
        return []
    out: list[Mention] = []
    for m in CHENG_RE.finditer(form):
        value = zh_value(m.group("num"), None)
        if value is None or _EXACT_PCT_NEAR.match(form, m.end()):
            continue  # 占比超过九成、达91.28%: the rounded share beside the exact one
        before = _CHENG_CMP_BEFORE.search(form, max(0, m.start() - 2), m.start())
        cmp = before.group() if before else None
        if not (cmp or m.group("post") or _CHANGE_BEFORE.search(form, max(0, m.start() - 4), m.start())):
            continue
        value = value * 10 + (zh_value(m.group("tail"), None) or Decimal(0) if m.group("tail") else Decimal(0))
        comparator = ZH_PRE_COMPARATOR_MAP.get(cmp or "", Comparator.EQ)
        if m.group("post"):
            comparator = ZH_POST_COMPARATORS[m.group("post")]
        start = before.start() if before and cmp in ZH_PRE_COMPARATOR_MAP else m.start("num")
        out.append(Mention(start, m.end(), m.start("num"), m.end(), value, Unit.PERCENT,
                           form[m.start("num") : m.end()], comparator, "percent"))
    return out
