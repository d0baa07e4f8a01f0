"""A party's share of a joint venture's capital, told as what it will contribute or own: "X will own at least 51%",
"with X contributing about 51 percent of an initial registered capital of N", "an entity designated by the city will
contribute no more than 25%". tests/heldout/README.md (since set 3): a company's share of a joint venture is a
`project` fact (the share a percentage), the company its investor; a party the text does not name as an organisation
gives none. A stake held ("X holds 34% equity", "the partner will hold a 15 percent stake") is the holder's project
too (en_stakes.held_stake, round 20; sets 5 and 6 annotated such stakes as achieved figures)."""

from __future__ import annotations

import re

from app.extract.candidates import Mention
from app.extract.company_en import name_before_verb
from app.extract.projects import ProjectMatch

_SHARE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>contribut(?:es?|ed|ing)|subscrib(?:es?|ed|ing)(?:\s+for)?|(?:will|would|is\s+to|are\s+to|plans?\s+to"
    r"|is\s+set\s+to)\s+(?:own|hold|take|have|contribute|subscribe(?:\s+for)?))\s+(?:an?\s+)?"
    r"(?:(?:about|around|approximately|nearly|some|roughly|up\s+to|at\s+(?:least|most)|(?:no|not)\s+(?:more|less)\s+than"
    r"|more\s+than|less\s+than|no|not)\s+)?$"
)
# "will hold 85 percent stake": a stake held, an achieved figure like "holds 34% equity" (sets 5 and 6 so annotate)
_STAKE_AFTER = re.compile(r"\s*(?:of\s+the\s+)?(?:equity|stake|shares?\b|interest|ownership)", re.I)
_CAPITAL = re.compile(r"\bregistered\s+capital\b|\bjoint\s+venture\b|\bJV\b|\bjoint\s+company\b", re.I)


def capital_share(form: str, text: str, m: Mention, sent: tuple[int, int]) -> ProjectMatch | None:
    """The percentage `m` as a party's share of a joint venture's capital (see the module), else None."""
    verb = _SHARE_VERB_BEFORE.search(form, max(sent[0], m.start - 40), m.start)
    if verb is None or _STAKE_AFTER.match(form, m.end) or _CAPITAL.search(form, max(0, sent[0] - 300), sent[1]) is None:
        return None
    named = name_before_verb(form, text, sent[0], verb.start())
    return ProjectMatch(named[0] if named else verb.start(), m.end, named[1] if named else None, None, "share")
