"""Table cases for English kinds that follow a structure, not a phrase (issue 14, round 10): an amount with its
conversion in parentheses, a company's single project amount, a project's expected output once built, the jobs a
project will create. Each rule has positive and negative cases: a government's plan stays a target, a place's
achieved total stays an indicator, a single company project stays a project.

The sentences are written for these tests (no held-out sentence; companies and places are made up). Shapes as in
tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator; "" for any comparator), FIELDS
(language, text, value, field, expected — "" for no value), ONE_FACT (text, value, unit, converted value, converted
unit: one fact of the first amount, none of its conversion)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN = "en"

# --- 1. an amount with its conversion in parentheses: one fact, in its first currency ---------------------------------
ONE_FACT: list[tuple[str, float, str, float, str]] = [
    ("Norvane Appliances Co. Ltd. said it will spend 640 million yuan (U.S. $79 million) on new lines.",
     640e6, "CNY", 79e6, "USD"),
    ("Kestor Foods Co. Ltd. will invest 420 million yuan (approx. U.S. $52 million) in a dairy plant.",
     420e6, "CNY", 52e6, "USD"),
    ("Brightwell Motors plans a RMB 1.5 billion (about $210 million) engine plant in Jiangxi.",
     1.5e9, "CNY", 210e6, "USD"),
    ("Tarsen Co. Ltd. opened a 2.2 billion yuan (U.S.$310 million) glass plant in Hubei.", 2.2e9, "CNY", 310e6, "USD"),
    ("Tarsen Co. Ltd. opened a 2.2 billion yuan (US $310 million) glass plant in Hubei.", 2.2e9, "CNY", 310e6, "USD"),
    ("Velmora Co. Ltd. will invest these sums:\n  • 180 million yuan (U.S. $22.3 million) will fund a paint line\n"
     "  • 70 million yuan will go toward staff training\n", 180e6, "CNY", 22.3e6, "USD"),
    ("Rexon Group's new mill cost $US95 million (RMB 680 million) and opened in May.", 95e6, "USD", 680e6, "CNY"),
]

# a headline's amount converting the body's is one with it, also below a page's menu line
_CONVERTED_HEADLINE = ("Menu\n\nTessaro to invest $420 million in new glass plant\n\n2 min read\n\nGlass maker Tessaro "
                       "is expected to invest 2.9 billion yuan (420 million U.S. dollars) to build a float glass plant "
                       "in the port city of Rizhao, according to an agreement signed on Monday.")
# (text, unit, how many facts of that unit)
HOW_MANY: list[tuple[str, str, int]] = [
    (_CONVERTED_HEADLINE, "USD", 0),
    (_CONVERTED_HEADLINE, "CNY", 1),
    ("Menu\n\nTessaro to invest $420 million in Texas\n\nGlass maker Tessaro will invest 420 million dollars in a "
     "plant in Texas, and its unit will spend 150 million dollars on a warehouse in Ohio, the company said.", "USD", 2),
]

# a report's paragraphs between a company named in passing and the city's own plan
_FILLER = ("The city's economy grew steadily, its services expanded and its ports handled more goods than before. " * 14
           + "\n\n")

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # what follows an amount is read after its conversion: "a N (M) plant" is one plant's
    (EN, "The state approved Corvane Motors' proposal to build a 2.4 billion yuan ($330 million) assembly plant "
         "in Hebei.", 2.4e9, "CNY", P, ""),
    (EN, "Tarsen Co. Ltd. opened a 2.2 billion yuan (U.S.$310 million) glass plant in Hubei.", 2.2e9, "CNY", P, ""),
    # "$US" before the number is a dollar amount
    (EN, "Located near the port, the factory cost more than $US137 million and employs 900 people.", 137e6, "USD", P,
     ""),

    # --- 2. a company's single project amount --------------------------------------------------------------------
    # a company's announced plan to invest in one project
    (EN, "Halvorsen has announced a plan to invest US$ 88 million in Vietnam to build a compressor factory.",
     88e6, "USD", P, ""),
    (EN, "Orbitek Co. Ltd. revealed its plan to spend 1.3 billion yuan on a wafer plant in Wuxi.", 1.3e9, "CNY", P, ""),
    (EN, "The provincial government announced a plan to invest 60 billion yuan in rural roads this year.",
     60e9, "CNY", T, ""),
    (EN, "Halvorsen unveiled a $300 million investment to expand its Ohio factory.", 300e6, "USD", P, ""),
    (EN, "The city approved a 2 billion yuan investment in a new metro line.", 2e9, "CNY", IND, ""),
    # a facility's cost
    (EN, "Lantern Dairy Co. Ltd. has four plants. A yogurt facility was built in Xuchang with a cost of "
         "RMB 310 million.", 310e6, "CNY", P, ""),
    (EN, "The new plant, which will cost 900 million yuan, is Pellwick's largest.", 900e6, "CNY", P, ""),
    (EN, "The city will repair its roads at a cost of 3 billion yuan this year.", 3e9, "CNY", T, ""),
    (EN, "The two plants cost 5 billion yuan in total last year.", 5e9, "CNY", IND, ""),
    # a company's investment allotted to one thing, and one investment of the company
    (EN, "Velmora Co. Ltd. will spend 600 million yuan on new projects. Of that sum:\n"
         "  • 180 million yuan will fund a paint line in Hefei\n"
         "  • 120 million yuan will go toward the development of coatings\n"
         "  • 90 million yuan will help upgrade its testing centre\n"
         "  • 80 million yuan will be invested in staff housing\n", 120e6, "CNY", P, ""),
    (EN, "Velmora Co. Ltd. will spend 600 million yuan on new projects. Of that sum:\n"
         "  • 180 million yuan will fund a paint line in Hefei\n"
         "  • 90 million yuan will help upgrade its testing centre\n", 90e6, "CNY", P, ""),
    (EN, "Kestor Foods Co. Ltd. approved several plans. One of them is a 260 million yuan investment to establish "
         "research centres in Europe.", 260e6, "CNY", P, ""),
    # an amount opening its clause as the subject of a future predicate, with no company: a plan's figure
    (EN, "The county government set out its plan. 5 billion yuan will be invested in roads and bridges.",
     5e9, "CNY", T, ""),
    (EN, "Work began on 18 projects with a total investment of 9.2 billion yuan, of which 3.1 billion yuan is "
         "scheduled to be spent this year.", 3.1e9, "CNY", T, ""),
    (EN, "The district's plan for next year:\n  • 800 million yuan (about $110 million) is expected to go to schools\n",
     800e6, "CNY", T, ""),
    (EN, "Last year 3 billion yuan was invested in the county's roads.", 3e9, "CNY", IND, ""),
    (EN, "Work began on 18 projects with a total investment of 9.2 billion yuan, of which 3.1 billion yuan was "
         "spent last year.", 3.1e9, "CNY", IND, ""),
    (EN, "The province plans a 3 billion yuan investment in rural roads.", 3e9, "CNY", T, ""),
    (EN, "Velmora Co. Ltd. raised 2 billion yuan in its share sale. 500 million yuan will be used to repay loans.",
     500e6, "CNY", T, ""),
    (EN, "Delmont Co., Ltd. opened an office in the city in May. " + _FILLER + "The city plans a 3 billion yuan "
         "investment in rural roads.", 3e9, "CNY", T, ""),

    # --- 3. a project's expected output once built -------------------------------------------------------------
    (EN, "After the completion of the project, the annual output value reaches 260 million yuan.", 260e6, "CNY", T,
     ""),
    (EN, "Once completed, the plant's yearly sales reach 2 billion yuan.", 2e9, "CNY", T, ""),
    (EN, "Upon completion, the base generates annual revenue of 4 billion yuan.", 4e9, "CNY", T, ""),
    (EN, "The new industrial park will march towards 20 billion yuan of output.", 20e9, "CNY", T, ""),
    (EN, "Eight plants are under construction. The expected annual output of the plants is 7 billion yuan.",
     7e9, "CNY", T, ""),
    (EN, "The city's output value reached 130 billion yuan last year after the completion of 40 projects.",
     130e9, "CNY", IND, ""),
    (EN, "The city's output value reached 130 billion yuan last year after the completion of 40 projects.",
     40, "count", IND, ""),
    (EN, "The county's industrial output was 30 billion yuan in 2022.", 30e9, "CNY", IND, ""),
    # the completion named after the amount
    (EN, "The project covers 200 mu, with an annual output value of 800 million yuan after completion.",
     800e6, "CNY", T, ""),
    (EN, "The base will see annual sales of 3 billion yuan once it is put into production.", 3e9, "CNY", T, ""),
    (EN, "The park has a designed annual output value of 9 billion yuan.", 9e9, "CNY", T, ""),
    (EN, "The plant's output reached 2 billion yuan last year after completion of its upgrade.", 2e9, "CNY", IND, ""),
    (EN, "The city's output value was 50 billion yuan after the completion of 40 projects.", 50e9, "CNY", IND, ""),
    # a plan's count of projects is a target, the group's total investment an indicator
    (EN, "This year the city is planning 520 key projects, with a total investment of 260 billion yuan.",
     520, "count", T, ""),
    (EN, "This year the city is planning 520 key projects, with a total investment of 260 billion yuan.",
     260e9, "CNY", IND, ""),
    (EN, "Last year 66 projects were started in the city, with a total investment of 31 billion yuan.",
     66, "count", IND, ""),

    # --- 4. jobs a project will create ---------------------------------------------------------------------------
    (EN, "Marlow Chemical plans to build a $900 million plant that will employ 240 people in Texas.", 240, "count", T,
     ""),
    (EN, "After completion, more than 6,000 people will be employed at the base.", 6000, "count", T, ""),
    (EN, "In addition, the company will hire 85 new workers to staff the line.", 85, "count", T, ""),
    (EN, "The state expects another 700 new indirect jobs around the plant.", 700, "count", T, ""),
    (EN, "The direct jobs will carry an average annual salary of more than $65,000.", 65000, "USD", IND, ""),
    (EN, "The plant created 400 jobs last year.", 400, "count", IND, ""),
    (EN, "The project will create 1,200 jobs.", 1200, "count", T, ""),
    (EN, "The factory is expected to bring 2,000 new jobs to the region.", 2000, "count", T, ""),
    (EN, "The plant, which opened in 2019, has created 450 jobs so far.", 450, "count", IND, ""),
    (EN, "The line is part of the 600-job expansion plans Norvik announced last year.", 600, "count", T, ""),
    (EN, "Fenmore Tools said the 250-job plant would open in 2026.", 250, "count", T, ""),
    # farms and ranches a company builds are counted like factories; chambers lumped with enterprises like them
    (EN, "Halden Dairy will build 15 modern dairy ranches in the county.", 15, "count", T, ""),
    (EN, "Work began last week on 6 large-scale cattle farms of Brenner Foods.", 6, "count", IND, ""),
    (EN, "The district signed agreements with 11 chambers of commerce and enterprises from Europe.", 11, "count", IND,
     ""),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    (EN, "Halvorsen unveiled a $300 million investment to expand its Ohio factory.", 300e6, "investor", "Halvorsen"),
    (EN, "Halvorsen has announced a plan to invest US$ 88 million in Vietnam to build a compressor factory.",
     88e6, "investor", "Halvorsen"),
    (EN, "Orbitek Co. Ltd. revealed its plan to spend 1.3 billion yuan on a wafer plant in Wuxi.", 1.3e9, "investor",
     "Orbitek Co. Ltd"),
    (EN, "The new plant, which will cost 900 million yuan, is Pellwick's largest.", 900e6, "investor", ""),
]

# a workforce already on a payroll is no jobs count at all
NOT_COUNTED: list[tuple[str, float]] = [
    ("The group employs 3,000 people across its plants.", 3000),
    ("The county has 12 chambers of commerce.", 12),
    ("Envoys of 40 chambers of commerce attended the dinner.", 40),
    ("The 2,000-job figure was first given in 2019 by the state.", 2000),
]

# --- 5. lists of counts and value classes (ported from branch en9: en_lists, en_classes) -------------------------
_LISTED = ("The county signed 9 manufacturing projects, 4 projects of returning entrepreneurs, one cold-chain "
           "logistics project, and one Global 500 supplier project, with a total investment of 6.1 billion yuan.")
_CLASSES = ("The 140 projects cover many industries. Six of the projects bring a total investment of more than 5 "
            "billion yuan and 18 total more than 1 billion yuan.")
_EXCEED = "Of the 52 deals, 9 have an investment of over 2 billion dollars and 15 exceed 500 million dollars."
NUMERIC += [
    (EN, _LISTED, 1, "count", IND, ""),  # one item of a list of counts
    (EN, "Of the deals, 14 were industrial projects, 3 were service projects and one tourism project.", 1, "count",
     IND, ""),
    (EN, _LISTED, 6.1e9, "CNY", IND, ""),  # the listed group's total: an indicator, no investor
    (EN, "Fenwick signed 5 projects with Harlow Group and 3 projects with Orbis Foods, with a total investment of "
         "2 billion yuan.", 2e9, "CNY", IND, ""),
    (EN, "Harlow Group's new dairy project, with a total investment of 2 billion yuan, started in May.", 2e9, "CNY",
     P, ""),
    (EN, _CLASSES, 18, "count", IND, ""),
    (EN, _EXCEED, 15, "count", IND, ""),
    (EN, "The 60 projects have a total investment of more than 80 billion yuan.", 80e9, "CNY", IND, ""),
    (EN, "The district signed 12 projects, and the projects total more than 9 billion yuan.", 9e9, "CNY", IND, ""),
]
# (text, unit): no fact of that unit — a class's threshold is no total; "one of the projects" counts nothing
NO_FACT: list[tuple[str, str]] = [
    (_CLASSES, "CNY"),
    (_EXCEED, "USD"),
    ("Only one of the projects has broken ground so far.", "count"),
    ("Work on one greenhouse project began in May.", "count"),
]
