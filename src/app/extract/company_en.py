"""One company's investment in one project, in English news language (the company names, also those
without a legal suffix that the article introduces, come from `orgs.en_orgs`):

- "… at a cost of N" (a joint venture, a plant, more capacity) of the company named in the sentence; one facility's
  cost ("a … facility was built … with a cost of N", "the factory cost more than N") its project, whoever owns it;
- an amount a company's investment allots to one thing, opening its clause ("• N will fund an air-conditioner
  project", "N will go toward …") or as "a N investment to establish …", in the paragraphs after a company is named
  (`allotted_project`; never a debt, a dividend or a year's figure), and "X unveiled a N investment" (the subject's);
- "The first phase … an investment of N": the one company named just before invests;
- the company right before the investment verb, also a short or brand name the article never introduces ("under
  which Norvik will invest an additional RMB 8 billion", "will see Nexa invest …", "Nexa recently plans to invest");
- the company opening a sentence that signs an agreement "to invest N" ("Nexa and the city of X signed an
  agreement Friday to invest …");
- one project of a company "worth N" ("Nexa has launched a three-phase project that is worth around N");
- an owner's facility: "X's … park has an investment of N", "X's new plant … with a N-yuan investment", list
  items "X's … base (N million yuan)";
- an amount "in the first phase" of a project: one project's part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.domain.regions import candidates as place_candidates
from app.extract.orgs import EN_DATE_WORD, EN_GENERIC_SUBJECT, EN_ORG_RE, en_date_words, is_company_name

EN_THE_COMPANY = re.compile(
    r"\b(?:[Tt]he\s+(?:company|firm|group|manufacturer|maker|producer|carmaker|automaker|developer)|[Ii]t)\s"
)
IN_PROJECTS_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:in|across|into|on|for)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple"
    r"|a\s+number\s+of|dozens\s+of)\s+(?:[\w-]+\s+){0,2}projects\b"
)
_AT_A_COST = re.compile(
    r"\b(?:at|with)\s+a\s+(?:total\s+)?cost\s+of\s+(?:up\s+to\s+|about\s+|nearly\s+|some\s+|around\s+|roughly\s+)?$"
)
# one facility named in the sentence before its cost: "A UHT milk facility was built in X with a cost of N", "the
# factory cost more than N", "The new line, which will cost N" (a plural — "the plants cost" — is a group's)
_FACILITY_NAMED = re.compile(
    r"\b(?:plant|factory|facility|base|line|mill|complex|cent(?:er|re)|campus|park|hub|project)\b(?!-)"
)
_FACILITY_COSTS = re.compile(
    r"\b(?:plant|factory|facility|base|line|mill|complex|cent(?:er|re)|campus|hub|project)\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:will\s+|would\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?(?:cost|costs|costing)\s+"
    r"(?:about\s+|nearly\s+|some\s+|around\s+|roughly\s+|an\s+estimated\s+)?$"
)
_OPENING_NAME = re.compile(
    r"\s*(?P<n>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+(?:also\s+|has\s+|will\s+|now\s+)?(?:plans?|intends?|"
    r"agreed|decided|wants?|is\s+(?:set|planning)|announced|said)\b"
)
_BUILT_BY = re.compile(r"\b(?:built|developed|invested|operated|funded|backed|owned|constructed)\s+by\s+")
_WITH_HELP = re.compile(r"\b[Ww]ith\s+the\s+(?:help|support|investment|participation|backing)\s+of\s+")
_OPENING_BUILDER = re.compile(
    r"\s*(?:(?:In\s+addition(?:\s+to\s+[^,.;]{1,60})?|Meanwhile|Besides|Moreover|Furthermore|Separately|Earlier"
    # an opening phrase: "In addition to …, X will …"
    r"|In\s+[A-Z][a-z]+(?:\s+\d{4})?|Last\s+(?:year|month|week)),\s+)?"
    r"(?P<n>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})\s+(?:will\s+|would\s+|plans\s+to\s+|is\s+to\s+|is\s+set\s+to\s+"
    r"|has\s+started\s+to\s+|started\s+to\s+|began\s+to\s+|is\s+"
    # "X (previously) disclosed plans to establish …": the plans it made public
    r"|(?:previously\s+|recently\s+|has\s+|had\s+)?(?:disclosed|announced|unveiled|revealed)\s+(?:its\s+)?plans?\s+to\s+)?"
    r"(?:build|building|construct|set\s+up|establish"
    r"|launch|open|develop|expand|built|launched|opened)\b[^.;]*?\bwith\s+"
)
_BRAND_AFTER_BY = re.compile(r"(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?=\s*[,;]|\s+(?:has|is|will|with)\b)")
_PHASE_OPENS = re.compile(
    r"\s*(?:The|Its)\s+(?:(?:first|second|third|initial|new|latest)\s+)?(?:phase|project|plant|factory|base|facility)\b"
)
_INVESTMENT_OF = re.compile(
    r"\b(?:an?\s+)?(?:total\s+)?investment\s+(?:of|totall?ing|amounting\s+to)\s+(?:about\s+|nearly\s+|up\s+to\s+)?$")


def _investment_of(near: str) -> bool:
    """A quick look before the patterns: "investment of", "investment totaling" or "investment amounting to"."""
    return "investment of" in near or "investment total" in near or "investment amounting" in near


def _opening_name(form: str, text: str, sent_start: int) -> tuple[int, int, str] | None:
    """The company name opening the sentence as its subject ("Aurora Mining also plans to …")."""
    m = _OPENING_NAME.match(form, sent_start)
    if m is None or not is_company_name(m.group("n")):
        return None
    return m.start("n"), m.end("n"), text[m.start("n") : m.end("n")]


def _helped_by(form: str, text: str, sent_start: int, cue: int,
               orgs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The company a sentence names as the one behind the project before "investment of": "built by X",
    "With the help of X" (also opening the sentence before), "X will build … with a total investment of"."""
    prev = max(form.rfind(". ", 0, max(0, sent_start - 2)), form.rfind("\n", 0, max(0, sent_start - 1))) + 1
    for lead, word in ((_BUILT_BY, " by "), (_WITH_HELP, "ith the ")):
        lo = prev if lead is _WITH_HELP else sent_start
        if form.find(word, lo, cue) < 0:
            continue
        for m in lead.finditer(form, lo, cue):
            named = [o for o in orgs if m.end() <= o[0] <= m.end() + 2 and o[1] <= cue]
            if named:
                return m.start(), text[named[0][0] : named[0][1]].rstrip(". ,")
            org = EN_ORG_RE.match(form, m.end(), cue)  # "With the help of X Co., Ltd.": no org span of its own
            if org is not None:
                return m.start(), text[org.start("org") : org.end("org")].rstrip(". ,")
            brand = _BRAND_AFTER_BY.match(form, m.end(), cue)  # "The plant, invested by Luxshare, has …"
            if brand is not None and _company(brand.group("n")):
                return m.start(), text[brand.start("n") : brand.end("n")]
    builder = _OPENING_BUILDER.match(form, sent_start, cue) if form.find(" with ", sent_start, cue + 5) >= 0 else None
    if builder is not None and is_company_name(builder.group("n")):
        return builder.start("n"), text[builder.start("n") : builder.end("n")]
    return None


def en_company_project(form: str, text: str, m_start: int, sent_start: int, orgs: list[tuple[int, int]],
                       subject: Callable[[int], tuple[int, int, str] | None]) -> tuple[int, str | None] | None:
    """(evidence start, investor) for an amount of one company's project, or None. `subject(verb_start)`
    is the company opening the sentence before the verb, if any."""
    left_start = max(sent_start, m_start - 48)  # the cues end right before the amount
    near = form[left_start:m_start]
    cost = _AT_A_COST.search(form, left_start, m_start) if "cost of" in near else None
    facility_cost = cost is None and "cost" in near and _FACILITY_COSTS.search(form, left_start, m_start) is not None
    if cost is not None or facility_cost:
        cue = cost.start() if cost is not None else left_start + near.rfind("cost")
        named = [o for o in orgs if sent_start <= o[0] and o[1] <= cue]
        if named:  # "CATL also plans to establish a joint venture at a cost of 1.4 billion yuan"
            o = named[-1]
            return o[0], text[o[0] : o[1]].rstrip(". ,")
        opener = None if facility_cost else subject(cue) or _opening_name(form, text, sent_start)
        if opener is not None:  # (the facility, not the sentence's opening words, is what "costs")
            return opener[0], opener[2]
        if facility_cost or _FACILITY_NAMED.search(form, sent_start, cue):
            return max(sent_start, cue - 40), None  # one facility's cost: its project (the owner, if any, decided
            # from the sentence's subject or the article's company)
        return None
    invest_of = _INVESTMENT_OF.search(form, left_start, m_start) if _investment_of(near) else None
    if invest_of is not None:
        helped = _helped_by(form, text, sent_start, invest_of.start(), orgs)
        if helped is not None:
            return helped
    if invest_of is not None and _PHASE_OPENS.match(form, sent_start):
        earlier = {text[o[0] : o[1]].rstrip(". ,") for o in orgs if o[1] <= sent_start and sent_start - o[1] < 700}
        if len(earlier) == 1:  # "The first phase is planned to … an investment of 12 billion yuan"
            return sent_start, earlier.pop()
    return None


# an amount opening its clause (a list item's "• N will fund …") as what a company's investment is allotted to: "N
# will be invested in X", "N will fund X", "N will go toward X", "N will help upgrade X"
_ALLOTTED_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:will|would|is\s+to|are\s+to|(?:is|are)\s+set\s+to|(?:is|are)\s+expected\s+to)\s+(?:be\s+(?:invested|spent"
    r"|infused|injected"
    r"|used|allocated|earmarked|channell?ed|put)\s+(?:in|on|for|to|into|toward|towards)\s+|(?:fund|finance|go\s+(?:toward"
    r"|towards|to|into)|help\s+(?:to\s+)?(?:build|upgrade|fund|finance|develop|expand|set\s+up|establish|modernize"
    r"|modernise))\s+)(?:an?\s+|the\s+)?(?P<p>[^,;.()\n]{3,80}?)(?=\s*[,;.(\n]|\s*$|\s+(?:in|at|to|by|which|that)\b)"
)
# (after a one-word opening adverbial too: "Finally, another N will be invested in …")
_CLAUSE_OPENS = re.compile(r"(?:^|[\n:;]|\.\s)\s*(?:[-•*]\s*|\d{1,2}[.)]\s+)?"
                           r"(?:[A-Z][a-z]+ly,\s+|Meanwhile,\s+|Besides,\s+)?(?:and\s+|another\s+)?$")
# what an allotted sum pays that is no project: debts, dividends, running costs, research
_NOT_A_PROJECT = re.compile(
    r"(?:its\s+|the\s+)?(?:repay\w*|pay\s+(?:off|back|down)|research|r&d|dividends?|buy-?backs?|share\s+repurchases?"
    r"|marketing|advertising|salaries|wages|debts?|loans?|working\s+capital|interest|operating\s+costs?)\b", re.I
)
# "one of the initiatives will be a N investment to establish …": one investment of the company's
_ONE_INVESTMENT = re.compile(r"\b(?:an?)\s+$")
_INVESTMENT_NAMED_AFTER = re.compile(
    r"\s+(?:new\s+|fresh\s+|additional\s+)?investment\s+(?:to|in|into|for)\s+(?:an?\s+|the\s+)?(?P<p>[^,;.()\n]{3,80}?)"
    r"(?=\s*[,;.(\n]|\s*$|\s+(?:in|at|by|which|that)\b)"
)


# "Halvorsen unveiled a $300 million investment to …": the subject's one investment, announced
_ANNOUNCED_ONE = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|disclosed|revealed|confirmed|pledged|committed|made)\s+(?:an?|its)\s+"
    r"(?:new\s+|fresh\s+|further\s+|additional\s+)?$"
)
_INVESTMENT_AFTER_AMOUNT = re.compile(r"\s+(?:new\s+|fresh\s+|additional\s+)?investment\b(?!s)")


def announced_investment(form: str, left_start: int, m_start: int, m_end: int) -> int | None:
    """Where the verb announcing "a N investment" starts (its subject, a company or not, decides), or None."""
    verb = _ANNOUNCED_ONE.search(form, left_start, m_start)
    return verb.start() if verb is not None and _INVESTMENT_AFTER_AMOUNT.match(form, m_end) else None


_COMPANY_REACH = 1200  # the company named before, in the paragraphs the allotments follow (a report's passing mention
# of a company far above is not what its later sums are allotted from)


def allotted_project(form: str, text: str, m_start: int, m_end: int, sent_start: int,
                     orgs: list[tuple[int, int]]) -> tuple[int, str] | None:
    """(evidence start, what it pays for) for an amount a company's investment allots to one thing ("• N will fund
    an air-conditioner project", "a N investment to establish centres"), in an article that names a company before
    it; None for a place's plan (no company named before, or a year's figure)."""
    allotted = (_ALLOTTED_AFTER.match(form, m_end)
                if _CLAUSE_OPENS.search(form, max(0, m_start - 30), m_start) else None)
    if allotted is None and _ONE_INVESTMENT.search(form, max(0, m_start - 4), m_start):
        allotted = _INVESTMENT_NAMED_AFTER.match(form, m_end)
    if allotted is None or not any(0 <= m_start - o[1] <= _COMPANY_REACH for o in orgs) or annual_plan(form, m_start):
        return None
    if _NOT_A_PROJECT.match(form, allotted.start("p")):
        return None  # "N will be used to repay loans"
    return m_start, text[allotted.start("p") : allotted.end("p")]


# --- the company as the subject of an investment verb, and an owner's facility ---------------------------------
_ADVERBS = (r"(?:\s+(?:recently|also|now|reportedly|further|officially|previously|earlier|then|still|additionally"
            r"|today|yesterday|formally|initially|first|later|subsequently|jointly|again|already|itself|directly|indirectly"
            r"|currently|eventually|collectively))*")
_NAME_RUN = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}"
# "… under which Norvik will invest", "will see Nexa invest", "Nexa recently plans to invest"
_NAME_RIGHT_BEFORE = re.compile(r"(?:^|(?<=[\s(\"']))(?P<n>" + _NAME_RUN + ")" + _ADVERBS + r"\s*$")
_AUX_VERB = re.compile(
    r"(?:\s*\([A-Z][\w&]{1,9}\),?)?"  # "JCET Group (JCET), announced …": its short name between
    r"\s*(?:has|have|had|will|would|will\s+be|would\s+be|is|are|was|were|is\s+to|are\s+to|plans?\s+to|planned\s+to|intends?\s+to|agreed\s+to"
    r"|is\s+set\s+to|decided\s+to|is\s+going\s+to|wants?\s+to|aims?\s+to|expects?\s+to|hopes?\s+to"
    # "X announced its intention to acquire …", "X said it would buy …"
    r"|(?:has\s+)?(?:announced|unveiled|disclosed|revealed)\s+(?:its|an|the)\s+(?:intention|plans?|decision|agreement)\s+to"
    r"|said\s+(?:it|that\s+it)\s+(?:would|will|plans\s+to|intends\s+to))?" + _ADVERBS
    + r"\s*$"
)
# "Nexa and the southern city of X signed a strategic cooperation agreement Friday to invest"
_SIGNED_TO = re.compile(
    r"(?:\s+and\s+[^.;]{2,80}?)?" + _ADVERBS + r"(?:\s+on\s+\w+)?\s+(?:signed|inked|reached|entered\s+into)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:agreements?|deals?|contracts?|pacts?|memorandum|mou)\b[^.;]{0,60}?"
    r"\s+to\s*$"
)
_FACILITY = (r"(?:project|plant|factory|base|facility|park|complex|hub|cent(?:er|re)|programme|program|line|campus"
             r"|headquarters|site|mine|station|works)")
# "Nexa has initiated a three-phase industrial project that is worth around", "… a centre for garment design worth"
_WORTH = re.compile(
    r"\b(?:an?|its)\s+(?:[\w-]+\s+){0,5}?" + _FACILITY + r"\s+(?:for\s+(?:[\w-]+\s+){1,6}?)?"
    r"(?:(?:that|which)\s+(?:is|was|will\s+be)\s+)?"
    r"(?:worth|valued\s+at)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|approximately\s+)?$"
)
# (…"a licence to X to build": X the agent of the infinitive)
_NAME_VERBED = re.compile(r"(?P<n>" + _NAME_RUN + ")" + _ADVERBS + r"\s+(?:(?:has|have|had|will|to)(?=\s))?" + _ADVERBS
                          + r"\s*[a-z]+(?:\s+(?:off|up|into))?\s+$")
# the owner of a facility opening the clause: "Corvel's electrode materials park", "Nexa鈥檚 new facility"
_POSSESSIVE = r"(?:'s|'|[鈥钬]檚)"  # 鈥檚: a UTF-8 ’s read as GBK (钬 in the matching form)
_OWNER_OPENS = re.compile(
    r"\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?(?:(?:namely|including|and|such\s+as),?\s+)?(?:the\s+)?(?P<o>" + _NAME_RUN + ")"
    + _POSSESSIVE + r"\s+(?:[\w&/-]+\s+){0,7}?" + _FACILITY + r"\b"
)
_OWNER_AMOUNT = re.compile(r"(?:^|(?<=[\s(]))(?P<o>" + _NAME_RUN + ")" + _POSSESSIVE + r"\s+(?:new\s+|planned\s+)?$")
# a sentence whose subject opens it and whose verb phrase (no comma) ends with "its" before the amount
_SUBJECT_ITS = re.compile(
    r"\s*(?P<o>" + _NAME_RUN + r")\s+(?:[a-z][\w-]*\s+){1,5}?its\s+"
    r"(?:new\s+|planned\s+|first\s+|second\s+)?(?:US)?\$?$")
_FACILITY_AFTER = re.compile(r"\s*(?:[\w&/-]+\s+){0,4}?" + _FACILITY + r"\b")
# "Nexa's US$578 million investment into tyre lines": the owner's one investment (not one over several projects)
_ONE_INVESTMENT_AFTER = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:total\s+|new\s+|planned\s+|initial\s+)?investment\b(?!s)"
    r"(?!\s+(?:in|into|on)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|the\s+(?:city"
    r"|province|county|state|country|region)\b))"
)
_OWNER_INVESTMENT = re.compile(
    r"(?:^|(?<=[\s(]))(?P<o>" + _NAME_RUN + ")" + _POSSESSIVE + r"\s+(?:total\s+|planned\s+)?investment\s+"
    r"(?:in|into|for)\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,5}?" + _FACILITY + r"\b[^.;]{0,40}?\s+"
    r"(?:totals|totalled|totaled|is|was|will\s+be|reaches|reached|amounts\s+to|stands\s+at|of)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$"
)
# the company opening a sentence as the subject of its verb: "Norvik signed a deal …", "On Monday, Nexa broke ground …"
_OPENING_SUBJECT = re.compile(
    r"\s*(?:(?:On|In|Last|This|Earlier)\s+[\w ]{1,20},\s+)?(?P<n>" + _NAME_RUN + ")" + _ADVERBS
    + r"\s+(?:(?:has|have|had|will|would)\s+)?[a-z]+\b"
)
_OWNER_ANY = re.compile(
    r"(?<![\w'])(?P<o>" + _NAME_RUN + ")" + _POSSESSIVE + r"\s+(?:[\w&/-]+\s+){0,7}?" + _FACILITY + r"\b"
)
_HAS_INVESTMENT_OF = re.compile(
    r"(?:\b(?:has|had|have|involves|involving|will\s+have|with|boasts|carries|of)\s+(?:an?\s+)?(?:total\s+)?"
    r"(?:planned\s+)?investment\s+(?:of|totall?ing|amounting\s+to)|\b(?:will\s+|would\s+|is\s+expected\s+to\s+)?cost(?:s|ing)?)\s+"
    r"(?:about\s+|nearly\s+|around\s+|some\s+|roughly\s+|over\s+|more\s+than\s+|up\s+to\s+)?$"
)
_WITH_A = re.compile(r"\bwith\s+(?:an?|its)\s+(?:total\s+)?$")
_INVESTMENT_AFTER = re.compile(r"\s*(?:total\s+)?investment\b")
# a list item: "…, Lumeo's glass fibre and insulation project (800 million yuan)"
_PAREN_ITEM = re.compile(r"\b" + _FACILITY + r"\s*\(\s*(?:about\s+|around\s+|nearly\s+)?$")
_STRONG_SEP = re.compile(r"[,;:]\s|\.\s")
_PHASE_AFTER = re.compile(
    r"\s*(?:yuan\s+|dollars\s+)?(?:in|for|into|on)\s+(?:the\s+|its\s+)?(?:first|second|third|fourth|initial|1st|2nd"
    r"|3rd|opening)\s+(?:phase|stage)\b", re.I
)


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
_PART_OF_NAME = re.compile(r"\b(?:of|for|and|de|du)\s+$|&\s*$")
_ANNUAL = re.compile(r"\b(?:this|next)\s+year\b|\bannually\b|\b(?:each|every|per|a)\s+year\b|\bfull-year\b")


def annual_plan(form: str, verb_start: int) -> bool:
    """"Norvik plans to invest 50 billion yuan this year": a company's annual plan, not one project."""
    end = _SENTENCE_END.search(form, verb_start)
    return _ANNUAL.search(form, verb_start, end.start() if end is not None else len(form)) is not None


def _company(name: str) -> bool:
    words = name.split()
    if words in (["Company"], ["Group"], ["Firm"], ["Corporation"]):
        return False  # "the Company holds …" in a filing: the filer, whom the caller finds by reference
    return bool(words) and len(words) <= 5 and words[0] not in EN_GENERIC_SUBJECT and is_company_name(name)


# a stock code written after a company's name: "300748.SZ", "(600519.SS)", "(HKEX: 2333)", "(NYSE: BABA)"
_TICKER_BEFORE = re.compile(
    r"\s*[(（]?\s*(?:\d{6}\.(?:SZ|SS|SH|BJ)|\d{4,5}\.HK|(?:SHA|SHE|SZSE|SSE|HKEX|HKSE|NYSE|NASDAQ|Nasdaq)\s*:\s*"
    r"[A-Z\d.]{1,8})\s*[)）]?\s*,?\s*$")


def name_before_verb(form: str, text: str, sent_start: int, verb_start: int) -> tuple[int, str] | None:
    """The company written right before the investment verb and its auxiliaries ("Norvik will", "Nexa recently
    plans to", "see Nexa"): a capitalised run that names no place, date, government body or generic noun."""
    aux = _AUX_VERB.search(form, max(sent_start, verb_start - 40), verb_start)
    end = aux.start() if aux is not None else verb_start
    ticker = _TICKER_BEFORE.search(form, max(sent_start, end - 30), end)
    if ticker is not None:  # "JL Mag Rare-Earth 300748.SZ will invest": the name before its stock code
        end = ticker.start()
    if form[max(sent_start, end - 1) : end] == ",":  # "X, which took the name after Y sold Z to W, will invest": X
        opener = _APPOSED_SUBJECT.match(form, sent_start, end)
        if opener is not None and _company(opener.group("n")):
            return opener.start("n"), text[opener.start("n") : opener.end("n")]
    m = _NAME_RIGHT_BEFORE.search(form, max(sent_start, end - 60), end)
    if m is None:
        return None
    name = m.group("n").rstrip(".")
    cut = described_lead(name)  # "Chinese Firm Nexa Investing …": the descriptor is no part of the name
    name = name[cut:]
    if not _company(name) or _PART_OF_NAME.search(form, max(0, m.start("n") - 8), m.start("n")):
        return None  # "the Ministry of Commerce will invest": not "Commerce"
    return m.start("n") + cut, text[m.start("n") + cut : m.start("n") + cut + len(name)]


# a sentence's subject before a relative clause or an appositive set off by commas
_APPOSED_SUBJECT = re.compile(r"\s*(?P<n>" + _NAME_RUN + r"),\s+(?:which|who|a|an|the|one\s+of)\b[^;]{3,160},$")


_LONG_NAME_RUN = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,6}")


def name_at(form: str, text: str, at: int) -> tuple[int, str] | None:
    """The company whose name starts at `at` ("… is held by Sandisk China Limited"): a capitalised run that names
    no place, date, government body or generic noun."""
    run = _LONG_NAME_RUN.match(form, at)  # ("CNGR Hong Kong New Energy Technology": six words)
    if run is None:
        return None
    # the run may go on into the next sentence, written with or without a space ("… byRigqueza.CNGR Hong Kong will …")
    name = re.split(r"\.?\s*\n|\.\s|(?<=[a-z]{3})(?<!Corp)\.(?=[A-Z])", run.group())[0].rstrip(".")
    words = name.split()
    named = bool(words) and words[0] not in EN_GENERIC_SUBJECT and is_company_name(name)
    return (run.start(), text[run.start() : run.start() + len(name)]) if named else None


_WHICH_BEFORE = re.compile(r",\s*(?:which|that|who)\s+(?:now\s+|currently\s+|already\s+|still\s+|also\s+)?$")


def holder_before(form: str, text: str, sent_start: int, verb_start: int) -> tuple[int, str] | None:
    """Who holds a stake whose verb starts at `verb_start`: the company right before the verb ("Norvik holds"), before a
    relative clause's "which" ("SF Express, which owns"), or opening the sentence as the subject of its verbs
    ("Mindray previously owned part of it and now holds 100 percent")."""
    before = name_before_verb(form, text, sent_start, verb_start)
    if before is not None:
        return before
    which = _WHICH_BEFORE.search(form, max(sent_start, verb_start - 30), verb_start)
    if which is not None:  # ("customized for SF Express, which owns": "for" here is no part of a name)
        m = _NAME_RIGHT_BEFORE.search(form, max(sent_start, which.start() - 60), which.start())
        if m is None or not _company(m.group("n")) or re.search(r"\b(?:of|and|de|du)\s+$|&\s*$", form[:m.start()]):
            return None
        return m.start("n"), text[m.start("n") : m.end("n")]
    apposed = _APPOSED_HOLDER.match(form, sent_start, verb_start)
    if apposed is not None and _company(apposed.group("n")) and not EN_STOP_START.match(apposed.group("n")):
        return apposed.start("n"), text[apposed.start("n") : apposed.end("n")]
    if _OWN_SUBJECT_CLAUSE.search(form, sent_start, verb_start):
        return None  # "A holds 70% of X's equity, while B holds 30%": the clause's own subject, unread here
    lead = re.match(r"\s*(?:\d{1,2}[.)]\s+|[-•*]\s+)?", form[sent_start:verb_start])
    return opening_company(form, text, sent_start + (lead.end() if lead else 0))


_OWN_SUBJECT_CLAUSE = re.compile(r"\b(?:while|whereas)\s", re.I)
# the holder opening the sentence with an appositive or a phrase set off by commas before the holding verb: "Alibaba,
# through its venture capital arm, owns", "Hongta Group, Yunnan Baiyao's second-largest shareholder since 1999,
# currently holds", after an opening attribution ("According to the announcement, X, …, holds")
_APPOSED_HOLDER = re.compile(r"\s*(?:According\s+to\s+[^,;]{3,60},\s+)?(?P<n>" + _NAME_RUN + r"),\s+[^,;()]{3,80},"
                             + _ADVERBS + r"\s+$")


# the subject opening a sentence, an appositive and a short name allowed before its verb: "Xtep, based in Quanzhou,
# will commit …", "One of the world's top cement producers, Huaxin Cement Co. Ltd, has made …", "China Strategic
# Thailand has a total investment of …" (a country's words open no company's name: that one stays unread)
_SUBJECT_VERB = (r"(?:\s*\([^()]{1,30}\))?(?:,\s*[^,;.]{3,140}?,)?,?\s+"
                 r"(?:(?:recently|also|now|reportedly|further|officially|previously|earlier|then|still|already"
                 r"|jointly)\s+)*"
                 r"(?:has|have|had|will|would|is|are|was|were|plans?|planned|expects?|intends?|aims?|agreed|signed|inked"
                 r"|committed|commits|announced|invest(?:s|ed)?|spent|spends|pledged)\b")
_OPENING_SUBJECT_VERB = re.compile(r"\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?(?:(?:One|Some)\s+of\s+[^,;.]{3,80},\s*)?"
                                   r"(?:[A-Z][\w.]*\s+based-|[A-Z][\w.]*-based\s+)?(?P<n>" + _NAME_RUN
                                   + r"(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Limited))?)"
                                   + _SUBJECT_VERB)
# "IFC's financing package includes …": the owner of the sentence's subject
_OPENING_OWNER = re.compile(r"\s*(?P<n>" + _NAME_RUN + r")['’]s?\s+(?:[\w-]+\s+){0,3}?(?:package|investment|financing"
                            r"|loan|loans|plan|project|plant|facility|factory|stake|contribution|commitment)\b")


def sentence_subject(form: str, text: str, sent_start: int, limit: int) -> tuple[int, str] | None:
    """The company opening the sentence at `sent_start` as the subject of its verb (an appositive or a descriptor
    before it allowed), or the owner named in the subject's possessive, before `limit`; None otherwise."""
    for pattern in (_OPENING_SUBJECT_VERB, _OPENING_OWNER):
        m = pattern.match(form, sent_start, limit)
        if m is not None:
            name = m.group("n").rstrip(",. ")
            bare = re.sub(r",?\s+(?:Co\.?,?\s*Ltd\.?|Co\.|Ltd\.?|Inc\.?|Corp\.?|Limited)$", "", name)
            if _company(bare) and not EN_STOP_START.match(bare) and bare.split()[0] not in ("What", "One", "Some") \
                    and not _PART_OF_NAME.search(form, max(0, m.start("n") - 8), m.start("n")):
                return m.start("n"), text[m.start("n") : m.start("n") + len(name)]
    return None


def signer_to_invest(form: str, text: str, sent_start: int, verb_start: int) -> tuple[int, str] | None:
    """The company opening a sentence that signs an agreement "to invest": "Nexa and the city of X signed …"."""
    lead = re.match(r"\s*(?:[-•*]\s+)?", form[sent_start:verb_start])
    at = sent_start + (lead.end() if lead else 0)
    run = re.compile(_NAME_RUN).match(form, at, verb_start)
    if run is None or not _company(run.group()) or not _SIGNED_TO.fullmatch(form, run.end(), verb_start + 2):
        return None
    return run.start(), text[run.start() : run.end()]


def owner_project(form: str, text: str, m_start: int, m_end: int, sent_start: int) -> tuple[int, str | None] | None:
    """An owner's facility ("X's … park has an investment of N", "X's … plant (N million yuan)", "X's new facility
    …, with a N-yuan investment"), or a project "worth N" of the company that launched it."""
    left_start = max(sent_start, m_start - 200)
    worth = _WORTH.search(form, max(left_start, m_start - 120), m_start) if "worth" in form[m_start - 30 : m_start] \
        or "valued" in form[m_start - 30 : m_start] else None
    if worth is not None:
        who = _NAME_VERBED.search(form, max(sent_start, worth.start() - 60), worth.start())
        if who is not None and _company(who.group("n")):
            return who.start("n"), text[who.start("n") : who.end("n")]
        return None
    if "worth" in form[max(sent_start, m_start - 20) : m_start]:  # "The project, built by X, is worth N"
        return _helped_by(form, text, sent_start, m_start, [])
    owned = _OWNER_AMOUNT.search(form, max(sent_start, m_start - 40), m_start)
    if owned is not None and (_FACILITY_AFTER.match(form, m_end) or _ONE_INVESTMENT_AFTER.match(form, m_end)) \
            and _company(owned.group("o")):
        return owned.start("o"), text[owned.start("o") : owned.end("o")]  # "Geely's 10-billion-yuan vehicle plant"
    spent = _OWNER_INVESTMENT.search(form, max(sent_start, m_start - 120), m_start) \
        if "investment" in form[max(sent_start, m_start - 120) : m_start] else None
    if spent is not None and _company(spent.group("o")):  # "Sungrow's investment in the project totals N"
        return spent.start("o"), text[spent.start("o") : spent.end("o")]
    its = _SUBJECT_ITS.match(form[sent_start:m_start]) if "its" in form[max(sent_start, m_start - 20) : m_start] \
        else None
    if its is not None and _FACILITY_AFTER.match(form, m_end) and _company(its.group("o")):
        # "Nexa breaks ground on its $N Halden factory": the facility of the clause's subject
        return sent_start + its.start("o"), text[sent_start + its.start("o") : sent_start + its.end("o")]
    cue = None
    if _investment_of(form[max(left_start, m_start - 40) : m_start]) or "cost" in form[m_start - 30 : m_start]:
        cue = _HAS_INVESTMENT_OF.search(form, max(left_start, m_start - 60), m_start)
    elif _WITH_A.search(form, max(left_start, m_start - 16), m_start) and _INVESTMENT_AFTER.match(form, m_end):
        cue = _WITH_A.search(form, max(left_start, m_start - 16), m_start)
    elif form[max(left_start, m_start - 12) : m_start].rstrip().endswith("("):
        cue = _PAREN_ITEM.search(form, max(left_start, m_start - 40), m_start)
        if cue is not None:
            return _listed_item(form, text, max(0, cue.start() - 160), cue.start())  # an item may follow a line break
    if cue is not None:
        clause = max(form.rfind(",", sent_start, cue.start()), form.rfind(";", sent_start, cue.start()))
        for lo in (sent_start, clause + 1 if clause >= 0 else sent_start):
            owner = _OWNER_OPENS.match(form, lo, cue.start() + 1)
            if owner is not None and _company(owner.group("o")):
                return owner.start("o"), text[owner.start("o") : owner.end("o")]
    return None


def phase_of_project(form: str, m_end: int) -> bool:
    """"an investment of N in the first phase": the amount of one project's phase."""
    return _PHASE_AFTER.match(form, m_end) is not None


def _listed_item(form: str, text: str, lo: int, facility: int) -> tuple[int, str | None]:
    """The start and owner of the list item ending with the facility noun at `facility` ("…, namely, X's waterproof
    and insulation project (…)"): the owner is the possessive opening the item; an item may hold "and" itself."""
    strong = [s.end() for s in _STRONG_SEP.finditer(form, lo, facility)]
    item = strong[-1] if strong else lo
    owners = [o for o in _OWNER_ANY.finditer(form, item, facility + 12) if o.end() >= facility]
    if owners and _company(owners[-1].group("o")):
        return owners[-1].start("o"), text[owners[-1].start("o") : owners[-1].end("o")]
    lead = re.match(r"\s*(?:(?:namely|including|and|such\s+as),?\s+)?", form[item:facility])
    return item + (lead.end() if lead else 0), None


def opening_company(form: str, text: str, sent_start: int) -> tuple[int, str] | None:
    """The company opening the sentence as the subject of its verb ("Norvik signed a deal … to build a 5-billion-yuan
    plant")."""
    m = _OPENING_SUBJECT.match(form, sent_start)
    if (m is None or not _company(m.group("n")) or _PART_OF_NAME.search(form, sent_start, m.start("n"))
            or EN_STOP_START.match(m.group("n"))):
        return None  # "During the ceremony, …": an opener, no company
    return m.start("n"), text[m.start("n") : m.end("n")]


_EN_OTHER_SPENDING = re.compile(
    r"\s*(?:yuan|dollars)?\s*(?:\([^()]{1,40}\))?(?:\s+(?:this|next|last|each|every|a)\s+year|\s+annually)?"
    r"\s*(?:on|in|for|into)\s+(?:its\s+|the\s+)?(?:research|r&d|dividends?"
    r"|buy-?backs?|share\s+repurchases?|marketing|advertising|salaries|wages|debt)\b", re.I
)
_EN_CUMULATIVE = re.compile(r"\b(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?invested\s+a\s+total\s+of\b", re.I)
_EN_SO_FAR_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:so\s+far|to\s+date|since\s+(?:19|20)\d\d|over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?"
    r"(?:years|decades?))\b", re.I
)
_EN_ONE_FACILITY_AFTER = re.compile(
    r"\s*(?:yuan|dollars)?\s*(?:\([^()]{1,40}\))?\s*(?:in|into|on)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:project|plant|factory|base|facility|park|complex|hub)\b", re.I
)


_DEALS_WORTH = re.compile(
    r"\b(?:contracts|deals|agreements|orders)\s+(?:(?:that\s+are|were)\s+)?(?:worth|valued\s+at|totall?ing"
    r"|with\s+a\s+(?:total\s+)?value\s+of)\s+(?:a\s+total\s+of\s+)?[^,;.]{0,20}$", re.I
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_PERIOD_IN = re.compile(
    r"\b(?:first|second|third|fourth)\s+(?:half|quarter)|\bfirst\s+\w+\s+months|\b(?:last|this)\s+year|\bso\s+far"
    r"|\bto\s+date|\bin\s+(?:19|20)\d\d\b|\bjanuary\s*(?:-|to)\s*\w+", re.I
)


def period_signings(form: str, sent_start: int, m_start: int, m_end: int) -> bool:
    """"In the first half, Nexa signed contracts worth N", "… 12 deals worth N last year": what a company signed in
    a period, an achieved total (not "X signed contracts worth N with the province", its commitment)."""
    if _DEALS_WORTH.search(form, max(sent_start, m_start - 100), m_start) is None:
        return False
    end = min(len(form), m_end + 80)  # (the period is the sentence's: never one of the next sentence's)
    stop = _SENTENCE_END.search(form, m_end, end)
    return _PERIOD_IN.search(form, sent_start, stop.start() if stop is not None else end) is not None


def other_spending(form: str, m_end: int) -> bool:
    """"X will spend 2 billion yuan on research and development": money for something other than a project."""
    return _EN_OTHER_SPENDING.match(form, m_end) is not None


def cumulative_total(verb: str, form: str, m_end: int) -> bool:
    """"Feldmark has invested a total of 1.2 billion US dollars in Suzhou", "… has invested 3 billion yuan in Anhui
    so far": a company's total over the years (not "… a total of N in the new plant", "… N in the plant so far", a
    project's completed investment)."""
    return ((_EN_CUMULATIVE.search(verb) is not None or _EN_SO_FAR_AFTER.match(form, m_end) is not None)
            and _EN_ONE_FACILITY_AFTER.match(form, m_end) is None)


# the subject opening the sentence or list item, before "will invest": "Haili Wind Power", "Fang Zheng Electrical
# Motor in Deqing County, Zhejiang,", "New Hope Group, one of China's largest agribusinesses …, said … that it"
_EN_SUBJECT_TAIL = re.compile(
    r"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}){0,2},?)?"
    r"(?:,\s+(?:the|a|an|one\s+of|which|whose)\s+[^;.]{3,160}?(?:,|$))?"
    r"(?:\s+(?:said|says|announced|stated)\b[^,;.]{0,30}?\s+(?:that\s+)?it)?"
    r"(?:\s+(?:recently|also|now|reportedly|further|officially|previously|earlier|then|still|additionally|today"
    r"|yesterday|formally|initially|first|later|jointly|again|already|has|have|had))*\s*$"
)
_EN_SUBJECT_RUN = re.compile(r"[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|and\s+(?=[A-Z])))*")
_EN_GOVERNMENT_WORD = re.compile(
    r"\b(?:Province|City|County|District|Government|Region|Municipality|Area|Zone|Bureau|Ministry|Commission"
    r"|Committee|Council|Department|Office|Administration|Park|Town|Village|Prefecture|League|Banner)$"
)
LEADING_DATE = re.compile(r"(?:(?:Last|Early|Late|Since|Until|This|Next)\s+)?(?:" + EN_DATE_WORD.pattern
                          + r")\s+(?:\d{1,2}\s+)?")
# what a headline or a lead writes before a name and is no part of it: "Chinese Firm Sany", "China's Giant Nexa",
# where the company is based ("Ohio-based Nexa")
_DESCRIBED_LEAD = re.compile(r"(?:(?:China['’]s|Chinese)\s+(?:(?:Firm|Company|Giant|Maker)\s+)?|(?:Firm|Company)\s+"
                             r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:based|owned|funded|invested|backed|controlled)\s+"
                             r"|[A-Z][\w.]*\s+based-)"  # ("China based-Minth Group": the hyphen a page misplaced)
                             r"(?=[A-Z])")


_PLACE_OF_BEFORE = re.compile(r"\b(?:state|province|city|county|region|district|country|prefecture|republic|kingdom"
                              r"|government|people)\s+of\s+$", re.I)


_OPENING_SIGNER = re.compile(r"\s*(?P<n>" + _NAME_RUN + ")" + _ADVERBS + r"\s+(?:has\s+|have\s+|had\s+)?(?:signed|inked"
                             r"|sealed|reached|entered\s+into)\b")
_PARTNER_BEFORE = re.compile(r"\b(?:deal|agreement|memorandum|mou|contract|pact|accord)(?:\s+of\s+understanding)?"
                             r"(?:\s*\([^()\n]{1,12}\))?\s+with\s+(?:the\s+)?$", re.I)


def not_the_owner(form: str, text: str, sent_start: int, start: int) -> bool:
    """The capitalised run at `start`, last before a named project, is no owner of it: a place written as one ("with the
    US state of Ohio", "the city of Pune"), or the partner a company opening the sentence signs with ("Nexa signed a
    deal with Serbia to build a plant …": Nexa's, decided from the sentence's subject)."""
    if _PLACE_OF_BEFORE.search(form, max(0, start - 24), start) is not None:
        return True
    if _PARTNER_BEFORE.search(form, max(sent_start, start - 60), start) is None:
        return False
    signer = _OPENING_SIGNER.match(form, sent_start)
    return signer is not None and _company(signer.group("n")) and not EN_STOP_START.match(signer.group("n"))


def described_lead(name: str) -> int:
    """How many characters of a capitalised run are a headline's descriptor before the name ("Chinese Firm Nexa")."""
    lead = _DESCRIBED_LEAD.match(name)
    return lead.end() if lead is not None and lead.end() < len(name) else 0


def trim_lead(name: str) -> int:
    """How many characters of a capitalised run before a verb are no part of the company's name: a date ("Last
    November Sany", "Monday Nexa") or a headline's descriptor ("Chinese Firm Sany"); 0 when the rest would be empty."""
    lead = LEADING_DATE.match(name) or _DESCRIBED_LEAD.match(name)
    return lead.end() if lead is not None and lead.end() < len(name) else 0
EN_STOP_START = re.compile(r"^(?:The|A|An|This|That|These|Its|Their|Our|In|On|Of|All|Each|Every|Such|Under|According"
                           r"|After|Before|With|By|For|As|At|From|During|Since|Following|Meanwhile|However|Besides"
                           r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                           r"|June|July|August|September|October|November|December|Indeed|[A-Z][a-z]{3,}ly)\b")


# the second verb of a subject's coordinated verbs: "…, and has recently" (only adverbs and auxiliaries after it)
_AND_VERB_TAIL = re.compile(
    r",?\s+and\s+(?:(?:recently|also|now|then|later|already|has|have|had|will|would)\s+)*$")
# a sentence adverb with its comma before the subject: "Indeed, ", "However, "
_ADVERB_COMMA = re.compile(r"[A-Z][a-z]+,\s+")
# the subject's first verb: a lower-case word right after the name (no comma, no "and" before it)
_FIRST_VERB = re.compile(r"\s+(?:has\s+|have\s+|is\s+|was\s+)?[a-z]+\b[^,;:]*$")


def _coordinated_subject(head: str, offset: int) -> re.Match[str] | None:
    """The name opening the first of two coordinated verb phrases whose second holds the investment verb ("Nexa
    shows no sign of slowing down, and has announced …"), after an optional sentence adverb; None otherwise."""
    tail = _AND_VERB_TAIL.search(head, offset)
    if tail is None:
        return None
    adverb = _ADVERB_COMMA.match(head, offset)
    at = adverb.end() if adverb is not None else offset
    run = _EN_SUBJECT_RUN.match(head, at)
    if run is None or " and " in head[run.end() : tail.start()] or not _FIRST_VERB.fullmatch(head, run.end(),
                                                                                            tail.start()):
        return None
    return run


def en_subject(form: str, text: str, sent_start: int, verb_start: int) -> tuple[int, int, str] | None:
    """The company that opens the sentence (or list item) and is the subject of the investment verb: a
    run of capitalised words that names no place, date or generic noun."""
    head = form[sent_start:verb_start]
    lead = re.match(r"\s*(?:[-•*]\s+|\d{1,2}[.)]\s+)?", head)
    offset = lead.end() if lead else 0
    run = _EN_SUBJECT_RUN.match(head, offset)
    if run is None or not _EN_SUBJECT_TAIL.fullmatch(head, run.end()):
        run = _coordinated_subject(head, offset)  # "Indeed, Nexa is growing fast, and has announced …": Nexa
        if run is None:
            return None
    start, name = run.start(), run.group().rstrip(".")
    cut = trim_lead(name)  # "Monday Nexa said …": the day is no part of the name
    start, name = start + cut, name[cut:]
    words = name.split()
    if (len(words) > 7 or EN_STOP_START.match(name) or en_date_words(name) or _EN_GOVERNMENT_WORD.search(name)
            or words[0] in EN_GENERIC_SUBJECT or place_candidates(name)):
        return None
    s = sent_start + start
    return s, s + len(name), text[s : s + len(name)]
