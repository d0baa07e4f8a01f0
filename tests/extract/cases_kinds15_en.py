"""Table cases for round 15's English kinds (issue 14, branch en15). English only: the mechanisms are English word
orders (an indefinite subject, a table row's phase label, a company's few projects summed); the Chinese rules have
their own (zh_one_project, zh_batches). Every sentence is made up for these tests; none is a held-out sentence.
test_kinds15_en.py runs them."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"

# (language, text, value, unit, kind, investor): a sentence whose subject is one facility written with "a", "an" or
# "one" gives that new facility's amount, a project, with the company named as its agent ("by X") if any
INTRODUCED: list[tuple[str, str, float, str, str, str]] = [
    ("en", "A new glass fibre project, a key investment by Norvale Materials Co in Ashford with a total investment of "
           "3.2 billion yuan, broke ground on May 4.", 3.2e9, "CNY", P, "Norvale Materials Co"),
    ("en", "A cold-chain logistics project worth about 450 million yuan is to settle in the port district.", 450e6,
     "CNY", P, ""),
    ("en", "One mill, which will be built near the river and will cost RMB75 million, will employ local workers.",
     75e6, "CNY", P, ""),
    ("en", "An electrolyser plant with an investment of 1.1 billion yuan will start production next year.", 1.1e9,
     "CNY", P, ""),
    # near-misses: a counted or collective subject, a plural facility, a subject that is no facility
    ("en", "A total of 30 projects with an investment of 12 billion yuan will start this year.", 12e9, "CNY", IND,
     ""),
    ("en", "A number of key projects including a new plant will receive 5 billion yuan this year.", 5e9, "CNY", T,
     ""),
    ("en", "A batch of plants, with a total investment of 8 billion yuan, were signed in March.", 8e9, "CNY", IND, ""),
    ("en", "A new policy will offer subsidies of 20 million yuan to the city's factories.", 20e6, "CNY", T, ""),
]

# (language, text, value, unit, kind, investor): the sum of the few projects a company has just announced, written as
# "the two … projects" (or "both projects", "the three projects invested by X"), is the company's project
SUMMED: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Tallow Shares plans to invest 6.2 billion yuan in a resin project and 2.3 billion yuan in a film project. "
           "A total of 8.5 billion yuan is planned to be invested in the two projects.", 8.5e9, "CNY", P,
     "Tallow Shares"),
    ("en", "From March to May, the three projects invested by Clearbrook Water in just two months will cost 2.6 "
           "billion yuan.", 2.6e9, "CNY", P, "Clearbrook Water"),
    ("en", "Harlow Motors opened a plant in May and a lab in June. The two projects cost 2.4 billion yuan.", 2.4e9,
     "CNY", P, "Harlow Motors"),
    ("en", "Both projects, invested by Harlow Motors Co., will cost 1.2 billion yuan.", 1.2e9, "CNY", P,
     "Harlow Motors Co"),
    # near-misses: a place's two projects, a company's past total over many projects, no one named before
    ("en", "The city signed a port project and a rail project on Monday. A total of 9 billion yuan will be invested "
           "in the two projects.", 9e9, "CNY", IND, ""),
    ("en", "Norvale Group has invested 7 billion yuan in 11 projects in the city since 2010.", 7e9, "CNY", IND, ""),
    ("en", "The two projects will cost a total of 3 billion yuan, the county government said.", 3e9, "CNY", T, ""),
]

# (language, text, value, unit, kind, investor): a table row or list line labelled by a phase gives that phase's
# investment, a part of one project (no investor: the total carries it)
PHASE_ROWS: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Norvale Tech will invest RMB 90 million in a coating project. It goes in phases:\nPhase | Investment |\n"
           "---|---|\nPhase 1 | RMB 30million (USD 4.1m) | Build the line |\nPhase 2 | RMB 60 million | Assembly |",
     30e6, "CNY", P, ""),
    ("en", "Norvale Tech will invest RMB 90 million in a coating project. It goes in phases:\nPhase | Investment |\n"
           "---|---|\nPhase 1 | RMB 30million (USD 4.1m) | Build the line |\nPhase 2 | RMB 60 million | Assembly |",
     60e6, "CNY", P, ""),
    ("en", "The park will be built in two phases.\nPhase I: about 3 billion yuan, to be completed in 2025.", 3e9, "CNY",
     P, ""),
    ("en", "The port will be expanded in stages.\nSecond phase - 2 billion yuan, from 2026.", 2e9, "CNY", P, ""),
    # near-misses: a row labelled by a year, a line that only mentions a phase after its label
    ("en", "The city's plan by year:\nYear | Investment |\n2025 | RMB 50 million |", 50e6, "CNY", IND, ""),
    ("en", "Investment: 4 billion yuan will go to phase 2 of the zone's road network.", 4e9, "CNY", T, ""),
]

# (language, text, value, unit, kind, investor): the period that makes signed contracts a period's achieved total is
# the amount's own sentence's, never one the next sentence opens with
OWN_SENTENCE_PERIOD: list[tuple[str, str, float, str, str, str]] = [
    ("en", "The plant, built in the east zone, has signed contracts worth 300 million yuan. In the first half of 2023 "
           "the zone grew.", 300e6, "CNY", P, ""),
    # near-misses: the period in the amount's own sentence
    ("en", "The plant, built in the east zone, has signed contracts worth 300 million yuan in the first half of 2023.",
     300e6, "CNY", IND, ""),
    ("en", "Norvale Group signed contracts worth 300 million yuan in the first half.", 300e6, "CNY", IND, ""),
]

# (language, text, value, unit, kind, investor): an amount opening its clause after a one-word adverbial ("Finally,
# another N …"), bracketed conversion and all, as what a company's investment goes into ("will be infused into X") is
# a part of that investment, a project without investor
ALLOTTED_AFTER_ADVERB: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Norvale Tech Co., Ltd. will invest RMB 120 million in a plating project. Finally, another RMB100 million "
           "(USD13.7m) will be infused into Harlow Earth Magnet Co., Ltd.", 100e6, "CNY", P, ""),
    ("en", "Norvale Tech Co., Ltd. will invest RMB 120 million in a plating project. Meanwhile, RMB40 million "
           "(USD5.5m) will be injected into its coating plant.", 40e6, "CNY", P, ""),
    # near-misses: a place's plan, money for loans
    ("en", "The city will build two roads. Finally, another 2 billion yuan will be invested in the city's parks.", 2e9,
     "CNY", T, ""),
    ("en", "Norvale Tech Co., Ltd. raised RMB 120 million. Finally, RMB40 million will be used to repay loans.", 40e6,
     "CNY", T, ""),
]

# (language, text, value, unit, kind, investor): "…, for the company to invest N": an infinitive with its own subject
# opens a clause whose subject (the company named before) invests, not the place coordinated in the main clause
FOR_SUBJECT_TO: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Clearbrook Water Co. and Ashford city signed a cooperation agreement in May 2022, for the company to "
           "invest 1.25 billion yuan ($180 million) to build a plant in Ashford.", 1.25e9, "CNY", P,
     "Clearbrook Water Co"),
    ("en", "The city signed a pact with Clearbrook Water in May, for Clearbrook Water to invest 2 billion yuan in a "
           "plant.", 2e9, "CNY", P, "Clearbrook Water"),
    # near-miss: the infinitive's subject is a place
    ("en", "Ashford county and the province signed a pact in May, for the county to invest 2 billion yuan in roads.",
     2e9, "CNY", IND, ""),
]

# (language, text, value or None for no count at all): "N items" of a group of projects the clause names before it
# count the projects
ITEMS_OF_PROJECTS: list[tuple[str, str, float | None]] = [
    ("en", "In Ashford, the second batch of projects started this year comprises 30 items with a total investment of "
           "20.3 billion yuan.", 30),
    ("en", "The city's list of key projects includes 41 items, covering energy and roads.", 41),
    # near-misses: items of something else, items with no projects before them
    ("en", "The support package includes 12 items for small firms.", None),
    ("en", "The plan lists 30 items of work for the new year.", None),
]

# (language, text, value, unit, kind, investor): a measure named right after the amount as what it adds to ("contribute
# N to the county's revenues", "N in annual taxes") makes the amount a project's yield, a target, not its investment
YIELD_AFTER: list[tuple[str, str, float, str, str, str]] = [
    ("en", "The plant is expected to offer 400 jobs and contribute some 300 million yuan to the county's revenues once "
           "put into production.", 300e6, "CNY", T, ""),
    ("en", "The new base will bring 80 million yuan to the city's fiscal income every year.", 80e6, "CNY", T, ""),
    # near-misses: an investment in a facility of the county's, money to a fund
    ("en", "Norvale will invest 300 million yuan in the county's new plant.", 300e6, "CNY", P, "Norvale"),
    ("en", "The plant, which will cost 300 million yuan, is the county's largest.", 300e6, "CNY", P, ""),
]

# (language, text, value, kind): jobs a project will create written as job vacancies or positions, or as
# "employment opportunities for N workers", are a target count of jobs; ones a plant already has are not expected
JOB_FORMS: list[tuple[str, str, float, str]] = [
    ("en", "The plant is expected to offer 400 job vacancies.", 400, T),
    ("en", "The new line will create 250 job positions for local residents.", 250, T),
    ("en", "Once running, the plant is expected to generate employment opportunities for approximately 2,000 "
           "workers.", 2000, T),
    # near-miss: vacancies a plant already has
    ("en", "The plant has 400 job vacancies it cannot fill.", 400, IND),
]

# (language, text, value, unit, kind, investor): a sentence adverb before its comma ("Indeed, X …", "Notably, X …") is
# no part of the subject, never a company; a company written with a present verb ("X shows …, and has announced an
# investment of N") is the subject the investment is of
SENTENCE_ADVERB: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Indeed, Harlow Motors shows no signs of slowing down, and has recently announced an investment of $1 "
           "billion in a new production facility in Kenya.", 1e9, "USD", P, "Harlow Motors"),
    ("en", "Notably, Harlow Motors has announced an investment of $2 billion in a new plant.", 2e9, "USD", P,
     "Harlow Motors"),
    # near-miss: the adverb opens a place's sentence
    ("en", "Notably, the city has recently announced an investment of $1 billion in roads.", 1e9, "USD", IND, ""),
]

# (language, text, value, unit, kind, investor): "total investment (of|for) … project (of X) amounts to N" with the
# article dropped, as a filing brief or a headline writes it (in capitals too), is that one project's total
TOTAL_OF_PROJECT: list[tuple[str, str, float, str, str, str]] = [
    ("en", "* TOTAL INVESTMENT HALDEN COPPER PROJECT AMOUNTS TO RMB1.2 BILLION", 1.2e9, "CNY", P, ""),
    ("en", "* Total investment for project of Tallow Gold Fields amounts to about RMB2.5 billion", 2.5e9, "CNY", P, ""),
    # near-misses: the total of several projects, of a project list
    ("en", "Total investment of the 30 projects amounts to 5 billion yuan.", 5e9, "CNY", IND, ""),
    ("en", "Total investment of the city's project list is 5 billion yuan.", 5e9, "CNY", IND, ""),
]

# (language, text, value, unit, kind, investor): a facility "and (its) supporting projects" is one project with its own
# works, not several projects; other projects beside them, or supporting projects counted, stay an aggregate
SUPPORTING_WORKS: list[tuple[str, str, float, str, str, str]] = [
    ("en", "Clearbrook Water has grown fast. In November 2022, the Clearbrook Water Ashford Production Base and "
           "supporting projects with an investment of 1.5 billion yuan were signed.", 1.5e9, "CNY", P,
     "Clearbrook Water"),
    # near-misses
    ("en", "In May, the zone's key projects and supporting projects with an investment of 5 billion yuan were signed.",
     5e9, "CNY", IND, ""),
    ("en", "In May, 12 supporting projects with an investment of 5 billion yuan were signed.", 5e9, "CNY", IND, ""),
]
