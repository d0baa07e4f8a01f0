"""Table cases for English kinds and investors decided by structure (issue 14, round 11): a project's expected yield
told by a modal predicate or after its completion, a bare total after a count of projects, a measure with its own
quantity inside a project's name, a company's "we" in reported speech, a company's possessive or "by X" before its one
investment, a named facility with its cost, a group's balance-sheet figures, an amount done in a period, what a plan
"calls for", a party's share of a joint venture, and investors' names (a place written as one, a headline's descriptor,
a defined short name). Each rule has positive and negative cases: a place's achieved total stays an indicator, a
company's single project stays a project, a government's plan stays a target.

The sentences are written for these tests (no held-out sentence; companies and places are made up). Shapes as in
tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator; "" for any comparator), FIELDS
(language, text, value, field, expected — "" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN = "en"

_BASE = ("Corvane Foods Co. Ltd. will invest 1.8 billion yuan to build a dairy base in Pingshan county. "
         "Once in operation, the base's annual sales revenue could reach 900 million yuan.")
_CAPACITY = ("The carmaker aims to reach a production capacity of US$ 300 million at its new Ohio plant within four "
             "years.")
_COMPLETED = ("Upon reaching full capacity, the plant will turn out 40,000 tonnes of glass a year, and its annual "
              "output value is about 2.6 billion yuan.")
_BATCH = ("Morrow county launched 28 projects on Friday.\n\nThe total investment exceeds 12 billion yuan, the county "
          "government said.")
_ONE_PLANT = "Tavlor Steel will build a new rolling mill in Dongshan. The total investment is 3 billion yuan."
_OWN_SIZE = ("Of these, the total investment of the Helmar Paper project with an annual output of 300,000 tons of "
             "tissue is 2 billion yuan.")

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # 1. a project's expected yield, by a modal predicate between its measure and it: a target
    (EN, _BASE, 900e6, "CNY", T, ""),
    (EN, _BASE, 1.8e9, "CNY", P, ""),  # the investment stays the company's project
    (EN, "The new brewery covers 30 hectares. Its annual tax payments can reach up to more than 150 million yuan.",
     150e6, "CNY", T, ""),
    (EN, "When the line is completed, annual sales income of the plant will exceed 700 million yuan.", 700e6, "CNY",
     T, ""),
    (EN, _CAPACITY, 300e6, "USD", T, ""),  # a company's aim to reach a capacity in money: no project
    (EN, _COMPLETED, 2.6e9, "CNY", T, ""),  # a present estimate in a sentence opening on the completion
    (EN, "Talvor Motors said the new plant would bring in annual revenue of about 3 billion yuan.", 3e9, "CNY", T, ""),
    (EN, "Talvor Motors will build an engine plant, which could generate annual sales of 3 billion yuan.", 3e9, "CNY",
     T, ""),
    (EN, "Talvor Motors generated annual sales of 3 billion yuan last year.", 3e9, "CNY", IND, ""),  # achieved
    # negative: an achieved measure, a place's figure with no completion told, an investment
    (EN, "Last year the plant's annual sales revenue reached 900 million yuan.", 900e6, "CNY", IND, ""),
    (EN, "The county's annual industrial output value is about 48 billion yuan.", 48e9, "CNY", IND, ""),
    (EN, "Upon completion of the park's roads last year, its annual output value was 6 billion yuan.", 6e9, "CNY",
     IND, ""),
    (EN, "Norvik Chemicals will invest 2.5 billion yuan in a resin plant in Jiangmen.", 2.5e9, "CNY", P, ""),
    # 2. a bare total opening the sentence after a count of projects: the group's total, an indicator
    (EN, _BATCH, 12e9, "CNY", IND, ""),
    (EN, "Halden district signed 14 projects in March. Their total investment reached 6.2 billion yuan.", 6.2e9,
     "CNY", IND, ""),
    # negative: one company's one plant, and a place's plan of a year
    (EN, _ONE_PLANT, 3e9, "CNY", P, ""),
    (EN, "Morrow county will start 30 projects this year, with a total investment of 9 billion yuan.", 9e9, "CNY", T,
     ""),
    # 3. a measure given its own quantity describes the project, not the amount: one project's investment
    (EN, _OWN_SIZE, 2e9, "CNY", P, ""),
    (EN, "The total investment of the new cement project with an annual output of 2 million tonnes is 1.1 billion "
     "yuan.", 1.1e9, "CNY", P, ""),
    # negative: the measure is the amount's own ("annual output of N yuan" stays an aggregate)
    (EN, "The zone's projects recorded an annual output value of 3.3 billion yuan.", 3.3e9, "CNY", IND, ""),
]

_WE_REPORTED = ("Zhao Ming, vice president of Holmgren Wind Co., Ltd., said that the county has rich wind resources. "
                "We plan to invest 5 billion yuan to build a wind farm in the hills.")
_WE_OFFICIAL = ("Zhao Ming, director of the Morrow County Development and Reform Bureau, said that roads come first. "
                "We plan to invest 5 billion yuan in roads this year.")
_HEADLINE = "Markets | Chinese Firm Talvor Investing $30 Million in Ohio\n\nThe plant will open next year."

NUMERIC += [
    # 4. "we" in an officer's reported speech is the officer's company; a government official's "we" stays a plan
    (EN, _WE_REPORTED, 5e9, "CNY", P, ""),
    (EN, _WE_OFFICIAL, 5e9, "CNY", T, ""),
]

_POSSESSIVE = ("The first batch of tyres left the line in May. It opens Talvor's US$410 million investment into "
               "truck and bus tyres in the zone.")
_BY_FIRM = ("The new Dayton facility represents $350 million in total investment by Helmar, the largest such "
            "investment in the county.")
_NAMED_LIST = ("Twelve projects in Morrow resumed work, including the Halden Carbon Fibre Project with a total "
               "investment of 2.4 billion yuan. Others included the Westvale Pumped Storage Power Station, costing 5 "
               "billion yuan, and the Corvane New Materials Industrial Park, involving a total outlay of 1.6 billion "
               "yuan.")
_NAMED_BY_FIRM = "Norvik Energy launched the Westvale Solar Power Station, with a total investment of 900 million yuan."

NUMERIC += [
    # 6. a company's possessive before its one investment, and "N in total investment by X" of one facility: a project
    (EN, _POSSESSIVE, 410e6, "USD", P, ""),
    (EN, _BY_FIRM, 350e6, "USD", P, ""),
    # negative: a possessive of an investment over many projects, a place's total over its companies
    (EN, "It completes Talvor's US$900 million investment in six projects in the zone.", 900e6, "USD", IND, ""),
    (EN, "Ohio has drawn $2 billion in total investment by Chinese companies since 2010.", 2e9, "USD", IND, ""),
    # 7. a named facility with its cost right after its name: that facility's project, also in a place's list
    (EN, _NAMED_LIST, 2.4e9, "CNY", P, ""),
    (EN, _NAMED_LIST, 5e9, "CNY", P, ""),
    (EN, _NAMED_LIST, 1.6e9, "CNY", P, ""),
    (EN, _NAMED_BY_FIRM, 900e6, "CNY", P, ""),
    # negative: a park's total over many projects, a city's total
    (EN, "The Binhai Industrial Park, with a total investment of 50 billion yuan in 120 projects, opened in May.",
     50e9, "CNY", IND, ""),
    (EN, "Morrow City recorded fixed-asset investment of 80 billion yuan last year.", 80e9, "CNY", IND, ""),
]

_PROFILE = ("Norvale Pharmaceutical Group owns 14 wholly-owned and holding companies, with a total registered capital "
            "of 2.1 billion yuan, total assets of 9.4 billion yuan and 5.2 billion yuan of owner's equity.")
_JV_CAPITAL = ("Talvor and Helmar will set up a joint venture in Hefei. The registered capital of the joint venture "
               "will be 600 million yuan.")

NUMERIC += [
    # 8. a group's balance-sheet figures (its companies' total registered capital, total assets): indicators
    (EN, _PROFILE, 2.1e9, "CNY", IND, ""),
    (EN, _PROFILE, 9.4e9, "CNY", IND, ""),
    # negative: a new joint venture's registered capital stays its project
    (EN, _JV_CAPITAL, 600e6, "CNY", P, ""),
    # 9. an amount done in a period, told right after it: an achieved figure
    (EN, "Work on the county's key projects sped up. The investment of 2.7 billion yuan was completed in the first "
     "half of the year.", 2.7e9, "CNY", IND, ""),
    (EN, "The investment of 900 million yuan had been made by June, the county said.", 900e6, "CNY", IND, ""),
    # negative: a named facility's completed investment, one project's investment to be completed: projects
    (EN, "The Halden plant's investment of 1.2 billion yuan was completed in 2023.", 1.2e9, "CNY", P, ""),
    (EN, "The Halden glass plant has a total investment of 1.3 billion yuan and will be completed in 2026.", 1.3e9,
     "CNY", P, ""),
]

_STATE_OF = ("Construction machinery firm Westcott Pumps Co yesterday signed a memorandum of understanding (MoU) with "
             "the US state of Ohio to build a manufacturing facility with an investment of US$80 million.")
_CITY_OF = ("Pump maker Arlen Machinery Co signed a memorandum of understanding with the state of Victoria to build a "
            "manufacturing facility with an investment of US$40 million.")

_DEFINED = ("Norvale Pharmaceutical Group Co (NPGC) is based in Harbin.\n\nNPGC recently announced that it will "
            "invest 1.3 billion yuan in a new antibiotics line.")
_UNDEFINED = ("The group behind the brand (NPGC) is based in Harbin.\n\nNPGC recently announced that it will invest "
              "1.3 billion yuan in a new antibiotics line.")
_OTHER_INITIAL = ("Harbin Pharmaceutical Group Co (NPGC) is based in Harbin.\n\nNPGC recently announced that it will "
                  "invest 1.3 billion yuan in a new antibiotics line.")

NUMERIC += [
    # 12. what a strategy or a plan "calls for" or "envisages" is a target (a verb missing from the English goal cues)
    (EN, "The move is part of Talvor's strategy, which calls for nine plants in China and four abroad by 2030.", 9,
     "count", T, ""),
    (EN, "The county's plan envisages 40 new projects in the port area.", 40, "count", T, ""),
    # negative: a company's plants counted as they stand
    (EN, "Talvor opened its plant in Hefei last year, bringing its plants in China to 6 plants.", 6, "count", IND, ""),
]

_JV = ("Talvor and the Morrow city fund will set up a joint venture with a registered capital of 2 billion yuan, of "
       "which Talvor will own at least 60%. An entity designated by the city government will contribute no more than "
       "30%.")
_JV_WITH = ("The first phase will cost $3 billion, with Helmar Chips contributing about 55 percent of an initial "
            "registered capital of $1 billion.")

NUMERIC += [
    # 13. a party's share of a joint venture's capital, what it will own or contribute: a project fact
    (EN, _JV, 60, "percent", P, ""),
    (EN, _JV, 30, "percent", P, ""),
    (EN, _JV_WITH, 55, "percent", P, ""),
    # a stake held (also one to be held) is the holder's (round 20); negative: a share of something other than a
    # venture's capital
    (EN, "Under the deal with the joint venture partner, Talvor will hold 85 percent stake.", 85, "percent", P,
     "Talvor"),
    (EN, "Talvor holds 34% equity in the joint venture.", 34, "percent", P, "Talvor"),
    (EN, "Coal contributes about 70 percent of the county's energy use.", 70, "percent", IND, ""),
]

_JOINT_TOTAL = ("Halvard Brewery, a Danish brewer, has begun work on this year's key construction projects in Pingshan "
                "and Morrow on May 4. The projects will cost a total of 800 million yuan.")
_PLACE_PROJECTS = ("Morrow county has begun work on this year's key construction projects in its two parks. The "
                   "projects will cost a total of 800 million yuan.")

NUMERIC += [
    # 14. a company's several projects announced with one joint total, their number not given: one project fact
    (EN, _JOINT_TOTAL, 800e6, "CNY", P, ""),
    # negative: a place's projects stay its plan
    (EN, _PLACE_PROJECTS, 800e6, "CNY", T, ""),
]

_OTHER_PROJECT = ("Talvor Electronics will build a server base in the zone. Among them, the total investment of the "
                  "Halden Paper project with an annual output of 200,000 tons is 1.5 billion yuan.")
_SAME_OWNER = ("Talvor Electronics is building a server base in the zone. The total investment of the Talvor server "
               "project is 3 billion yuan.")
_THE_PLANT = ("Talvor Electronics is building a server plant in the zone. The plant has a total investment of 3 "
              "billion yuan.")
_OTHER_NAMED = ("Talvor Electronics will build a server base in the zone. The total investment of the Halden Paper "
                "project is 1.5 billion yuan.")

_SPOKESMAN_FOR = '"We plan to invest 2 billion yuan in the new plant," said Li Wei, a spokesman for Talvor Motors.'
_NAME_TITLE = '"We will invest 2 billion yuan in the new plant," a Talvor Motors spokesman told reporters.'
_CHAIRMAN_SAID = '"We plan to invest 2 billion yuan in a new engine plant," Talvor Motors chairman Li Wei said.'
_CITY_SPOKESMAN = '"We will invest 900 million yuan in a new hospital," Morrow City Government spokesman Li Wei said.'
_MAYOR = '"We will invest 900 million yuan in a new hospital," said Li Wei, mayor of Morrow.'

NUMERIC += [
    # 16. a quoted "we" of a company's officer, however the attribution names the company: its project
    (EN, _SPOKESMAN_FOR, 2e9, "CNY", P, ""),
    (EN, _NAME_TITLE, 2e9, "CNY", P, ""),
    (EN, _CHAIRMAN_SAID, 2e9, "CNY", P, ""),
    # negative: a government's spokesman or a mayor: a plan
    (EN, _CITY_SPOKESMAN, 900e6, "CNY", T, ""),
    (EN, _MAYOR, 900e6, "CNY", T, ""),
]

_REFERRED = ("Its holding subsidiary Norvale Pharmaceutical Group Halden Glass Co., Ltd. (referred to as Halden Co., "
             "Ltd.) plans to invest a total of 300 million yuan in a vial plant.")

# (text, percentage, investor of the share fact — "" for none)
SHARE_INVESTOR: list[tuple[str, float, str]] = [
    (_JV, 60, "Talvor"),
    (_JV, 30, ""),  # an entity the text does not name as an organisation: no investor
    (_JV_WITH, 55, "Helmar Chips"),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    # 17. the partner a company signs with is no owner of the company's plant; a company a county signs with is; where
    # a company is based is no part of its name
    (EN, "Talvor Motors signed a deal with Serbia to build a tyre plant with an investment of $800 million.", 800e6,
     "investor", "Talvor Motors"),
    (EN, "Morrow county signed an agreement with Talvor Motors to build a tyre plant with an investment of 800 million "
     "yuan.", 800e6, "investor", "Talvor Motors"),
    (EN, "Ohio-based Talvor Motors will invest $200 million in a new plant in Kentucky.", 200e6, "investor",
     "Talvor Motors"),
    (EN, "The plant, a 2 billion yuan investment from Talvor Motors, opened on Monday.", 2e9, "investor",
     "Talvor Motors"),
    (EN, "The plant, a 2 billion yuan investment from Hefei, opened on Monday.", 2e9, "investor", ""),  # a place
    (EN, _SPOKESMAN_FOR, 2e9, "investor", "Talvor Motors"),
    (EN, _NAME_TITLE, 2e9, "investor", "Talvor Motors"),
    (EN, _CHAIRMAN_SAID, 2e9, "investor", "Talvor Motors"),
    # 15. a project named with its own proper name is not the company named before's; the same company's is
    (EN, _OTHER_PROJECT, 1.5e9, "investor", ""),
    (EN, _OTHER_NAMED, 1.5e9, "investor", ""),
    (EN, _SAME_OWNER, 3e9, "investor", "Talvor Electronics"),
    (EN, _THE_PLANT, 3e9, "investor", "Talvor Electronics"),
    (EN, _JOINT_TOTAL, 800e6, "investor", "Halvard Brewery"),
    (EN, _REFERRED, 300e6, "investor", "Norvale Pharmaceutical Group Halden Glass Co., Ltd. (Halden Co., Ltd)"),
    # 11. an investor written as the abbreviation the article defines: "Full Name (ABBR)"; not defined: as written
    (EN, _DEFINED, 1.3e9, "investor", "Norvale Pharmaceutical Group Co (NPGC)"),
    (EN, _UNDEFINED, 1.3e9, "investor", "NPGC"),
    (EN, _OTHER_INITIAL, 1.3e9, "investor", "NPGC"),  # a name not beginning with the abbreviation's letter
    # 10. a place written as one ("the state of X", "the city of Y") is never the investor; the company the sentence is
    # about is, also with a time adverb before its verb ("X Co yesterday signed")
    (EN, _STATE_OF, 80e6, "investor", "Westcott Pumps Co"),
    (EN, _CITY_OF, 40e6, "investor", "Arlen Machinery Co"),
    (EN, _POSSESSIVE, 410e6, "investor", "Talvor"),
    (EN, _BY_FIRM, 350e6, "investor", "Helmar"),
    (EN, _NAMED_LIST, 5e9, "investor", ""),  # the facility's own name is no investor
    (EN, _NAMED_LIST, 1.6e9, "investor", ""),
    (EN, _NAMED_BY_FIRM, 900e6, "investor", "Norvik Energy"),
    (EN, _WE_REPORTED, 5e9, "investor", "Holmgren Wind Co., Ltd."),
    # 5. a headline's descriptor before the name is no part of it
    (EN, _HEADLINE, 30e6, "investor", "Talvor"),
    (EN, _BASE, 1.8e9, "investor", "Corvane Foods Co. Ltd"),
    (EN, _BATCH, 12e9, "investor", ""),
]
