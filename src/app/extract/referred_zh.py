"""The project a Chinese sentence refers back to. A sentence opening with a back-reference to one project (该项目,
本项目, 这个项目) speaks of the project the sentence before it named last (…开工建设X“某某”二期项目。该项目总投资N;
其中包含“X年产…项目”。该项目位于…,总投资N): that project's owner, read from its name as a name in the amount's own
sentence would be read (`orgs.zh_investor_from_name`: X; a place or a product opening the name gives none), is the
amount's investor when the sentence names no company of its own. A sentence that opens with a bare total
(总投资为N, 项目总投资N), right after a sentence naming one project (…建材产业园项目也即将开展建设。总投资为100亿元;
X云计算中心开工。项目总投资N), gives that project's total (`referred_total`)."""

from __future__ import annotations

import re

from app.extract.company_zh import without_pinyin
from app.extract.names_zh import government, not_a_name
from app.extract.orgs import mainland_place, zh_investor_from_name

_DETERMINER = r"(?:该|此(?!次|批)|本(?!次|批)|这个|这一)"
# the sentence opens with the reference (a dateline or a connective before it allowed)
_REFERENCE_OPENING = re.compile(
    rf"\s*(?:同时|此外|另外|目前|据悉|据了解|其中)?,?{_DETERMINER}(?:项目|工程)(?!公司|部|组|办)")
# one project's name: a run with no punctuation but quotes, ending with a project word
_NAMED = re.compile(r"[^,。;:!?\n、()]{2,40}?(?:项目|工程|基地|工厂|产业园|工业园)")
# what opens the run before the name: a verb that introduces it, or a quote
_INTRODUCED = re.compile(
    r"^.*(?:开工建设|建设|包含|包括|启动|开工|签约|签署|引进|落户|实施|推进|上马|投产|是|有|为|了)")
_PLURAL = re.compile(r"[\d一二三四五六七八九十两几多]\s*[个项批家]|等|各|这些|一批|重大|重点")
_SENTENCE_END = "。;!?\n"


def _sentence_before(form: str, sent_start: int) -> int:
    """Start of the sentence before the one at `sent_start` (across one paragraph break), or -1."""
    i = sent_start - 1
    while i >= 0 and form[i] in "\n \t\u3000":
        i -= 1
    if i < 1 or sent_start - i > 4:
        return -1
    j = max(form.rfind(c, 0, i) for c in _SENTENCE_END) + 1
    return j if i - j >= 4 else -1


def referred_owner(form: str, text: str, sent_start: int) -> str | None:
    """The owner of the project the sentence at `sent_start` refers back to (该项目…), as the text writes it, or None
    when the sentence opens with no such reference, the sentence before names several projects or none, or the name
    before it names no owner."""
    opening, _ = without_pinyin(form, sent_start, min(len(form), sent_start + 40))
    if not _REFERENCE_OPENING.match(opening):
        return None
    lo = _sentence_before(form, sent_start)
    if lo < 0:
        return None
    plain, where = without_pinyin(form, lo, sent_start)
    last = max(_NAMED.finditer(plain), key=lambda n: n.end(), default=None)
    if last is None:
        return None
    name = last.group()
    cut = _INTRODUCED.match(name)
    start = last.start() + (cut.end() if cut is not None and len(name) - cut.end() >= 4 else 0)
    while start < last.end() and plain[start] in "\"'“”「」『』《》 ":
        start += 1
    name = plain[start : last.end()]
    if _PLURAL.search(name):
        return None  # 开工建设的六个项目: several, not one the reference stands for
    owner = _without_places(re.split(r"[\d\"“”「」]", zh_investor_from_name(name) or "")[0])
    if len(owner) < 2 or government(owner) or not_a_name(owner):
        return None
    return text[where[start] : where[start + len(owner) - 1] + 1]


def _without_places(owner: str) -> str:
    """The owner without the places its project's name goes on with (中芯国际天津西青 → 中芯国际): a capacity or a
    quoted title ends the owner's words, and the places before it are where the project is."""
    for _ in range(3):
        for k in (3, 2):
            if len(owner) - k >= 2 and mainland_place(owner[-k:]):
                owner = owner[:-k]
                break
        else:
            break
    return owner


# a sentence opening with a total and no subject of its own: 总投资为N, 项目总投资N, 计划总投资约N
_BARE_TOTAL = re.compile(r"\s*(?:项目|该项目)?(?:计划|预计)?(?:总投资|投资总额)(?:额)?"
                         r"(?:约为|约|为|达到|达|超过|逾|近|人民币|\s)*$")
# one facility named in the sentence before, at its end: …产业园项目(也)?即将开展建设 / …中心开工
_NAMED_ONE = re.compile(r"[^,。;:!?\n、()]{2,40}?(?:项目|工程|基地|工厂|产业园|工业园|中心|园区)")


def referred_total(form: str, text: str, sent_start: int, m_start: int) -> tuple[int, str | None] | None:
    """(where the evidence starts, the owner read from the project's name or None) when the sentence at `sent_start`
    opens with a bare total of the one project the sentence before names (see the module); None otherwise."""
    opening, _ = without_pinyin(form, sent_start, m_start)
    if not _BARE_TOTAL.fullmatch(opening):
        return None
    lo = _sentence_before(form, sent_start)
    if lo < 0:
        return None
    plain, where = without_pinyin(form, lo, sent_start)
    named = [n for n in _NAMED_ONE.finditer(plain)]
    if not named or _PLURAL.search(plain) or re.search(r"\d", named[-1].group()) and "期" not in named[-1].group():
        return None  # 签约项目3个 / 两个基地: several; a count or a figure in the name is no one project's
    name = named[-1].group()
    cut = _INTRODUCED.match(name)
    start = named[-1].start() + (cut.end() if cut is not None and len(name) - cut.end() >= 4 else 0)
    while start < named[-1].end() and plain[start] in "\"'“”「」『』《》 ":
        start += 1
    owner = _without_places(re.split(r"[\d\"“”「」]", zh_investor_from_name(plain[start : named[-1].end()]) or "")[0])
    if len(owner) < 2 or government(owner) or not_a_name(owner):
        return sent_start, None
    return sent_start, text[where[start] : where[start + len(owner) - 1] + 1]
