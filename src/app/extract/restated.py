"""A count restated in other words: "161 investment projects signed" (headline) and "The 161 projects involve …"
(body), "3 key projects" and "three projects". The same number of the same thing, where one statement's noun
says no more than the other's (its words are among the other's), is one fact stated twice.

Only English nouns are compared, and only words that rank or describe the same projects ("key", "major",
"investment") may be left out: "signed projects" and "projects", "the remaining four projects" and "four
projects" count different groups. Items of a list are never restatements.
"""

from __future__ import annotations

import re

from app.extract.candidates import Mention

_WORD = re.compile(r"[a-z][a-z-]*")
_FILLER = frozenset({"the", "these", "those", "a", "an", "of"})
# what a restatement may leave out: words that rank or describe the same projects, not another group of them
_GENERIC = frozenset({"investment", "key", "major", "important", "big", "large", "construction"})
MIN_VALUE = 3  # a count of one or two is too often a different thing of the same kind
# what a count counts, by its noun (and a Chinese count's classifier: 家 counts firms)
_FIRM_WORDS = re.compile(r"企业|公司|集团|央企|国企|外企|厂商|厂家|500强|enterprise|compan|firm|corporation")
_PROJECT_WORDS = re.compile(r"项目|工程|project")


def noun_words(m: Mention) -> frozenset[str]:
    """The words of a count's English noun and its "of …" qualifier, lower-cased, without filler words."""
    text = f"{m.noun or ''} {m.hints.get('of', '')}".lower()
    return frozenset(w for w in _WORD.findall(text) if w not in _FILLER)


def restates(first: Mention, later: Mention) -> bool:
    """Whether `later` states the count `first` stated, in fewer or the same words ("两个项目的推进…" after
    "A、B两个项目": the group named once, then referred to by its count and noun)."""
    if ("reference" in later.hints and first.family == later.family == "count" and first.value == later.value
            and not {"item", "another"} & first.hints.keys()):
        return True  # "Among the 903 projects, …" names again the group counted before
    if ("appositive" in first.hints and "of" not in later.hints and first.family == later.family == "count"
            and first.value == later.value and first.noun == later.noun):
        return True
    if (first.family != "count" or later.family != "count" or first.value != later.value
            or later.value < MIN_VALUE or {"item", "another"} & (first.hints.keys() | later.hints.keys())):
        return False
    a, b = noun_words(first), noun_words(later)
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return small <= large and large - small <= _GENERIC


def counted(m: Mention) -> str | None:
    """What a count counts: "firms" or "projects" (by the last of its noun's words that says so, or the classifier
    家), None when nothing says."""
    noun = (m.noun or "").lower()
    firm = max((f.end() for f in _FIRM_WORDS.finditer(noun)), default=-1)
    project = max((p.end() for p in _PROJECT_WORDS.finditer(noun)), default=-1)
    if firm < 0 and project < 0:
        return "firms" if m.value_text.rstrip().endswith("家") else None
    return "firms" if firm > project else "projects"  # the noun's head, its last word (企业签署合作项目: projects)


def different_things(first: Mention, later: Mention) -> bool:
    """Two equal counts that count different things (签约项目11个 and 签约的11家企业): never one fact restated. A count
    that refers back (与3家企业签约 … 此次签约的3个项目) names the group counted before, whatever its noun."""
    if first.family != "count" or later.family != "count" or "reference" in later.hints:
        return False
    a, b = counted(first), counted(later)
    return a is not None and b is not None and a != b
