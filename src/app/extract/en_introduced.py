"""One facility a sentence introduces as its subject with an indefinite determiner: "A chemicals project, a major
undertaking by X in Y with a total investment of N, started …", "A technical upgrade project worth N is to settle in
…", "One plant, which will be located in X and will cost N, will include …". The amount said of that subject is the
one new project's (tests/heldout/README.md: one project's amount is a `project` fact), whatever plan word stands
before it; its investor is only the company the sentence names as the agent ("by X"), never a company of an earlier
sentence (the facility is new, subject_en.Subject.introduced).

Not one facility: a counted or collective head ("A total of 30 projects", "A number of key projects including a
plant", "A batch of projects"), a plural facility, or a facility word that is no head ("A project-level review").
"""

from __future__ import annotations

import re

from app.extract.en_tied import FACILITY

# words that make the noun phrase a group or a part of one, not one facility
_GROUP_WORD = (r"(?:total|number|batch|series|group|list|set|couple|pair|few|lot|bunch|dozens?|hundreds?|of|including"
               r"|includes|such|among|other|more|several|many|key)\b")
INTRODUCED_NP = re.compile(
    r"(?:An?|One|Another)\s+(?:(?!" + _GROUP_WORD + r")[A-Za-z0-9][\w'’-]*\s+){0,8}?" + FACILITY + r"(?![s\w'’-])"
)


def introduced_facility(form: str, at: int, limit: int) -> int | None:
    """Where the introduced facility's noun phrase ends when the clause at `at` opens on one (before `limit`)."""
    m = INTRODUCED_NP.match(form, at)
    return m.end() if m is not None and m.end() <= limit else None
