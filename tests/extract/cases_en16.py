"""Table cases for round 16's English rules (issue 14, branch en16): tables whose header states their unit,
fractions written with numerals, the share a party's contribution buys, shares still to come,
placed parts side by side. English only: the
Chinese forms (单位:万元, 四分之三) belong to the Chinese rules (helper zh16's area this round).
Every sentence is made up for these tests; none is a held-out sentence. test_en16.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

_FILING = ("Norvale Foods Co., Ltd. plans to raise funds for the projects below. Unit: 10,000 yuan\n"
           "No. Project Total investment Raised funds\n"
           "1 Dairy plant expansion project 52,400.00 40,000.00\n"
           "2 Repayment of bank loans 10,000.00 10,000.00\n"
           "Total 62,400.00 50,000.00")
_BARS = ("Harlow Chemicals Inc. set out its spending plan.\n(Unit: RMB million)\nProject | Investment |\n"
         "Resin line | 350.00 |\nFilm line | 1,200.00 |")
_MEASURE = "Unit: 10000 yuan\n1 Resin project with an annual output of 25,000 tons 8000.00\n2 Film project 6000.00"
_HUNDRED_MILLION = "Unit: 100,000,000 yuan\n1 Smelter project 12.50\n2 Rolling mill project 3.25"

# (language, text, value, unit, kind, investor): in a table whose header states its unit, each bare cell is an amount
# in that unit; a row's first cell is its item's total (the filer's project), a later cell the money allotted to it (a
# part, no investor), the cells of a working-capital or loan row and the later cells of the total row the money to
# be raised (targets)
TABLE_CELLS: list[tuple[str, str, float, str, str, str]] = [
    ("en", _FILING, 524e6, "CNY", P, "Norvale Foods Co., Ltd"),
    ("en", _FILING, 400e6, "CNY", P, ""),
    ("en", _FILING, 100e6, "CNY", T, ""),
    ("en", _FILING, 624e6, "CNY", P, "Norvale Foods Co., Ltd"),
    ("en", _FILING, 500e6, "CNY", T, ""),
    ("en", _BARS, 350e6, "CNY", P, "Harlow Chemicals Inc"),
    ("en", _BARS, 1.2e9, "CNY", P, "Harlow Chemicals Inc"),
    ("en", _MEASURE, 80e6, "CNY", P, ""),
    ("en", _MEASURE, 60e6, "CNY", P, ""),
    ("en", _HUNDRED_MILLION, 1.25e9, "CNY", P, ""),  # (a scale of 100,000,000 was once read as 10,000)
    ("en", _HUNDRED_MILLION, 325e6, "CNY", P, ""),
]

# (language, text, value): near-misses, no CNY fact of that value: the header's own figure, a capacity in a row, a
# number after the table has ended, a table without a unit header, a unit phrase in running prose
NOT_CELLS: list[tuple[str, str, float]] = [
    ("en", _MEASURE, 10000),
    ("en", _MEASURE, 250e6),
    ("en", _MEASURE, 25000),
    ("en", "Unit: 10,000 yuan\n1 Port project 3,000.00\nThe board met on Monday.\nShares closed at 12.50 on Friday.",
     125000),
    ("en", "Output by year:\n2023 52,400.00\n2024 61,000.00", 52400),
    ("en", "Output by year:\n2023 52,400.00\n2024 61,000.00", 524e6),
    ("en", "The index, measured in ten thousand yuan units, rose to 3,250.40 on Friday.", 32504000),
    ("en", "The index, measured in ten thousand yuan units, rose to 3,250.40 on Friday.", 3250.40),
]

# (language, text, value, comparator): a proper fraction of small numerals followed by "of" is a percentage
FRACTIONS: list[tuple[str, str, float, str]] = [
    ("en", "Private capital accounted for more than 3/4 of the total investment in the park.", 75, ">"),
    ("en", "About 1/4 of the loans went to small firms.", 25, "~"),
    ("en", "Nearly 2/5 of the new plants are in the west.", 40, "~"),
]
# (language, text, value): near-misses, no percentage of that value: dates, an improper fraction, no "of" after it
NOT_FRACTIONS: list[tuple[str, str, float]] = [
    ("en", "Updated: 09:15, 3/4/2023. The plant opened.", 75),
    ("en", "Posted 1/4 of 2024 edition by the desk.", 300),
    ("en", "The ratio reached 5/4 of the target.", 125),
    ("en", "The score was 3/4 in the final round.", 75),
]

_SPLIT = ("The venture has a registered capital of 100 million yuan, of which Norvale Foods will contribute 60 "
          "million yuan and hold 60 percent of the shares, while Harlow Co will contribute 40 million yuan for 40 "
          "percent of the shares.")
# (language, text, value, unit, kind, investor): the share a party's contribution buys ("contribute N for P% of the
# shares", "will contribute N and hold P% of the shares") is its stake in the venture, a project share
CONTRIBUTED_SHARES: list[tuple[str, str, float, str, str, str]] = [
    ("en", _SPLIT, 60, "percent", P, "Norvale Foods"),
    ("en", _SPLIT, 40, "percent", P, "Harlow Co"),
    ("en", "Harlow Co will invest $12 million for a 30% stake in the new plant.", 30, "percent", P, "Harlow Co"),
    # near-misses: a holding told in the present after a past subscription, a holding without a contribution, a share
    # of output
    ("en", "Norvale Foods subscribed for 78 million yuan and holds 26% equity of the venture.", 26, "percent", P,
     "Norvale Foods"),
    ("en", "Norvale Foods will hold 60 percent of the shares.", 60, "percent", P, "Norvale Foods"),
    ("en", "Norvale Foods will contribute 60 million yuan for 60 percent of the plant's output.", 60, "percent", T,
     ""),
]

# (language, text, value, unit, kind, investor): a share a modal verb puts ahead ("should take a 12% share of the
# market", "will account for 40%") or whose whole, possessive and all, is followed by a future ("30 per cent of the
# plant's output will be exported") is a target; a market share is no equity held
FUTURE_SHARES: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Its cheese should probably take a 12% share of the regional market.", 12, "percent", T, ""),
    ("en", "The new line will account for 40 percent of the group's capacity.", 40, "percent", T, ""),
    ("en", "About 30 per cent of the mill's output will be exported to Asia.", 30, "percent", T, ""),
    # near-misses: a share taken in the past, a stake taken (a share of the venture, its holder's project since round
    # 23: README set 3), a share held
    ("en", "Norvale took a 12% share of the regional market last year.", 12, "percent", IND, ""),
    ("en", "Norvale takes a 12% share of the venture.", 12, "percent", P, "Norvale"),
    ("en", "About 30 per cent of the mill's output was exported to Asia.", 30, "percent", IND, ""),
]

# (language, text, value or None): a count that says where its part is ("210 firms in Norway") and bare numbers after
# it that say where theirs are ("650 in Canada") are parts side by side, counts of the same noun whatever their size
PLACED_PARTS: list[tuple[str, str, float | None]] = [
    ("en", "The ranking lists 210 firms in Norway, 650 in Canada and 480 in Brazil, 300 in Chile.", 650),
    ("en", "The ranking lists 210 firms in Norway, 650 in Canada and 480 in Brazil, 300 in Chile.", 300),
    ("en", "The fund backs 12 companies from Leeds, 40 from Bristol.", 40),
    # near-miss: a count that says no place is no sibling of a larger part
    ("en", "The ranking lists 210 firms, 650 in Canada.", None),
]
