"""Chinese: the company an article states invests in a named project, anywhere in the article.

A project is often named after a brand (益海嘉里…基地项目) that belongs to a group, and the article says in
another sentence who invests in it: "P(项目)由(descriptor)Y投资(建设)". The rules first give the brand opening
the project's name as the investor; the statement is the text's own answer, so the investor of a project fact
whose investor is the brand opening P becomes Y, as written (README set 14: "when the text says which parent
group invests in a project that another of its companies signed for, the investor is the group the text names
as investing").

Only one agent (no 与/和/及/、: joint projects are the venture's), only a P ending in a facility word (a
company "X公司由Y投资" is ownership, not a project), and only a Y that is not the brand itself. Built once per
article (only when 由 is in it).
"""

from __future__ import annotations

import re

from app.domain.schema import FactDraft, Kind
from app.extract.textprep import match_form

# P由(…)Y(联合|独资)?投资: P from the clause's start, Y a single party up to the verb
_STATED = re.compile(
    r"(?:^|(?<=[,。;!?\n:“”\"、]))\s*(?:该|这个|这一)?"
    r"(?P<p>[^,。;!?\n:“”\"、由]{2,40}?(?:项目|基地|产业园|工业园|园区|工厂|厂|中心|工程|电站))[”\"]?\s*"
    r"(?:是|系)?由(?P<y>[^,。;!?\n由与和及、]{2,30}?)(?:独资|全资)?(?:投资|出资)"
)
# a descriptor before the company's name: 世界500强企业(——)Y, 全球领先的…企业Y
_DESCRIPTOR = re.compile(r".*(?:企业|--|—|:)\s*")  # (the matching form writes —— as --)
_NOT_COMPANY = re.compile(r"政府|管委会|财政|国资委|^(?:我|本|该|当地|市|县|区|省)")


def stated_agents(form: str, text: str) -> list[tuple[str, str]]:
    """(P in the matching form, Y as written) for each "P由Y投资" statement of the article."""
    if "由" not in form:
        return []
    found: list[tuple[str, str]] = []
    for m in _STATED.finditer(form):
        y_lo, y_hi = m.start("y"), m.end("y")
        lead = _DESCRIPTOR.match(form, y_lo, y_hi)
        if lead is not None and lead.end() < y_hi - 1:
            y_lo = lead.end()
        y = form[y_lo:y_hi]
        if len(y) < 2 or _NOT_COMPANY.search(y):
            continue
        found.append((m.group("p").strip(), " ".join(text[y_lo:y_hi].split())))
    return found


def restate_investors(form: str, text: str, drafts: list[FactDraft]) -> None:
    """Give the stated agent Y to each project fact whose investor is the brand opening a project P the article
    says Y invests in (the brand is P's first words and Y does not begin with it)."""
    agents = None
    for d in drafts:
        brand = d.fields.get("investor") if d.kind == Kind.PROJECT else None
        if not brand:
            continue
        if agents is None:
            agents = stated_agents(form, text)
            if not agents:
                return
        b = match_form(brand.strip())
        for p, y in agents:
            if len(b) >= 2 and p.startswith(b) and len(p) > len(b) and not match_form(y).startswith(b):
                d.fields["investor"] = y
                break
