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
