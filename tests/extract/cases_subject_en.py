"""Table cases for the structural decision of `app.extract.subject_en` (issue 14): who an English sentence is
about (a company, a project, a place) and what its amount is tied to (one project, or an aggregate) decide
whether the amount is one company's project — whatever the tense or the plan word — or stays what the kind
rules make of it (a place's plan a target, a total an indicator).

Every sentence is written for these tests, in the language of company announcements, wire copy and trade
press, with made-up companies and numbers; several wordings per rule, positive and negative; none is a
held-out sentence. Shapes as in tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator),
FIELDS (language, text, value, field, expected — "" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN = "en"

# --- a company as the subject: "it", "the firm", a name with its descriptor, suffix, ticker, dateline ----------
_IT_INTENDS = ("Nordhaven Battery unveiled its expansion roadmap on Monday. It intends to spend 6 billion yuan on a "
               "12GWh cell plant in Hefei.")
_SAID_THAT_IT = ("Corvane Materials said on Friday that it planned to invest 2.4 billion yuan to build a cathode "
                 "plant in Guangxi.")
_THE_FIRM = ("Tallis Recycling Co., Ltd. reported strong sales in the first half. Meanwhile, the firm expects to "
             "put 900 million yuan into a new recycling line in Jiangxi.")
_DESCRIBED_TICKER = ("Solar module maker Brightfield Energy (601234.SH) will invest 1.8 billion yuan in a 5GW module "
                     "factory in Anhui.")
_DATELINE = ("HANGZHOU, May 4 (Xinhua) -- Pellucid Optics plans to use 450 million yuan of its own funds to acquire "
             "a lens maker in Ningbo.")
_CAPITAL_INCREASE = "Ostrava Chemicals will increase capital by 300 million yuan in its Tianjin subsidiary."
_ANNOUNCED_ON = ("Graphite producer Kelvin Power announced on Tuesday a 2 billion yuan joint investment to build an "
                 "anode plant in Inner Mongolia.")
_AT_A_COST = ("Recently, Marlin Semiconductor confirmed plans for a wafer fab expansion in Wuxi at a cost of "
              "RMB 3.6 billion.")
_EXPANSION_PLAN = "Sable Auto Parts began the year by announcing a three-year, RMB 2.2 billion expansion plan."
_THE_COMPANYS = ("Quanta Glass opened its fourth plant in 2021. The company's new coating line in Wuhu will cost "
                 "about 700 million yuan.")
_TWO_PLANS = ("Nordhaven Battery issued two notices on Monday. In one, it plans to invest 3 billion yuan to build a "
              "pack plant in Xiamen. In the other, it plans to invest 3 billion yuan to build a research centre in "
              "Shenzhen.")
# --- a clause's own subject: each party's subscription -----------------------------------------------------------
_SUBSCRIBED = ("The venture's registered capital is 500 million yuan, of which Helmsley Mining subscribed for "
               "255 million yuan and Orin Lithium subscribed for 245 million yuan.")
_HOLDING = "Orin Lithium subscribed for 90 million yuan, holding 30% of the equity of the joint venture."
_AND_THE_CITY = ("The city government and Tianrui Group signed an agreement on Monday. Tianrui will invest 8 billion "
                 "yuan in a steel base, and the city will provide 500 million yuan in subsidies.")
_WHILE_COMPANY = ("The local government plans to invest 1 billion yuan in upgrading the industrial park, while Hanwei "
                  "Textiles will invest 3 billion yuan in new looms.")
_PARTIES = ("The two companies will jointly invest 6 billion yuan to build a battery plant in Guangdong, with Orion "
            "Auto contributing 3.6 billion yuan.")
_BOARD_POSSESSIVE = ("Brightwave Solar's board approved a proposal to build a 10GW cell plant in Yancheng. The project "
                     "is expected to cost 3.2 billion yuan and take 18 months to complete.")
_DISCLOSED_THAT = ("In addition to the new plant, in order to speed up product development, Sable Auto Parts disclosed "
                   "in early June that it planned to invest 700 million yuan to build a testing centre in Wuhan.")
_UNNAMED_FIRM = ("The Hong Kong-listed firm, known for its frozen dumplings, announced that it would invest 800 "
                 "million yuan in a central kitchen in Zhengzhou.")
_CLAUSE_AFTER_PROFIT = ("Lanxi Pharmaceutical's third-quarter net profit rose to 600 million yuan, and the company "
                        "plans to spend 1 billion yuan on a new API plant.")
_STAKE_FOR = "Greenleaf Dairy (600887.SH) intends to acquire a 70% stake in Alpine Milk for 1.4 billion yuan."
# --- the project as the subject -----------------------------------------------------------------------------------
_THIS_PROJECT = ("Tidewater Cables signed an investment agreement with the government of Yancheng on Monday. The "
                 "investment in this project is expected to reach 4 billion yuan.")
_OF_THE_PROJECT = ("Ferro Alloy Technologies approved a plan for a magnet plant in Baotou. According to the filing, "
                   "the total investment of the project is 1.25 billion yuan.")
_WITH_AN_INVESTMENT = ("Graphon Carbon Co., Ltd. broke ground on a factory in Guizhou on Monday.\n\nWith an estimated "
                       "investment of 2 billion yuan, the plant will make 50,000 tonnes of anode material a year.")
_SUBSIDIARY_CAPITAL = ("Corvane Materials will set up a wholly-owned subsidiary in Qinzhou. The registered capital of "
                       "the new subsidiary will be 200 million yuan.")
_FIRST_PHASE = ("Corvane Materials signed a deal for a precursor base in Yulin. The filing shows that the first "
                "phase of the base has a planned investment of about 1.5 billion yuan.")
_BY_AGENT = ("This base was jointly developed by Lindqvist Pharma and the local zone, with an investment of "
             "800 million yuan.")
_NAMED_FACILITY = ("Construction began on Friday on the 8-billion-yuan Pinewood Logistics Park, which is funded by "
                   "Eastgate Capital.")
_NEW_FACILITY = ("Quanta Glass makes float glass for carmakers.\nA 2-billion-yuan coating plant project broke ground "
                 "in Wuhu on Monday.")
_JOINT_TOTAL = ("Helmsley Mining, Orin Lithium and Kelvin Power will set up a joint venture in Sichuan. The total "
                "investment of the project is estimated at 5 billion yuan.")
_VENTURE_CAPITAL = ("The partners agreed that they may raise the capital of the joint venture to 2 billion yuan in "
                    "stages.")
# --- places, governments and aggregates: the structure decides nothing -----------------------------------------
_CITY_PLAN = "The city plans to invest 8 billion yuan to build a new metro line."
_GOVERNMENT = "The provincial government will spend 3 billion yuan on the new airport project."
_PLACE_NAME = "Beijing will invest 2 billion yuan in a new children's hospital."
_REVENUE = "Nordhaven Battery's revenue is expected to reach 20 billion yuan in 2025."
_SALES = "The plant is expected to generate annual sales revenue of 3 billion yuan once it is running."
_FAI = "Last year, the city's fixed-asset investment grew to 120 billion yuan."
_MANY = "The district signed 25 projects with a total investment of 36 billion yuan."
_EXPLETIVE = "It is reported that the 12 projects started this month involve a total investment of 9 billion yuan."
_CUMULATIVE = "Tallis Recycling has invested a total of 2 billion yuan in Jiangxi over the past decade."
_RAISE = "Brightfield Energy plans to raise 3 billion yuan through a private placement."
_RESEARCH_SHARE = ("Last year the firm invested 5 billion yuan in research and development, accounting for 8 percent "
                   "of its revenue.")
_RND = "Pellucid Optics will spend 500 million yuan on research and development next year."
_REVENUE_FROM_BASE = ("The firm said the annual sales revenue and net profit from the new base, once running, would be "
                      "900 million yuan and 75 million yuan.")
_WORTH_OF_OUTPUT = ("The smelting section will cost 6 billion yuan, and the processing section will be able to "
                    "generate 20 billion yuan worth of output a year.")
_ASSETS = "Founded in 2010, Nexa Robotics has total assets of 12 billion yuan and employs 3,000 people."
_FUNDING = "Nexa Robotics received 800 million yuan in Series C funding led by a state fund."
_ORDERS = "Nexa Robotics' orders reached 5 billion yuan in the first quarter."
_MADE_BY = "The investment of 3 billion yuan in the Suzhou base made by Nexa Robotics will be completed in 2026."
_MARKET_VALUE = "Kelvin Power, which has a market value of over 80 billion yuan, supplies anode material."
_FIRST_WORD = "Total contracted investment reached 45 billion yuan."
_FIELD_TOTAL = ("A local paper estimated that total investment by Kelvin Power in the anode field this year is close "
                "to 12 billion yuan.")
_ANNUAL_PLAN = "Sable Auto Parts plans to invest 1.5 billion yuan this year."

SUBJECT_NUMERIC = [
    (EN, _IT_INTENDS, 6e9, "CNY", P, ""),
    (EN, _SAID_THAT_IT, 2.4e9, "CNY", P, ""),
    (EN, _THE_FIRM, 9e8, "CNY", P, ""),
    (EN, _DESCRIBED_TICKER, 1.8e9, "CNY", P, ""),
    (EN, _DATELINE, 4.5e8, "CNY", P, ""),
    (EN, _CAPITAL_INCREASE, 3e8, "CNY", P, ""),
    (EN, _ANNOUNCED_ON, 2e9, "CNY", P, ""),
    (EN, _AT_A_COST, 3.6e9, "CNY", P, ""),
    (EN, _EXPANSION_PLAN, 2.2e9, "CNY", P, ""),
    (EN, _THE_COMPANYS, 7e8, "CNY", P, ""),
    (EN, _SUBSCRIBED, 5e8, "CNY", P, ""),
    (EN, _SUBSCRIBED, 2.55e8, "CNY", P, ""),
    (EN, _SUBSCRIBED, 2.45e8, "CNY", P, ""),
    (EN, _HOLDING, 9e7, "CNY", P, ""),
    (EN, _HOLDING, 30, "percent", P, "Orin Lithium"),
    (EN, _AND_THE_CITY, 8e9, "CNY", P, ""),
    (EN, _AND_THE_CITY, 5e8, "CNY", T, "="),
    (EN, _WHILE_COMPANY, 1e9, "CNY", T, "="),
    (EN, _WHILE_COMPANY, 3e9, "CNY", P, ""),
    (EN, _PARTIES, 6e9, "CNY", P, ""),
    (EN, _PARTIES, 3.6e9, "CNY", P, ""),
    (EN, _BOARD_POSSESSIVE, 3.2e9, "CNY", P, ""),
    (EN, _DISCLOSED_THAT, 7e8, "CNY", P, ""),
    (EN, _RESEARCH_SHARE, 5e9, "CNY", IND, "="),
    (EN, _UNNAMED_FIRM, 8e8, "CNY", P, ""),
    (EN, _CLAUSE_AFTER_PROFIT, 6e8, "CNY", IND, "="),
    (EN, _CLAUSE_AFTER_PROFIT, 1e9, "CNY", P, ""),
    (EN, _STAKE_FOR, 1.4e9, "CNY", P, ""),
    (EN, _STAKE_FOR, 70, "percent", P, ""),  # a stake bought in a deal: the buyer's project share (en_stakes, set 15)
    (EN, _NAMED_FACILITY, 8e9, "CNY", P, ""),
    (EN, _NEW_FACILITY, 2e9, "CNY", P, ""),
    (EN, _THIS_PROJECT, 4e9, "CNY", P, ""),
    (EN, _OF_THE_PROJECT, 1.25e9, "CNY", P, ""),
    (EN, _WITH_AN_INVESTMENT, 2e9, "CNY", P, ""),
    (EN, _SUBSIDIARY_CAPITAL, 2e8, "CNY", P, ""),
    (EN, _FIRST_PHASE, 1.5e9, "CNY", P, ""),
    (EN, _BY_AGENT, 8e8, "CNY", P, ""),
    (EN, _JOINT_TOTAL, 5e9, "CNY", P, ""),
    (EN, _VENTURE_CAPITAL, 2e9, "CNY", P, ""),
    (EN, _CITY_PLAN, 8e9, "CNY", T, "="),
    (EN, _GOVERNMENT, 3e9, "CNY", T, "="),
    (EN, _PLACE_NAME, 2e9, "CNY", T, "="),
    (EN, _REVENUE, 20e9, "CNY", T, "="),
    (EN, _SALES, 3e9, "CNY", T, "="),
    (EN, _FAI, 120e9, "CNY", IND, "="),
    (EN, _MANY, 36e9, "CNY", IND, "="),
    (EN, _EXPLETIVE, 9e9, "CNY", IND, "="),
    (EN, _CUMULATIVE, 2e9, "CNY", IND, "="),
    (EN, _RAISE, 3e9, "CNY", T, "="),
    (EN, _RND, 5e8, "CNY", T, "="),
    (EN, _REVENUE_FROM_BASE, 9e8, "CNY", T, "="),
    (EN, _REVENUE_FROM_BASE, 7.5e7, "CNY", T, "="),
    (EN, _WORTH_OF_OUTPUT, 20e9, "CNY", T, "="),
    (EN, _ASSETS, 12e9, "CNY", IND, "="),
    (EN, _FUNDING, 8e8, "CNY", IND, "="),
    (EN, _ORDERS, 5e9, "CNY", IND, "="),
    (EN, _MADE_BY, 3e9, "CNY", P, ""),
    (EN, _MARKET_VALUE, 80e9, "CNY", IND, ">"),
    (EN, _FIRST_WORD, 45e9, "CNY", IND, "="),
    (EN, _FIELD_TOTAL, 12e9, "CNY", IND, "~"),
    (EN, _ANNUAL_PLAN, 1.5e9, "CNY", T, "="),
]

SUBJECT_FIELDS = [
    (EN, _IT_INTENDS, 6e9, "investor", "Nordhaven Battery"),
    (EN, _SAID_THAT_IT, 2.4e9, "investor", "Corvane Materials"),
    (EN, _THE_FIRM, 9e8, "investor", "Tallis Recycling"),
    (EN, _DESCRIBED_TICKER, 1.8e9, "investor", "Brightfield Energy"),
    (EN, _DATELINE, 4.5e8, "investor", "Pellucid Optics"),
    (EN, _CAPITAL_INCREASE, 3e8, "investor", "Ostrava Chemicals"),
    (EN, _ANNOUNCED_ON, 2e9, "investor", "Kelvin Power"),
    (EN, _AT_A_COST, 3.6e9, "investor", "Marlin Semiconductor"),
    (EN, _EXPANSION_PLAN, 2.2e9, "investor", "Sable Auto Parts"),
    (EN, _THE_COMPANYS, 7e8, "investor", "Quanta Glass"),
    (EN, _SUBSCRIBED, 5e8, "investor", ""),
    (EN, _SUBSCRIBED, 2.55e8, "investor", "Helmsley Mining"),
    (EN, _SUBSCRIBED, 2.45e8, "investor", "Orin Lithium"),
    (EN, _HOLDING, 9e7, "investor", "Orin Lithium"),
    (EN, _AND_THE_CITY, 8e9, "investor", "Tianrui"),
    (EN, _WHILE_COMPANY, 3e9, "investor", "Hanwei Textiles"),
    (EN, _PARTIES, 6e9, "investor", ""),
    (EN, _PARTIES, 3.6e9, "investor", "Orion Auto"),
    (EN, _BOARD_POSSESSIVE, 3.2e9, "investor", "Brightwave Solar"),
    (EN, _DISCLOSED_THAT, 7e8, "investor", "Sable Auto Parts"),
    (EN, _UNNAMED_FIRM, 8e8, "investor", ""),
    (EN, _CLAUSE_AFTER_PROFIT, 1e9, "investor", "Lanxi Pharmaceutical"),
    (EN, _STAKE_FOR, 1.4e9, "investor", "Greenleaf Dairy"),
    (EN, _NAMED_FACILITY, 8e9, "investor", "Eastgate Capital"),
    (EN, _THIS_PROJECT, 4e9, "investor", "Tidewater Cables"),
    (EN, _OF_THE_PROJECT, 1.25e9, "investor", "Ferro Alloy Technologies"),
    (EN, _WITH_AN_INVESTMENT, 2e9, "investor", "Graphon Carbon Co., Ltd."),
    (EN, _FIRST_PHASE, 1.5e9, "investor", "Corvane Materials"),
    (EN, _BY_AGENT, 8e8, "investor", "Lindqvist Pharma"),
    (EN, _MADE_BY, 3e9, "investor", "Nexa Robotics"),
    (EN, _NEW_FACILITY, 2e9, "investor", ""),  # a new facility: its owner only if the sentence names one
    (EN, _JOINT_TOTAL, 5e9, "investor", ""),
    (EN, _VENTURE_CAPITAL, 2e9, "investor", ""),
    (EN, _TWO_PLANS, 3e9, "project", "pack plant"),
]

# --- a brief's "* Says" lines: the subject is the company of the brief's dateline; "its unit" invests for it -------
_BRIEF = ("March 2 Velmora Holdings Ltd :\n\n* Says its subsidiary will use 300 million yuan to build a lithium plant "
          "in Yichun\n\n* Says the joint venture will be capitalized at 500 million yuan\n")
_BRIEF_UNIT = ("Aug 9 Carrow Optics Co Ltd :\n\n* Says its unit plans to put 80 million yuan into a lens factory in "
               "Ningbo\n")
# --- a company descriptor makes a name that also names a county the company's ("battery maker Tongwei") ----------
_DESCRIBED_COUNTY_NAME = ("Solar wafer maker Lintan announced on Monday a deal with the city of Baoji for a new "
                          "site. According to the filing, the total investment for this wafer capacity is RMB 9 "
                          "billion.")
_COUNTY_NOT_DESCRIBED = ("Lintan announced a deal with the city of Baoji on Monday. According to the plan, the "
                         "county will spend RMB 2 billion on roads.")
_CAPITALIZED = "Harlow Cement said the new plant will be capitalized at 600 million yuan."

SUBJECT_NUMERIC += [
    (EN, _BRIEF, 3e8, "CNY", P, ""),
    (EN, _BRIEF, 5e8, "CNY", P, ""),
    (EN, _BRIEF_UNIT, 8e7, "CNY", P, ""),
    (EN, _DESCRIBED_COUNTY_NAME, 9e9, "CNY", P, ""),
    (EN, _COUNTY_NOT_DESCRIBED, 2e9, "CNY", T, ""),  # a county's plan stays a target
    (EN, _CAPITALIZED, 6e8, "CNY", P, ""),
]
SUBJECT_FIELDS += [
    (EN, _BRIEF, 3e8, "investor", "Velmora Holdings Ltd"),
    (EN, _BRIEF, 5e8, "investor", ""),  # a joint venture's capital: no one investor
    (EN, _BRIEF_UNIT, 8e7, "investor", "Carrow Optics Co Ltd"),
    (EN, _DESCRIBED_COUNTY_NAME, 9e9, "investor", "Lintan"),
    (EN, _CAPITALIZED, 6e8, "investor", "Harlow Cement"),
]
# a pasted page's date line before the opening sentence
_DATE_LINE = (" date 2020-01-02 Cable maker Lintan announced a new plant in Baoji. The total investment for this "
              "plant is RMB 3 billion.")
SUBJECT_FIELDS += [(EN, _DATE_LINE, 3e9, "investor", "Lintan")]
# "the company" after a company written shorter: the fullest name the article gives it (not another company's)
_SHORTER_NAME = ("Velnor Solar Power has signed an agreement with Hengyang County. Velnor Power will own and operate "
                 "the plant. The company will invest around RMB 800 million in the plant.")
_OTHER_COMPANY = ("Velnor Power has signed an agreement with Hengyang County. Velnor Mining will own and operate the "
                  "plant. The company will invest around RMB 800 million in the plant.")
SUBJECT_FIELDS += [(EN, _SHORTER_NAME, 8e8, "investor", "Velnor Solar Power"),
                   (EN, _OTHER_COMPANY, 8e8, "investor", "Velnor Mining")]

# --- the number as its clause's subject with a future predicate: a plan's figure (a target); a past one stays -----
SUBJECT_NUMERIC += [
    (EN, "The district said about 20 projects will resume work by the end of March.", 20, "count", T, ""),
    (EN, "Around 35 key projects are expected to start construction in Hami before June.", 35, "count", T, ""),
    (EN, "Tallow Steel said 85% of its total output would be high-grade steel in 2027.", 85, "percent", T, ""),
    (EN, "Under the plan, 60 percent of the funds will come from bank loans.", 60, "percent", T, ""),
    (EN, "In 2019, 15 projects were completed in the zone.", 15, "count", IND, ""),
    (EN, "The county signed 20 projects last year, and construction will start soon.", 20, "count", IND, ""),
    (EN, "Exports rose 12% last year, and imports will fall.", 12, "percent", IND, ""),
]
SUBJECT_NUMERIC += [  # a part of a group named before, or the group named again: not the plan's own figure
    (EN, "The zone signed 40 deals. Nine of these projects will be built by foreign firms.", 9, "count", IND, ""),
    (EN, "Yesterday the first batch of 31 key projects will start construction together.", 31, "count", IND, ""),
]
SUBJECT_NUMERIC += [  # what a counted group of planned projects is worth: the group's total, an indicator
    (EN, "The district is scheduled to carry out 64 key projects worth a total of 9.3 billion yuan this year.", 9.3e9,
     "CNY", IND, ""),
    (EN, "Kashgar plans to launch 25 industrial projects valued at 4 billion yuan in 2025.", 4e9, "CNY", IND, ""),
    (EN, "The district is scheduled to carry out 64 key projects worth a total of 9.3 billion yuan this year.", 64,
     "count", T, ""),
    (EN, "Kashgar plans to invest 4 billion yuan in industrial projects in 2025.", 4e9, "CNY", T, ""),
]

# --- round 8: more places a company is the subject from; what stays a place's plan, a share held, an aggregate -----
# a pasted page's year-month date line and a "(Agency) Mon. D --" dateline before the company opening the article
_MONTH_DATE_LINE = ("date 2022-08 NINGBO -- Chinese battery maker Velmora Power will build a cell plant in Cixi.\n\n"
                    "The battery maker will invest $1.2 billion in the plant.")
_AGENCY_DATELINE = ("(Harbour Wire) Oct. 3 -- Corvane Materials’s shares rose 2 percent today. The firm plans to "
                    "spend CNY900 million on a precursor line in Qinzhou.")
# a subordinate clause's own subject ("after", "when"), not the sentence's ("X's shares rose")
_AFTER_CLAUSE = ("Kelvin Power's shares jumped after the anode maker set out plans to invest CNY5.4 billion building a "
                 "graphite plant in Baotou.")
_WHEN_CLAUSE = ("Hanwei Textiles' profit fell last year when the company spent 300 million yuan on a new dye line in "
                "Shaoxing.")
_AFTER_CITY = "Builders expect orders to grow after the city government plans to invest 2 billion yuan in new roads."
# shares held: "N percent owned by X", "will have a N percent stake"
_OWNED_BY = "The venture will be 65 percent owned by Orin Lithium and 35 percent by a local fund."
_HAVE_STAKE = "Helmsley Mining will have a 40% stake in the smelter, the filing said."
_SHARE_GOAL = "Orin Lithium aims to raise its market share to 40 percent by 2026."
# an ordinal standing for a phase or plant named before; not for a goal
_ORDINAL_PHASE = ("The base will be built in two phases. The first will have a 10GWh capacity, with an investment of "
                  "about 4 billion yuan.")
_ORDINAL_GOAL = "The county set two goals for 2025. The first is to attract 50 billion yuan of investment."
# a fab (a chip or panel plant) is a facility; "cost the company" after the company named before
_FAB = ("Display maker Lumeo Optronics announced a new line in Mianzhu on Monday. Meanwhile, the new fab in Xiamen "
        "will cost the company another 30 billion yuan.")
_FAB_OUTPUT = "The new fab will lift the city's annual output to 30 billion yuan."
# "X-based" before a name describes a company (a name with a place in it is the company's all the same)
_BASED = ("Shenzhen-based Corvel Display will build a panel line in Fujian. The company will invest 8 billion yuan in "
          "the line.")
# a plan to invest in a few projects announced together: the company's project; its count as announced
_FEW_PROJECTS = ("Lithium producer Orin Lithium plans to invest a total of RMB 7.5 billion in three new projects in "
                 "Sichuan.")
_FEW_PROJECTS_CITY = "The city plans to invest 7.5 billion yuan in three new projects next year."
_PAST_PROJECTS = "Orin Lithium has invested 7.5 billion yuan in three projects over the past decade."
_PLANTS_UNVEILED = "Quanta Glass unveiled plans for four new plants this year, with 9GW of capacity in all."
_CITY_PLANTS = "The city plans to build four new plants next year."
# a company's asset value is an aggregate
_ASSET_VALUE = "Harlow Cement had a total asset value of 40 billion yuan at the end of 2023."
# a company the subject of a clause ("…, when X invested in building …") owns the project named next
_WHEN_INVESTED = ("The partnership began in 2019, when Velnor Display invested in building a panel line in Mianzhu. "
                  "This project has a total investment of 12 billion yuan, with Ostrava Capital contributing 5 billion "
                  "yuan.")

SUBJECT_NUMERIC += [
    (EN, _MONTH_DATE_LINE, 1.2e9, "USD", P, ""),
    (EN, _AGENCY_DATELINE, 9e8, "CNY", P, ""),
    (EN, _AFTER_CLAUSE, 5.4e9, "CNY", P, ""),
    (EN, _WHEN_CLAUSE, 3e8, "CNY", P, ""),
    (EN, _AFTER_CITY, 2e9, "CNY", T, "="),
    (EN, _OWNED_BY, 65, "percent", P, "Orin Lithium"),  # (a stake held: the holder's, round 21)
    (EN, _HAVE_STAKE, 40, "percent", P, "Helmsley Mining"),
    (EN, _SHARE_GOAL, 40, "percent", T, ""),
    (EN, _ORDINAL_PHASE, 4e9, "CNY", P, ""),
    (EN, _ORDINAL_GOAL, 50e9, "CNY", T, ""),
    (EN, _FAB, 30e9, "CNY", P, ""),
    (EN, _FAB_OUTPUT, 30e9, "CNY", T, ""),
    (EN, _BASED, 8e9, "CNY", P, ""),
    (EN, _FEW_PROJECTS, 7.5e9, "CNY", P, ""),
    (EN, _FEW_PROJECTS, 3, "count", IND, ""),
    (EN, _FEW_PROJECTS_CITY, 7.5e9, "CNY", T, ""),
    (EN, _FEW_PROJECTS_CITY, 3, "count", T, ""),
    (EN, _PAST_PROJECTS, 7.5e9, "CNY", IND, ""),
    (EN, _PLANTS_UNVEILED, 4, "count", IND, ""),
    (EN, _CITY_PLANTS, 4, "count", T, ""),
    (EN, _ASSET_VALUE, 40e9, "CNY", IND, ""),
    (EN, _WHEN_INVESTED, 12e9, "CNY", P, ""),
    (EN, _WHEN_INVESTED, 5e9, "CNY", P, ""),
]
SUBJECT_FIELDS += [
    (EN, _AGENCY_DATELINE, 9e8, "investor", "Corvane Materials"),
    (EN, _AFTER_CLAUSE, 5.4e9, "investor", "Kelvin Power"),
    (EN, _WHEN_CLAUSE, 3e8, "investor", "Hanwei Textiles"),
    (EN, _FAB, 30e9, "investor", "Lumeo Optronics"),
    (EN, _BASED, 8e9, "investor", "Corvel Display"),
    (EN, _FEW_PROJECTS, 7.5e9, "investor", "Orin Lithium"),
    (EN, _WHEN_INVESTED, 12e9, "investor", "Velnor Display"),
    (EN, _WHEN_INVESTED, 5e9, "investor", "Ostrava Capital"),
]

# --- an item of a list of projects, one project each ("…: a … project with a total investment of N; …") ----------
_LISTED = ("The county signed three major projects this spring: a copper foil project with a total investment of "
           "6.5 billion yuan; a cold-chain logistics park with a total investment of 2.2 billion yuan; and an "
           "electrolyte plant with a total investment of 1.8 billion yuan.")
_LISTED_GROUPS = ("The county signed two groups of projects: 12 industrial projects with a total investment of 6.5 "
                  "billion yuan; 8 service projects with a total investment of 2.2 billion yuan.")
_LISTED_TOTAL = "The zone's results: a total of 40 projects with a total investment of 9 billion yuan."
SUBJECT_NUMERIC += [
    (EN, _LISTED, 6.5e9, "CNY", P, ""),
    (EN, _LISTED, 2.2e9, "CNY", P, ""),
    (EN, _LISTED, 1.8e9, "CNY", P, ""),
    (EN, _LISTED_GROUPS, 6.5e9, "CNY", IND, ""),
    (EN, _LISTED_GROUPS, 2.2e9, "CNY", IND, ""),
    (EN, _LISTED_TOTAL, 9e9, "CNY", IND, ""),
]
SUBJECT_FIELDS += [(EN, _LISTED, 6.5e9, "investor", ""), (EN, _LISTED, 1.8e9, "investor", "")]

# --- a fund a company sets up, an acquisition it pays for; what a company signed or invested over a period -------
_COMPANY_FUND = "Tarrow Motors will set up an industry fund of 5 billion yuan to back its parts suppliers."
_FUND_SIZE = "Tarrow Motors announced a plan to set up a new energy industry fund with a size of 2 billion yuan."
_JOINT_FUND = "Tarrow Motors and the city of Hefei will jointly set up a 5 billion yuan industrial fund."
_FUND_RAISED = "The city's guidance fund totalled 3 billion yuan by June."
_COST_COMPANY = "Velnor Batteries agreed terms on Friday. The acquisition will cost Velnor Batteries 1.2 billion yuan."
_BUYS = "Tarrow Motors agreed to buy Halden Castings for 900 million yuan."
_HALF_YEAR_DEALS = "In the first half of the year, Tarrow Motors signed contracts worth 8 billion yuan."
_YEAR_DEALS = "Tarrow Motors signed 12 deals worth 3 billion yuan with suppliers last year."
_DEALS_WITH_PROVINCE = "Tarrow Motors signed contracts worth 6 billion yuan with the province on Monday."
_SO_FAR = "Tarrow Motors has invested 30 billion yuan in Anhui so far."
_PLANT_SO_FAR = "Tarrow Motors has invested 3 billion yuan in the Hefei plant so far."
_OVER_THE_YEARS = "Halden Castings has put 4 billion yuan into the province over the past ten years."
_RESEARCH_LAST_YEAR = "Tarrow Motors spent 3 billion yuan last year on research and development."
SUBJECT_NUMERIC += [
    (EN, _COMPANY_FUND, 5e9, "CNY", P, ""),
    (EN, _FUND_SIZE, 2e9, "CNY", P, ""),
    (EN, _JOINT_FUND, 5e9, "CNY", P, ""),
    (EN, _FUND_RAISED, 3e9, "CNY", IND, ""),
    (EN, _COST_COMPANY, 1.2e9, "CNY", P, ""),
    (EN, _BUYS, 9e8, "CNY", P, ""),
    (EN, _HALF_YEAR_DEALS, 8e9, "CNY", IND, ""),
    (EN, _YEAR_DEALS, 3e9, "CNY", IND, ""),
    (EN, _DEALS_WITH_PROVINCE, 6e9, "CNY", P, ""),
    (EN, _SO_FAR, 30e9, "CNY", IND, ""),
    (EN, _PLANT_SO_FAR, 3e9, "CNY", P, ""),
    (EN, _OVER_THE_YEARS, 4e9, "CNY", IND, ""),
    (EN, _RESEARCH_LAST_YEAR, 3e9, "CNY", IND, ""),
]
SUBJECT_FIELDS += [
    (EN, _COMPANY_FUND, 5e9, "investor", "Tarrow Motors"),
    (EN, _JOINT_FUND, 5e9, "investor", ""),  # a fund of a company and a city together: no one investor
    (EN, _COST_COMPANY, 1.2e9, "investor", "Velnor Batteries"),
    (EN, _BUYS, 9e8, "investor", "Tarrow Motors"),
    (EN, _DEALS_WITH_PROVINCE, 6e9, "investor", "Tarrow Motors"),
    (EN, _PLANT_SO_FAR, 3e9, "investor", "Tarrow Motors"),
]

# --- a "Place, Province --" dateline; the source ("According to X,") and a place's partner ("signed a deal with X")
# as the company later sentences refer to; an amount written before its facility noun after a determiner ----------
_PLACE_DATELINE = ("Wuhu, Anhui -- Zentro Auto will build a motor plant in the city with an investment of 4.5 billion "
                   "yuan.")
_PLACE_DATELINE_CITY = "Wuhu, Anhui -- The city will invest 2 billion yuan in new roads this year."
_ACCORDING_TO = "According to Zentro Auto, the total investment of the motor plant is 4.5 billion yuan."
_UNDER_THE_DEAL = ("Wuhu signed a deal with Zentro Auto on Monday. Under the deal, the company will build a motor "
                   "plant with an investment of 4.5 billion yuan.")
_AMOUNT_BEFORE_NOUN = ("Zentro Auto plans to build a 10GWh battery plant in Wuhu. Construction of the 4.5 billion yuan "
                       "project will start in May.")
_COUNTY_PARK = ("Zentro Auto opened a plant in the county in 2019. The county will build a 2 billion yuan logistics "
                "park next year.")  # one facility of the county: a project of nobody named, not the company's
SUBJECT_NUMERIC += [
    (EN, _PLACE_DATELINE, 4.5e9, "CNY", P, ""),
    (EN, _PLACE_DATELINE_CITY, 2e9, "CNY", T, ""),
    (EN, _ACCORDING_TO, 4.5e9, "CNY", P, ""),
    (EN, _UNDER_THE_DEAL, 4.5e9, "CNY", P, ""),
    (EN, _AMOUNT_BEFORE_NOUN, 4.5e9, "CNY", P, ""),
    (EN, _COUNTY_PARK, 2e9, "CNY", P, ""),
]
SUBJECT_FIELDS += [
    (EN, _PLACE_DATELINE, 4.5e9, "investor", "Zentro Auto"),
    (EN, _ACCORDING_TO, 4.5e9, "investor", "Zentro Auto"),
    (EN, _UNDER_THE_DEAL, 4.5e9, "investor", "Zentro Auto"),  # never the opener "Under"
    (EN, _AMOUNT_BEFORE_NOUN, 4.5e9, "investor", "Zentro Auto"),
    (EN, _COUNTY_PARK, 2e9, "investor", ""),
]

# --- investors never a weekday or a cut word; a company's unit, its officer's words, "said" without "that" ------------
_WEEKDAY_FIRST = "Monday Zentro Auto said it will invest 4.5 billion yuan in a plant."
_SAW_NAME = "September saw Zentro Auto invest 4.5 billion yuan in a new plant."
_CAPITAL_PROJECT = ("Zentro Auto signed a deal with the city on Monday. The 20GWh Battery Project will cost 4.5 "
                    "billion yuan.")
_UNIT_OF = "Zentro's Hefei unit will invest 4.5 billion yuan in a motor plant."
_OFFICER_OF = "Li Wei, chairman of Zentro Auto, said the company will invest 4.5 billion yuan in a plant."
_OFFICER_CITY = "Wang Fang, mayor of Wuhu, said the city will invest 4.5 billion yuan in new roads."
SUBJECT_NUMERIC += [
    (EN, _CAPITAL_PROJECT, 4.5e9, "CNY", P, ""),
    (EN, _UNIT_OF, 4.5e9, "CNY", P, ""),
    (EN, _OFFICER_OF, 4.5e9, "CNY", P, ""),
    (EN, _OFFICER_CITY, 4.5e9, "CNY", T, ""),
]
SUBJECT_FIELDS += [
    (EN, _WEEKDAY_FIRST, 4.5e9, "investor", "Zentro Auto"),
    (EN, _SAW_NAME, 4.5e9, "investor", "Zentro Auto"),
    (EN, _CAPITAL_PROJECT, 4.5e9, "investor", "Zentro Auto"),
    (EN, _UNIT_OF, 4.5e9, "investor", "Zentro"),
    (EN, _OFFICER_OF, 4.5e9, "investor", "Zentro Auto"),
]

# --- "we" in a quotation: the company whose officer speaks it; an official's "we" stays a place's plan --------------
_WE_OFFICER = '"We will invest 4.5 billion yuan in the motor plant," said Li Wei, chairman of Zentro Auto.'
_WE_PRESIDENT = ("“We plan to put 900 million yuan into the foundry,” Zhang Min, president of Halden Castings Co., "
                 "Ltd., told reporters.")
_WE_MAYOR = '"We will invest 4.5 billion yuan in new roads next year," said Wang Fang, mayor of Wuhu.'
_WE_COMMISSION = ('"We will invest 4.5 billion yuan in new roads next year," said Wang Fang, head of the Wuhu '
                  'Development and Reform Commission.')
SUBJECT_NUMERIC += [
    (EN, _WE_OFFICER, 4.5e9, "CNY", P, ""),
    (EN, _WE_PRESIDENT, 9e8, "CNY", P, ""),
    (EN, _WE_MAYOR, 4.5e9, "CNY", T, ""),
    (EN, _WE_COMMISSION, 4.5e9, "CNY", T, ""),
]
SUBJECT_FIELDS += [
    (EN, _WE_OFFICER, 4.5e9, "investor", "Zentro Auto"),
    (EN, _WE_PRESIDENT, 9e8, "investor", "Halden Castings Co., Ltd."),
]

# --- a group of projects named before as the clause's subject: what the group is worth is its total, an indicator,
# whatever the tense; what it is expected to yield stays a target -------------------------------------------------
_GROUP_WILL_RECEIVE = ("A total of 64 projects were signed in Linyi. The projects, which come from nine countries, "
                       "will receive a total investment of $4.2 billion.")
_THESE_PROJECTS = "The county signed 12 projects. These projects will have a total investment of 4 billion yuan."
_GROUP_OUTPUT = ("All the projects in the zone are expected to generate a combined annual output value of 30 billion "
                 "yuan.")
SUBJECT_NUMERIC += [
    (EN, _GROUP_WILL_RECEIVE, 4.2e9, "USD", IND, ""),
    (EN, _THESE_PROJECTS, 4e9, "CNY", IND, ""),
    (EN, _GROUP_OUTPUT, 30e9, "CNY", T, ""),
]
