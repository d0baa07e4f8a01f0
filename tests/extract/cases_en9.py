"""Table cases for round 9's English rules: jobs a project will create written as people it will employ, and jobs
with other modifiers, value classes, list items, investors. Every sentence is made up for these tests (none is a
held-out sentence); test_forms_en.py runs the found / not-a-fact / how-many tables, test_en9_table.py the others.
"""

from __future__ import annotations

T, IND = "target", "indicator"

# (text, value, kind): the count is found with this kind
EN9_FOUND: list[tuple[str, float, str]] = [
    ("Norvale Polymers will build a $900 million resin plant that will employ 240 people in Harlow County.", 240, T),
    ("Once running, the mill is expected to employ about 600 workers, the governor said.", 600, T),
    ("The base will be completed in 2027, and more than 3,000 people will be employed.", 3000, T),
    ("Around 450 local residents are expected to be hired when the park opens.", 450, T),
    ("The smelter would provide jobs for 1,200 villagers in the valley.", 1200, T),
    ("The agency projects another 900 new indirect jobs in the region.", 900, T),
    ("The project will bring 350 permanent jobs and 1,500 temporary construction jobs.", 1500, T),
]

# (text, unit): no count is a fact — a workforce a company already has, people who attend or are trained
EN9_NOT_FACTS: list[tuple[str, str]] = [
    ("Kestrel Foods employs 3,000 people at its four dairies.", "count"),
    ("About 2,000 people attended the opening of the trade fair.", "count"),
    ("The mill employed 220 workers last year, its report said.", "count"),
    ("The county has 80 employees in its planning office.", "count"),
    ("The plant will train 60 people from the town each spring.", "count"),
]

# (text, value, kind): jobs already created are reported (an `indicator`)
EN9_FOUND += [
    ("Last year the park created 400 new jobs, the county said.", 400, IND),
    ("The carmaker has added more than 900 new jobs since 2021.", 900, IND),
]

# (text, value, investor): the investor of a project amount ("" for none) — an official quoted before is never one;
# the company owning a facility the sentence before names ("the site of the tile plant of X") is
EN9_INVESTOR: list[tuple[str, float, str]] = [
    ("Party Secretary Liu Hanbin and Mayor Zhao Ming attended the ceremony in Norcity. Liu Hanbin said the city "
     "will speed up construction.\n\nThe main venue is at the site of the tile plant of Dongfang Ceramics in the "
     "high-tech zone. The total investment of the project is 5 billion yuan.", 5e9, "Dongfang Ceramics"),
    ("Governor Mark Ellison spoke at the groundbreaking. Mark Ellison said the region welcomes investors.\n\n"
     "The project has a total investment of 800 million dollars.", 8e8, ""),
    ("Mayor Chen Yutao visited the supporting projects of Harvale Foods in Eastport on Monday. The total "
     "investment of the project is 2.2 billion yuan.", 2.2e9, "Harvale Foods"),
    ("The ceremony was held at the industrial park of Westlake County. The total investment of the project is 3 "
     "billion yuan.", 3e9, ""),
]

# --- one item of a list of counts ("…, one logistics project and one Fortune 500 supplier project") ------------
_LISTED = ("The county signed 9 manufacturing projects, 4 projects of returning entrepreneurs, one cold-chain "
           "logistics project, and one Global 500 supplier project, with a total investment of 6.1 billion yuan.")
EN9_FOUND += [
    (_LISTED, 1, IND),
    ("Of the deals, 14 were industrial projects, 3 were service projects and one tourism project.", 1, IND),
]
EN9_NOT_FACTS += [
    ("Only one of the projects has broken ground so far.", "count"),
    ("Work on one greenhouse project began in May.", "count"),
]
# (text, value, kind, investor): the total of the listed group is an indicator without an investor
EN9_GROUP_TOTAL: list[tuple[str, float, str, str]] = [
    (_LISTED, 6.1e9, IND, ""),
    ("Fenwick signed 5 projects with Harlow Group and 3 projects with Orbis Foods, with a total investment of "
     "2 billion yuan.", 2e9, IND, ""),
    ("Harlow Group's new dairy project, with a total investment of 2 billion yuan, started in May.", 2e9, "project",
     "Harlow Group"),
]

# --- value classes of a part of the projects and sibling list items ---------------------------------------------
_CLASSES = ("The 140 projects cover many industries. Six of the projects bring a total investment of more than 5 "
            "billion yuan and 18 total more than 1 billion yuan; there are four projects from the Fortune Global 500, "
            "seven from leading private firms, and 30 from the categories of startups and research institutes.")
EN9_FOUND += [
    (_CLASSES, 18, IND),
    (_CLASSES, 7, IND),
    (_CLASSES, 30, IND),
    ("Of the 52 deals, 9 have an investment of over 2 billion dollars and 15 exceed 500 million dollars.", 15, IND),
]
EN9_NOT_FACTS += [
    (_CLASSES, "CNY"),  # the classes' thresholds are no totals
    ("Of the 52 deals, 9 have an investment of over 2 billion dollars and 15 exceed 500 million dollars.", "USD"),
]
# (text, value, unit): an amount that stays a fact beside the rules above
EN9_KEPT: list[tuple[str, float, str]] = [
    ("The 60 projects have a total investment of more than 80 billion yuan.", 80e9, "CNY"),
    ("Lindqvist Paper has a total investment of 3 billion yuan in its two mills.", 3e9, "CNY"),
    ("The district signed 12 projects, and the projects total more than 9 billion yuan.", 9e9, "CNY"),
]

# --- chambers lumped with enterprises (counted like enterprises), ranches and farms (counted like factories) -----
EN9_FOUND += [
    ("The district signed agreements with 11 chambers of commerce and enterprises from Europe.", 11, IND),
    ("Halden Dairy will build 15 modern dairy ranches in the county.", 15, T),
    ("Work began last week on 6 large-scale cattle farms of Brenner Foods.", 6, IND),
]
EN9_NOT_FACTS += [
    ("The county has 12 chambers of commerce.", "count"),
    ("Envoys of 40 chambers of commerce attended the dinner.", "count"),
]

# --- the average salary of the jobs a project creates: an indicator ---------------------------------------------
EN9_AMOUNT_KIND: list[tuple[str, float, str, str]] = [
    ("The new jobs will pay an average annual salary of $72,000, the agency said.", 72000, "USD", IND),
    ("The positions will carry an average yearly wage of more than $65,000 plus benefits.", 65000, "USD", IND),
]

# --- a company's plan or proposal to build one facility: its project -------------------------------------------
EN9_INVESTOR += [
    ("The provincial government has approved Norvale Motor Holdings' proposal to build a 2.4 billion yuan ($330 "
     "million) engine plant in Hexi.", 2.4e9, "Norvale Motor Holdings"),
    ("Regulators back Tessaro Glass plan to build 900 million yuan float glass plant", 9e8, "Tessaro Glass"),
]
EN9_INVESTOR += [
    ("Hexi County's plan to build a 1 billion yuan logistics park was approved in May.", 1e9, ""),  # a place's
]

# --- a company's name: "Group Co Ltd" without dots is one name; a name never spans a blank line -------------------
EN9_INVESTOR += [
    ("Shenzhen-listed Harrow Valley Dairy Group Co Ltd expects to spend RMB450 million (US$70 million) on a milk "
     "plant in Jiyuan city.", 4.5e8, "Shenzhen-listed Harrow Valley Dairy Group Co Ltd"),
    ("Share this\n\nDairy giant Harrow Valley Dairy Group Co., Ltd will build a cheese plant. The plant has a total "
     "investment of 2 billion yuan.", 2e9, "Harrow Valley Dairy Group Co., Ltd"),
]
EN9_INVESTOR += [  # a verb "plans to build": the sentence's subject, its whole name
    ("Corvane Specialty Chemical Group Co. Ltd. plans to build a $900 million resin plant in Texas.", 9e8,
     "Corvane Specialty Chemical Group Co. Ltd"),
]

# --- a headline's amount converting the body's, below a page's menu line ------------------------------------------
_CONVERTED_HEADLINE = ("Menu\n\nTessaro to invest $420 million in new glass plant\n\n2 min read\n\nGlass maker Tessaro "
                       "is expected to invest 2.9 billion yuan (420 million U.S. dollars) to build a float glass plant "
                       "in the port city of Rizhao, according to an agreement signed on Monday.")
EN9_HOW_MANY: list[tuple[str, str, int]] = [
    (_CONVERTED_HEADLINE, "USD", 0),
    (_CONVERTED_HEADLINE, "CNY", 1),
    ("Menu\n\nTessaro to invest $420 million in Texas\n\nGlass maker Tessaro will invest 420 million dollars in a "
     "plant in Texas, and its unit will spend 150 million dollars on a warehouse in Ohio, the company said.", "USD", 2),
]

# --- a place or its official signs with a company for a project: the company invests ------------------------------
EN9_INVESTOR += [
    ("Representing Hexi County, Liang Wenbo formally signed a contract with Corvane Textile Technology Co., Ltd. for "
     "the Green Textile Park project, which has an investment of 2 billion yuan.", 2e9,
     "Corvane Textile Technology Co., Ltd."),
    ("The district signed an investment agreement with Halden Foods Group on the new dairy processing project, "
     "which has a total investment of 800 million yuan.", 8e8, "Halden Foods Group"),
]
EN9_AMOUNT_KIND += [  # a signing with a company that names no project: the place's figure stays what it was
    ("The city signed agreements with Halden Foods Group, and its signed projects total 5 billion yuan this year.",
     5e9, "CNY", IND),
]

# the shape of tests/extract/cases_forms_en.py's FORMS_FOUND (text, value, unit, kind): test_forms_en.py runs these
EN9_FORMS_FOUND: list[tuple[str, float, str, str]] = [(t, v, "count", k) for t, v, k in EN9_FOUND] + EN9_AMOUNT_KIND
