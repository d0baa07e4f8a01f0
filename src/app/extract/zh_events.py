"""What happened to the things a Chinese count counts: signed, started, completed, under negotiation.

Two equal counts of projects in one article are one fact stated twice only when they count the same group:
"签约项目21个" in the lead and "签署合作项目21个" further on (both signed) are one, while "签约18个产业项目" and
"竣工项目达18个" (signed, completed) or "产业项目达13个" (among those signed) and "等13个…项目也正式开工" (started)
are two groups that happen to be equal. The event is read from the clause of the count (its own words first:
the noun, then the verbs of the clause); a clause naming two different events names none.
"""

from __future__ import annotations

import re

from app.extract.candidates import Mention

# each event's words; 开复工 is started, 签约 signed, 投产/竣工 completed, 在谈/洽谈 being negotiated
_EVENT_WORDS = re.compile(r"开复工|复工|开工|动工|签约|签署|签订|竣工|投产|建成|在谈|洽谈")
_EVENT_OF = {"开复工": "start", "复工": "start", "开工": "start", "动工": "start", "签约": "sign", "签署": "sign",
             "签订": "sign", "竣工": "done", "投产": "done", "建成": "done", "在谈": "talk", "洽谈": "talk"}
_CLAUSE_END = "。;!?\n"
_REACH = 60  # characters either side of the count looked at


def event(form: str, m: Mention) -> str | None:
    """The event the count's clause names ("sign", "start", "done", "talk"), None when it names none or two."""
    if m.noun:
        own = {_EVENT_OF[w] for w in _EVENT_WORDS.findall(m.noun)}
        if len(own) == 1:
            return own.pop()
    lo, hi = max(0, m.start - _REACH), min(len(form), m.end + _REACH)
    lo = max([lo] + [form.rfind(c, lo, m.start) + 1 for c in _CLAUSE_END])
    ends = [at for c in _CLAUSE_END if (at := form.find(c, m.end, hi)) >= 0]
    found = {_EVENT_OF[w] for w in _EVENT_WORDS.findall(form, lo, min(ends) if ends else hi)}
    return found.pop() if len(found) == 1 else None


def same_group(form: str, first: Mention, later: Mention) -> bool:
    """Whether two equal counts may count one group: not when their clauses name different events."""
    a, b = event(form, first), event(form, later)
    return a is None or b is None or a == b
