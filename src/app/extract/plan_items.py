"""Items of a plan listed with semicolons: the header's plan word governs them (Chinese and English).

A sentence can open on a plan and then list its items, one per semicolon-separated clause (明年会继续扩张,其中A增
N%至M;B增K%至L;C增…; "its businesses will keep expanding next year, including: A up 9%; B up 77.5%"): the kind
is decided per clause (a semicolon ends the sentence the cues are read in), so the items after the first would lose
the plan word that holds them all. Told by structure: the mention's clause opens right after a semicolon; the first
clause of its full sentence (up to 。, !, ?, a full stop or a line break) holds a target cue followed by a list opener
(其中, 包括, 分别, "including", "of which", "among them", or a colon) with no sign of a result after that cue; the
cue's own clause holds no figure (计划投资额达N:, 年计划投资N,其中: and "N projects will be launched, including"
tell their own figure, they announce no plan); and nothing in the item's own clause tells a result (the caller's check).
The item is then a `target`, as the first item is (tests/heldout/README.md, set 20: a company's planned growth by
product line for the next year is a `target` percentage each).
"""

from __future__ import annotations

import re

_OPENER = re.compile(r"其中|包括|分别|:|：|\bincluding\b|\bof\s+which\b|\bamong\s+them\b|\bsuch\s+as\b")
_SEMICOLONS = ";；"
# a figure in the cue's own clause: the cue labels it
_OWN_FIGURE = re.compile(r"[^,，:：;；。!?\n]*?[\d一二三四五六七八九十两百千万]")
_DIGIT = re.compile(r"[\d一二三四五六七八九十两百千万]")


_FULL_STOP = re.compile(r"\.(?=\s|[A-Z])")  # (not a decimal point; "programs.Including": a page without its space)
_CLAUSE_MARKS = ",，:：;；。!?\n"


def _sentence_start(form: str, lo: int) -> int:
    stop = max(form.rfind(c, 0, lo) for c in "。!?\n")
    dot = max((m.start() for m in _FULL_STOP.finditer(form, max(0, stop, lo - 400), lo)), default=-1)
    return max(stop, dot) + 1


def _own_figure(form: str, sentence: int, cue_end: int) -> bool:
    """Whether the clause of the cue ending at cue_end holds a figure (before or after the cue)."""
    opens = max(form.rfind(c, sentence, cue_end) for c in _CLAUSE_MARKS) + 1
    return (_DIGIT.search(form, max(opens, sentence), cue_end) is not None
            or _OWN_FIGURE.match(form, cue_end) is not None)


def listed_under_plan(form: str, lo: int, cue_ends: list[int], actual_at: list[int]) -> bool:
    """Whether the clause starting at `lo` (right after a semicolon) is an item of a list whose header (the first
    clause of the full sentence) holds a target cue, whose ends are `cue_ends`, before a list opener, with no result
    (whose starts are `actual_at`) after the cue (see the module)."""
    if lo <= 0 or form[lo - 1] not in _SEMICOLONS:
        return False
    sentence = _sentence_start(form, lo)
    header_end = min((i for i in (form.find(c, sentence, lo) for c in _SEMICOLONS) if i >= 0), default=-1)
    if header_end < 0:
        return False
    cues = [e for e in cue_ends if sentence <= e <= header_end and not _own_figure(form, sentence, e)]
    if not cues:
        return False
    if _OPENER.search(form, cues[0], header_end) is None:
        return False
    return not any(cues[0] <= a < header_end for a in actual_at)


# a plan word labelling its own amount (年计划投资22亿元, 计划投资N,): a figure of its own right after it, in its clause
_LABELS_ITS_AMOUNT = re.compile(
    r"(?:投资|完成投资|投资额|总投资)?(?:额)?(?:为|达|约|约为|达到)?\s*[\d.]+\s*(?:万亿|亿|万)?(?:元|美元)")


def labels_own_amount(form: str, cue_end: int, at: int) -> bool:
    """Whether the plan word ending at cue_end labels an amount of its own, whose clause ends before `at` (the
    mention) and a list opener stands between (年计划投资22亿元,其中:…项目2个): the plan word is its amount's, it holds
    no goal for the items listed after it (while 年度计划投资N,比上年M,增长K% compares the plan's own figure)."""
    own = _LABELS_ITS_AMOUNT.match(form, cue_end)
    if own is None or own.end() >= at:
        return False
    between = form[own.end() : at]
    return any(c in between for c in ",，:：;；") and _OPENER.search(between) is not None
