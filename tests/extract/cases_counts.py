"""Table cases for the counts4 rules (issue 14: missed facts and false facts): counts in a list whose noun is
given once, counts with the noun far from the number, counts of stages and of tracked projects, jobs, value
classes, places and task forces that are no facts, restatements and parts, share prices. Every sentence is
written for these tests in general news language (none is a held-out sentence); test_counts_table.py runs them.
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
    (EN, "The firm plans about 20 plants at home and one in Hungary.", "count"),
]

# (language, text, unit, n): exactly n facts of this unit
COUNTS_HOW_MANY: list[tuple[str, str, str, int]] = [
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
