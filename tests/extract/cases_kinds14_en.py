"""Table cases for round 14's English kinds (issue 14, branch kinden14). English only: the mechanisms are English
word orders (a buying or keeping verb before a percentage and a stake word after it); Chinese writes stakes as
收购…N%股权 and is handled by zh_stakes. Every sentence is made up for these tests; none is a held-out sentence.
test_kinds14_en.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

# (language, text, value, unit, kind, investor): a stake that changes hands in a deal is the buyer's (or the keeping
# seller's) project percentage; a stake merely held, or a share bought without a stake word, is not
STAKES: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Norvale Metals will acquire a 45% stake in Tallow Gold for 1.2 billion yuan.", 45, "percent", P,
     "Norvale Metals"),
    ("en", "Norvale Metals has offered Orbis Mining to buy a nearly 30% stake in the company.", 30, "percent", P,
     "Norvale Metals"),
    ("en", "Kestrel Copper will pay cash for the 60.5% stake in Tallow Gold Co Ltd.", 60.5, "percent", P,
     "Kestrel Copper"),
    ("en", "Kestrel Copper bought a 12 per cent equity interest in Orbis Mining last year.", 12, "percent", P,
     "Kestrel Copper"),
    ("en", "The sellers include Orbis Holding, which will retain 15% in the venture.", 15, "percent", P, ""),
    # a stake held is the holder's like one bought (round 20: README set 3's convention, sets 10-33 annotate so)
    ("en", "Norvale Metals holds a 9.5% stake in Tallow Gold.", 9.5, "percent", P, "Norvale Metals"),
    # a share bought of a company named after it is the buyer's even without a stake word (round 22: sets 33 and 40
    # annotate so, set 7 once as an indicator); near-miss: a share of a market
    ("en", "Kestrel Capital spent EUR1.1 billion to buy 26.5 percent of Tallow.", 26.5, "percent", P,
     "Kestrel Capital"),
    ("en", "Kestrel Copper acquired 40% of the market last year.", 40, "percent", IND, ""),
]

# (language, text, value, unit, kind): a goal word that a completion rate is of sets no goal for the figures after it
RATE_OF_GOAL: list[tuple[str, str, float, str, str]] = [
    ("en", "By June the yard had reached 62% of its annual target for new orders, with 20 ships worth $1.8 billion.",
     1.8e9, "USD", IND),
    ("en", "The zone completed 55 percent of the yearly plan, with projects worth 4 billion yuan signed.", 4e9, "CNY",
     IND),
    ("en", "By June the yard had reached 62% of its annual target for new orders.", 62, "percent", IND),
    # near-misses: the goal word labels the amount, or opens a plan
    ("en", "The city achieved its annual target of US$600 million in foreign investment.", 600e6, "USD", T),
    ("en", "The yard aims to win new orders with a combined value of $1.8 billion.", 1.8e9, "USD", T),
    ("en", "The zone's annual target is to sign projects worth 4 billion yuan.", 4e9, "CNY", T),
]

# (language, text, value, unit, kind, investor): a company named in commas after its descriptor is the subject of the
# investment verb ("Chinese private shipbuilder, X, is to invest N"): its committed investment, a project
DESCRIBED_FIRST: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Private shipbuilder, Norvale Yards, is to invest CNY2.1bn in a marine park in Jiangsu.", 2.1e9, "CNY", P,
     "Norvale Yards"),
    ("en", "The leading battery maker, Tallow Power, will invest 2 billion yuan in a plant in Hefei.", 2e9, "CNY", P,
     "Tallow Power"),
    # near-misses: no company descriptor before the name in commas
    ("en", "Local officials, Mayor Li Wen, said the city will invest 2 billion yuan in roads.", 2e9, "CNY", T, ""),
]

# (language, text, value, unit, kind): a full stop glued to the count that opens the next sentence ends the sentence
# before it, so a goal word there sets no goal for the next sentence's figures
GLUED_COUNT: list[tuple[str, str, float, str, str]] = [
    ("en", "The city set an annual planned investment of 9 billion yuan.12 projects, including a port, are included "
           "in the plan, with a total investment of 40 billion yuan.", 40e9, "CNY", IND),
    ("en", "The city set an annual planned investment of 9 billion yuan.12 projects, including a port, are included "
           "in the plan, with a total investment of 40 billion yuan.", 9e9, "CNY", T),
    # near-misses: an abbreviation's full stop before a number ends nothing; a goal in the same sentence still holds
    ("en", "The city plans to build its No.2 port, with an investment of 4 billion yuan in 12 berths.", 4e9, "CNY", T),
]
