"""Amounts that belong to one named project or investor in English ("Jinli … Co., Ltd. … has invested 50 million
yuan", "Guodian … base with an investment of 14 billion yuan"); the Chinese rules are in projects.py."""

from __future__ import annotations

import re

from app.extract.candidates import Mention
from app.extract.company_en import (
    EN_STOP_START,
    allotted_project,
    announced_investment,
    annual_plan,
    cumulative_total,
    en_company_project,
    en_subject,
    name_at,
    name_before_verb,
    not_the_owner,
    opening_company,
    other_spending,
    owner_project,
    period_signings,
    phase_of_project,
    signer_to_invest,
)
from app.extract.company_en import EN_THE_COMPANY as _EN_THE_COMPANY
from app.extract.company_en import IN_PROJECTS_AFTER as _EN_IN_PROJECTS_AFTER
from app.extract.en_named import total_of_project
from app.extract.en_one_facility import into_one_facility, one_facility_total
from app.extract.en_rows import phase_row
from app.extract.index import TailFirst
from app.extract.orgs import EN_DATE_WORD, en_date_words, is_company_name
from app.extract.projects import ProjectMatch

_EN_INVEST_BEFORE = TailFirst(
    r"(?P<subj>\bit|\bthe\s+(?:company|firm|group|enterprise|investor)|\bthey)?\s*"
    r"(?:,\s*)?(?:has|have|had|will|would|plans?\s+to|is\s+to|intends\s+to|agreed\s+to|(?:is|are)\s+set\s+to"
    r"|(?:is|are)\s+going\s+to|decided\s+to|aims?\s+to|hopes?\s+to|expects?\s+to|wants?\s+to|\bto)?\s*"
    r"(?:also\s+|already\s+|jointly\s+)?(?:pledged\s+to\s+|committed\s+to\s+)?",
    r"(?:invest(?:ed|s|ing)?|put|puts|poured|injected|spend|spent|spends|spending|pour|pours)\s+"
    r"(?:a\s+total\s+of\s+|an?\s+(?:additional\s+|further\s+|extra\s+|fresh\s+)?|another\s+|additional\s+"
    r"|further\s+)?(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|nearly\s+|roughly\s+|some\s+"
    r"|approximately\s+)?$",
    re.I,
)
# "a battery plant by X Co., Ltd. will receive an investment of", "…, operated by X Co Ltd, involves an
# investment of": the organisation named in the clause before the verb
_EN_WITH_INVESTMENT = re.compile(
    r"\b(?:with|has|had)\s+(?:a\s+(?:total\s+)?|an\s+)?(?:total\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+$",
                                 re.I)
_EN_RECEIVES_BEFORE = re.compile(
    r"\b(?:will\s+|would\s+)?(?:receive[sd]?|receiving|involves?|involving|involved|requires?|required)\s+"
    r"(?:a\s+(?:total\s+)?|an\s+)?(?:total\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+$",
    re.I,
)
_EN_APPOSITIVE_SUBJECT = re.compile(
    r"(?:^|(?<=[.,;:]\s)|(?<=\bwhile\s)|(?<=\band\s))(?P<org>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}),\s+"
    r"(?:the|a|an)\s+[^,;.]{3,60}?\b(?:maker|producer|company|firm|group|giant|manufacturer|developer|operator"
    r"|supplier|provider|conglomerate|retailer|carmaker|automaker|bank),?\s*$"
)
# the descriptor first, the name in commas after it: "Chinese private shipbuilder, Norvale Yards, is to invest …"
_EN_DESCRIBED_APPOSITIVE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:[\w-]+\s+){0,5}?(?:maker|producer|company|firm|group|giant|manufacturer|developer"
    r"|operator|supplier|provider|conglomerate|retailer|carmaker|automaker|bank|shipbuilder|miner|builder),\s+"
    r"(?P<org>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4}),?\s*$"
)
# "Changan Automobile said it would invest …", also in the perfect ("… has said that it will spend …")
_EN_SAID_BEFORE = re.compile(
    r"(?P<org>\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,4})(?:,\s+(?:the|a|an)\s+[^,;.]{3,60},)?"
    r"\s+(?:(?:has|have|had)\s+)?(?:said|says|announced|announces|confirmed|stated)"
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier\s+this\s+\w+|earlier|recently))?\s+(?:that\s+)?$"
)
# "the 5-billion-yuan Yangpu container hub, invested by X Co., Ltd"
_EN_BY_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,5}?(?:project|plant|factory|base|facility|hub|park|cent(?:er|re)|complex|port|terminal)"
    r"\b\s*,?\s*(?:invested|built|developed|funded|backed|operated|owned)\s+by\s+",
    re.I,
)
# "…industry park project, a total investment of 1.1 billion yuan, was invested by X Co. Ltd."
_EN_PASSIVE_BY_AFTER = re.compile(
    r"\s*(?:yuan|dollars)?\s*,?\s*(?:was|is|will\s+be|has\s+been|had\s+been)\s+(?:jointly\s+)?"
    r"(?:invested|built|developed|funded|financed|contributed|subscribed|injected)\s+by\s+(?:the\s+)?",
    re.I,
)
_EN_ONE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)  # the article of one project: "a 5-billion-yuan plant"
_EN_PROJECT_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:project|plant|factory|base|facility|expansion|upgrade|hub|complex|park)\b", re.I
)
_EN_NAMED_PROJECT = re.compile(
    r"(?P<name>\b[A-Z][\w'-]*(?:\s+[\w'.,&-]+){0,10}?\s+(?:project|base|park|plant|factory|facility|cent(?:er|re)"
    r"|complex|mine|station|production\s+line|hub))(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?,?\s+(?:(?:with|of|worth)\s+(?:an?\s+)?(?:total\s+)?"
    r"(?:planned\s+)?(?:investment\s+(?:of\s+)?)?|(?:total\s+)?investment\s+(?:of\s+|is\s+)?)$"
)
# "the tourism complex project in Yizhou district, which has an investment of", "… Market Project in Donglan
# county, with a total investment of": one project, named but with no owner in the name
_EN_PLACED_PROJECT = re.compile(
    r"(?<!')\b(?:the|a|an)\s+(?P<name>(?:[\w'-]+\s+){0,8}?(?:[Pp]roject|[Pp]ark|[Bb]ase"
    r"|[Pp]lant|[Ff]actory|[Cc]omplex|[Cc]ent(?:er|re)|[Ff]acility|[Cc]ity|[Tt]own|[Hh]ub))"
    r"(?:\s+in\s+(?:[A-Z][\w'-]*\s+){1,3}(?:autonomous\s+)?(?:county|district|city|town|zone|province|village|area))?"
    r",\s+(?:which\s+(?:has|had|involves|involved|will\s+have)|with)\s+(?:an?\s+)?(?:total\s+)?(?:planned\s+)?"
    r"investment\s+(?:of|totall?ing|amounting\s+to)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$"
)
# a list of single projects: "including the construction of a solid waste treatment project with a total
# investment of 650 million yuan, and a bamboo materials project with a total investment of …"
_EN_LISTED_PROJECT = re.compile(
    r"(?:[,;:]\s+|\b(?:and|including|includes|include|such\s+as)\s+)(?:the\s+|an?\s+)?(?!and\s)"
    r"(?P<name>(?:[\w'.-]+\s+){0,8}?(?:[Pp]roject|[Pp]ark|[Bb]ase|[Pp]lant|[Ff]actory|[Cc]omplex|[Cc]ent(?:er|re)"
    r"|[Ff]acility|[Hh]ub|[Ss]chool|[Cc]ampus|[Hh]ospital|[Ss]tation|[Ll]ine))"
    r"(?:\s+of\s+(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}))?\s+with\s+(?:an?\s+)?(?:total\s+)?"
    r"(?:planned\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|RMB\s+)?$"
)
# "China Energy Engineering Group signed contracts worth …"
_EN_SIGNED_WORTH = re.compile(
    r"\b(?:signed|inked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|contracts?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:worth|valued\s+at)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
# "Chico Group … announced a new investment of", "Tongwei Co. announced plans to invest"
_EN_ANNOUNCED_INVESTMENT = re.compile(
    r"\b(?:announced|unveiled|made|disclosed|revealed)\s+(?:(?:an?\s+|its\s+)?plans?\s+to\s+(?:invest|spend)"
    r"|(?<=announced\s)to\s+(?:invest|spend)"
    r"|an?\s+(?:new\s+|joint\s+|further\s+)?investment\s+(?:of|totall?ing|amounting\s+to))\s+$",
    re.I,
)
_EN_AND_OTHERS = re.compile(r"\band\s+other\b")
# a place's head word: "the park of Siliang River Basin" names a place, not the owner
_EN_PLACE_HEAD = re.compile(r"\b(?:River|Basin|Lake|Mountains?|Province|City|County|District|Zone|Area|Region|Town"
                            r"|Village|Island|Bay|Valley)\b")
_THE_PROJECT_ATTRACTS = (
    r"(?:(?:^|(?<=\n)|(?<=[.;]\s))The"
    # "X estimates the project will require …": what the company says of its project
    r"|(?<=\s)(?:estimates|estimated|expects|expected|says|said)\s+(?:that\s+)?the)"
    r"\s+(?:project|deal|plant|base|facility|factory)\b[^.;]{0,100}?\b(?:will\s+)?"
    r"(?:attract|attracts|attracting|involve|involves|receive|receives|require|requires)\s+(?:an?\s+)?(?:total\s+)?"
    r"investment\s+(?:of|totall?ing|amounting\s+to)\s+"
)
_EN_THE_PROJECT_ATTRACTS = re.compile(_THE_PROJECT_ATTRACTS + "$")
_EN_THE_PROJECT_ATTRACTS_EARLIER = re.compile(_THE_PROJECT_ATTRACTS)
_EN_PART_ATTRACTING = re.compile(r"\battracting\s+$")  # "…, with the coal part of the deal attracting …"
_EN_SUFFIX_ONLY = re.compile(r"(?:Co|Ltd|Inc|Corp|Limited|LLC|PLC|Plc|Group)\.?")



def _first_in_its_sentence(form: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Of organisations named before, the first one in the sentence that names the last one."""
    last = spans[-1]
    stop = max(form.rfind(". ", 0, last[0]), form.rfind("\n", 0, last[0]))
    while stop > 0 and form[stop] == "." and any(o[0] < stop < o[1] for o in spans):
        stop = max(form.rfind(". ", 0, stop), form.rfind("\n", 0, stop))  # "Nexa Co. is …": a name's dot
    return next(o for o in spans if o[0] > stop)


def en_project(
    form: str, text: str, m: Mention, sent_start: int, orgs: list[tuple[int, int]]
) -> ProjectMatch | None:
    row = m.hints.get("table")
    if row:  # a cell of a unit-headed table (en_table_unit): a row's total is the filer's, a later cell a part
        line_start = form.rfind("\n", 0, m.start) + 1
        if row == "part":
            return ProjectMatch(line_start, m.end, None, None, "part")
        if row == "total":
            return ProjectMatch(line_start, m.end, text[orgs[0][0] : orgs[0][1]].rstrip(". ,") if orgs else None,
                                None)
        return None
    if _EN_IN_PROJECTS_AFTER.match(form, m.end) or m.hints.get("aggregate"):
        return None  # "X invested over 7 billion yuan in 11 projects": a total over many projects (en.py: a listed
        # group's total)
    if other_spending(form, m.end):
        return None  # "X will spend 2 billion yuan on research and development": not a project
    line_start = form.rfind("\n", 0, m.start) + 1
    if phase_row(form, line_start, m.start):  # "Phase 1 | N | …": that phase's investment, a part of one project
        return ProjectMatch(line_start, m.end, None, None, "part")
    left_start = max(sent_start, m.start - 160)
    left = form[left_start : m.start]
    found = en_company_project(form, text, m.start, sent_start, orgs,
                               lambda verb_start: en_subject(form, text, sent_start, verb_start))
    if found is not None:
        return ProjectMatch(found[0], m.end, found[1], None)
    allotted = allotted_project(form, text, m.start, m.end, sent_start, orgs)
    if allotted is not None:  # "• N will fund an air-conditioner project": a part of a company's investment
        return ProjectMatch(allotted[0], m.end, None, allotted[1])
    owned = owner_project(form, text, m.start, m.end, sent_start)
    if owned is not None:
        return ProjectMatch(owned[0], m.end, owned[1], None)
    im = _EN_INVEST_BEFORE.search(left)
    if im and annual_plan(form, left_start + im.start()):
        im = None  # "X plans to invest N this year": an annual plan (a target), not one project
    if im and cumulative_total(im.group(), form, m.end):
        return None  # "Feldmark has invested a total of 1.2 billion US dollars in Suzhou": its total over the years
    if im:
        verb_start = left_start + im.start()
        right_before = None if im.group("subj") or im.group().lstrip().startswith(",") else name_before_verb(
            form, text, sent_start, verb_start)  # "Geely, which owns Volvo, plans to": not Volvo
        if right_before is not None and not _EN_SUFFIX_ONLY.fullmatch(right_before[1]) \
                and not any(o[0] < right_before[0] < o[1] for o in orgs):
            return ProjectMatch(right_before[0], m.end, right_before[1], None)
        in_sentence = [o for o in orgs if left_start <= o[0] and o[1] <= verb_start]
        if in_sentence:  # "Mengtai Group will invest …", "X Co., Ltd. signed an agreement to invest …"
            o = in_sentence[-1]
            if _EN_AND_OTHERS.search(form, o[1], verb_start):
                return None  # "X Corp, Y Group Co Ltd and other SOEs will invest …": an aggregate
            return ProjectMatch(o[0], m.end, text[o[0] : o[1]].rstrip(". "), None)
        appos = (_EN_APPOSITIVE_SUBJECT.search(form, left_start, verb_start)
                 or _EN_DESCRIBED_APPOSITIVE.search(form, left_start, verb_start))
        if appos is not None and not EN_STOP_START.match(appos.group("org")):
            # "Gree Electric Appliances, the Zhuhai-based air conditioner maker, pledged to spend …"
            return ProjectMatch(appos.start("org"), m.end, text[appos.start("org") : appos.end("org")], None)
        opener = en_subject(form, text, sent_start, verb_start)
        if opener is not None:  # "Haili Wind Power will invest $428 million"
            return ProjectMatch(opener[0], m.end, opener[2], None)
        signing = signer_to_invest(form, text, sent_start, verb_start + len(im.group()) - len(im.group().lstrip()))
        if signing is not None:  # "Nexa and the city of X signed an agreement on Friday to invest …"
            return ProjectMatch(signing[0], m.end, signing[1], None)
        referred = _EN_THE_COMPANY.search(form, sent_start, verb_start)
        if im.group("subj") or referred is not None:  # "… Co., Ltd. chose the zone. It has invested …"
            said = (_EN_SAID_BEFORE.search(form, left_start, left_start + im.start("subj")) if im.group("subj")
                    else None)
            if (said is not None and not EN_STOP_START.match(said.group("org"))
                    and is_company_name(said.group("org"))):
                return ProjectMatch(said.start("org"), m.end, text[said.start("org") : said.end("org")], None)
            earlier = [o for o in orgs if o[1] <= verb_start and verb_start - o[1] < 700]
            if earlier:  # the subject of the sentence naming it last: "CATL, formally known as … Co. Ltd., has …"
                o = _first_in_its_sentence(form, earlier)
                return ProjectMatch(verb_start, m.end, text[o[0] : o[1]].rstrip(". "), None)
    if phase_of_project(form, m.end):
        return ProjectMatch(m.start, m.end, None, None)  # "… invest N in the first phase": one project's part
    an = _EN_ANNOUNCED_INVESTMENT.search(left)
    announced = left_start + an.start() if an else announced_investment(form, left_start, m.start, m.end)
    if announced is not None:
        verb_start = announced
        named = [o for o in orgs if sent_start <= o[0] and o[1] <= verb_start]
        announcer = ((named[0][0], named[0][1], text[named[0][0] : named[0][1]].rstrip(". ,")) if named
                     else en_subject(form, text, sent_start, verb_start))
        if announcer is not None:  # "Chico Group, a … manufacturer …, announced a new investment of"
            return ProjectMatch(announcer[0], m.end, announcer[2], None)
    pa = _EN_THE_PROJECT_ATTRACTS.search(form, left_start, m.start)
    if pa is None and _EN_PART_ATTRACTING.search(left):
        pa = _EN_THE_PROJECT_ATTRACTS_EARLIER.search(form, sent_start, m.start)  # a part of the project it opened
    if pa:  # "The project, involving …, will attract investment of …": the one organisation named before invests
        verb_start = pa.start()
        earlier_names = {text[o[0] : o[1]].rstrip(". ,") for o in orgs
                         if o[1] <= verb_start and verb_start - o[1] < 700}
        return ProjectMatch(verb_start, m.end, earlier_names.pop() if len(earlier_names) == 1 else None, None)
    rb = _EN_RECEIVES_BEFORE.search(left)
    if rb:
        verb_start = left_start + rb.start()
        near = [o for o in orgs if left_start <= o[0] and o[1] <= verb_start
                and not re.search(r"\bprojects\b", form[o[1] : verb_start], re.I)]
        if near:
            o = near[-1]
            return ProjectMatch(o[0], m.end, text[o[0] : o[1]].rstrip(". ,"), None)
    sw = _EN_SIGNED_WORTH.search(left)
    if sw and not re.search(r"\bprojects\b", sw.group(), re.I) and not period_signings(
            form, sent_start, m.start, m.end):  # "… signed deals worth N in the first half": achieved
        verb_start = left_start + sw.start()
        signer = [o for o in orgs if sent_start <= o[0] and o[1] <= verb_start and verb_start - o[1] <= 2]
        if signer:  # the organisation right before "signed" is the subject
            o = signer[-1]
            return ProjectMatch(o[0], m.end, text[o[0] : o[1]].rstrip(". ,"), None)
    wi = _EN_WITH_INVESTMENT.search(left)
    if wi:  # "Trina Solar Co., Ltd. signed an agreement to build a … plant … with an investment of": the subject
        verb_start = left_start + wi.start()
        subject = [o for o in orgs if sent_start <= o[0] <= sent_start + 12 and o[1] <= verb_start
                   and not re.search(r"\b(?:projects|deals|agreements|contracts)\b", form[o[1] : verb_start], re.I)]
        if subject:
            o = subject[0]
            return ProjectMatch(o[0], m.end, text[o[0] : o[1]].rstrip(". ,"), None)
    by = _EN_BY_AFTER.match(form, m.end) or _EN_PASSIVE_BY_AFTER.match(form, m.end)
    if by:
        after = [o for o in orgs if by.end() <= o[0] <= by.end() + 2]
        if after:
            o = after[0]
            return ProjectMatch(m.start, o[1], text[o[0] : o[1]].rstrip(". ,"), None)
        party = name_at(form, text, by.end()) if by.re is _EN_PASSIVE_BY_AFTER else None
        if party is not None:  # "USD 300 million is invested by Tallow Electric, accounting for 50% of …": a party's
            return ProjectMatch(m.start, party[0] + len(party[1]), party[1], None)
    pa = _EN_PROJECT_AFTER.match(form, m.end)
    if pa:  # "X Group signed a 5-billion-yuan project"
        in_sentence = [o for o in orgs if left_start <= o[0] and o[1] <= m.start]
        if in_sentence:
            o = in_sentence[-1]
            return ProjectMatch(o[0], pa.end(), text[o[0] : o[1]].rstrip(". "), None)
        if _EN_ONE_BEFORE.search(left) and not re.search(r"\bprojects\b", pa.group(), re.I):
            first = opening_company(form, text, sent_start)  # "Norvik signed a deal to build a 5-billion-yuan plant"
            return ProjectMatch(m.start, pa.end(), first[1] if first else None, None)  # "a … project from Guian"
    nm = _EN_NAMED_PROJECT.search(left)
    placed = _EN_PLACED_PROJECT.search(left)
    listed = None if placed else _EN_LISTED_PROJECT.search(left)
    nm_plural = nm is not None and re.search(r"\bprojects\b", nm.group("name")) is not None
    if (listed and (nm is None or nm_plural)
            and not re.search(r"\bprojects\b|^\d|\s\d", listed.group("name"), re.I)):
        s = left_start + listed.start("name")
        of_owner = None  # "the aluminium project of Chalco with an investment of N": the company named after "of"
        of_org = listed.group("org")
        if of_org and is_company_name(of_org) and not _EN_PLACE_HEAD.search(of_org):
            of_owner = text[left_start + listed.start("org") : left_start + listed.end("org")]
        return ProjectMatch(s, m.end, of_owner, text[s : left_start + listed.end("name")])
    if placed and not (nm and nm.start("name") < placed.start("name")):
        s = left_start + placed.start("name")
        return ProjectMatch(s, m.end, None, text[s : left_start + placed.end("name")])
    if nm:
        name = nm.group("name")
        if re.search(r"\bprojects\b", name):
            return None
        name_start = left_start + nm.start("name")
        inside = [o for o in orgs if name_start <= o[0] and o[1] <= left_start + nm.end("name")]
        if inside:  # "Jingjin New Materials Co., Ltd. high-end steel project with investment of …"
            o = inside[-1]
            return ProjectMatch(o[0], m.end, text[o[0] : o[1]].rstrip(". ,"),
                                text[name_start : left_start + nm.end("name")])
        # the named part: the last run of capitalised words ("Work began on the Guodian Hongnijing …"),
        # without a leading article or pronoun ("The Guodian …"); none at all: not a named project
        runs: list[tuple[int, str]] = []
        for run in re.finditer(r"(?:(?<=\s)|^)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", name):
            if en_date_words(run.group()) or (EN_STOP_START.match(run.group())
                                               and EN_DATE_WORD.fullmatch(run.group().split()[-1])):
                runs = []  # "on Thursday", "BEIJING, May 9": a date, not an owner, and no owner before it
                continue
            stop = EN_STOP_START.match(run.group())
            offset = stop.end() if stop else 0
            rest = run.group()[offset:].lstrip()
            if rest and not _EN_SUFFIX_ONLY.fullmatch(rest):  # "Ltd" of a name cut before: no owner
                runs.append((run.start() + len(run.group()) - len(rest), rest))
        if not runs:
            return None
        owner = re.search(r"(?:^|\s)(?P<o>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})'s\s", name)
        if owner is not None:  # "ExxonMobil's Huizhou chemical complex": the owner invests
            s = left_start + nm.start("name") + owner.start("o")
            return ProjectMatch(s, m.end, text[s : s + len(owner.group("o"))], text[s : left_start + nm.end("name")])
        run_start, run_text = runs[-1]
        based = re.match(r"[A-Z][\w-]*-based\s+(?=[A-Z])", run_text)
        if based:
            run_start, run_text = run_start + based.end(), run_text[based.end() :]
        s = left_start + nm.start("name") + run_start
        investor = None if not_the_owner(form, text, sent_start, s) else text[s : s + len(run_text)]  # "state of X"
        return ProjectMatch(s, m.end, investor, text[s : left_start + nm.end("name")])
    total = total_of_project(form, sent_start, m.start)
    if total is not None:  # "TOTAL INVESTMENT X PROJECT AMOUNTS TO N", "Total investment for project of X is N"
        return ProjectMatch(total, m.end, None, None)
    one = one_facility_total(form, sent_start, m.start)
    if one is None:
        one = into_one_facility(form, sent_start, (m.start, m.end))  # "invest about N to this project"
    if one is not None:  # "the … factory has a total area of … with a total investment of N": the one facility's
        return ProjectMatch(one, m.end, None, None)
    return None
