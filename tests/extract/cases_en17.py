"""Table cases for round 17's English rules (issue 14, branch en17). English only: the Chinese forms of the same
structures belong to the Chinese rules (helper zh17's area this round; "3亿元至5亿元" is already one fact there).
Every sentence is made up for these tests; none is a held-out sentence. test_en17.py runs them."""

from __future__ import annotations

# (language, text, unit, kept, dropped): a range whose two bounds each carry their unit is one fact, the lower bound
# ("at least"); the upper bound is no fact of its own; a conversion in brackets after the range is no fact either
RANGES_BOTH_UNITS: list[tuple[str, str, str, float, float]] = [
    ("en", "Norvale Foods expects net profit of CNY8.5 billion to CNY8.7 billion for 2024.", "CNY", 8.5e9, 8.7e9),
    ("en", "Norvale Foods expects net profit to fall to RMB300 million to RMB320 million (US$48.36 million to "
           "US$51.59 million) this year.", "CNY", 300e6, 320e6),
    ("en", "Harlow Chemicals expects net profit to rise by 36% to 44% this year.", "percent", 36, 44),
    ("en", "Harlow Chemicals expects an annual increase of 505 percent to 520 percent in profit.", "percent", 505, 520),
    ("en", "Harlow Chemicals will invest USD2 million - USD3 million in the park.", "USD", 2e6, 3e6),
]

# (language, text, unit, value): near-misses, each figure is a fact of its own: a change "from X to Y" (its last
# figure), a fall to a smaller figure, two figures in different units, two figures joined by "and"
NOT_RANGES: list[tuple[str, str, str, float]] = [
    ("en", "Harlow Chemicals said its margin rose from 36% to 44% last year.", "percent", 44),
    ("en", "Harlow Chemicals said its share of the market fell 8% to 5% last year.", "percent", 5),
    ("en", "Norvale Foods said revenue rose 5% to RMB8 billion last year.", "CNY", 8e9),
    ("en", "Norvale Foods said revenue rose 5% to RMB8 billion last year.", "percent", 5),
    ("en", "Norvale Foods invested RMB3 billion and RMB5 billion in two plants.", "CNY", 5e9),
]

# (language, text, value): the conversion in brackets after a range is no fact (a restatement in dollars)
CONVERTED_RANGES: list[tuple[str, str, float]] = [
    ("en", "Norvale Foods expects net profit to fall to RMB300 million to RMB320 million (US$48.36 million to "
           "US$51.59 million) this year.", 48.36e6),
]

# (language, text, value, kept): a price per unit converted in brackets into another currency, the conversion also
# per unit, is one fact (the price as written, kept); a second price joined otherwise is a fact of its own
PRICE_CONVERSIONS: list[tuple[str, str, float, bool]] = [
    ("en", "The average price of Norvale Foods' hogs rose to RMB15.20/kg (US$2.35/kg) in 2023.", 2.35, False),
    ("en", "Harlow Power sells electricity at RMB0.42 per kWh (US$0.06 per kWh) to the grid.", 0.06, False),
    ("en", "Harlow Power sells electricity at RMB0.42 per kWh (about US$0.06 per kWh) to the grid.", 0.06, False),
    ("en", "Norvale Foods sold hogs at RMB15.20/kg at home and US$2.90/kg abroad in 2023.", 2.90, True),
]

_HANS = "星河化工拟投资15亿美元沿化工产业链向下游延伸布局树脂薄膜"
_HANT = "星河化工擬投資15億美元沿化工產業鏈向下游延伸佈局樹脂薄膜"
_TITLE = "Chinese Resin Maker Norvale to Invest USD1.5 Billion to Expand Along Its Chemical Chain"
_BODY = ("(Harbour Daily) May 3 -- Norvale Chemical will spend CNY10.3 billion (USD1.5 billion) to extend its reach "
         "along the chemical chain and enter the resin, film and coating sectors, the company said in a filing.\n")
# (language, text, kept): a page that prints its headline again on one long line ("Title Title") after its byline:
# the copy is the headline still, so its dollar figure is the body's conversion (no fact); a long first line that
# holds the title but goes on is the body, its own dollar figure kept
TITLE_COPIES: list[tuple[str, str, bool]] = [
    ("en", f"{_TITLE}\nLi Ming\nDATE: May 3 2024\n{_TITLE} {_TITLE}\n\n{_BODY}", False),
    ("en", f"{_TITLE}\nLi Ming\nDATE: May 3 2024\n{_TITLE}\n\n{_BODY}", False),
    ("en", f"{_TITLE}\nLi Ming\nDATE: May 3 2024\n{_TITLE} {_TITLE} {_TITLE}\n\n{_BODY}", False),
    ("en", f"Norvale Chemical Expands Along Its Chain\nLi Ming\n{_TITLE} in Spain, apart from its plan at home, "
           "the company said on Monday, after its board approved the plan.\n\n" + _BODY, True),
    ("zh-Hans", f"{_HANS}\n李明\n\n{_HANS} {_HANS}\n\n"
                "5月3日,星河化工发布公告称,公司拟投资103亿元(约合15亿美元)建设树脂、薄膜及涂料项目。\n", False),
    ("zh-Hant", f"{_HANT}\n李明\n\n{_HANT} {_HANT}\n\n"
                "5月3日,星河化工發布公告稱,公司擬投資103億元(約合15億美元)建設樹脂、薄膜及塗料項目。\n", False),
]

# (language, text, unit, value, kept): a second conversion in the same brackets converts the same amount; a bracketed
# amount right after an amount in a currency not read (A$, Rp) converts it: neither is a fact. Near-misses: a
# bracket after a year or a quantity, an amount after a closed bracket, two amounts joined outside brackets
BRACKETED_CONVERSIONS: list[tuple[str, str, str, float, bool]] = [
    ("en", "Norvale Foods is investing CNY 8 billion (€1.1 billion/$1.2 billion) in the farm.", "USD", 1.2e9, False),
    ("en", "Norvale Foods is investing CNY 8 billion (€1.1 billion, $1.2 billion) in the farm.", "USD", 1.2e9, False),
    ("en", "Norvale Foods is investing CNY 8 billion in the farm.", "CNY", 8e9, True),
    ("en", "Harlow Mining is buying the Lakeview gold project for A$175 million ($181 million).", "USD", 181e6, False),
    ("en", "The land is worth approximately Rp76.6 billion (USD5.015 million), Norvale said.", "USD", 5.015e6, False),
    ("en", "The land is worth approximately Rp76.6 billion (about USD5.015 million), Norvale said.", "USD", 5.015e6,
     False),
    ("en", "Harlow Mining said in 2023 ($181 million was spent on the mine) it grew.", "USD", 181e6, True),
    ("en", "Harlow Mining will mine 3 million tons ($181 million) of ore.", "USD", 181e6, True),
    ("en", "Harlow Mining paid A$175 million (for the mine) and $181 million for the mill.", "USD", 181e6, True),
    ("en", "Norvale Foods is investing CNY 8 billion (€1.1 billion) and $1.2 billion in two farms.", "USD", 1.2e9,
     True),
]
