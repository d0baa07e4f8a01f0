"""Table cases for round 11's counts (issue 14): bare numbers that continue the noun of a count stated before them
(list items by place, field, stage or value class, a part set against a sibling count by "while", one item named
after 其中), and what stays no count or no amount beside them; a range written in dollars on both ends is one fact;
a duration (12个月), a project named by its sum (20亿项目) and the largest of a group (最大的两个项目) are no counts;
a quota (每年至少引进1个项目, 不得少于N个) is a target count; warehouses and plants counted with 座 are counted like
factories, a group's subsidiaries like companies, but not the subsidiaries it sets up to carry its projects.

Every sentence is written for these tests, with made-up places and companies, in English, Simplified and Traditional
(none is a held-out sentence); test_counts11.py runs them.
"""

from __future__ import annotations

HANS, HANT, EN = "zh-Hans", "zh-Hant", "en"

# (language, text, value, unit): the value is found as a count
FOUND: list[tuple[str, str, float, str]] = [
    # items by stage after "including"
    (EN, "The county had 86 projects in its parks, including 52 under construction and 34 newly started.", 52, "count"),
    (EN, "The county had 86 projects in its parks, including 52 under construction and 34 newly started.", 34, "count"),
    (EN, "Of the 40 deals, 22 were signed in spring, and 9 put into production by June.", 9, "count"),
    # items by field, chained after a first item
    (EN, "A total of 60 projects were launched. Among them, 8 are on transport, 30 on manufacturing, and 12 on "
         "public services.", 30, "count"),
    (EN, "A total of 60 projects were launched. Among them, 8 are on transport, 30 on manufacturing, and 12 on "
         "public services.", 12, "count"),
    # items by value class, set off by semicolons
    (EN, "There are 33 projects worth more than 100 million yuan each; 2 with over 3 billion yuan; and, 6 with "
         "investment between 1 and 3 billion yuan.", 2, "count"),
    (EN, "There are 33 projects worth more than 100 million yuan each; 2 with over 3 billion yuan; and, 6 with "
         "investment between 1 and 3 billion yuan.", 6, "count"),
    # a part set against a sibling count by "while", larger than it
    (EN, "Twelve projects are located in the downtown districts, with a total investment of 4.2 billion yuan, while "
         "19 in the outlying counties, with a total investment of 6.1 billion yuan.", 19, "count"),
    (EN, "Nine firms are based in the port zone, whereas 14 in the inland parks.", 14, "count"),
    # after a colon, "of which", "N of them"
    (EN, "A total of 77 projects were signed: 41 in manufacturing, 22 in services and 14 in agriculture.", 41, "count"),
    (EN, "The county signed 48 projects, of which 19 are manufacturing and 11 are services.", 19, "count"),
    (EN, "There were 130 projects, 85 of them newly started.", 85, "count"),
    # one item named right after 其中
    (HANS, "洽谈会上共签约项目150项,引进资金300亿元,其中平阳市80项,引进资金90亿元。", 80, "count"),
    (HANT, "洽談會上共簽約項目150項,引進資金300億元,其中平陽市80項,引進資金90億元。", 80, "count"),
    (HANS, "各地共推介项目300项,总投资800亿元。其中青川县推介110项。", 110, "count"),
    (HANS, "全年引进企业64家,其中东湖区1家落户新区。", 1, "count"),
    # a classifier that begins a word only after a sum's size word: a count without 个 stays one
    (HANS, "开发区当天签约15项目,总投资42亿元。", 15, "count"),
    # warehouses counted like factories; "N others" beside a count of the same sentence
    (HANS, "该集团在西南已建成16个仓库,覆盖40个区县。", 16, "count"),
    (EN, "The strategy calls for eight plants at home and three others abroad.", 3, "count"),
    # the group named before the number, with a comparator of the number's own
    (EN, "The region signed 1,400 deals. Among the projects, nearly 900 have settled in its parks.", 900, "count"),
    (EN, "Of the signed projects, about 60 are in the new district.", 60, "count"),
    # a value class's count of one, beside the other classes
    (EN, "1 project with a total investment of over 8 billion yuan and 4 projects with a total investment of over 2 "
         "billion yuan were started.", 1, "count"),
    (EN, "The zone has 1 enterprise worth more than 10 billion yuan and 6 worth more than 1 billion.", 1, "count"),
    # a total closing a clause counts the noun its sentence opens with
    (HANS, "服务业项目同样是重点,共124个,占全市重点项目总数的31%。", 124, "count"),
    (HANT, "產業項目仍然是重中之重,共260個,佔全市重點項目總數的60%;投資達900億元。", 260, "count"),
    # an item named by its value class continues the noun of the count before it
    (HANS, "今年全市共引进项目88个,其中亿元以上项目30个,10亿元以上5个。", 5, "count"),
    (HANT, "全市新簽約項目40個(億元以上6個),總投資200億元。", 6, "count"),
    (HANS, "全市新签约项目40个,其中亿元以上12个,总投资200亿元。", 12, "count"),
    # a count of one beside a count of the same noun in its sentence
    (HANS, "星海轮胎在国内建立了甲市、乙市和丙市三个生产基地,在泰国建立一个生产基地。", 1, "count"),
    (HANT, "星海輪胎在國內建立了甲市、乙市和丙市三個生產基地,在泰國建立一個生產基地。", 1, "count"),
    # plants counted with 座, and a group's existing subsidiaries, counted like factories and companies
    (HANT, "目前,星原半導體在華東、華南建有2座8英寸晶圓廠和4座12英寸晶圓廠。", 2, "count"),
    (HANT, "目前,星原半導體在華東、華南建有2座8英寸晶圓廠和4座12英寸晶圓廠。", 4, "count"),
    (HANS, "另外,在甲市、乙市各有1座12英寸晶圆厂在建中。", 1, "count"),
    (HANS, "青禾乳业在当地建有两座乳品加工厂。", 2, "count"),
    (EN, "Redstone Pharma employs 9,000 people and has 14 pharmaceutical manufacturing subsidiaries.", 14, "count"),
    # a range in dollars is one fact at its lower end
    (EN, "Brightline expects $40 million to $55 million to flow into the local economy every year.", 40_000_000, "USD"),
    (EN, "The group will spend US$3 million to $4 million on the lab.", 3_000_000, "USD"),
]

# (language, text, value, kind): a count of that value is found with that kind
KINDS: list[tuple[str, str, float, str]] = [
    # a quota: a minimum of projects a year, also of one project, with the verb between (a target)
    (HANS, "市里要求各乡镇每年招商引资签约项目不得少于8个。", 8, "target"),
    (HANT, "市裡要求各鄉鎮每年招商引資簽約項目不得少於8個。", 8, "target"),
    (HANS, "要求每位县级干部每年至少引进一个千万元项目。", 1, "target"),
    (HANT, "各園區每年至少簽約3個項目。", 3, "target"),
    # warehouses still to be built are a target, those in operation an indicator
    (EN, "Skyline Logistics will newly build 11 regional warehouses next year.", 11, "target"),
    (EN, "In addition, Skyline will operate 15 Sky No.1 highly automated logistics parks in the region.", 15, "target"),
    (HANS, "截至去年底,该公司在华东建有22个仓库。", 22, "indicator"),
]

# (language, text, unit): no fact of that unit
NOT_FACTS: list[tuple[str, str, str]] = [
    # the class of an item is a threshold, not an amount
    (EN, "There are 33 projects worth more than 100 million yuan each; 2 with over 3 billion yuan; and, 6 with "
         "investment between 1 and 3 billion yuan.", "CNY"),
    (EN, "The city listed 28 projects, including 4 with more than 2 billion yuan.", "CNY"),
    # a minimum on a project's size is no quota of projects; a warehouse's area counts nothing
    (HANS, "园区要求每个项目至少投资1亿元。", "count"),
    (HANS, "公司仓库面积达3万平方米。", "count"),
    (EN, "Mr Li and two others attended the signing.", "count"),
    (EN, "The district has 4 industrial parks along the river.", "count"),
    # one project worth an amount is that project's amount, not a count
    (EN, "The company signed 1 project worth 2 billion yuan with the county.", "count"),
    # a city's utilities and a plant's workshops counted with 座; subsidiaries set up to carry the projects
    (HANS, "该市有两座电厂和三座水厂。", "count"),
    (HANS, "园区新建3座厂房。", "count"),
    (HANS, "这是蓝湾集团在华中建设的第三座工厂。", "count"),
    (HANT, "據悉,該項目是星海輪胎在國內建設的第五大生產基地。", "count"),
    (HANS, "公司表示将在甲市设立三家全资子公司,并投资50亿元建设玻璃项目。", "count"),
    (EN, "The company will set up three wholly-owned subsidiaries in Linhai to carry the projects.", "count"),
    # a value class, also a range, naming the projects counted is no amount
    (HANS, "今年全市共引进项目88个,其中10亿元以上5个。", "CNY"),
    (HANT, "投資額1億元到10億元項目34個,從類別看,工業項目28個。", "CNY"),
    # a duration (个月) and a project named by its sum (50亿项目) are no counts
    (HANS, "公司过去12个月累计对外投资3000万元。", "count"),
    (HANT, "公司過去 12 個月累計對外投資3000萬元。", "count"),
    (HANT, "遠景集團50億項目一期工程昨日投產。", "count"),
    (HANS, "蓝石电子10亿项目二期开工。", "count"),
]

# (language, text, unit, n): exactly n facts of that unit
HOW_MANY: list[tuple[str, str, str, int]] = [
    # a range in dollars is one fact (not its upper end beside it)
    (EN, "Brightline expects $40 million to $55 million to flow into the local economy every year.", "USD", 1),
    (EN, "The group will spend US$3 million to $4 million on the lab.", "USD", 1),
    # a number after a count that is neither a part of it nor beside a part: workers, staff, a year
    (EN, "The park houses 30 enterprises, with 5,000 on the payroll.", "count", 1),
    (EN, "The group runs 4 factories, while 1,200 work in the town.", "count", 1),
    (EN, "The city signed 45 projects, and 2023 in particular saw the most.", "count", 1),
    # a ratio or a time after a colon is no item
    (EN, "The zone signed 14 projects at 10:30 on Monday.", "count", 1),
    # items in another sentence than the count are no parts of it
    (EN, "The city signed 45 projects. Later, 12 under construction were inspected.", "count", 1),
    # a sibling count larger than the item, with no "while": no item
    (EN, "Twelve projects are in the downtown districts, and 19 in the counties.", "count", 1),
    # the largest of a group counted before are no count of their own
    (HANS, "本次共签约8个项目,其中规模最大的3个项目总投资60亿元。", "count", 1),
    (HANT, "本次共簽約8個項目,最大的兩個項目來自外省。", "count", 1),
    # a value class with no count of its noun before it is no item; an amount with 以上 closing a clause stays one
    (HANS, "该项目投资10亿元以上5个月内开工。", "count", 0),
    (HANS, "今年引进亿元以上8个。", "count", 0),
    # a company's one base to be built, with no count of bases beside it, is no count of one
    (HANS, "公司计划建设一个生产基地,总投资10亿元。", "count", 0),
    (HANS, "公司有三个生产基地。今年,公司在越南又建立一个生产基地。", "count", 1),
    # a total with no noun of projects or firms opening its sentence counts nothing
    (HANS, "会议分为三个阶段,共5个。", "count", 0),
    (HANS, "今年活动丰富,共18个,涵盖文旅、体育等。", "count", 0),
    # 其中 before a value class or a verb is no item's name
    (HANS, "全年签约项目50个,其中签约12个项目的企业来自外省。", "count", 2),
]
