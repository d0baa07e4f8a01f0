"""A factory counted as a company sets it up, builds it or plans it (在甲国设立1间新厂, 正在施建一家5000名工人的成衣厂,
计划开设一家1万工人的新成衣厂).

Factories set up or being built are counted (an indicator; one still planned a target, as the plan word before it
says), even one of them: the verb of setting up or building right before the count says a factory is added, unlike
the plants a company has (公司有三个工厂). The workforce written between the classifier and the factory (N名工人的)
describes the factory and is not its name.
"""

from __future__ import annotations

import re

# the verb right before the count: setting up, opening, building
_SET_UP_BEFORE = re.compile(r"(?:设立|开设|建立|兴建|新建|施建|投建|筹建|建设|建成|开办|新设|增设|在建)了?$")
# after the classifier: what describes the factory (its workforce, its size), then the factory itself
_FACTORY_AFTER = re.compile(
    r"(?:\d+(?:\.\d+)?[万千]?(?:名|个)?(?:工人|员工|人)(?:规模)?的)?"
    r"(?P<noun>[^\d,.。;:!?、\s()\"']{0,6}?(?:工厂|(?<![药])厂))(?![房区长商家])")
_CLASSIFIERS = ("间", "家", "个", "座")


def factory_counted(form: str, start: int, end: int, cl: str | None) -> tuple[int, int] | None:
    """The factory noun counted by the count at form[start:end] (its classifier last), when a verb of setting up or
    building stands right before the count."""
    if cl not in _CLASSIFIERS or _SET_UP_BEFORE.search(form, max(0, start - 4), start) is None:
        return None
    m = _FACTORY_AFTER.match(form, end)
    return m.span("noun") if m is not None else None
