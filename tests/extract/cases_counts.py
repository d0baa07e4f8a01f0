"""Table cases for the counts4 and counts5 rules (issue 14: missed facts and false facts): counts in a list whose
noun is given once (Chinese and English lists by place), counts with the noun far from the number, counts of stages
and of tracked projects, parts of a group ("N of the M", "14 as … projects", "N ones more than …"), jobs, value
classes (Chinese and English), approximate Chinese counts, places and task forces that are no facts, restatements
and parts, share prices. Every sentence is written for these tests in general news language (none is a held-out
sentence; the counts5 ones follow the shapes of real public pages, with other places and numbers);
test_counts_table.py runs them.
"""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

# (language, text, value, unit): the value is found as a fact
COUNTS_FOUND: list[tuple[str, str, float, str]] = [
    # --- a list by district, by task force or by industry: the noun given once for the whole list ----------
    (HANS, "今年全市共签约项目45个,其中,经开区12个,高新区9个,滨江新区1个。", 12, "count"),
    (HANS, "今年全市共签约项目45个,其中,经开区12个,高新区9个,滨江新区1个。", 9, "count"),
    (HANS, "今年全市共签约项目45个,其中,经开区12个,高新区9个,滨江新区1个。", 1, "count"),
    (HANT, "上半年新開工項目38個,其中東城區7個、西城區5個、南湖新區2個。", 7, "count"),
    (HANT, "上半年新開工項目38個,其中東城區7個、西城區5個、南湖新區2個。", 2, "count"),
    (HANS, "本批签约的16个项目,新能源专班4个项目,装备制造专班1个项目,现代物流专班2个项目。", 1, "count"),
    (HANS, "全年新引进工业项目30个,服务业项目12个,农业8个。", 8, "count"),
    # --- stages counted by their verb, a target between noun and number, a class or an amount before the noun
    (HANS, "全区确定的58项重点项目已开复工52项,完成投资86.4亿元。", 52, "count"),
    (HANT, "全市列入計劃的重大項目復工41個。", 41, "count"),
    (HANS, "全年亿元以上新开工项目目标不少于80个。", 80, "count"),
    (HANS, "县里对45个5000万元以上在谈项目实行清单管理。", 45, "count"),
    (HANS, "目前还有30余个总投资约120亿元的项目正在洽谈。", 30, "count"),
    (HANS, "目前还有30余个总投资约120亿元的项目正在洽谈。", 120e8, "CNY"),
    (HANS, "下半年将推动近200亿投资的重点项目集中开工。", 200e8, "CNY"),
    # --- English: jobs; "and" between two modifiers; a verb or an increase between noun and number ----------
    (EN, "The new plant is expected to create 3,500 new jobs in the county.", 3500, "count"),
    (EN, "The company said the base would provide about 800 jobs for local residents.", 800, "count"),
    (EN, "This year the county launched 24 education and health care projects.", 24, "count"),
    (EN, "The province's key construction projects have started 95 by the end of April.", 95, "count"),
    (EN, "The municipal special fund projects have 27 and 1.2 billion yuan of allocations.", 27, "count"),
    (EN, "The district had 342 projects under construction, an increase of 58 over last year.", 58, "count"),
    (EN, "The city signed 76 projects in the first quarter, an increase of 9 year-on-year.", 9, "count"),
    # --- English lists: the items of a count stated before them in the sentence --------------------------
    (EN, "The city signed 50 projects, including 20 in the industrial park and 12 in Binhai District.", 20, "count"),
    (EN, "The city signed 50 projects, including 20 in the industrial park and 12 in Binhai District.", 12, "count"),
    (EN, "Altogether 31 enterprises settled in the zone, with 9 from Hong Kong and Macao.", 9, "count"),
    # --- amounts that are facts beside the rules for classes: one company's, a share price -----------------
    (EN, "The company received more than 10 billion yuan in investment last year.", 10e9, "CNY"),
    (EN, "The company's shares closed at 48.2 yuan on Friday, up 3.1 percent.", 48.2, "CNY"),
    (HANS, "当日,该公司股价收于85.6元,上涨2.3%。", 85.6, "CNY"),
    # an average is no value class (均 of 平均 is not "each")
    (HANS, "签约项目单体平均5.2亿元,同比提高0.8亿元。", 5.2e8, "CNY"),
]

# real public texts (the search tool's stored pages), short excerpts as the pages give them
_LUAN = ("1-9月份全市固投5亿元及以上新签约项目88个,分别为:舒城县14个、市开发区14个、霍山县13个、霍邱县11个、"
         "金安区11个、金寨县10个、裕安区10个、叶集区5个。")  # ht.luaninfo.com/laxw/gggs/content_153837 (六安市, 2022)
_RESUMED = ("据悉,一季度,全市484个市级重点建设项目开复工358个,开复工率为74%,其中新建项目开工135个,续建项目复工223个,"
            "累计上报完成投资237.2亿元。")  # yejinzg.com/show/43_684781_1.html
_ZHENJIANG = ('"The project we signed this time has an annual output value of more than 4 billion yuan and more than '
              '1,000 jobs."')  # kaikuai388.com, Zhenjiang "Cloud Signing" for 2022 key industrial projects
COUNTS_FOUND += [
    (HANS, _LUAN, 14, "count"), (HANS, _LUAN, 5, "count"), (HANS, _RESUMED, 358, "count"),
    (HANS, _RESUMED, 223, "count"), (EN, _ZHENJIANG, 1000, "count"),
]

# (language, text, unit): no fact of this unit
COUNTS_NOT_FACTS: list[tuple[str, str, str]] = [
    # value classes: what each project of a group exceeds or received
    (HANS, "签约项目投资额均超过1亿元,其中3个项目来自长三角。", "CNY"),
    (HANS, "其中,投资过 5亿元项目4个,投资过 1亿元项目11个。", "CNY"),
    (HANS, "县里对45个5000万元以上在谈项目实行清单管理。", "CNY"),
    (EN, "Of the signed projects, 15 have received more than 1 billion yuan in investment.", "CNY"),
    (EN, "The county introduced 40 projects, each receiving over 20 million yuan in investment.", "CNY"),
    (EN, "Nine of the projects received from 1 billion yuan to 5 billion yuan each, while four projects received "
         "more than 5 billion yuan.", "CNY"),
    (EN, "Investment in projects with contracts exceeding 500 million yuan rose by 12 percent.", "CNY"),
    (EN, "By the end of June, the province's more than 100 million yuan in the construction projects rose.", "CNY"),
    (EN, "Investment in 500-million-yuan projects rose by 8.2 percent.", "CNY"),
    # places and task forces counted are no facts: districts holding ceremonies, where projects come from
    (HANS, "全市12个旗县区同步举行重大项目集中开工仪式。", "count"),
    (HANS, "全省16个市州同时举行一季度项目集中签约活动。", "count"),
    (HANS, "本次签约的项目来自8个产业链招商专班。", "count"),
    (HANT, "簽約項目分別來自9個縣區。", "count"),
    # a count the noun after the number does not name, and a list that continues with "and other"
    (EN, "The projects have 3 phases in all.", "count"),
    (EN, "The plan covers 9 townships and other major projects in the county.", "count"),
    (EN, "Visitors reached 5,000 in May, an increase of 800 year-on-year.", "count"),
]

# (language, text, unit, n): exactly n facts of this unit
COUNTS_HOW_MANY: list[tuple[str, str, str, int]] = [
    # plants a firm plans are counted (as factories are), but "one in Hungary" is no item of a list
    (EN, "The firm plans about 20 plants at home and one in Hungary.", "count", 1),
    # two districts with equal counts are two facts, the list's total one more
    (HANS, "新开工项目20个,其中,东区3个,西区3个,北区2个。", "count", 4),
    (HANS, "本批签约的16个项目,新能源专班2个项目,装备制造专班2个项目,现代物流专班2个项目。", "count", 4),
    # equal amounts side by side are the parts of one project
    (HANS, "项目总投资50亿元,其中厂房建设投资20亿元、设备购置投资20亿元。", "CNY", 3),
    # a count restated with fewer words, a ceiling restated in a disclosure table: one fact each
    (EN, "Ordos signs 95 investment projects\n\nThe city signed the agreements on Monday. The 95 projects cover new "
         "energy and chemicals.", "count", 1),
    (EN, "The county started 5 key projects on Monday. The five projects will be finished next year.", "count", 1),
    (HANS, "公司拟建设电池基地,总投资不超过100亿元。\n二、项目投资总额:不超过人民币100亿元。", "CNY", 1),
    # … but counts of different groups stay apart
    (EN, "The county signed 12 new energy projects and 12 logistics projects.", "count", 2),
    (EN, "Of the 30 projects, 6 were signed in May; the remaining 6 projects start in June.", "count", 3),
    # a list by county with equal counts (real text, above): the total and its eight items
    (HANS, _LUAN, "count", 9),
    # English items with equal counts stay apart; a year after "in" is no item
    (EN, "The county signed 20 projects, including 6 in the east zone and 6 in the west zone.", "count", 3),
    (EN, "The county signed 8 projects, with 3 in 2023.", "count", 1),
]

# (language, text, value, comparator): the fact's comparator
COUNTS_COMPARATOR: list[tuple[str, str, float, str]] = [
    (HANS, "本次募集资金总额不超过30亿元。", 30e8, "<"),
    (HANS, "后续还有100余个项目将陆续开工。", 100, ">"),
]

# --- counts5 (issue 14, set 4's categories written as general news language; none is a held-out sentence) ------
_LIST_BY_PLACE = "The province signed 120 projects in March: 36 in Hefei, 24 in Wuhu and 18 in Bengbu."
_LIST_NAME_FIRST = ("Of the 80 key projects, Hefei has 30, with a total investment of 41 billion yuan; Wuhu 22, with a "
                    "total investment of 19 billion yuan; 12 Anqing city, with a total investment of 8 billion yuan.")
_CLASSES = ("Last year the park attracted 60 projects, among them three projects in which the investment exceeds 5 "
            "billion yuan, another four with investment above 1 billion yuan, and one project valued at over 500 "
            "million yuan.")
_BETWEEN = ("By size, of the 200 projects, 150 were between 100 million yuan and 1 billion yuan in value, and 50 "
            "were over 1 billion yuan.")
_ONES = ("520 projects were worth more than 100 million yuan each, 31 ones more than 5 billion yuan, and 9 ones over "
         "10 billion yuan.")
_AS = ("Of the projects, 10 were listed as provincial key projects, 16 as new energy projects and 4 as logistics "
       "projects.")
COUNTS_FOUND += [
    # English lists by place, the noun given once before them (their sum at most the count they divide)
    (EN, _LIST_BY_PLACE, 36, "count"), (EN, _LIST_BY_PLACE, 18, "count"),
    (EN, _LIST_NAME_FIRST, 30, "count"), (EN, _LIST_NAME_FIRST, 22, "count"), (EN, _LIST_NAME_FIRST, 12, "count"),
    (EN, _LIST_NAME_FIRST, 41e9, "CNY"),
    (EN, "The province lists 50 key projects. Among them, there are 7 provincial-level ones with a total investment "
         "of 30 billion yuan; Hefei has 12, with a total investment of 9 billion yuan.", 7, "count"),
    # English counts of a class or of a part of a group, the noun written once or after other words
    (EN, _CLASSES, 3, "count"), (EN, _CLASSES, 4, "count"), (EN, _CLASSES, 1, "count"),
    (EN, _BETWEEN, 150, "count"), (EN, _BETWEEN, 50, "count"),
    (EN, _ONES, 31, "count"), (EN, _ONES, 9, "count"),
    (EN, _AS, 16, "count"), (EN, _AS, 4, "count"),
    (EN, "The district started 30 projects.\n\nOf these projects, there are 11 each with investment above 200 million "
         "yuan.", 11, "count"),
    (EN, "The county's reserve list now holds 240 major/key projects.", 240, "count"),
    (EN, "The batch covers five biomedicine projects and three drones and smart logistics programs.", 3, "count"),
    (EN, "By June, 73 of the 90 projects had started construction.", 73, "count"),
    (EN, "Among newly signed projects, 18 with investments of $2.1 billion were foreign-invested.", 18, "count"),
    # a group's own total with a comparator stays a fact; so does "worth more than" without a total beside it
    (EN, "The city signed 35 projects with a total investment of more than 20 billion yuan.", 20e9, "CNY"),
    (EN, "The city signed 46 projects worth more than 30 billion yuan on Monday.", 30e9, "CNY"),
    (EN, "The carmaker will invest 12B yuan in a new battery plant.", 12e9, "CNY"),
    # Chinese approximate counts at their round number (近万家, 上百个, N多家), a quoted name before the noun
    (HANS, "该市已吸引上下游配套企业近万家。", 10000, "count"),
    (HANT, "多年來,該集團帶動近萬家配套廠落戶當地。", 10000, "count"),
    (HANS, "世界500强企业中有40多家在当地设立分支机构。", 40, "count"),
    (HANS, "全市共安排1200个“百日攻坚”项目。", 1200, "count"),
    (HANS, "与央企对接的120个项目中,已有35个开工。", 35, "count"),
    (HANS, "全区市场主体已达近两万家。", 20000, "count"),
    (HANS, "上台签约的40个外资项目,已办理工商注册的有26个。", 26, "count"),
    (EN, "The forum drew delegates from 215 of the world's Fortune 500 companies.", 215, "count"),
    (EN, "There were 38 more than 100 million yuan projects started in the first quarter.", 38, "count"),
    (EN, "The county signed 30 projects. Of them, 7 are worth over 1 billion yuan each and 15 are worth 500 million to "
         "1 billion yuan.", 15, "count"),
    (EN, "Profits rose from 500 million to 1 billion yuan.", 1e9, "CNY"),
    (EN, "Eleven projects were signed on stage, including 4 projects of 0.5-1 billion yuan and 1 project of more than "
         "1 billion yuan.", 1, "count"),
    # a round order of magnitude alone is the figure; 均超 for two subjects is one figure, not a class
    (HANS, "基地建成后,年产值有望超百亿元。", 1e10, "CNY"),
    (HANT, "今年前三季度,兩家工廠營業收入均超200億元。", 2e10, "CNY"),
]

COUNTS_NOT_FACTS += [
    (EN, _CLASSES, "CNY"), (EN, _BETWEEN, "CNY"), (EN, _ONES, "CNY"),
    (EN, "There are 12 projects of 1-5 billion yuan and 40 projects below 500 million yuan.", "CNY"),
    (EN, "There were 38 more than 100 million yuan projects started in the first quarter.", "CNY"),
    (EN, "The county signed 30 projects. Of them, 7 are worth over 1 billion yuan each and 15 are worth 500 million to "
         "1 billion yuan.", "CNY"),
    # a part of the group with its class, even where machine translation writes "total"
    (EN, "The county signed 30 key projects, including 3 projects with a total investment of more than 2 billion yuan.",
     "CNY"),
    (EN, "Twelve foreign-funded enterprises with registered capital of more than 10 million US dollars settled in the "
         "park.", "USD"),
    (EN, "The district drew 30 projects with investment in the aggregate of 25.3 billion yuan (approx. US$3.6 "
         "billion).", "USD"),
    (EN, "It aims to make its 3 pillar businesses bigger and stronger.", "count"),
    (HANS, "数十个项目落地。", "count"),
    (HANS, "全市几百家企业参加了洽谈会。", "count"),
    (HANS, "其中超20亿元或3亿美元重大项目6个。", "CNY"),
    (HANS, "其中超20亿元或3亿美元重大项目6个。", "USD"),
    (HANS, "目前该集团在当地有两个工厂。", "count"),
]

COUNTS_HOW_MANY += [
    # the list's total and its three items
    (EN, _LIST_BY_PLACE, "count", 4),
    (EN, _CLASSES, "count", 4),
    # a class "worth more than" beside the group's total: the total only
    (EN, "A total of 1,500 projects worth more than 100 million yuan will start in the province this year with a total "
         "investment of 2 trillion yuan.", "CNY", 1),
    # ranks, percentages, pages and years are no items; items adding up to more than the count are no list
    (EN, "The province signed 50 projects. By ranking, Hefei came 3, Wuhu 5 and Bengbu 8.", "count", 1),
    (EN, "The province signed 50 projects, ranking Hefei 3, Wuhu 5 and Bengbu 8.", "count", 1),
    (EN, "The city signed 40 projects, Hefei 36%, Wuhu 24%.", "count", 1),
    (EN, "The city signed 10 projects, Hefei 36, Wuhu 24, Anqing 15.", "count", 1),
    (EN, "The 12 projects are listed on page 5, page 6 and page 8.", "count", 1),
    (EN, "The city signed 60 projects: 20 in 2021, 25 in 2022 and 15 in 2023.", "count", 1),
    (EN, "The city signed 80 projects on three days, March 3, April 5 and May 7, in the new district.", "count", 1),
    (EN, "The park has 40 projects along the metro: Line 2, Line 3 and Line 5 serve them.", "count", 1),
    # "Among the N projects," names again the count stated before it
    (EN, "The city signed 90 projects. Among the 90 projects, 60 were industrial ones.", "count", 2),
    # Chinese: A、B两个项目 and C和D两个项目 are two groups; "两个项目的…" refers back to the first
    (HANS, "与该集团就“智能装备”、“新材料”两个项目签约。两个项目的建设意义重大。"
           "此前,该集团投资的新能源和通用航空两个项目已落户。", "count", 2),
    (HANS, "全市签约项目8个。在签约的8个项目中,有5个工业项目,3个服务业项目。", "count", 3),
]

COUNTS_COMPARATOR += [
    (HANS, "全市上百个项目集中开工。", 100, ">="),
    (HANS, "本季度签约10个项目,总投资25亿元。", 10, "="),  # the 约 of 签约 is no "about"
]

# a capacity written before the noun is not a count; an amount restated in another currency after a comma is no fact
COUNTS_NOT_FACTS += [
    (EN, "Renwick Power has built 100 MW PV projects in the county.", "count"),
    (EN, "The firm has 2 GW wind projects under construction in Gansu.", "count"),
    (EN, "Orvik will invest RMB 14 billion, around $2.1 billion, in a new plant.", "USD"),
    (EN, "The plant will cost 700 million yuan, or about $100 million.", "USD"),
]
COUNTS_HOW_MANY += [
    (EN, "The county has 12 PV projects and 30 wind projects under way.", "count", 2),
    (EN, "Exports reached $3 billion, 20 billion yuan of it from Orvik.", "CNY", 1),
]
# a count named again with "the"/"these" is the one stated before; another group's equal count is not
COUNTS_HOW_MANY += [
    (EN, "Nexa signed two project agreements with Wuhu. The total investment in the two projects is 5 billion yuan. "
         "Nexa chose Wuhu for these two new projects because of its port.", "count", 1),
    (EN, "Hami signed 3 projects in March. The 5 projects signed in April are larger.", "count", 2),
]
# a headline's figure in the currency the body gives only as a conversion is that conversion, no fact of its own
COUNTS_NOT_FACTS += [
    (EN, "Velta to invest US$2.1 billion in Hubei plant\n\nVelta Energy has announced an RMB14.5 billion (US$2.1 "
         "billion) plan to build a base in Hubei.", "USD"),
]
COUNTS_HOW_MANY += [
    (EN, "Velta raised US$2.1 billion in May.\n\nVelta Energy has announced an RMB14.5 billion (US$2 billion) plan "
         "to build a base in Hubei.", "USD", 1),
]
COUNTS_HOW_MANY += [  # an equal amount outside the headline: another article's, a fact
    (EN, "Velta Energy has announced an RMB14.5 billion (US$2.1 billion) plan to build a base in Hubei.\n\nSEE ALSO: "
         "Velta Invests $2.1 Billion in Storage Batteries", "USD", 1),
]
