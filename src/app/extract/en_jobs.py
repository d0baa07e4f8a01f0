"""English jobs a project will create written as people it will employ: "will employ 170 people", "more than 5,000
people will be employed", "to provide jobs for 800 local residents" — a count of jobs (a `target`, like "N new jobs"),
never the workforce a company already has ("the group employs 3,000 people" is not counted)."""

from __future__ import annotations

import re
from decimal import Decimal

from app.domain.schema import Comparator, Unit
from app.extract.candidates import Mention

# what may stand between a number and "jobs" for the jobs to be a project's ("N new jobs", "N indirect jobs"; "N
# service sector jobs" are a sector's)
JOB_MODS = frozenset({"new", "direct", "indirect", "induced", "local", "permanent", "full-time", "temporary",
                      "construction", "additional", "more", "high-paying", "well-paying", "skilled"})
# a salary as a rate of the jobs: "an average annual salary of", "a minimum salary of", "a starting monthly wage of"
_JOBS_SALARY = re.compile(r"\b(?:average|minimum|starting|median|mean|base)\s+(?:(?:annual|yearly|monthly|hourly)\s+)?"
                          r"(?:salary|salaries|wages?|pay)\s+(?:of\s+)?$")


def jobs_salary(low: str, start: int) -> bool:
    """The amount at start is the salary of jobs ("an average annual salary of N", "a minimum salary of N"): a rate,
    an indicator even where the jobs are still to come (tests/heldout/README.md, set 14)."""
    return _JOBS_SALARY.search(low, max(0, start - 40), start) is not None


# (local people, Vietnamese workers)
_PEOPLE = r"(?:local\s+|[A-Z][a-z]+\s+)?(?:people|workers|employees|staff|residents|villagers|persons)\b"
_PEOPLE_AFTER = re.compile(r"\s+(?:(?:new|more|additional|full-time|skilled)\s+)?" + _PEOPLE, re.I)
# the future predicate after the people: "5,000 people will be employed", "300 workers are expected to be hired"
_EMPLOYED_AFTER = re.compile(
    r"\s+(?:will|would|could|are\s+(?:expected|set|projected)\s+to|is\s+expected\s+to)\s+be\s+"
    r"(?:directly\s+|indirectly\s+|newly\s+)?(?:employed|hired|recruited)\b",
    re.I,
)
# the future verb before the number (the comparator, if any, stands between): "will employ", "is expected to hire",
# "to provide jobs for", "create employment for"; a present "employs" is a workforce, not jobs created
_EMPLOY_BEFORE = re.compile(
    r"\b(?:(?:will|would|could|to|shall|and)\s+(?:eventually\s+|directly\s+|also\s+)?"
    r"(?:employ|hire|recruit|(?:create|provide|generate|offer)\s+(?:new\s+|direct\s+)?(?:(?:employment|job)\s+"
    r"opportunities|jobs|employment|work)\s+(?:for|to))"
    # "…, creating jobs for around 16,000 workers": what a project does, as it is told
    r"|(?:creating|providing|generating|offering)\s+(?:new\s+|direct\s+)?(?:(?:employment|job)\s+opportunities|jobs"
    r"|employment)\s+(?:for|to))"
    r"\s+(?:some\s+|about\s+|around\s+|approximately\s+|up\s+to\s+|nearly\s+|roughly\s+|over\s+"
    r"|more\s+than\s+)?$",
    re.I,
)


def employed(form: str, start: int, num_start: int, num_end: int, value: Decimal) -> Mention | None:
    """The number at num_start (its comparator opening at start) counts people a project will employ: a count of
    jobs, marked as a future figure."""
    people = _PEOPLE_AFTER.match(form, num_end)
    if people is None:
        return None
    if _EMPLOYED_AFTER.match(form, people.end()) is None and (
            _EMPLOY_BEFORE.search(form, max(0, start - 60), start) is None):
        return None
    mention = Mention(num_start, people.end(), num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.EQ, "count", noun="jobs", noun_start=people.start() + 1, noun_end=people.end())
    mention.hints["future"] = "1"
    return mention


# jobs already created or on a payroll: "the plant created 400 jobs last year", "has added 900 new jobs", "the
# 300 jobs it provides"; without such a verb, jobs a project creates are expected ones (a `target`)
_PAST_BEFORE = re.compile(
    r"\b(?:created|generated|added|provided|provides|offered|offers|supported|supports|brought|has|have|had"
    r"|lost|cut|shed|kept|retained|employs|employed|existing|current|currently)\s+(?:some\s+|about\s+|around\s+|"
    r"nearly\s+|over\s+|more\s+than\s+|a\s+total\s+of\s+)?$",
    re.I,
)


def jobs_expected(form: str, start: int) -> bool:
    """A count of jobs at start (its comparator included) is jobs a project is expected to create: no past or
    present verb of jobs held stands right before it."""
    return _PAST_BEFORE.search(form, max(0, start - 40), start) is None


# "the 1,000-job expansion plans", "a 500-job plant": the jobs a plan or a facility brings, written as its modifier
_JOB_COMPOUND = re.compile(
    r"-jobs?\s+(?:[\w-]+\s+){0,2}?(?:plans?|expansion|project|investment|facility|plant|factory|campus|commitment"
    r"|pledge|deal)\b",
    re.I,
)


def job_compound(form: str, num_start: int, num_end: int, value: Decimal) -> Mention | None:
    """A count of jobs written as the modifier of a plan or a facility ("1,000-job plans"): jobs still to come."""
    compound = _JOB_COMPOUND.match(form, num_end)
    if compound is None:
        return None
    noun_start = num_end + 1
    mention = Mention(num_start, num_end + 4, num_start, num_end, value, Unit.COUNT, form[num_start:num_end],
                      Comparator.EQ, "count", noun="jobs", noun_start=noun_start, noun_end=noun_start + 3)
    mention.hints["future"] = "1"
    return mention
