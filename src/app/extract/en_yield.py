"""What a project is to yield, told of an amount by the predicate between its measure and it: "the annual sales income
can reach N", "its annual tax will exceed N", "the company aims to reach a production capacity of N", and, in a
sentence that opens on the project's completion ("After reaching full capacity, … the annual output value is about
N"), a present estimate. Such an amount is a target (tests/heldout/README.md: a project's expected yield), never the
project's investment, whoever the sentence is about. An achieved measure ("annual sales reached N", "the city's output
value is about N" with no completion told) stays what it was."""

from __future__ import annotations

import re

_MEASURE = (r"(?:sales\s+(?:income|revenues?)|sales|revenues?|income|output(?:\s+value)?|tax(?:es|\s+revenues?"
            r"|\s+payments?|\s+contributions?)?|profits?|(?:production\s+)?capacity)")
# the facility the measure is of, between it and its predicate: "the annual output value of the new plant will be N"
_OF_FACILITY = (r"(?:\s+(?:of|from|at)\s+(?:the|this|its|that)\s+(?:[\w-]+\s+){0,3}?(?:project|plant|factory|base|park"
                r"|facility|line|phase|hub|complex))?")
_APPROX = r"(?:(?:about|around|approximately|roughly|nearly|some)\s+)?"
# a modal or future predicate: what the measure can, will or is expected to reach
_MODAL_YIELD = re.compile(
    r"\b" + _MEASURE + _OF_FACILITY + r"\s+(?:(?:can|could|will|would|may|might"
    r"|is\s+(?:expected|estimated|projected)\s+to|are\s+(?:expected|estimated|projected)\s+to)\s+(?:reach|be|exceed|top|hit|achieve|surpass|total|amount\s+to)"
    r"(?:\s+up\s+to)?)\s+" + _APPROX + r"$"
    # a company's aim: "aims to reach a production capacity of N", "plans to achieve annual sales of N"; what a
    # project can or would bring: "the plant would bring in annual revenue of N", "can generate sales of N"
    r"|\b(?:(?:aims?|aiming|plans?|planning|strives?|expects?|hopes?|wants?|intends?)\s+to\s+(?:reach|achieve|hit|attain)"
    r"|(?:can|could|will|would|may|might|(?:is|are)\s+(?:expected|estimated|projected)\s+to)\s+(?:bring(?:\s+in)?"
    r"|generate|achieve|reali[sz]e|create|produce|yield|add|contribute|deliver))\s+"
    r"(?:an?\s+|its\s+)?(?:annual\s+|yearly\s+|additional\s+|new\s+)?(?:[\w-]+\s+)?" + _MEASURE + r"\s+of\s+" + _APPROX
    + r"$"
)
# a present estimate: "the annual output value is about N", told only where the sentence opens on the completion
_PRESENT_YIELD = re.compile(r"\b" + _MEASURE + _OF_FACILITY + r"\s+(?:is|are)\s+" + _APPROX + r"$")
_COMPLETION_OPENS = re.compile(
    r"(?:after|upon|once|when)\s+(?:reaching\s+(?:the\s+|its\s+|full\s+|designed\s+)*(?:production\s+)?capacity"
    r"|(?:the\s+|its\s+)?completion(?!\s+of\s+\d)|(?:it|the\s+project|the\s+plant|the\s+base)\s+(?:is|reaches)\b"
    r"|being\s+(?:completed|put)|(?:fully\s+)?completed|put\s+into\s+(?:production|operation))[^.;\n]{0,80}?,"
)
_SENTENCE_OPENS = re.compile(r"\s*(?:[-•*]\s*)?")  # (the blank and the bullet after the stop)
_CUE = re.compile("sales|revenue|income|output|tax|profit|capacity")  # (a cheap test first)


def project_yield(low: str, start: int) -> bool:
    """The amount starting at `start` of the lower-cased form is a project's expected yield (see the module)."""
    lo = max(0, start - 90)
    if _CUE.search(low, lo, start) is None:
        return False
    if _MODAL_YIELD.search(low, lo, start) is not None:
        return True
    if _PRESENT_YIELD.search(low, lo, start) is None:
        return False
    opens = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start))
    opens = 0 if opens < 0 else opens + 1
    if start - opens > 300:
        return False
    head = _SENTENCE_OPENS.match(low, opens)
    return _COMPLETION_OPENS.match(low, head.end() if head is not None else opens) is not None
