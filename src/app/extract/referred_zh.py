"""The project a Chinese sentence refers back to. A sentence opening with a back-reference to one project (该项目,
本项目, 这个项目) speaks of the project the sentence before it named last (…开工建设X“某某”二期项目。该项目总投资N;
其中包含“X年产…项目”。该项目位于…,总投资N): that project's owner, read from its name as a name in the amount's own
sentence would be read (`orgs.zh_investor_from_name`: X; a place or a product opening the name gives none), is the
amount's investor when the sentence names no company of its own."""

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
