"""A Chinese percentage that is a company's stake: a `project` fact with the company as investor.

Two shapes, both told by the clause's structure rather than a phrase:

- a stake bought: the clause's verb is a purchase (收购, 购买, 受让, 买下, 认购) and the percentage is of a company's
  equity (…N%的股权 / 股份): X于1998年收购了Y公司N%的股权 — X's project (the README's "the share of a subsidiary
  a company bought"); a purchase clause with no subject of its own (X公布,出资N,收购Y N%股权) is the sentence's
  opening company's; a holding (X间接持有Y N%权益) is the holder's stake like one bought (README set 14);
- a stake kept (X还保留N%的股份) is the keeper's; a purchase clause without a subject after the clause that pays
  (X出资N,收购了Y所持的Z N%的股权) is the payer's; a price paid for a purchase (X以N收购Y, purchase_price) is the
  buyer's `project` amount (no public body's: 国资委以N收购);
- a party's share of a venture's capital: the clause opens with a company and the percentage is its contribution or
  holding ratio (X拟出资比例不低于N%, X持股比例为N%, X的控股比例将从A%下降至B%, X所占股比N%, X占股N%, X占N%股份) — X's
  share of the venture;
- a holding told around its holder (told_holding): the holder ranked or buying in in the clause before
  (X是Y的第一大股东,持股N%; X宣布战略入股Y,持股N%),
  the shares held and then their share (X持有Y N万股股份,约占总股本的N%), the holding written with whose company it is
  in (X于Y的股权将为约N%, X在Y股份的占比提升至N%, X占Y的股权将由A%降至B%).

A holder is the clause's whole subject before its holding verb or ratio: a company the article's names know, or a bare
name that is all the clause says before the verb (赣锋持有该项目N%股权, 腾讯持股为21.567%, 其中百度持股55%,
X最多合计持股约N%, a short name no cue established; a name with inline pinyin, or split by a page's space, as the
text writes it) — not a class of holders (外资, 员工, 前十大股东), a company written after 对 (X对Y的持股比例: Y's
shares), nor the last of holders listed with 、. One share that each of several parties holds (A与B各持股N%,
A、B分别持有N%股份) is the venture's split: a `project` fact without investor (README set 17).

A place, a government or a word standing for no one (公司, 双方) as the buyer or holder leaves the percentage to the
other rules; so does a share of output, sales or a market (占…的N%), which names no equity.
"""

from __future__ import annotations

import re

from app.extract.company_zh import company_in
from app.extract.names_zh import government, not_a_name, tidy_investor
from app.extract.orgs import mainland_place
from app.extract.textprep import match_form
from app.extract.zh_investor_words import not_an_investor

# the purchase verb, then (within the clause) the equity the percentage is of
# (an existing holding, X间接持有Y N%权益, is the holder's stake like one bought: README set 14)
_BOUGHT = re.compile(r"(?:收购|购买|受让|买下|认购|增持|(?:间接|直接|合计|共)?(?:持有|拥有)|手握|握有|保留|保有)(?:了)?"
                     r"(?P<of>[^,。;!?\n]{0,50}?)$")
# a purchase clause with no subject of its own (…公布,出资N,收购Y N%股权): the buyer is the company opening the sentence
_OPENER = re.compile(r"(?:[^,。;!?\n]{0,30}?》)?\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?)"
                     r"(?P<code>\([^()]{0,3}\d{4,6}\))?(?:\([^()]{0,16}\))*"
                     r"(?:公布|公告称|公告|宣布|表示|称|披露)")
_NO_SUBJECT = re.compile(r"\s*(?:并|再|拟|将|又|还|同时|以)*\s*$")
_EQUITY_AFTER = re.compile(r"\s*(?:的)?(?:股权|股份|权益)")
# a holding verb right before the figure and the clause's end after it (HPE开曼持有19%, X则持有其余的49%)
_HELD_RIGHT_BEFORE = re.compile(r"(?:间接|直接|合计|共)?持有(?:其余的?|剩余的?)?(?:约|近|超过|逾)?\s*$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;。;!?)\n]|$)")
# a contribution's share of a venture (中芯国际出资拟占比51%)
_CONTRIBUTION_SHARE = r"出资(?:拟|将|计划|预计)?占比"
# the adverbs that may stand between a holder and its verb or ratio (X最多合计持股约N%, DST股东共同持有)
_HOLDER_ADVERBS = r"目前|现|则|也|仍|还|并|共同|最多|最终|合计|累计|一共"
# a party's ratio: 出资比例, 持股比例, 股权比例, 占股, 持股 right before the figure
_RATIO = re.compile(
    r"(?:拟|将|计划|预计)?(?:出资比例|持股比例|股权比例|控股比例|认缴比例|所占股比|持股|占股|控股|"
    + _CONTRIBUTION_SHARE + r")(?:将)?"
    r"(?:不低于|不少于|不超过|超过|约为|约|为|达到|达|是|逾|\s)*"
    # a holding that changes: 持股比例将从60%增加到75%, 持股将下降至4.98% (both figures the holder's)
    r"(?:(?:从|由)(?:\d+(?:\.\d+)?%(?:增加|提高|提升|上升|升|增|下降|降低|减少|减|降|收窄|变更|调整)(?:至|到|为))?"
    r"|(?:增加|提高|提升|上升|升|增|下降|降低|减少|减|降|收窄|变更|调整)(?:至|到|为))?$"
)
# between a holder and its ratio: whose shares (德赛电池对其持股比例, 福建省电子信息集团对合力泰的持股)
# (王兴在理想汽车港股的持股比例: 王兴's holding in that company)
_OF_WHOM = re.compile(r"(?:对(?:其|该公司|[^,。;!?\n]{2,12}?的)"
                      r"|在(?:其中|该公司中?|合资公司中?|[^,。;!?\n]{2,12}?的))$")
_CLAUSE_START = re.compile(r"(?:(?<!\d),|,(?!\d)|[;:。!?\n])(?:[^,;:。!?\n]|(?<=\d),(?=\d))*$")  # (no mark: 174,490)
# the whole clause before a holding verb, a bare name (pinyin readings inside it as the text writes them)
_BARE_HOLDER = re.compile(r"\s*(?:其中|此外|另外|同时|目前|最终)?\s*"  # (其中百度持股55%)
                          r"(?P<n>(?:[\u4e00-\u9fffA-Za-z]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}\)"
                          r"|(?<=[\u4e00-\u9fffA-Za-z]) (?=[\u4e00-\u9fffA-Za-z])){2,16}?)"
                          r"(?:已|" + _HOLDER_ADVERBS + r")*的?\s*$")
# what may stand between a holder and its ratio: a date, a plan word, an adverb (X最多合计持股约N%)
_HOLDER_TO_RATIO = re.compile(r"(?:[拟将已于在年月日0-9\s]|" + _HOLDER_ADVERBS + r")*的?")
# a class of holders, no one's name: 外资持股比例为49%, 前十大股东持股, 员工持股, 中方占股51%
# (A与B各持股N%, 双方分别持有: each of several parties, read by each_party_share)
_HOLDER_CLASS = re.compile(r"外资|内资|国资|国有|民资|民营|社会资本|外方|中方|港方|台方|员工|职工|管理层|公众|散户|机构"
                           r"|个人|^(?:其他|部分|原|老|新|中小|全体|各|控股|大|小)?(?:股东|投资者)$|境外|境内|[前十大]+股东"
                           r"|[各均]$|分别$|双方|三方|各方")
# (a seller's kept holding: 大基金还保留3.5%的股份)
_HOLDS = re.compile(r"(?:间接|直接|合计|共)?(?:持有|拥有)|手握|握有|保留|保有")
# a holding ratio (not a contribution's or a control's): 持股, 持股比例, 股权比例, 占股
# a bare 占 before a figure of equity: 蓝星总公司占23%股份 (the equity right after the figure)
_TAKES_STAKE = re.compile(r"(?<![各均])占(?:约|\s)*$")
_HOLDING_RATIO = re.compile(r"(?:拟|将|计划|预计)?(?:持股|股权比例|控股比例|所占股比|占(?!比)|"
                            + _CONTRIBUTION_SHARE + ")")
# one share each of several parties holds: A与B各持股N%, A、B分别持有…N%股份
_EACH = re.compile(r"(?:各|分别|均)(?:持股|持有|占股|控股|出资)(?:比例)?(?:为|约|\s)*(?:[^,。;!?\n]{0,12}?)$")
_SIDES = re.compile(r"\s*(?:合资|合作)?(?:双方|三方|各方)(?:股东)?\s*")
_JOINED = re.compile(r"[与和及、]")


_SEVERAL_HOLDERS = re.compile(r"分别|[及和与、,]")
def _clause_from(form: str, lo: int, hi: int) -> int:
    """Where the clause holding form[hi] starts, looking back no further than `lo` (`lo` when no mark is between)."""
    clause = _CLAUSE_START.search(form, lo, hi)
    return clause.start() + 1 if clause is not None else lo


# a holder's stake in brackets after its name: 盛世亚洲(持股99%), 香港盛世铝业(持股1%)
_BRACKET_STAKE = re.compile(r"(?P<n>[\u4e00-\u9fffA-Za-z]{2,20})\((?:持股|持有|占股|股权|持股比例)(?:比例)?"
                            r"(?:为|约)?\s*$")
_BRACKET_LEAD = re.compile(r".*(?:为|是|有|和|与|及|、|,|的|子公司)")


def stake_holder(form: str, text: str, num_start: int, end: int, sent_start: int) -> tuple[int, str] | None:
    """(where the evidence starts, the investor as written) when the percentage form[num_start:end] is a company's
    bought or held stake (see the module's docstring), else None."""
    bracket = _BRACKET_STAKE.search(form, max(sent_start, num_start - 30), num_start)
    if bracket is not None and form.startswith(")", end):  # 盛世亚洲(持股99%): the name before the bracket
        lead = _BRACKET_LEAD.match(form, bracket.start("n"), bracket.end("n"))
        at = lead.end() if lead is not None else bracket.start("n")
        name = text[at : bracket.end("n")]
        if len(name) >= 2 and not not_an_investor(name) and not government(name) and not not_a_name(name):
            return at, name
    told = told_holding(form, text, num_start, sent_start)
    if told is not None:
        return told
    lo = max(sent_start, num_start - 70)
    clause_lo = _clause_from(form, lo, num_start)
    if clause_lo == lo and lo > sent_start:  # (a long clause: from its start, never from inside a name)
        clause_lo = _clause_from(form, max(sent_start, num_start - 160), num_start)
    equity_after = _EQUITY_AFTER.match(form, end) is not None
    bought = _BOUGHT.search(form, clause_lo, num_start) if equity_after else None
    if bought is None and _CLAUSE_ENDS.match(form, end):  # HPE开曼持有19%。: a holding the clause ends with
        bought = _HELD_RIGHT_BEFORE.search(form, max(clause_lo, num_start - 8), num_start)
    ratio = None if bought is not None else _RATIO.search(form, max(clause_lo, num_start - 16), num_start) or (
        _TAKES_STAKE.search(form, max(clause_lo, num_start - 4), num_start) if equity_after else None)
    share = _SHARE_RATIO.search(form, max(clause_lo, num_start - 12), num_start) if bought is None else None
    if share is None and bought is None and _CAPITAL_SHARE_AFTER.match(form, end):
        share = _TAKES_LEAD.search(form, max(clause_lo, num_start - 4), num_start)  # …认缴5亿元,占12.5%的出资份额
    if share is not None and _NO_SUBJECT.fullmatch(form, clause_lo, share.start()):  # X投资N亿元,占比52%: X's share
        return _contributing_clause(form, text, sent_start, clause_lo)
    cue = bought or ratio
    if cue is None:
        return None
    span = company_in(form, clause_lo, cue.start())
    if span is None and (bought is not None and _HOLDS.match(form, cue.start())
                         or ratio is not None and _HOLDING_RATIO.match(form, cue.start())
                         and _OF_WHOM.search(form, max(clause_lo, cue.start() - 14), cue.start()) is None):
        span = _bare_holder(form, text, clause_lo, cue.start())  # 腾讯持股为21.567%: a bare name's holding
    paid = _PAID_BEFORE.search(form, clause_lo, cue.start()) if span is None and bought is not None else None
    if paid is not None:  # 天齐锂业以40.66亿美元收购SQM公司23.77%的股权: the payer's stake
        span = _bare_holder(form, text, clause_lo, paid.start())
    if span is None and bought is not None and _NO_SUBJECT.fullmatch(form, clause_lo, cue.start()):
        span = sentence_opener(form, sent_start, clause_lo) or _paying_clause(form, sent_start, clause_lo)
    whose = _OF_WHOM.search(form, max(clause_lo, cue.start() - 14), cue.start()) if ratio is not None else None
    if whose is not None and span is None:  # X对其持股比例…: the holder before whose shares
        span = company_in(form, clause_lo, whose.start()) or _bare_holder(form, text, clause_lo, whose.start())
    cue_at = whose.start() if whose is not None and span is not None and span[1] <= whose.start() else cue.start()
    if span is None or ratio is not None and not _HOLDER_TO_RATIO.fullmatch(form, span[1], cue_at) \
            or whose is not None and span[0] >= whose.start():  # (X对Y的持股比例: Y's shares, not Y's holding)
        return None  # a holder must open the ratio's clause right before it: X出资比例…
    return _named_holder(text, span)


def _named_holder(text: str, span: tuple[int, int]) -> tuple[int, str] | None:
    """(where it starts, the holder as written) for the holder read at `span`, or None when it names no one: a word
    standing for none, a government, or several holders (分别由A及B拥有N%、M%权益: no one's)."""
    name = text[span[0] : span[1]]
    if not_an_investor(name) or government(name) or _SEVERAL_HOLDERS.search(match_form(name)):
        return None
    return span[0], name


_NUM = r"\d+(?:\.\d+)?%"
_APPROX = r"(?:约为|约|逾|近|超过|为|是|\s)*"
# the holder ranked among the owners, its holding in the next clause: 中科曙光是海光信息的第一大股东,持股27.96%;
# 腾讯控股(700)正是美团最大股东,持股逾20%
_RANKED_HOLDER = re.compile(r"(?:\([^()]{1,12}\))?(?:正|仍|也|已|现|则)?(?:(?:是|为|成为|系)[^,。;!?\n]{0,16}?"
                            r"(?:第[一二三]大|最大|单一最大|控股|主要)股东|(?:宣布|已)?(?:战略)?入股[^,。;!?\n]{1,16}?)"
                            r"\s*,\s*(?:持股比例|持股)" + _APPROX + "$")
# the shares held, then their share of the company: 北方华创持有芯源微3596.47万股股份,约占总股本的17.87%;
# X先生持有本公司股份共计579,725,785股,占公司总股本1,307,889,679股的44.33%; X以N美元的对价收购新华三174,490股股份,
# 占新华三股份比例约为1.80%
_SHARES_THEN_SHARE = re.compile(
    r"(?:(?:间接|直接|合计|共)?(?:持有|拥有)|(?<!要约)(?:收购|认购|受让|购买|增持))[^,。;!?\n]{0,24}?\d[\d,.]*\s*(?:万|亿)?股"
    r"(?:[^,。;!?\n]{0,8}?股份|普通股)?\s*,?\s*(?:约|合计)?占[^,。;!?\n]{0,16}?(?:总股本|股本总额|已发行股本|股份比例|股权比例"
    r"|股份总数|总股份)(?:\s*\d[\d,.]*\s*(?:万|亿)?股)?的?(?:比例)?" + _APPROX + "$")
# the holding written with whose company it is in: 吉利控股所持极氪股权将为约54.73%, 吉利汽车于极氪之持股将增至约62.8%,
# 吉利汽车在极氪股份的占比提升至58.31%, 吉利汽车占极氪智能科技的股权将由51%降至约48%
_CHANGED_TO = r"(?:增至|增加至|提升至|提高至|升至|降至|下降至|减少至|减至)"
_HOLDING_IN = re.compile(
    r"(?:所持|持有|于|在|占)[^,。;!?\n]{2,16}?(?:的|之)?(?:股权|持股|股份的?占比|股份比例|持股比例)(?:比例)?(?:将|已|亦)?"
    r"(?:为|约为|达|达到|" + _CHANGED_TO + r"|由(?:" + _NUM + _CHANGED_TO + r")?)?" + _APPROX + "$")


def told_holding(form: str, text: str, num_start: int, sent_start: int) -> tuple[int, str] | None:
    """(where the holder's name starts, the holder as written) when the percentage at `num_start` is a holding told
    with its holder a clause or a phrase before it (see _RANKED_HOLDER, _SHARES_THEN_SHARE, _HOLDING_IN), else None:
    the holder's `project` percentage like any stake held (README set 3)."""
    lo = max(sent_start, num_start - 90)
    if "股" not in form[lo:num_start]:
        return None  # (each shape names its shares or holding there: one look before the patterns)
    for pattern in (_RANKED_HOLDER, _SHARES_THEN_SHARE, _HOLDING_IN):
        cue = pattern.search(form, lo, num_start)
        if cue is None:
            continue
        clause_lo = _clause_from(form, max(sent_start, cue.start() - 40), cue.start())
        paid = _PAID_BEFORE.search(form, clause_lo, cue.start()) if pattern is _SHARES_THEN_SHARE else None
        hi = paid.start() if paid is not None else cue.start()  # (X以N美元的对价收购: the payer)
        span = company_in(form, clause_lo, hi) or _bare_holder(form, text, clause_lo, hi)
        if span is None or span[1] < hi - 1 and not _HOLDER_TO_RATIO.fullmatch(form, span[1], hi):
            return None
        return _named_holder(text, span)
    return None


def sentence_opener(form: str, sent_start: int, clause_lo: int) -> tuple[int, int] | None:
    """The company opening the sentence before an announcing verb (X公布, X(02899)公告称), whose clauses after it
    have no subject of their own (…,出资N,收购Y N%股权: X buys), as a span, or None."""
    opens = _OPENER.match(form, sent_start, clause_lo)
    return None if opens is None else company_in(form, sent_start, opens.end("name")) or (
        opens.span("name") if opens.group("code") else None)  # 紫金矿业(02899)公布: a listed company's name


# the clause before a purchase without a subject of its own: X出资N / X以N / X斥资N (X出资6.24亿美元,收购了Y 80%的股权)
_PAYS = re.compile(r"(?:出资|斥资|耗资|以|拟以|拟出资)(?:约|现金|总计|合计)?\s*\d[^,;。!?\n]{0,16}$")


# a price paid written between a buyer and its purchase verb: X以N亿美元|收购
_PAID_BEFORE = re.compile(r"(?:拟)?(?:以|出资|斥资)(?:约|现金|总价|总对价|合计)?\s*\d[\d.,]*\s*"
                          r"(?:亿|万)?(?:元|美元|港元|欧元)(?:人民币)?(?:的?(?:价格|对价))?\s*"
                          r"(?:向[^,。;!?\n]{2,16}?)?(?:再次|再|又)?$")  # (X以N向Y收购: from whom it buys)
# a public body buying (国资委以N收购): no company's project
_AGENCY = re.compile(r"(?:委|局|厅|部|办|署|政府|管委会)$")
# a purchase's price: 以N收购, 以N的价格受让
_PRICE_BEFORE = re.compile(r"(?:宣布|公告称|公告|表示|称|决定|计划|拟|将|已|再)*以\s*(?:约|现金|总价|总对价|合计)?\s*$")
_PRICE_AFTER = re.compile(r"\s*(?:人民币)?(?:的?(?:价格|对价)|现金)?\s*(?:向[^,。;!?\n]{2,16}?)?(?:再次|再|又)?"
                          r"(?:收购|购买|受让|买下)")  # (以9.68亿元价格收购, 以N的价格再次收购)


def purchase_price(form: str, text: str, sent_start: int, m_start: int, m_end: int) -> tuple[int, str] | None:
    """(where the evidence starts, the buyer as written) when the amount at m_start..m_end is the price a company
    pays for a purchase (X以N收购Y; a clause without subject after the buyer's: X有限公司(简称"X"),以N收购了…): the
    buyer's `project` (README set 3: an acquisition's price carries the buyer); None otherwise."""
    before = _PRICE_BEFORE.search(form, max(sent_start, m_start - 12), m_start)
    if before is None or _PRICE_AFTER.match(form, m_end) is None:
        return None
    clause_lo = _clause_from(form, max(sent_start, before.start() - 40), before.start())
    span = company_in(form, clause_lo, before.start()) or _bare_holder(form, text, clause_lo, before.start())
    if span is None and not form[clause_lo : before.start()].strip():
        span = company_in(form, _clause_from(form, sent_start, clause_lo - 1), clause_lo - 1)
    if span is None:
        return None
    name = text[span[0] : span[1]]
    return None if not_an_investor(name) or government(name) or _AGENCY.search(match_form(name)) else (span[0], name)


def _paying_clause(form: str, sent_start: int, clause_lo: int) -> tuple[int, int] | None:
    """The company paying in the clause right before a purchase clause with no subject (X出资N,收购了Y N%的股权), as a
    span, or None."""
    prev_lo = _clause_from(form, sent_start, clause_lo - 1)
    pays = _PAYS.search(form, prev_lo, clause_lo - 1)
    return company_in(form, prev_lo, pays.start()) if pays is not None else None


# a ratio opening a clause without subject, after a party's contribution (X投资13亿元,占比52%)
_SHARE_RATIO = re.compile(r"(?:占比|持股比例|出资比例|股比|占股(?:比例)?)(?:约|为|\s)*$")
# a party's share named after the figure: (X认缴N亿元,)占N%的出资份额 / 出资比例 / 认缴份额 (a fund's partners)
_TAKES_LEAD = re.compile(r"占(?:约|\s)*$")
_CAPITAL_SHARE_AFTER = re.compile(r"\s*的?(?:出资份额|出资比例|认缴份额|认缴比例|股权比例|基金份额)")
# a party's contribution closing the clause before its ratio: X拟以现金等方式投资13亿元(,占比52%)
_CONTRIBUTES = re.compile(r"(?:拟|将|计划)?(?:以[^;。!?\n]{0,20}?)?(?:出资|投资|认缴|入股)+(?:约|现金|总计|合计)?\s*"
                          r"\d[^,;。!?\n]{0,16}$")  # (以现金、固定资产等方式: the list's marks are commas here)


def _contributing_clause(form: str, text: str, sent_start: int, clause_lo: int) -> tuple[int, str] | None:
    """(where its name starts, the party as written) when the clause before a ratio without subject (…,占比52%) is a
    company's contribution (X投资13亿元), else None: the ratio is X's share of the venture (README set 3)."""
    if clause_lo - 1 <= sent_start:
        return None
    pays = _CONTRIBUTES.search(form, max(sent_start, clause_lo - 60), clause_lo - 1)
    if pays is None:
        return None
    prev_lo = _clause_from(form, sent_start, pays.start())
    span = company_in(form, prev_lo, pays.start()) or (  # (a bare name only opening the sentence: …,实际投资N,占比M%)
        _bare_holder(form, text, prev_lo, pays.start()) if prev_lo == sent_start else None)
    if span is None or "的" in form[span[0] : span[1]]:  # (来自沪苏浙的…项目总投资N,占比M%: a group's share)
        return None
    name = text[span[0] : span[1]]
    tidy = tidy_investor(name)  # …管理委员会协调由X公司: X
    at = span[0] + max(0, name.find(tidy)) if tidy else span[0]
    name = tidy or name
    return None if not_an_investor(name) or government(name) else (at, name)


def _bare_holder(form: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The name that is the whole clause form[lo:hi] before a holding verb, when it names a company by its shape."""
    bare = _BARE_HOLDER.fullmatch(form, lo, hi)
    if bare is None or lo > 0 and text[lo - 1] == "、":  # (A、B合计持有N%: the last of several holders)
        return None
    name = text[bare.start("n") : bare.end("n")]
    if not_an_investor(name) or government(name) or not_a_name(name) or mainland_place(name) \
            or _HOLDER_CLASS.search(match_form(name)):
        return None
    return bare.span("n")


def each_party_share(form: str, num_start: int, end: int, sent_start: int) -> int | None:
    """Where the evidence starts when the percentage at num_start is one share each of several parties holds
    (A与B各持股N%, 双方分别持有N%股份): the venture's split, a `project` fact without investor; else None."""
    clause_lo = _clause_from(form, max(sent_start, num_start - 40), num_start)
    each = _EACH.search(form, clause_lo, num_start)
    if each is None:
        return None
    parties = form[clause_lo : each.start()]
    if _SIDES.fullmatch(parties):
        return clause_lo  # 双方各持股50%
    joined = _JOINED.search(parties)
    if joined is None or joined.start() < 2:
        return None
    first = clause_lo + joined.start()
    if company_in(form, clause_lo, first) is None and _bare_holder(form, form, clause_lo, first) is None:
        return None
    return clause_lo
