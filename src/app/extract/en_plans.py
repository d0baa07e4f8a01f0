"""English figures a plan states by the shape of their clause: an amount or a count opening its clause as the
subject of a future predicate ("• 5 billion yuan will be invested in roads", "20 projects will resume", "… of which
N is scheduled to be spent this year") is a plan's figure, a target (a company's allotted sum is read as its project
first, company_en.allotted_project)."""

from __future__ import annotations

import re

FUTURE = r"\s+(?:will|would|(?:are|is)\s+(?:(?:expected|scheduled|set|due|slated|planned)\s+)?to)\s+(?!have\b)"
FUTURE_PREDICATE = re.compile(FUTURE)
_AMOUNT_OPENS = re.compile(r"(?:^|[\n:;]|[.!?]\s|,\s)\s*(?:[-•*]\s*|\d{1,2}[.)]\s+)?"
                           r"(?:(?:and|another|of\s+(?:which|this|that)|among\s+(?:which|them))\s+)?$")
_AMOUNT_FUTURE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?" + FUTURE)  # (after its conversion, if any)


def planned_amount(low: str, start: int, end: int) -> bool:
    """The amount at [start, end) of the lower-cased form opens its clause and a future predicate follows it."""
    return (_AMOUNT_FUTURE_AFTER.match(low, end) is not None
            and _AMOUNT_OPENS.search(low, max(0, start - 14), start) is not None)


# what a project yields once built, the cue after the amount: "an annual output value of N after completion", "annual
# sales of N once it is put into production", "N upon reaching full capacity" (never "after the completion of 40
# projects", done work)
_ONCE_BUILT_AFTER = re.compile(
    r"[^.;,\n]{0,40}?\b(?:after|upon|on|once|when|following)\s+(?:its\s+|the\s+)?(?:completion\b(?!\s+of\s+\d)"
    r"|(?:it\s+is\s+|they\s+are\s+|being\s+)?(?:completed|finished|fully\s+operational|put\s+into\s+(?:full\s+)?"
    r"(?:production|operation|use)|reaching\s+(?:its\s+)?(?:full\s+|designed\s+)?(?:production|capacity|output)))"
)
_ACHIEVED_BEFORE = re.compile(  # (or an investment: what is spent, not what is yielded)
    r"\b(?:reached|was|were|has|had|have|hit|recorded|totall?ed|achieved|reali[sz]ed|rose|grew|fell|invest\w*)\b"
    r"[^.;\n]{0,60}$"
)


def yield_once_built(low: str, start: int, end: int) -> bool:
    """The amount at [start, end) is what a project will yield once built, the completion named after it, with no
    achieved result (nor an investment) told before it in its sentence."""
    return (_ONCE_BUILT_AFTER.match(low, end) is not None
            and _ACHIEVED_BEFORE.search(low, max(0, start - 60), start) is None)


_BULLET_OPENS = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·▪]|\d{1,2}[.)])[ \t]*$")


def bullet_item(low: str, start: int) -> bool:
    """The amount at start opens a bulleted or numbered line: that item's own figure ("• N will go to schools", "•
    N will go to hospitals" are two), never a restatement of an equal one in another item."""
    return _BULLET_OPENS.search(low, max(0, start - 12), start) is not None


# a goal word that a percentage is of: "reached 74% of its annual target", "completed 60 percent of the yearly plan"
_RATE_OF_GOAL = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+of\s+(?:its|the|their|this\s+year's|the\s+year's)\s+"
                           r"(?:(?:annual|yearly|full-year|whole-year)\s+)?$")


def goal_of_rate(low: str, cue_start: int) -> bool:
    """The goal word at `cue_start` is what a completion rate before it is of (a progress report, like 完成全年计划N%):
    it sets no goal for the figures after it in its sentence ("… 74% of its annual target for new orders, with 38
    vessels worth N": N is achieved)."""
    return _RATE_OF_GOAL.search(low, max(0, cue_start - 50), cue_start) is not None
