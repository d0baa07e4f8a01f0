"""English company names written at a position: the shapes a company's name is written in and whether a name is a
company's or a place's.

subject_en.py finds who a sentence or clause is about; the subject is most often a company written by name, after
an optional descriptor ("battery maker Nexa"), with its suffix, ticker and appositive, before its verb. This module
holds those name shapes (NAMED, AND_NAMED, NAME_ALONE and their parts), the reading of a name at a position
(named_company) and the tests of a name (company_like, place_like), for subject_en.py and its helpers to share.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.domain.regions import candidates as place_candidates
from app.extract.company_en import trim_lead
from app.extract.orgs import EN_GENERIC_SUBJECT, en_date_words, is_company_name

NAME = r"[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|\([A-Z][\w ]{1,20}\)))*"
SUFFIX = r"(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|Inc\.?|Corp\.?|Limited|Group|Holdings)(?![\w]))?"
_TICKER = r"(?:\s*\([^()\n]{1,30}\))?"
_APPOSITIVE = r"(?:,\s+(?:the|a|an|one\s+of|which|whose|based)\b[^;.]{0,160}?,)?"
_DESCRIPTOR = (r"(?:(?:[A-Z][\w'’-]*\s+)?(?:[a-zA-Z-]+\s+){0,4}?(?:[Mm]aker|[Mm]anufacturer|[Pp]roducer|[Ff]irm"
               r"|[Cc]ompany|[Ss]upplier|[Rr]ecycler|[Gg]iant|[Dd]eveloper|[Cc]armaker|[Aa]utomaker|[Oo]perator|[Pp]rovider"
               r"|[Mm]iner)\s+(?=[A-Z]))?")
VERB = (r"(?:(?:also|then|now|further|recently|jointly|still|will|would|may|might|can|could|shall|has|have|had"
        r"|yesterday|today|earlier|formally|officially|reportedly|finally)\s+)*"
        r"(?:will|would|may|can|could|has|have|had|is|was|are|were|plans?|planned|intends?|intended|expects?|expected|wants?"
        r"|aims?|agreed|decided|subscribed|holds?|held|signed|inked|announced|invested|invests|invest|spent|spends"
        r"|spend|unveiled|revealed|disclosed|confirmed|launched|broke|started|began|set|acquired|injected|contributed"
        r"|committed|pledged|said|says|issued|released|stated|entered|reached|won|put|pours?|poured|increased"
        r"|increases?|raised|made|makes|bought|buys|paid|pays|bid|bids|to|contribut\w+|investing|holding|taking|providing|putting|injecting|subscribing"
        r"|shows|sees|gets|keeps|looks|takes|seeks|needs|owns|runs|[a-z]+(?:ed|es))\b")
# "Chinese-owned X", "Ohio-based X": a descriptor of origin or owner before the name, no part of it
_ORIGIN = r"(?:(?:The\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*)?[-–](?:based|owned|funded|invested|backed|controlled)\s+)?"
# scraped English writes a company's trade in lower case after its name ("Chenggong heavy industry plans to")
_LOWER_TRADE = (r"(?:\s+(?:heavy|new|industry|industries|laser|energy|pharma|technology|tech|electronics|electric"
                r"|chemicals?|materials?|motors?|steel|automobile|machinery|mining|paper|textiles?|logistics"
                r"|semiconductors?|battery|batteries|solar|photovoltaic|power|group)){1,3}")
_NAMED = re.compile(r"(?P<lead>(?:China['’]s\s+|Chinese\s+)?" + _ORIGIN
                    + _DESCRIPTOR + r")(?P<n>"
                    + NAME + "(?:" + _LOWER_TRADE + ")?" + r")(?P<suffix>" + SUFFIX + r")" + _TICKER + _APPOSITIVE
                    + r"\s+(?:['’]s\s+)?" + VERB)
# a company and a partner as the subject: "Nexa and the city of X will jointly set up a 5 billion yuan fund"
AND_NAMED = re.compile(r"(?P<lead>(?:China['’]s\s+|Chinese\s+)?" + _DESCRIPTOR + r")(?P<n>" + NAME + r")(?P<suffix>"
                       + SUFFIX + r")" + _TICKER + r"\s+and\s")
NAME_ALONE = re.compile(r"(?P<lead>(?:China['’]s\s+|Chinese\s+)?" + _DESCRIPTOR + r")(?P<n>" + NAME + r")(?P<suffix>"
                        + SUFFIX + r")" + _TICKER + r"(?=\s*[,;]|\.(?:\s|$)|\s+(?:on|in|to|for|at)\b)")
OFFICER = (r"(?:chairman|chairwoman|president|CEO|chief\s+executive|general\s+manager|founder"
           r"|spokes(?:man|woman|person)|director|head)")
OFFICER_OF = re.compile(r"\b" + OFFICER + r"\s+(?:of|for|at)\s+(?:the\s+)?")
_GOVERNMENT_WORD = re.compile(
    r"\b(?:Province|City|County|District|Government|Region|Municipality|Zone|Bureau|Ministry|Commission|Committee"
    r"|Council|Department|Office|Administration|Park|Town|Prefecture|News|Securities|Daily|Times|Agency|Exchange)\b"
)
_STOP_WORD = re.compile(r"(?:The|A|An|This|That|These|Those|Its|Their|Our|In|On|Of|All|Each|Every|Such|There|Here"
                        r"|According|Under|After|Before|With|By|For|As|If|When|While|Since|Once|Both|Some|Many)\b")


def clean_name(name: str) -> str:
    """A company name without what was read into it: a lead ("China's"), an officer's title before it."""
    name = name.strip()
    for _ in range(2):  # "China's Nexa", "Chinese Firm Nexa", "Monday Nexa said …": no part of the name
        name = name[trim_lead(name) :]
    officer = OFFICER_OF.search(name)  # "The chairman of Nexa Co. Ltd." run together as one name: Nexa's
    name = name[officer.end() :] if officer is not None and officer.end() < len(name) else name
    return " ".join(name.split()).rstrip(" ,")


def named_company(form: str, text: str, at: int, learned: tuple[str, ...] = (),
                   pattern: re.Pattern[str] | None = None) -> tuple[int, str] | None:
    """A company name (after an optional descriptor, with its suffix, ticker and appositive) that is the
    subject of the verb after it, at `at` (`pattern`: another shape of the name's clause, `AND_NAMED`)."""
    m = (pattern or _NAMED).match(form, at)
    if m is None:
        return None
    name = m.group("n")
    words = name.split()
    if words and words[-1].startswith("(") and not m.group("suffix"):
        name = " ".join(words[:-1])
    described = bool(re.search(r"[a-z]\s*$", m.group("lead")))  # "solar cell maker X": also if X names a place
    if not company_like(name, learned, described):
        return None
    s = m.start("n")
    if (" " not in name and not m.group("suffix") and not m.group("lead") and name not in learned
            and not written_mid_sentence(form, name)):
        return None  # "Total agreed investment reached …": a capitalised first word only, never a name mid-sentence
        # nor a short name the article defines after a name ("Halvard Power Corporation (HPC)")
    return s, clean_name(text[s : s + len(name)] + (text[m.end("n") : m.end("suffix")] if m.group("suffix") else ""))


_BOUNDARY = re.compile(r"\b")
_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")
_LETTER_OR_DOT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def written_mid_sentence(form: str, name: str) -> bool:
    r"""Is `name` (opening with a capital) written after a lower-case word or a comma, or in brackets after a word:
    `re.search(r"[a-z,]\s+" + re.escape(name) + r"\b|[A-Za-z.]\s*\(\s*" + re.escape(name) + r"\s*\)", form)`, read
    at the name's occurrences (found with str.find) instead of a pattern compiled per name and tried at every
    position of the article. (\s is what str.isspace says; no space or bracket is part of a name opening with a
    capital, so what stands before and after an occurrence is read outside it.)"""
    size, end = len(name), len(form)
    at = form.find(name)
    while at >= 0:
        lo = at
        while lo > 0 and form[lo - 1].isspace():
            lo -= 1
        if 0 < lo < at and form[lo - 1] in _LOWER_OR_COMMA and _BOUNDARY.match(form, at + size) is not None:
            return True  # "… with Nexa …"
        if lo > 0 and form[lo - 1] == "(":
            before = lo - 1
            while before > 0 and form[before - 1].isspace():
                before -= 1
            after = at + size
            while after < end and form[after].isspace():
                after += 1
            if before > 0 and form[before - 1] in _LETTER_OR_DOT and form.startswith(")", after):
                return True  # "Halvard Power Corporation (HPC)"
        at = form.find(name, at + 1)
    return False


def company_like(name: str, learned: tuple[str, ...] = (), described: bool = False) -> bool:
    """A company's name; `described`: written after a company descriptor ("battery maker X"), which makes a name
    that also names a county ("Tongwei") the company's."""
    if name in learned:
        return True
    words = name.split()
    return (0 < len(words) <= 6 and not _STOP_WORD.match(name) and words[0] not in EN_GENERIC_SUBJECT
            and not en_date_words(name) and not _GOVERNMENT_WORD.search(name)
            and (described or (is_company_name(name) and not names_place(name))))


@lru_cache(maxsize=8192)
def names_place(name: str) -> bool:
    """A place's name (regions.candidates, costly: asked once per name; the same names recur in a stream)."""
    return bool(place_candidates(name))


def place_like(name: str) -> bool:
    return bool(_GOVERNMENT_WORD.search(name) or names_place(name))
