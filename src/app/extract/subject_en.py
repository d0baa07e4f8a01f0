"""Who an English sentence is about and what an amount in it is tied to: one company's investment in one project
decided from the sentence's structure, not from lists of phrasings (issue 14).

1. The subject: the clause's subject right before the amount ("…, of which Nexa subscribed for N", "… and it plans
   to increase capital by N"), a "that"-clause's subject ("the filing shows that the first phase … has an
   investment of N"), or the sentence's subject after a dateline and opening adverbials ("Recently, Nexa …",
   "Chinese battery maker Nexa Co (300001.SZ) will …"). A subject is a *company* (a company name, a learned
   organisation, "it", "the company", "the battery maker", "the company's …"), a *project* (a definite singular
   facility, phase, joint venture, subsidiary or its investment / registered capital: "The investment in this
   project", "the registered capital of the joint venture", "With an investment of N, the plant will …") or a
   *place* (a place name, "the city", "the government").
2. What the amount is tied to: an aggregate (revenue, output, tax, profit, market value, a year's or a field's
   total, money raised, many projects) or one project (an investment, a cost, capital, a subscription, an
   acquisition, a build).
3. A company subject with an amount tied to one project is that company's `project` whatever the tense or plan
   word; a project subject is a `project` whose investor is the passive agent ("by X"), else nobody in a joint
   venture's context, else the company the text last named as its subject; a place subject decides nothing (the
   plan cues keep a government's plan a target and a city's total an indicator).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from app.extract.en_amount_shapes import company_plans_few_projects, listed_project
from app.extract.en_antecedent import subject_antecedent
from app.extract.en_company_names import AND_NAMED as _AND_NAMED
from app.extract.en_company_names import NAME as _NAME
from app.extract.en_company_names import NAME_ALONE as _NAME_ALONE
from app.extract.en_company_names import OFFICER as _OFFICER
from app.extract.en_company_names import OFFICER_OF as _OFFICER_OF
from app.extract.en_company_names import SUFFIX as _SUFFIX
from app.extract.en_company_names import VERB as _VERB
from app.extract.en_company_names import clean_name as _clean
from app.extract.en_company_names import company_like as _company_like
from app.extract.en_company_names import named_company as _named_company
from app.extract.en_company_names import names_place as _names_place
from app.extract.en_company_names import place_like as _place_like
from app.extract.en_introduced import introduced_facility
from app.extract.en_joint_total import joint_total, summed_projects
from app.extract.en_named import named_facility, other_name
from app.extract.en_tied import FACILITY as _FACILITY
from app.extract.en_tied import tied_to_one_project
from app.extract.index import FirstSkip
from app.extract.textprep import word_positions

_COMPANY_NOUN = (r"(?:company|firm|group|maker|manufacturer|producer|supplier|recycler|developer|giant|carmaker"
                 r"|automaker|enterprise|investor|listed\s+company|unit|subsidiary|parent)")

# a pasted page's date line ("date 2021-06-23"), a dateline ("SHENYANG, March 20 (Xinhua) --", "June 29 (Reuters) -",
# "BEIJING :", "PVTIME –"), a brief's "* Says" (its subject the company the brief is about) and opening adverbials up
# to their comma ("Recently,", "At the same time,", "According to the amended agreement,")
_DATELINE = re.compile(
    r"[ \t]*(?:date\s+\d{4}-\d\d(?:-\d\d)?\s+)?(?:[-•*]\s+)?(?:(?:[A-Z][A-Za-z .]{1,30}?,?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\([A-Z][\w ]{1,20}\)(?:\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*[-–—:]+\s*|[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[-–—:]+\s*"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:--|—|–)\s+"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?:\s+(?=[A-Z]))?(?:Says\s+(?:that\s+)?)?"  # a place's label: "Uzbekistan: X …"
)
_OPENERS = [
    "At", "In", "On", "Under", "After", "Before", "According", "First", "Firstly", "Second", "Secondly", "Third",
    "Finally", "Recently", "Meanwhile", "Moreover", "Furthermore", "However", "Also", "Specifically", "Besides",
    "Separately", "Additionally", "Currently", "Earlier", "Later", "Last", "Then", "Previously", "Similarly",
    "Likewise", "By", "As", "For", "Following", "During", "Since", "Yesterday", "Today", "Now", "Overall", "All",
    "Next", "Thus", "Therefore", "Instead", "Initially", "Subsequently", "Once", "Upon", "Within", "Through", "Over",
    "Of", "To", "Among", "Indeed", "Notably",
]
_ADVERBIAL = re.compile(
    r"(?:(?:" + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in _OPENERS)
    + r"|Indeed|[A-Z][a-z]{3,}ly(?=,)"  # a sentence adverb: "Indeed, X …", "Notably, X …"
    + r"|[Ww]ith\s+(?!(?:an?|its)\s+(?:[\w-]+\s+)?(?:investment|cost|budget)))\b[^,;.\n]{0,80}?,"
    r"(?:\s+(?:19|20)\d\d,)?\s+)*"  # (a date's year after its comma: "In late May, 2019, X acquired …")
)
_WITH_INVESTMENT_LEAD = re.compile(
    r"With\s+(?:an?|its)\s+(?:total\s+|planned\s+|estimated\s+)?(?:investment|cost|budget)\b[^;\n]{0,120}?,\s+"
)
_PRONOUN = re.compile(r"(?:it|they|It|They)\s+(?!(?:is|was|has\s+been|had\s+been)\s+(?:\w+ed|said|known|likely|possible"
                      r"|understood|clear|reported|estimated|expected)\s+(?:that|to)\b)" + _VERB)
_COMPANY_NP = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?" + _COMPANY_NOUN
                         + r"(?:['’]s\b|,|\s+" + _VERB + ")")
_PROJECT_NP = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w'’-]+\s+){0,8}?(?:(?:the|this|its|that)\s+(?:[\w'’-]+\s+){0,4}?)?"
    + _FACILITY + r"(?!s)\b"
)
# (a sentence may open with "Total investment is N" without its determiner)
_INVESTMENT_NP = re.compile(
    r"(?:(?:[Tt]he|[Tt]his|[Ii]ts)\s+|(?=Total\s))(?:(?:[Tt]otal|estimated|planned|corresponding|overall)\s+)*"
    r"(?:investment|registered\s+capital|capital|cost|budget)\b(?!\s+(?:in|of|into)\s+(?:fixed\s+assets|the\s+(?:city|province|county|region"
    r"|district|country|sector|field|industry)))"
)
# an ordinal standing for the noun named before it: "The plant will be built in two phases. The first will have …"
_ONE_BEFORE = re.compile(r"\b(?:joint\s+venture|" + _FACILITY + r")(?!s)\b", re.I)
_ELIDED_NP = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?:first|second|third|fourth|fifth|latter|former)\s+(?:one\s+)?" + _VERB)
_STAGES = re.compile(r"\b(?:phases|stages|" + _FACILITY + r"s?)\b")  # what an ordinal may stand for
# several companies together: "The two companies will jointly invest N to build a plant" (a joint venture's total)
_PARTIES_NP = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:(?:two|three|four|five|several)\s+)?(?:companies|firms|parties|sides"
                         r"|partners|shareholders)\b")
_ONE_FACILITY_AFTER = re.compile(
    r"\s*(?:yuan|dollars)?\s*(?:\([^()\n]{1,40}\))?\s+(?:to\s+(?:build|construct|set\s+up|establish|develop)|in|into|on)"
    r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?" + _FACILITY + r"(?!s)\b"
)
_PLACE_NP = re.compile(
    r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+){0,3}?(?:city|province|county|district|government|municipality|zone"
    r"|region|country|state|town|authorities|ministry|commission|bureau|committee|companies|enterprises"
    r"|projects)\b"
)
_JOINTLY_WITH = re.compile(r"[^,;.]{2,120}?\sand\s[^,;.]{2,80}?\s(?:(?:will|would|plan\s+to|plans\s+to|have|has|had"
                           r"|agreed\s+to|are\s+to)\s+)?jointly\b")
# a company named as the source of a sentence or as a place's partner in a deal: the company "it" and "the project"
# of the next sentences belong to
_SOURCE_OR_PARTNER = re.compile(
    r"\bAccording\s+to\s+|\b(?:chairman|chairwoman|president|CEO|chief\s+executive|general\s+manager|founder"
    r"|spokes(?:man|woman|person))\s+of\s+|\b(?:signed|inked|reached|sealed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:deal|agreement|contract"
    r"|pact|memorandum)s?\s+with\s+"
)
_WE = re.compile(r"[\"“]?\s*(?:We|we)\s+" + _VERB)
_QUOTE_CLOSE = re.compile(r"[\"”]")
# the company written before its officer's title: '…," Nexa chairman Li Wei said', '…," a Nexa spokesman told reporters'
_OFFICER_AFTER_NAME = re.compile(r"(?<![\w'’])(?P<n>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})(?:['’]s)?\s+" + _OFFICER
                                 + r"\b")
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_POSSESSIVE_NAMED = re.compile(r"(?P<n>" + _NAME + r")(?:['’]s|(?<=s)['’])\s")  # "Nexa's", "Hanwei Textiles'"
_ANOTHER_ITEM = re.compile(r"\band\s+(?:an?|the|another|its)\s")  # "X's base (N) and a logistics park (M)": not X's
# "X's new battery plant", "X's Hefei unit"
_OWNED_FACILITY = re.compile(r"(?:[\w-]+\s+){0,5}?(?:" + _FACILITY + r"|plans?|unit|arm|division)\b")
# where a clause with a subject of its own opens before the amount: "…, and the city will provide N", "…; it plans
# to increase capital by N", "…, of which Nexa subscribed for N"
# "the site of the new tile plant of Nexa Ceramics in X", "the supporting projects of Nexa": the company owning a
# facility the sentence names, the owner of "the project" the next sentence gives an amount for
_FACILITY_OF = re.compile(r"\b(?:projects?|plants?|factory|factories|bases?|facilit(?:y|ies)|park)\s+of\s+(?=[A-Z])")
# an official's title right before a name: the name is a person's ("Governor Mark Ellison", "Party Secretary Li Wen")
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:[Mm]ayor|[Gg]overnor|[Gg]ov\.|[Ss]ecretary|[Mm]inister|[Mm]agistrate|[Pp]remier|[Ss]enator|[Cc]ommissioner"
    r"|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Hh]ead|CEO|[Ss]pokes(?:man|woman|person)|Mr\.|Ms\.|Mrs\.|Dr\.)\s+"
    r"(?:[A-Z][a-z]+\s+){0,2}$")
_CLAUSE_OPEN = re.compile(
    r"(?:;\s+|,\s+(?:and|but|while|whereas)\s+|\s(?:and|but|while|whereas)\s+(?=it\s|they\s|[A-Z])"
    r"|\bof\s+which\s+|\bthat\s+(?=it\s|they\s)|,\s+with\s+(?=[A-Z])"
    # a subordinate clause with its own subject: "X's shares rose after the battery maker set out plans to invest N"
    r"|\s(?:after|when|because|since|once|before|until)\s+(?=the\s|it\s|they\s|[A-Z])"
    # an infinitive with its own subject: "A and the city signed an agreement, for the company to invest N"
    r"|,\s+for\s+(?=(?:the|this|its)\s+(?:[\w-]+\s+)?(?:company|firm|group)\s+to\s|it\s+to\s|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+to\s))"
)
# the three scans over a whole article (ArticleSubjects.mentions) by their first characters (index.FirstSkip: the same
# matches; the regex engine skips to those characters, where it tries each of these patterns at every position: 2-2.5x
# faster; tests/extract/test_fast_scans.py)
# what \s matches (written out: reading all of Unicode for it took 0.12 s at every import; tests/extract/
# test_fast_scans.py checks the list)
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SOURCE_OR_PARTNER_SCAN = FirstSkip(_SOURCE_OR_PARTNER, set("AcCpgfsir"))
_FACILITY_OF_SCAN = FirstSkip(_FACILITY_OF, set("pfb"))
_CLAUSE_OPEN_SCAN = FirstSkip(_CLAUSE_OPEN, set(";,ot" + SPACES))
_THAT = re.compile(r"\b(?:said|says|shows|showed|show|announced|stated|noted|disclosed|revealed|indicated|indicates"
                   r"|added|confirmed|explained|estimated|estimates|expects|reported|reports)\b(?:[^,;.]{0,60}?\bthat\s+"
                   r"|\s+(?=(?:it|they|the\s+(?:[\w-]+\s+)?(?:company|firm|group|maker|manufacturer))\s))")  # no "that"

# the amount's own noun phrase names one project: "the capital of the joint venture to N", "the investment total of
# the project is N", "the investment in this project is estimated at N"
_OF_ONE_PROJECT = re.compile(
    r"\b(?:investment|capital|cost|budget)\b[^,;.]{0,40}?\b(?:of|in|for)\s+(?:the|this|its|that)\s+(?:[\w-]+\s+){0,3}?"
    + _FACILITY + r"(?!s)\b[^,;.]{0,40}$"
)
_MODIFIES_FACILITY = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?" + _FACILITY + r"(?!s)\b", re.I)
# "The acquisition will cost Nexa 1.2 billion yuan": the company the project costs pays for it
_COST_AGENT = re.compile(r"\bcosts?\s+(?P<n>" + _NAME + r")" + _SUFFIX
                         + r"\s+(?:(?:another|an\s+additional|about|around|nearly|some|roughly)\s+)*$")
_FUND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?fund\b", re.I)  # "… will jointly set up a N yuan industrial fund"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|this)\s+$", re.I)  # "Construction of the N yuan project …"
_JOINT = re.compile(r"\b(?:joint\s+venture|three\s+parties|two\s+parties|all\s+parties|the\s+parties|jointly)\b")
_BY_AGENT = re.compile(r"\b(?:by|with\s+the\s+investment\s+of|(?:investment|funding)\s+from)\s+(?P<n>" + _NAME + r")"
                       + _SUFFIX)


@dataclass
class Subject:
    """What a sentence or clause is about: a company (with its name), a project, or a place."""

    what: str  # "company" | "project" | "parties" (several companies together) | "place"
    name: str | None = None
    start: int = 0
    referred: bool = False  # "it", "the company": the name is written in an earlier sentence
    introduced: bool = False  # "a 2-billion-yuan plant …": a new facility, owned only by whom the sentence names


@dataclass
class ArticleSubjects:
    """The companies an English article names as subjects, in order, for "it" and "the company"."""

    form: str
    text: str
    orgs: list[tuple[int, int]]
    sentence_starts: list[int]
    learned_in_text: Callable[[], tuple[str, ...]] = tuple  # the learned names the text writes, found when asked
    _mentions: list[tuple[int, str]] | None = field(default=None, repr=False)
    _opening: set[int] = field(default_factory=set, repr=False)  # the mentions that open a sentence (or are orgs)
    _learned: tuple[str, ...] | None = field(default=None, repr=False)
    _people: dict[str, bool] = field(default_factory=dict, repr=False)  # a person's name? (names asked, cached)

    @property
    def learned(self) -> tuple[str, ...]:
        if self._learned is None:
            self._learned = self.learned_in_text()
        return self._learned

    def mentions(self) -> list[tuple[int, str]]:
        """(start, name) of every company the text names: organisations with a suffix, the names the article
        introduces, learned names, and companies opening a sentence or a clause as its subject."""
        if self._mentions is None:
            found = {s: _clean(self.text[s:e]) for s, e in self.orgs}
            for name in self.learned:
                for at in word_positions(self.form, name):
                    found.setdefault(at, name)
            for start in self.sentence_starts:
                lead = _lead_end(self.form, start)
                named = _named_company(self.form, self.text, lead, self.learned)
                owner = _POSSESSIVE_NAMED.match(self.form, lead) if named is None else None
                if owner is not None and _company_like(owner.group("n"), self.learned):
                    named = lead, _clean(self.text[lead : owner.end("n")])  # "Nexa's board approved …"
                if named is not None:
                    found.setdefault(named[0], named[1])
            # "According to X, …", "The city signed a deal with X"
            for m in _SOURCE_OR_PARTNER_SCAN.finditer(self.form):
                named = _named_company(self.form, self.text, m.end(), self.learned, _NAME_ALONE)
                if named is not None:
                    found.setdefault(named[0], named[1])
            self._opening = set(found)
            for m in _FACILITY_OF_SCAN.finditer(self.form):  # "the supporting projects of Nexa Liquor in X"
                named = _named_company(self.form, self.text, m.end(), self.learned, _NAME_ALONE)
                if named is not None and not _names_place(named[1]):
                    found.setdefault(named[0], named[1])
            for m in _CLAUSE_OPEN_SCAN.finditer(self.form):  # "…, when Nexa invested in building a plant": a clause's
                named = _named_company(self.form, self.text, m.end(), self.learned)  # own subject
                if named is not None:
                    found.setdefault(named[0], named[1])
            self._mentions = sorted(found.items())
        return self._mentions

    def person(self, name: str) -> bool:
        """A name the article writes after an official's title ("Party Secretary Li Wen", "Mayor Ann Reyes"): a
        person, never the company of a project the sentences after describe."""
        known = self._people.get(name)
        if known is None:
            known, at = _OFFICIAL_BEFORE.search(name + " ") is not None, self.form.find(name)  # ("Mayor Ann Reyes")
            for _ in range(4):  # its first few occurrences
                if at < 0 or known:
                    break
                known = _OFFICIAL_BEFORE.search(self.form, max(0, at - 40), at) is not None
                at = self.form.find(name, at + len(name))
            self._people[name] = known
        return known

    def company_before(self, pos: int) -> str | None:
        """The company last named before `pos`, else the one the article names most (never a person's name)."""
        before = [(start, name) for start, name in self.mentions() if start < pos]
        while before and self.person(before[-1][1]):
            before.pop()
        if before:  # (the subject of the sentence that named the company last only as a preposition's object)
            lead = self.sentence_starts[max(bisect_right(self.sentence_starts, before[-1][0]) - 1, 0)]
            subject = subject_antecedent(self.form, self.sentence_starts, before, _lead_end(self.form, lead))
            return self._fullest(subject or before[-1][1])
        names = [name for start, name in self.mentions()  # a clause's subject after
                 if start in self._opening and not self.person(name)]
        # `pos` is a party of its own sentence ("…, of which X subscribed for N"), not the article's company
        return self._fullest(max(names, key=names.count)) if names else None

    def _fullest(self, name: str) -> str:
        """The fullest name the article gives the company `name` names: "Jinko Power" is the "JinkoSolar Power"
        the article named before, "Nexa Power" the "Nexa Solar Power" (a name written inside it stays as it is)."""
        fuller = [other for _, other in self.mentions() if len(other) > len(name) and name not in other
                  and shortened(name, other)]
        return max(fuller, key=len) if fuller else name

    def is_learned(self, name: str | None) -> bool:
        """A learned organisation's name: learning decides its amounts (and says so in the fact's origin)."""
        return name is not None and name in self.learned


def shortened(short: str, full: str) -> bool:
    """`short` is `full` written shorter: each word a word's beginning, in order, first and last words kept
    ("Jinko Power" of "JinkoSolar Power", "Nexa Power" of "Nexa Solar Power"; not "Nexa Mining" of "Nexa Power")."""
    a, b = short.lower().split(), full.lower().split()
    if not a or len(a) > len(b) or not b[0].startswith(a[0]) or a[-1] != b[-1] or len(a[0]) < 3:
        return False
    rest = iter(b[1:-1])
    return all(any(word.startswith(w) for word in rest) for w in a[1:-1])


def _lead_end(form: str, pos: int) -> int:
    """Where the subject of the sentence starting at `pos` begins: after its dateline and opening adverbials."""
    pos = _DATELINE.match(form, pos).end()  # type: ignore[union-attr]  # matches the empty string at worst
    return _ADVERBIAL.match(form, pos).end()  # type: ignore[union-attr]


def subject_at(about: ArticleSubjects, at: int, limit: int) -> Subject | None:
    """The subject written at `at` (a sentence's or a clause's start), if it ends before `limit`."""
    form, text = about.form, about.text
    lead = _WITH_INVESTMENT_LEAD.match(form, at, limit + 200)
    if lead is not None:  # "With a total investment of N, the project will …": the subject after the comma
        behind = subject_at(about, lead.end(), lead.end() + 200)
        return behind if behind is not None and behind.what != "place" else None
    we = _WE.match(form, at)
    if we is not None:  # '"We will invest N in the plant," said Li Wei, chairman of Nexa': the speaker's company
        speaker = _speaker_company(about, we.end()) or _reporting_officer(about, at)
        return Subject("company", speaker, at) if speaker is not None else None
    pronoun = _PRONOUN.match(form, at)
    if pronoun or ((company := _COMPANY_NP.match(form, at)) is not None and company.start() < limit):
        referent = about.company_before(at)  # "it" with no company named before: not a company; "the firm" is one
        return Subject("company", referent, at, referred=True) if referent or not pronoun else None
    for learned in about.learned:
        end = at + len(learned)
        if form.startswith(learned, at) and not form[end : end + 1].isalnum() and form[end : end + 1] not in ("'", "’"):
            return Subject("company", learned, at)
    named = _named_company(form, text, at, about.learned) or _named_company(form, text, at, about.learned, _AND_NAMED)
    if named is not None and named[0] < limit and not _JOINTLY_WITH.match(form, at, limit):
        return Subject("company", named[1], named[0])
    owner = _POSSESSIVE_NAMED.match(form, at)
    if owner is not None and owner.end() < limit and _company_like(owner.group("n"), about.learned) \
            and _OWNED_FACILITY.match(form, owner.end()) and not _ANOTHER_ITEM.search(form, owner.end(), limit):
        return Subject("company", _clean(text[at : owner.end("n")]), at)
    if _PARTIES_NP.match(form, at) or (_JOINTLY_WITH.match(form, at, limit) and named is not None):
        return Subject("parties", None, at)  # "The two companies will …", "Nexa and the city of X will jointly …"
    place = _PLACE_NP.match(form, at)
    if place is not None:
        return Subject("place", None, at)
    headless = _INVESTMENT_NP.match(form, at)
    if headless is not None and form.startswith("Total", at) and not _ONE_BEFORE.search(form, max(0, at - 300), at):
        headless = None  # "Total investment was N in the period": only after a sentence about one facility or venture
    project = headless or _PROJECT_NP.match(form, at) or (
        _ELIDED_NP.match(form, at) if _STAGES.search(form, max(0, at - 200), at) else None)
    if project is not None and project.end() <= limit:
        return Subject("project", None, at)
    if introduced_facility(form, at, limit) is not None:  # "A … project, … with a total investment of N": a new one
        return Subject("project", None, at, introduced=True)
    run = re.match(_NAME, form[at:limit])
    if run is not None and _place_like(run.group()):
        return Subject("place", None, at)
    return None


def _speaker_company(about: ArticleSubjects, inside: int) -> str | None:
    """The company whose officer speaks the quotation holding `inside`: '…," said Li Wei, chairman of Nexa.'"""
    form = about.form
    close = _QUOTE_CLOSE.search(form, inside, inside + 400)
    if close is None:
        return None
    stop = _SENTENCE_STOP.search(form, close.end(), close.end() + 160)
    end = stop.start() if stop is not None else close.end() + 160
    officer = _OFFICER_OF.search(form, close.end(), end)
    if officer is not None:
        named = _named_company(form, about.text, officer.end(), about.learned, _NAME_ALONE)
        return named[1] if named is not None else None
    before = _OFFICER_AFTER_NAME.search(form, close.end(), end)
    if before is None or not _company_like(before.group("n"), about.learned):
        return None
    return _clean(about.text[before.start("n") : before.end("n")])


_REPORTS = re.compile(r"\b(?:said|says|told|stated|noted|added|explained|introduced)\b")


def _reporting_officer(about: ArticleSubjects, at: int) -> str | None:
    """The company of the officer whose reported speech the paragraph holding `at` is: "Li Wei, chairman of Nexa,
    said that … We plan to invest N …" (a "we" with no quotation marks)."""
    form = about.form
    opens = form.rfind("\n", max(0, at - 1500), at) + 1
    for officer in _OFFICER_OF.finditer(form, opens, at):  # (the first title whose company is named in full)
        if _REPORTS.search(form, officer.end(), at) is None:
            return None
        named = _named_company(form, about.text, officer.end(), about.learned, _NAME_ALONE)
        if named is not None:
            return named[1]
    return None


_FIRST_WORD = re.compile(r"([A-Z][\w&-]+)(?:,|\s+(?:has|have|had|will|is|was|began|started|broke)\b)")


def _company_named(about: ArticleSubjects, start: int, end: int) -> str | None:
    """The named company the sentence at `start` (ending at `end`) is about, if any (never a person); a one-word
    name the article gives in full elsewhere ("Nexa, a brewer, has …" of "Nexa Brewery") is one too."""
    lead = _lead_end(about.form, start)
    subject = subject_at(about, lead, end)
    if subject is None:
        word = _FIRST_WORD.match(about.form, lead, end)
        if word is None or not any(name.split()[0] == word.group(1) for _, name in about.mentions()):
            return None
        subject = Subject("company", word.group(1), lead)
    if subject.what != "company" or subject.referred or not subject.name:
        return None
    return None if about.person(subject.name) else subject.name


def _clause_subject(about: ArticleSubjects, lo: int, amount: int) -> Subject | None:
    """The subject of the clause the amount stands in, when a clause opens between the sentence's start and it."""
    last = None
    for m in _CLAUSE_OPEN.finditer(about.form, lo, amount):
        last = m
    return subject_at(about, last.end(), amount) if last is not None else None


def _subject_of(about: ArticleSubjects, sent_start: int, at: int) -> Subject | None:
    """The subject of the clause standing at `at`: a clause's own, else the sentence's."""
    return _clause_subject(about, sent_start, at) or subject_at(about, _lead_end(about.form, sent_start), at)


_FACILITIES = re.compile(r"\b(?:projects|plants|factories|bases|fabs|facilities|lines)$")


_BUILD_BEFORE = re.compile(r"\bto\s+(?:build|construct|set\s+up|open|establish)\s+"
                           r"(?:(?:about|around|up\s+to|at\s+least)\s+)?$")


def company_tally(about: ArticleSubjects, sent_start: int, num_start: int, noun: str | None) -> bool:
    """A count of projects or plants a company is the subject of ("X plans to invest N in two new projects", "X has
    unveiled plans for three new plants"): the company's announced projects, counted as they stand (an indicator),
    not a place's plan (a city "plans to start 30 projects" stays a target)."""
    if noun is None or _FACILITIES.search(noun) is None:
        return False
    if _BUILD_BEFORE.search(about.form, max(0, num_start - 30), num_start):
        return False  # "X plans to invest N to build three new plants": plants still to be built, a plan's count
    subject = _subject_of(about, sent_start, num_start)
    return subject is not None and subject.what == "company" and subject.name is not None


# an item of a list of projects, one project each: "…signed four projects: a display panel project with a total
# investment of N; a new energy vehicle project with a total investment of M; …"
_SIGNED_WITH = re.compile(r"\b(?:signed|inked|sealed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal)s?"
                          r"\s+with\s+")
_FOR_PROJECT = re.compile(r"\s*(?:for|on)\s+(?:the|a|an)\s+[^.;]{0,160}?(?i:project|plant|base|park|factory)\b")


def _signed_partner(about: ArticleSubjects, sent_start: int, amount_start: int) -> tuple[int, str] | None:
    """"The county signed a contract with X Co., Ltd. for the Y project, which has an investment of N": a place
    or its official signs, the company it signs with invests in the project the contract is for."""
    form = about.form
    if "with" not in form[sent_start:amount_start]:
        return None
    signed = _SIGNED_WITH.search(form, sent_start, amount_start)
    if signed is None:
        return None
    written = _NAME_ALONE.match(form, signed.end())
    named = _named_company(form, about.text, signed.end(), about.learned, _NAME_ALONE) if written else None
    if (named is None or written is None or about.is_learned(named[1]) or about.person(named[1])
            or not _FOR_PROJECT.match(form, written.end(), amount_start)):
        return None
    return named


def decide(about: ArticleSubjects, low: str, sent: tuple[int, int], amount: tuple[int, int]
           ) -> tuple[int, str | None] | None:
    """(evidence start, investor) when the amount at `amount` is one company's or one project's investment by the
    sentence's structure; None when the structure does not say (the kind rules decide)."""
    form = about.form
    sent_start, _ = sent
    item = listed_project(form, amount[0])
    if item is not None:
        return item, None  # one project of a listed group: its owner only where the item names one (projects.py)
    named = named_facility(form, sent_start, amount)
    if named is not None:  # "the Norvale Carbon Fibre Project, costing N": that facility's, the clause's company's
        company = _subject_of(about, sent_start, named)
        if company is None or company.what != "company" or not company.name or about.person(company.name):
            return named, None
        return None if about.is_learned(company.name) else (company.start, company.name)
    joint = joint_total(form, about.sentence_starts, _lead_end(form, sent_start),
                        lambda s, e: _company_named(about, s, e))
    if joint is not None:  # "X has begun work on its key projects in A and B. The projects will cost N": X's
        return None if about.is_learned(joint[1]) else joint
    summed = summed_projects(form, about.sentence_starts, sent_start, amount, lambda s, e: _company_named(about, s, e))
    if summed is not None:  # "X plans to invest N in A and M in B. N+M will be invested in the two projects": X's
        return None if about.is_learned(summed[1]) else summed
    few = False
    if not tied_to_one_project(form, low, sent_start, amount[0], amount[1]):
        few = company_plans_few_projects(form, low, sent_start, amount)
        if not few:
            return None
    subject = _clause_subject(about, sent_start, amount[0])
    if subject is None:
        that = None
        for m in _THAT.finditer(form, sent_start, amount[0]):
            that = m
        if that is not None:
            subject = subject_at(about, that.end(), amount[0])
            if (subject is None or subject.what == "company") and _PRONOUN.match(form, that.end()):
                main = subject_at(about, _lead_end(form, sent_start), that.start())
                if main is not None and main.what == "company" and (main.name or subject is None):
                    subject = main  # "X disclosed … that it planned to invest": "it" is X
    if subject is None:
        subject = subject_at(about, _lead_end(form, sent_start), amount[0])
    if subject is None and _OF_ONE_PROJECT.search(low, max(sent_start, amount[0] - 100), amount[0]):
        subject = Subject("project", None, max(sent_start, amount[0] - 100))
    if subject is None and _MODIFIES_FACILITY.match(form, amount[1]):
        det = _DETERMINER_BEFORE.search(form, max(0, amount[0] - 6), amount[0])
        if "-" in form[amount[0] : amount[1]] or det is not None:  # "the 8-billion-yuan … Park": one facility
            subject = Subject("project", None, amount[0], introduced=det is None or det.group().lower() != "the ")
    if (subject is None or subject.what == "place") and not few:
        partner = _signed_partner(about, sent_start, amount[0])
        if partner is not None:
            return partner
    if subject is None or subject.what == "place" or (few and subject.what != "company"):
        return None
    if subject.what == "parties":  # several companies' one facility: the venture's total, no one investor
        one = _ONE_FACILITY_AFTER.match(form, amount[1]) or _MODIFIES_FACILITY.match(form, amount[1]) \
            or _FUND_AFTER.match(form, amount[1]) \
            or _OF_ONE_PROJECT.search(low, max(sent_start, amount[0] - 100), amount[0])
        return (subject.start, None) if one else None
    if subject.what == "company":
        if subject.name and about.person(subject.name):
            return None  # "Li Wen reported …": an official, not a company
        if about.is_learned(subject.name) and (not subject.referred or form.find(
                str(subject.name), sent_start, amount[0]) >= 0):
            return None  # a learned name in the sentence: learning owns the amount (and says so in its origin)
        return subject.start, subject.name
    agent = _BY_AGENT.search(form, sent_start, sent[1]) or _COST_AGENT.search(form, max(sent_start, amount[0] - 80),
                                                                            amount[0])
    if agent is not None and _company_like(agent.group("n"), about.learned):
        name = _clean(about.text[agent.start("n") : agent.end()])
        return None if about.is_learned(name) else (subject.start, name)  # learning reads "owned by X" itself
    if subject.introduced:
        return subject.start, None
    paragraph = max(form.rfind("\n", 0, sent_start), 0)
    if _JOINT.search(low, paragraph, amount[1] + 120):
        return subject.start, None  # a joint venture's total: no one investor
    owner = about.company_before(sent_start)
    if about.is_learned(owner):
        return None  # learning reads "X is building a plant. The plant has an investment of N" itself
    if owner is not None and other_name(form, subject.start, amount[0], owner):
        return subject.start, None  # "… the Halden Paper project is N" after a sentence about Nexa: not Nexa's
    return subject.start, owner


def sentence_company(about: ArticleSubjects, sent_start: int, limit: int) -> tuple[int, str] | None:
    """The company named as the subject of the sentence starting at `sent_start` (before `limit`), if one is."""
    subject = subject_at(about, _lead_end(about.form, sent_start), limit)
    if subject is None or subject.what != "company" or not subject.name or subject.referred:
        return None
    return subject.start, subject.name
