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

# --- rules5: company news in general wording (issue 14, set 4's categories; sentences written for these tests) ---
_EN_ADDITIONAL = ("Under the agreement, Norvik will invest an additional RMB 8 billion to expand its battery park in "
                  "the zone.")
_EN_SEE = "The pact will see Norvik invest RMB 3 billion in a second plant."
_EN_RECENTLY = "Altamar recently decided to invest 6 billion yuan to build a cathode plant in Jiangmen."
_EN_SIGNED_TO = ("Altamar and the government of Nantong signed a framework deal on Tuesday to invest RMB 4 billion "
                 "in an axle factory.")
_EN_WORTH = "Altamar has also started a smelting project that is worth about RMB 9 billion in Yibin."
_EN_OWNER_HAS = "Corvel's new electrode plant in the zone has an investment of 2 billion yuan."
_EN_LIST = ("Among them are Lumeo's glass fibre project (800 million yuan), Tarsin's sensor R&D and assembly base "
            "(600 million yuan), a rooftop solar program (550 million yuan) and Vexa's cathode plant (520 million "
            "yuan).")
_EN_WITH_A = "Quorra's new motor plant sits in the high-tech zone, with a 7-billion-yuan investment behind it."
_EN_OWNED_BY = "The 80-million-U.S.-dollar plant, owned by Brightfield Electronics (Suzhou) Co. Ltd., makes lenses."
_EN_PHASE_OF = "Built in three stages, it needs an investment of 2 billion yuan for the first stage."
_EN_CONTRACTOR = "Feldmark, the biggest contract manufacturer of laptops, will invest US$1 billion in a plant in Wuhan."
_EN_CUMULATIVE = "Feldmark has invested a total of 1.2 billion US dollars in Suzhou over the past 20 years."
_ZH_SIGNED_TOPIC = "大会上,远帆科技与江城经济开发区完成远帆科技电子材料产业园二期项目签约,总投资48亿元。"
_ZH_NO_SUBJECT = ("远帆科技在江城已有两期项目。2021年5月,远帆科技投资20亿元,建成一期工厂。"
                  "2023年3月,签约投资60亿元打造二期项目。")
_ZH_PACKAGE = "根据协议,晨星电子集团将在临川投资建设光模块、储能电池、智能终端等项目,预计总投资达150亿元。"
_ZH_PLANNED_TOTAL = ("晨星电子集团与临川市政府签订战略合作协议。根据双方签署的协议内容,"
                     "晨星计划总投资金额达人民币150亿元,"
                     "首期投资人民币40亿元。")
_ZH_IN_PLACE = "蓝湾新材料有限公司在南城高新区投资30亿元建设年产5万吨锂电材料项目。"
_ZH_HEADLINE = "长岭能源20亿元储能电池基地一期开建\n5月8日,长岭能源与南川区政府就储能电池项目签订投资协议。"
_ZH_LISTED = "落户的有总投资18亿元的滨江文旅城、投资9亿元的华拓电子和投资5亿元的鑫源锆业等重点项目。"
_ZH_ORG_AFTER = "其中规模最大的是45亿元的南岳储能科技有限公司储能电池生产项目。"
_ZH_LIST_OF_ONE = "远帆集团总投资80亿元的智能装备和总投资20亿元的物流两个项目已先后开工。"
_ZH_SIGNED_BEFORE = ("12月3日下午,江州市与远帆科技就储能电池项目举行签约仪式。\n"
                     "储能电池生产基地项目落户高新区,总投资36亿元。")
_ZH_BASE_PLACE = "目前,远帆科技宜宾基地三期项目进展顺利,该项目计划总投资70亿元。"
_ZH_SIGNED_BY_NAME = ("我市与东岳汽车集团有限公司就“东岳新能源汽车电池”项目进行签约。"
                      "东岳新能源汽车电池项目总投资约25亿元。")
_HANT_SIGNED = "去年3月,遠帆科技與南川區政府就儲能電池年產10GWh項目簽訂投資協議,項目總投資90億元。"
_HANT_AGREEMENT = "晨星電子集團周五與臨川市政府簽訂總投資達人民幣150億元的「戰略合作協議」。"
_HANT_PHASE = "項目一期投資約12億元,年產5GWh動力電池。"
_HANT_PACKAGE = "根據協議,晨星電子集團將在臨川投資建設光模塊、儲能電池、智能終端等項目,預計總投資達150億元。"
_ZH_WEEKDAY = "周五,远帆科技与江州市政府签约,总投资10亿元。"

RULES5_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (EN, _EN_ADDITIONAL, 8e9, "CNY", P, ""),
    (EN, _EN_SEE, 3e9, "CNY", P, ""),
    (EN, _EN_RECENTLY, 6e9, "CNY", P, ""),
    (EN, _EN_SIGNED_TO, 4e9, "CNY", P, ""),
    (EN, _EN_WORTH, 9e9, "CNY", P, ""),
    (EN, _EN_OWNER_HAS, 2e9, "CNY", P, ""),
    (EN, _EN_LIST, 8e8, "CNY", P, ""),
    (EN, _EN_LIST, 6e8, "CNY", P, ""),
    (EN, _EN_LIST, 5.5e8, "CNY", P, ""),
    (EN, _EN_LIST, 5.2e8, "CNY", P, ""),
    (EN, _EN_WITH_A, 7e9, "CNY", P, ""),
    (EN, _EN_OWNED_BY, 8e7, "USD", P, ""),
    (EN, _EN_PHASE_OF, 2e9, "CNY", P, ""),
    (EN, _EN_CONTRACTOR, 1e9, "USD", P, ""),
    (HANS, _ZH_SIGNED_TOPIC, 48e8, "CNY", P, ""),
    (HANS, _ZH_NO_SUBJECT, 60e8, "CNY", P, ""),
    (HANS, _ZH_PACKAGE, 150e8, "CNY", P, ""),  # 预计 of one company's package is no target
    (HANS, _ZH_PLANNED_TOTAL, 150e8, "CNY", P, ""),
    (HANS, _ZH_PLANNED_TOTAL, 40e8, "CNY", P, ""),
    (HANS, _ZH_IN_PLACE, 30e8, "CNY", P, ""),
    (HANS, _ZH_HEADLINE, 20e8, "CNY", P, ""),
    (HANS, _ZH_LISTED, 9e8, "CNY", P, ""),
    (HANS, _ZH_LISTED, 5e8, "CNY", P, ""),
    (HANS, _ZH_ORG_AFTER, 45e8, "CNY", P, ""),
    (HANS, _ZH_LIST_OF_ONE, 80e8, "CNY", P, ""),
    (HANS, _ZH_LIST_OF_ONE, 20e8, "CNY", P, ""),
    (HANS, _ZH_SIGNED_BEFORE, 36e8, "CNY", P, ""),
    (HANS, _ZH_BASE_PLACE, 70e8, "CNY", P, ""),
    (HANS, _ZH_SIGNED_BY_NAME, 25e8, "CNY", P, ""),
    (HANT, _HANT_SIGNED, 90e8, "CNY", P, ""),
    (HANT, _HANT_AGREEMENT, 150e8, "CNY", P, ""),
    (HANT, _HANT_PHASE, 12e8, "CNY", P, ""),
    (HANT, _HANT_PACKAGE, 150e8, "CNY", P, ""),
    (HANS, _ZH_WEEKDAY, 10e8, "CNY", P, ""),
    # negatives: a company's total over the years, places and government bodies investing, annual plans, classes
    # of projects, several projects' sums, a company's revenue and R&D
    (EN, _EN_CUMULATIVE, 1.2e9, "USD", IND, ""),
    (EN, "Jiangsu Province will invest an additional 50 billion yuan in transport this year.", 50e9, "CNY", T, ""),
    (EN, "The Management Committee will invest RMB 2 billion in new roads.", 2e9, "CNY", T, ""),
    (EN, "Investors recently plan to invest RMB 3 billion in the zone.", 3e9, "CNY", T, ""),
    (EN, "Officials said 24 key projects (10.69 billion yuan) will start construction.", 10.69e9, "CNY", IND, ""),
    (EN, "Altamar's revenue rose 12 percent to 3 billion yuan last year.", 3e9, "CNY", IND, ""),
    (EN, "Altamar will spend 2 billion yuan on research and development this year.", 2e9, "CNY", T, ""),
    (HANS, "全市在建和拟建项目总投资近300亿元。", 300e8, "CNY", IND, ""),
    (HANS, "今年,远帆科技计划完成投资30亿元。", 30e8, "CNY", T, ""),
    (HANS, "远帆科技营业收入达120亿元,研发投入12亿元。", 120e8, "CNY", IND, ""),
    (HANS, "远帆科技营业收入达120亿元,研发投入12亿元。", 12e8, "CNY", IND, ""),
    (HANS, "全市12个项目一期投资合计30亿元。", 30e8, "CNY", IND, ""),
    (HANS, "江州市与南川区签订合作协议,总投资50亿元。", 50e8, "CNY", IND, ""),
    (HANT, "全縣在建和擬建項目總投資近300億元。", 300e8, "CNY", IND, ""),
    (EN, "Norvik plans to invest 50 billion yuan this year.", 50e9, "CNY", T, ""),  # its annual plan
    (EN, "On Monday, Beijing announced it will invest 5 billion yuan in parks.", 5e9, "CNY", T, ""),
    (EN, "The Ministry of Commerce will invest 2 billion yuan in logistics.", 2e9, "CNY", T, ""),
    (EN, "Altamar is investing $500 million in a new battery plant in Nevada.", 5e8, "USD", P, ""),
    (EN, "Quorra's new electric vehicle plant in Zhengzhou will cost 1 billion yuan.", 1e9, "CNY", P, ""),
    (HANS, "远帆科技宣布投资150亿元在合肥建设动力电池基地。", 150e8, "CNY", P, ""),
    (HANT, "晨星宣布斥資10億元在鄭州建設新事業總部大樓。", 10e8, "CNY", P, ""),
    (HANS, "宜宾市与成都市签约,总投资20亿元。", 20e8, "CNY", IND, ""),  # two places sign: no company
    (HANS, "远帆科技此次在合肥投资的储能系统项目,预计总投资30亿元。", 30e8, "CNY", P, ""),  # 预计 of its project
    (EN, "Lumeo is set to spend 1 billion yuan on a new plant in Foshan.", 1e9, "CNY", P, ""),
    (EN, "Vexa's investment in the project totals 3 billion yuan.", 3e9, "CNY", P, ""),
    # a completion rate reported is achieved; one aimed at stays a target
    ("zh-Hans", "全市重点项目、民生项目投资分别完成年度计划的112.5%和108%。", 112.5, "percent", IND, ""),
    ("zh-Hans", "力争全年重点项目完成年度计划的110%。", 110, "percent", T, ""),
    # scraped English with the space after a period lost: the plan of the sentence before is not this one's
    (EN, "This year the county plans to start 98.6 billion yuan of key projects.With a total investment of 640 "
         "billion yuan, these projects cover industry.", 640e9, "CNY", IND, ""),
    # a list by city: "Xi 'an city" holds no article "an" before a named project
    (EN, "Ningde 41, with a total investment of 30 billion yuan; 52 in Xi 'an city, with a total investment of 45.5 "
         "billion yuan.", 45.5e9, "CNY", IND, ""),
]

RULES5_FIELDS: list[tuple[str, str, float, str, str]] = [
    (EN, _EN_ADDITIONAL, 8e9, "investor", "Norvik"),
    (EN, _EN_SEE, 3e9, "investor", "Norvik"),
    (EN, _EN_RECENTLY, 6e9, "investor", "Altamar"),
    (EN, _EN_SIGNED_TO, 4e9, "investor", "Altamar"),  # not "Tuesday"
    (EN, _EN_WORTH, 9e9, "investor", "Altamar"),
    (EN, _EN_OWNER_HAS, 2e9, "investor", "Corvel"),
    (EN, _EN_LIST, 8e8, "investor", "Lumeo"),
    (EN, _EN_LIST, 6e8, "investor", "Tarsin"),
    (EN, _EN_LIST, 5.5e8, "investor", ""),
    (EN, _EN_LIST, 5.2e8, "investor", "Vexa"),
    (EN, _EN_WITH_A, 7e9, "investor", "Quorra"),
    (EN, _EN_OWNED_BY, 8e7, "investor", "Brightfield Electronics (Suzhou) Co. Ltd"),
    (EN, _EN_PHASE_OF, 2e9, "investor", ""),
    (EN, _EN_CONTRACTOR, 1e9, "investor", "Feldmark"),
    (EN, _EN_CUMULATIVE, 1.2e9, "investor", ""),
    (EN, "The Management Committee will invest RMB 2 billion in new roads.", 2e9, "investor", ""),
    (HANS, _ZH_SIGNED_TOPIC, 48e8, "investor", "远帆科技"),
    (HANS, _ZH_NO_SUBJECT, 60e8, "investor", "远帆科技"),
    (HANS, _ZH_PACKAGE, 150e8, "investor", "晨星电子集团"),
    (HANS, _ZH_PLANNED_TOTAL, 150e8, "investor", "晨星"),
    (HANS, _ZH_PLANNED_TOTAL, 40e8, "investor", ""),  # a phase: the investor only on the total
    (HANS, _ZH_IN_PLACE, 30e8, "investor", "蓝湾新材料有限公司"),
    (HANS, _ZH_HEADLINE, 20e8, "investor", "长岭能源"),
    (HANS, _ZH_LISTED, 9e8, "investor", "华拓电子"),
    (HANS, _ZH_LISTED, 5e8, "investor", "鑫源锆业"),
    (HANS, _ZH_LISTED, 18e8, "investor", ""),
    (HANS, _ZH_ORG_AFTER, 45e8, "investor", "南岳储能科技有限公司"),
    (HANS, _ZH_LIST_OF_ONE, 80e8, "investor", "远帆集团"),
    (HANS, _ZH_LIST_OF_ONE, 20e8, "investor", "远帆集团"),
    (HANS, _ZH_SIGNED_BEFORE, 36e8, "investor", "远帆科技"),
    (HANS, _ZH_BASE_PLACE, 70e8, "investor", "远帆科技"),
    (HANS, _ZH_SIGNED_BY_NAME, 25e8, "investor", "东岳汽车集团有限公司"),
    (HANT, _HANT_SIGNED, 90e8, "investor", "遠帆科技"),
    (HANT, _HANT_AGREEMENT, 150e8, "investor", "晨星電子集團"),
    (HANT, _HANT_PACKAGE, 150e8, "investor", "晨星電子集團"),
    (HANS, _ZH_WEEKDAY, 10e8, "investor", "远帆科技"),
    (EN, "Geely, which owns Volvo, plans to invest 10 billion yuan in a new base in Hangzhou.", 10e9, "investor",
     "Geely"),
    (EN, "Altamar is investing $500 million in a new battery plant in Nevada.", 5e8, "investor", "Altamar"),
    (EN, "Quorra's new electric vehicle plant in Zhengzhou will cost 1 billion yuan.", 1e9, "investor", "Quorra"),
    (EN, "On Monday, Beijing announced it will invest 5 billion yuan in parks.", 5e9, "investor", ""),
    (HANS, "远帆科技宣布投资150亿元在合肥建设动力电池基地。", 150e8, "investor", "远帆科技"),
    (HANT, "晨星宣布斥資10億元在鄭州建設新事業總部大樓。", 10e8, "investor", "晨星"),
    # other wording of the same kinds
    (EN, "Norvik signed a deal with the city to build a 5-billion-yuan battery plant.", 5e9, "investor", "Norvik"),
    (EN, "Altamar's 10-billion-yuan vehicle plant in Ningbo started production on Monday.", 10e9, "investor",
     "Altamar"),
    (EN, "The plant, invested by Corvel, has a total investment of 2 billion yuan.", 2e9, "investor", "Corvel"),
    (EN, "Quorra has announced an investment of 3 billion yuan in a new factory in Qingdao.", 3e9, "investor",
     "Quorra"),
    (EN, "Lumeo is set to spend 1 billion yuan on a new plant in Foshan.", 1e9, "investor", "Lumeo"),
    (EN, "The project, which is being built by Tarsin, is worth 3 billion yuan.", 3e9, "investor", "Tarsin"),
    (EN, "Vexa's investment in the project totals 3 billion yuan.", 3e9, "investor", "Vexa"),
    (EN, "Jiangsu signed a deal to build a 5-billion-yuan port.", 5e9, "investor", ""),  # a place
    (HANS, "远帆科技此次在合肥投资的储能系统项目,预计总投资30亿元。", 30e8, "investor", "远帆科技"),
    # the project after a signing is another one: not the signing company's
    (HANS, "会上,江州市与远帆科技就储能电池项目签约。\n滨江文旅产业园项目,位于新区,总投资10亿元。", 10e8,
     "investor", ""),
]

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
