"""What the words around an English amount say about it, read from the text alone (no article's subjects):
what it is spent on ("N yuan to build a battery plant"), a plan to invest it in a few projects, a list item that is
one project, a share of equity held. subject_en.py decides with these whose amount it is."""

from __future__ import annotations

import re

# (a share "of the Russian market" is a market share, no equity held)
_EQUITY_AFTER = re.compile(r"\s*(?:of\s+the\s+)?(?:equity|stake|shares?\b(?!\s+(?:of|in)\s+(?:the\s+|its\s+)?"
                           r"(?:[\w'’-]+\s+){0,3}?markets?\b)|interest|ownership)")
_EQUITY_BEFORE = re.compile(r"\b(?:holds?|holding|held|with|owns?|owning|acquire\w*|takes?|taking|ha(?:s|ve|d|ving)"
                            r"|retain\w*|keeps?|kept|buys?|bought|purchas\w+|gets?|got|obtain\w*)\s+(?:an?\s+)?$")
_OWNED_AFTER = re.compile(r"\s*-?\s*owned\s+by\b")  # "the venture will be 80 percent owned by X": a share held

_BUILT_AFTER = re.compile(
    r"\s*(?:yuan|dollars)?\s*(?:\([^()\n]{1,40}\))?(?:\s+of\s+its\s+own\s+(?:capital|funds))?\s+to\s+(?:build|construct"
    r"|set\s+up|establish|develop|acquire|expand)\s+(?:an?\s+|the\s+|its\s+)?(?P<p>[^,;.()\n]{3,90}?)"
    r"(?=\s+(?:in|at|with|along|for|which|that|to|by)\b|\s*[,;.(]|\s*$)"
)


def built_after(form: str, text: str, amount_end: int) -> str | None:
    """What the amount is spent on, written after it: "… N yuan to build a 10GWh battery plant in X"."""
    m = _BUILT_AFTER.match(form, amount_end)
    return text[m.start("p") : m.end("p")] if m is not None else None

# a plan to invest in a few projects named together: "X plans to invest a total of N in two new battery projects"
_FEW_PROJECTS_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:in|into|on|for)\s+(?:two|three|four|five|[2-5])\s+(?:new\s+)?(?:[\w-]+\s+){0,2}"
    r"projects\b"
)
_PLANNED_INVESTMENT = re.compile(
    r"\b(?:will|would|shall|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|is\s+(?:set\s+|going\s+)?to|are\s+to"
    r"|expects?\s+to|agreed\s+to|decided\s+to)\s+(?:\w+\s+){0,2}?(?:invest|spend|put|pour|inject)\b[^.;\d]{0,30}$"
)


def company_plans_few_projects(form: str, low: str, sent_start: int, amount: tuple[int, int]) -> bool:
    """A plan to invest N in a few projects announced together: the company's project (with the company as investor
    when the company is the subject); a place's plan or a company's past total over its projects is no project."""
    return (_FEW_PROJECTS_AFTER.match(form, amount[1]) is not None
            and _PLANNED_INVESTMENT.search(low, max(sent_start, amount[0] - 80), amount[0]) is not None)

_ITEM_MARK = re.compile(r"[:;]")
_ONE_ITEM = re.compile(r"\s*(?:and\s+)?(?:an?|one)\s+(?!(?:total|batch|group|number|series|list|set)\b)[^,;:()]{3,160}?"
                       r"\b(?:with|has|had|of)\s+(?:an?\s+)?(?:total\s+|planned\s+|estimated\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+"
                       r"(?:about\s+|around\s+|nearly\s+|some\s+)?$")


def listed_project(form: str, amount_start: int) -> int | None:
    """Where the list item holding the amount starts, when the item is one project ("a … project with a total
    investment of N") in a list opened by a colon and divided by semicolons; None otherwise."""
    lo = max(0, amount_start - 200)  # a semicolon may end the segment's sentence: look past it, not past a full stop
    lo = max(lo, form.rfind(". ", lo, amount_start) + 1, form.rfind("\n", lo, amount_start) + 1)
    marks = [m.end() for m in _ITEM_MARK.finditer(form, lo, amount_start)]
    if not marks or _ONE_ITEM.fullmatch(form, marks[-1], amount_start) is None:
        return None
    return marks[-1] + len(form[marks[-1] : amount_start]) - len(form[marks[-1] : amount_start].lstrip())

def equity_share(form: str, num_start: int, end: int) -> bool:
    """"holding 34% equity", "with a 20% stake", "will have a 51% stake", "80 percent owned by X": a share held, never
    a target; the pipeline reads it as an achieved figure only when en_stakes.held_stake finds no holding in it."""
    return _OWNED_AFTER.match(form, end) is not None or (
        _EQUITY_AFTER.match(form, end) is not None
        and _EQUITY_BEFORE.search(form, max(0, num_start - 20), num_start) is not None)
