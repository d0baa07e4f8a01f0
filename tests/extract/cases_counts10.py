"""Table cases for round 10's counts (issue 14): counts closing parallel lists of named projects, a count's noun
written as two classes set off by 、, a count followed by a clause saying how far its projects got, a company's parks,
production bases and facilities, a part's count named again (number first) to give its total; and what stays no
count (ordinals, places, a place's amenities).

Every sentence is written for these tests, with made-up places and companies, in Simplified, Traditional and English
(none is a held-out sentence); test_counts_table.py runs them with the other counts cases.
"""

from __future__ import annotations

HANS, HANT, EN = "zh-Hans", "zh-Hant", "en"

# (language, text, value, unit): the value is found as a fact
FOUND: list[tuple[str, str, float, str]] = [
    # a count closing a list of named projects, its noun two classes set off by 、
    (HANS, "今年,全县将重点推进青山物流园、白沙新材料二期等9个省重大、重点项目。", 9, "count"),
    (HANT, "今年,全縣將重點推進青山物流園、白沙新材料二期等9個省重大、重點項目。", 9, "count"),
    (HANS, "全年实施6个市级、县级重点工程。", 6, "count"),
    # a count followed by a clause saying where or how far its projects got (在…期间洽谈成功的, 已签约落地的)
    (HANS, "会上,东岭光伏、南湖物流等15个在本届博览会期间洽谈成功的重点项目集中签约。", 15, "count"),
    (HANT, "會上,東嶺光伏、南湖物流等15個在本屆博覽會期間洽談成功的重點項目集中簽約。", 15, "count"),
    (HANS, "全市11个已签约落地的产业项目集中亮相。", 11, "count"),
    # a company's parks and production bases, counted like factories
    (HANS, "去年,星海电器再次投资40亿元打造冰箱产业园,两个产业园分别于今年4月和5月开工。", 2, "count"),
    (HANT, "去年,星海電器再次投資40億元打造冰箱產業園,兩個產業園分別於今年4月和5月開工。", 2, "count"),
    (HANS, "蓝湾集团目前在国内拥有四个生产基地。", 4, "count"),
    (HANS, "远帆重工已在该省建设了3个工业园。", 3, "count"),
    (HANS, "青禾乳业将在该旗新建6个牧场,存栏奶牛3万头。", 6, "count"),
    (HANT, "青禾乳業將在該旗新建6個牧場,存欄奶牛3萬頭。", 6, "count"),
    # English: a company's facilities and ranches
    (EN, "Northwind already has three facilities in Chile, and the new one will open next year.", 3, "count"),
    (EN, "Northwind operates five manufacturing facilities in Poland.", 5, "count"),
    (EN, "The dairy group will build 12 large-scale demonstration ranches in the prefecture.", 12, "count"),
]

# (language, text, unit): no fact of that unit
NOT_FACTS: list[tuple[str, str, str]] = [
    # an ordinal is no count
    (HANS, "这是宏远集团在华南投资建造的第三个生产基地。", "count"),
    (HANT, "這是宏遠集團在華南投資建造的第三個生產基地。", "count"),
    (HANS, "这是青禾乳业在当地建成的第二个牧场。", "count"),
    # places are counted, not projects; research bases are no production bases
    (HANS, "全区5个县区、乡镇项目已开工。", "count"),
    (HANS, "全市5个县区产业园。", "count"),
    (HANS, "该区将建设3个研发基地。", "count"),
    # a place's amenities are no plants
    (EN, "The city has 30 sports facilities and 5 parks.", "count"),
    (EN, "The county built 12 public facilities last year.", "count"),
]

# (language, text, unit, n): exactly n facts of that unit
HOW_MANY: list[tuple[str, str, str, int]] = [
    # parallel lists of named projects by category: equal counts of different categories are different groups
    (HANS, "此次开工项目中,包括投资8亿元的甲园项目等4个产业项目,投资2亿元的乙路项目等3个基础设施项目,"
           "投资5亿元的丙湖项目等4个生态项目,投资1亿元的丁校项目等3个民生项目。", "count", 4),
    (HANT, "此次開工項目中,包括投資8億元的甲園項目等4個產業項目,投資2億元的乙路項目等3個基礎設施項目,"
           "投資5億元的丙湖項目等4個生態項目,投資1億元的丁校項目等3個民生項目。", "count", 4),
    # … but a list closing with 等N个 after the group's count restates it
    (HANS, "今年签约10个项目,涵盖甲、乙等10个签约项目。", "count", 1),
    # a part counted, then named again (number first) to give its total: one count
    (HANS, "此次大会共签约28个项目(其中合同项目25个,框架协议3个),25个合同项目投资总额310亿元。", "count", 3),
    (HANT, "此次大會共簽約28個項目(其中合同項目25個,框架協議3個),25個合同項目投資總額310億元。", "count", 3),
    (HANS, "全年新开工工业项目45个。45个工业项目的总投资为80亿元。", "count", 1),
    (HANS, "会上签约28个项目,其中25个合同项目投资总额310亿元。据介绍,本次签约28个项目(其中合同项目25个,框架协议3个)。",
     "count", 3),
    # … a different group with the same number stays two counts
    (HANS, "全年新开工工业项目45个。45个服务业项目的总投资为80亿元。", "count", 2),
]
