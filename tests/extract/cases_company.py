"""Table cases for one company's investment in one project (issue 14, the rules of `app.extract.company_zh`,
`app.extract.company_en` and the company names of `app.extract.orgs`), and the cases that must stay as they
were: a company's annual plan stays a target, totals over many projects stay indicators with no investor.

The sentences are written for these tests in the language of company announcements and investment news
(no held-out sentence; the companies are made up). Shapes as in tests/extract/cases.py:
NUMERIC (language, text, value, unit, kind, comparator), FIELDS (language, text, value, field, expected —
"" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

_ANNOUNCED = "华辰新能源发布公告称,拟在安徽省滁州市投资建设年产20GWh储能电池生产基地项目,项目总投资不超过人民币60亿元。"
_THE_COMPANY = "8月3日,远航股份公告,公司拟在江西省九江市投资建设高端铜箔生产基地,项目总投资不超过45亿元。"
_HANT_PLAN = "近日,長風電氣發布公告稱,擬在湖北省襄陽市建設智能電網設備製造基地,總投資不超過30億元。"
_STOCK_CODE = "云峰电子(300811)发布公告称,拟在成都投资建设功率半导体封装测试基地项目,项目总投资约25亿元。"
_PROGRESS = "星海化工有限公司年产30万吨聚丙烯项目,一期建设两条生产线,总投资18亿元,截至目前已完成投资6亿元。"
_THAT_PROJECT = "其中,恒瑞储能电池项目落地经开区,标志着双方合作迈出新步伐。该项目总投资50亿元,占地300亩。"
_PARTS = "蓝天光伏组件项目总投资40亿元,其中土建投资12亿元、设备投资25亿元。"
_JOINT_VENTURE = "晨光材料公告,公司拟与两家企业共同投资设立合资公司,合资公司注册资本为10亿元,其中公司出资5.1亿元。"
_ASIDE = "北方能源化工有限公司50万吨煤制烯烃项目(一期建设20万吨聚乙烯、20万吨聚丙烯)总投资86亿元。"
_SIGNED_BEFORE = ("天行动力发布公告称,拟追加投资扩建电池基地。"
                  "据此前公告,天行动力自2020年以来与当地政府陆续签订了一至三期项目,总投资超过120亿元。")
_BOARD = "12月2日晚,鼎信科技发布公告显示,鼎信科技董事会已通过相关议案,拟投资不超过36亿元建设高纯硅材料生产基地项目。"
# a Traditional text with inline pinyin (cleaned on import); 該項目 refers to the project of the paragraph before
PINYIN = ("近日,華(huá)源智能發(fā)布公告稱,公司擬在江蘇省常州市投資建設(shè)機器人零部件生產(chǎn)基地項(xiàng)目。\n"
          "據(jù)悉,該項(xiàng)目總投資不超過人民幣12億元。")
_EN_APPOSITIVE = ("Lumina, the country's largest maker of solar glass, will spend up to 6 billion yuan on a new plant "
                  "in Anhui.")
_EN_ACRONYM = "Helios Power Co (HPC) announced it will invest up to RMB 4.5 billion in a battery plant in Hubei."
_EN_REFERRED = ("Vantex Group opened its first factory in 2018. In March, the company outlined a plan to invest "
                "as much as 9 billion yuan to expand capacity.")
_EN_FULL_NAME = ("Kestrel, the country's largest maker of wind blades, formally known as Kestrel Wind Energy Co. Ltd., "
                 "has expanded quickly. In 2022, the company announced a plan to invest up to 5 billion yuan.")
_EN_AT_A_COST = "Aurora Mining also plans to set up a lithium refining joint venture at a cost of 1.2 billion yuan."
_EN_PHASE = ("Battery maker Voltra and the provincial government signed a framework agreement on Monday. "
             "The first phase is planned to reach a capacity of 10 GWh with an investment of 8 billion yuan.")

_EN_BUILDS = "Sinopec will build a 5-million-tonne refinery in Hainan with a total investment of 20 billion yuan."
_EN_BUILT_BY = "The plant, built by Jiangxi Copper Group, has a total investment of 3 billion yuan."
_EN_HELP = ("With the help of Tongwei Co., Ltd., the county launched a solar base with a total investment of "
            "6 billion yuan.")
_BRAND_BUILDS = "比亚迪将投资100亿元在合肥建设动力电池生产基地。"
_BUILT_BY = "项目由宁德时代投资建设,总投资120亿元。"

COMPANY_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # a company's plan for one plant or base: its total (also "不超过", a ceiling) is a project
    (HANS, _ANNOUNCED, 60e8, "CNY", P, ""),
    (HANS, _THE_COMPANY, 45e8, "CNY", P, ""),
    (HANT, _HANT_PLAN, 30e8, "CNY", P, ""),
    (HANS, _STOCK_CODE, 25e8, "CNY", P, ""),
    # a company-by-company progress report: the total and the completed investment of each project
    (HANS, _PROGRESS, 18e8, "CNY", P, ""),
    (HANS, _PROGRESS, 6e8, "CNY", P, ""),
    (HANS, _THAT_PROJECT, 50e8, "CNY", P, ""),
    # the parts of one project's investment, a joint venture's registered capital and a share of it
    (HANS, _PARTS, 12e8, "CNY", P, ""),
    (HANS, _PARTS, 25e8, "CNY", P, ""),
    (HANS, _JOINT_VENTURE, 10e8, "CNY", P, ""),
    (HANS, _JOINT_VENTURE, 5.1e8, "CNY", P, ""),
    (HANS, _ASIDE, 86e8, "CNY", P, ""),
    (HANS, _SIGNED_BEFORE, 120e8, "CNY", P, ""),
    (HANS, _BOARD, 36e8, "CNY", P, ""),
    (HANS, "明德生物医药产业园项目总投32亿元,建成后年产值可达50亿元。", 32e8, "CNY", P, ""),
    (EN, _EN_APPOSITIVE, 6e9, "CNY", P, ""),
    (EN, _EN_ACRONYM, 4.5e9, "CNY", P, ""),
    (EN, _EN_REFERRED, 9e9, "CNY", P, ""),
    (EN, _EN_FULL_NAME, 5e9, "CNY", P, ""),
    (EN, _EN_AT_A_COST, 1.2e9, "CNY", P, ""),
    (EN, _EN_PHASE, 8e9, "CNY", P, ""),
    (EN, _EN_BUILDS, 20e9, "CNY", P, ""),
    (EN, _EN_BUILT_BY, 3e9, "CNY", P, ""),
    (EN, _EN_HELP, 6e9, "CNY", P, ""),
    (HANS, _BRAND_BUILDS, 100e8, "CNY", P, ""),
    (HANS, _BUILT_BY, 120e8, "CNY", P, ""),
    # a place building is no company: its total stays what the cues say
    (EN, "Hainan will build a free trade port with a total investment of 9 billion yuan.", 9e9, "CNY", T, ""),
    (HANS, "该项目由市政府投资建设,总投资12亿元。", 12e8, "CNY", IND, ""),
    # plans counted by floors and 谋划 are targets
    (HANS, "今年全县谋划实施重点项目120个,年度计划投资不低于300亿元。", 120, "count", T, ""),
    (HANS, "今年全县谋划实施重点项目120个,年度计划投资不低于300亿元。", 300e8, "CNY", T, ""),
    (HANT, "全年新簽約億元以上項目不少於80個。", 80, "count", T, ""),
    # negative cases: what was planned and is reported done stays achieved
    (HANS, "计划实施的56项重点工业项目完成投资210亿元。", 210e8, "CNY", IND, ""),
    (HANS, "计划实施的56项重点工业项目完成投资210亿元。", 56, "count", T, ""),  # the plan's count
    (HANS, "下一步,全省将确保全年重点项目完成投资3000亿元以上。", 3000e8, "CNY", T, ""),
    # a company's annual plan stays a target, the money it plans to raise too
    (HANS, "今年,华峰集团计划完成投资50亿元。", 50e8, "CNY", T, ""),
    (HANS, "该公司拟募集资金不超过30亿元,用于建设新能源基地。", 30e8, "CNY", T, ""),
    # totals over many projects stay indicators
    (HANS, "全市在建项目总投资1200亿元,已完成投资380亿元。", 1200e8, "CNY", IND, ""),
    (HANS, "全市在建项目总投资1200亿元,已完成投资380亿元。", 380e8, "CNY", IND, ""),
    (HANS, "交通类项目9个,总投资86亿元;民生类项目4个,总投资21亿元。", 86e8, "CNY", IND, ""),
    (HANT, "仍在洽談項目45個,總投資326億元。", 326e8, "CNY", IND, ""),
    (EN, "Zhenghe Group invested more than 3 billion yuan (US$420 million) in 15 projects across the province last "
         "year.", 3e9, "CNY", IND, ""),
]

COMPANY_FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, _ANNOUNCED, 60e8, "investor", "华辰新能源"),
    (HANS, _THE_COMPANY, 45e8, "investor", "远航股份"),
    (HANT, _HANT_PLAN, 30e8, "investor", "長風電氣"),
    (HANS, _STOCK_CODE, 25e8, "investor", "云峰电子"),
    (HANS, _PROGRESS, 18e8, "investor", "星海化工有限公司"),
    (HANS, _PROGRESS, 6e8, "investor", "星海化工有限公司"),
    (HANS, _THAT_PROJECT, 50e8, "investor", "恒瑞"),
    (HANS, _PARTS, 40e8, "investor", "蓝天"),
    (HANS, _PARTS, 12e8, "investor", ""),  # the investor only on the total
    (HANS, _JOINT_VENTURE, 10e8, "investor", ""),
    (HANS, _JOINT_VENTURE, 5.1e8, "investor", "晨光材料"),  # 其中公司出资: the company, not "其中公司"
    (HANS, _ASIDE, 86e8, "investor", "北方能源化工有限公司"),
    (HANS, _SIGNED_BEFORE, 120e8, "investor", "天行动力"),
    (HANS, _BOARD, 36e8, "investor", "鼎信科技"),
    (EN, _EN_APPOSITIVE, 6e9, "investor", "Lumina"),
    (EN, _EN_ACRONYM, 4.5e9, "investor", "HPC"),
    (EN, _EN_REFERRED, 9e9, "investor", "Vantex Group"),
    (EN, _EN_FULL_NAME, 5e9, "investor", "Kestrel"),  # the subject of the sentence before, not its full name
    (EN, _EN_AT_A_COST, 1.2e9, "investor", "Aurora Mining"),
    (EN, _EN_PHASE, 8e9, "investor", "Voltra"),
    (EN, _EN_BUILDS, 20e9, "investor", "Sinopec"),
    (EN, _EN_BUILT_BY, 3e9, "investor", "Jiangxi Copper Group"),
    (EN, _EN_HELP, 6e9, "investor", "Tongwei Co., Ltd"),
    (HANS, _BRAND_BUILDS, 100e8, "investor", "比亚迪"),  # not "在合肥建设动力"
    (HANS, _BUILT_BY, 120e8, "investor", "宁德时代"),
    # a description before the project name is no investor
    (HANS, "依托龙头企业引进的瑞丰新材料项目,总投资10亿元。", 10e8, "investor", "瑞丰"),
    # no investor on aggregates
    (HANS, "全市在建项目总投资1200亿元,已完成投资380亿元。", 380e8, "investor", ""),
    (EN, "Zhenghe Group invested more than 3 billion yuan (US$420 million) in 15 projects across the province last "
         "year.", 3e9, "investor", ""),
]
