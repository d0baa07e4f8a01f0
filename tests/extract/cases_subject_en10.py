"""Table cases of round 10's investor decisions for English amounts (`app.extract.subject_en`, the organisation
names of `app.extract.orgs` and the sentence ends of `app.extract.segments`): an organisation's name never runs
across a blank line (page chrome above it: "Print this page", "Share this story"); "Co., LTD." written in capitals
ends no sentence, so the project named after it is that company's; an official's name (after a title, or with
the title in it) is never the company of a project the next sentences describe; "the … projects of X" names the
company owning the project the next sentence gives an amount for; a place's official signing a contract with X for
the Y project, "which has an investment of N", makes X the investor. Cases that stay: a city's total over its key
projects stays an indicator with no investor; a company named before stays the owner of "the new plant".

Sentences written for these tests (no held-out sentence; companies, people and places made up). Shapes as in
tests/extract/cases.py."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN = "en"

_PRINT = ("Acme To Expand In Europe\nSep 23, 2005\n Print this page\n\nJiangzhou Acme Motor Co. Ltd. said this "
          "morning that it will spend 810 million yuan on new projects.")
_SHARE = "Share this story\n\nNorthwind Pumps Co., Ltd. will invest 500 million yuan in a new plant in Hubei."
_HOME = "Home > Business\n\nBluestone Cement Group plans to invest 2 billion yuan in a clinker plant in Yunnan."
_CAPITAL_LTD = ("Rural roads were improved this year.Jiangzhou Lantian Electric Co., LTD. Electrical equipment "
                "production project total investment of 280 million yuan, a total construction area of 13,000 "
                "square meters.")
_OFFICIAL = ("Party Secretary Li Wenhua and Mayor Zhou Ping attended the event. On the same day, 50 projects were "
             "started in the city.\n\nDuring the event, Li Wenhua reported the plan of key projects in the city.\n\n"
             "The sub-venue is located at the site of the 50,000-ton baijiu production and supporting projects of "
             "Qinling Liquor in Jiangzhou District. The total investment of the project is 9 billion yuan.")
_OFFICIAL_ALONE = ("Governor Mark Ellison opened the event. Mark Ellison said the new plant will create 800 jobs. "
                   "The plant has an investment of 2 billion yuan.")
_COMPANY_BEFORE = "Nexa Ceramics opened its first plant in 2019. The new plant has an investment of 2 billion yuan."
_PLANT_OF = ("The venue is the new tile plant of Nexa Ceramics in Qingyuan. The project has a total investment of "
             "1.5 billion yuan.")
_CITY_TOTAL = "The city's 30 key projects have a total investment of 12 billion yuan."
_SIGNED_PARTNER = ("During the ceremony, Jiangzhou City signed a total of 7 projects with a combined investment of 8.7 "
                   "billion yuan. Representing Lu County, Wang Ping formally signed a contract with Qinfeng Textile "
                   "Co., Ltd. for the Green Textile Park project, which has an investment of 3 billion yuan.")
_SIGNED_NO_PROJECT = ("Lu County signed a contract with Nexa Ceramics Co., Ltd. on Monday. The county has an "
                      "investment of 3 billion yuan this year.")  # no project the contract is for: the county's figure

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (EN, _PRINT, 810e6, "CNY", P, ""),
    (EN, _CAPITAL_LTD, 280e6, "CNY", P, ""),
    (EN, _OFFICIAL, 9e9, "CNY", P, ""),
    (EN, _CITY_TOTAL, 12e9, "CNY", IND, "="),
    (EN, _SIGNED_PARTNER, 8.7e9, "CNY", IND, "="),
    (EN, _SIGNED_PARTNER, 3e9, "CNY", P, ""),
    (EN, _SIGNED_NO_PROJECT, 3e9, "CNY", IND, "="),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    (EN, _PRINT, 810e6, "investor", "Jiangzhou Acme Motor Co. Ltd"),
    (EN, _SHARE, 500e6, "investor", "Northwind Pumps Co., Ltd"),
    (EN, _HOME, 2e9, "investor", "Bluestone Cement Group"),
    (EN, _CAPITAL_LTD, 280e6, "investor", "Jiangzhou Lantian Electric Co., LTD"),
    (EN, _OFFICIAL, 9e9, "investor", "Qinling Liquor"),
    (EN, _OFFICIAL_ALONE, 2e9, "investor", ""),
    (EN, _COMPANY_BEFORE, 2e9, "investor", "Nexa Ceramics"),
    (EN, _PLANT_OF, 1.5e9, "investor", "Nexa Ceramics"),
    (EN, _SIGNED_PARTNER, 3e9, "investor", "Qinfeng Textile Co., Ltd."),
]
