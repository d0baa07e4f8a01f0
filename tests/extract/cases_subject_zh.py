"""Table cases for the structural decision of Chinese amounts (`app.extract.subject_zh`): who the sentence is
about (a company, a back-reference, a subsidiary, versus a place or a government body) and what the amount is
tied to (one project, versus a count of projects, a year's plan, output or money to be raised).

Written for these tests (issue 14, round 6): made-up companies and brands, real place names only where a rule
reads a place, several wordings per rule, positive and negative, Simplified and Traditional; no held-out
sentence. Shapes as in tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator), FIELDS
(language, text, value, field, expected — "" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# 1. a subsidiary as the subject, the amount in a later clause without a subject of its own
_SUBSIDIARY = ("星驰股份(300999.SZ)公告,公司全资子公司江西星驰新材料有限公司拟与九江经开区管委会签订投资协议,"
               "在九江经开区投资建设年产5万吨负极材料项目,项目总投资额约36亿元,其中固定资产投资约为28亿元。")
_SUBSIDIARY_SHORT = ("蓝岸电子5月6日晚间公告,公司子公司蓝岸动力拟与常州市武进区政府签订《投资协议书》,"
                     "在武进区建设储能电池生产线项目,项目投资总额约42亿元。")
_HANT_SUBSIDIARY = ("藍岸電子5月6日晚間公告,公司子公司藍岸動力擬與常州市武進區政府簽訂《投資協議書》,"
                    "在武進區建設儲能電池生產線項目,項目總投資額約42億元,其中固定資產投資約為30億元。")
# 2. a company's short name planning an amount for its project
_PLANS = ("5月8日,晨曦科技发布公告称,公司全资子公司晨曦光能与南平市政府签订框架协议。"
          "根据协议,晨曦光能计划投资约27亿元,在南平建设10GW电池片项目。")
_PLANS_PREDICTS = "据悉,华拓锂能预计投资约12亿元,用于建设年产3万吨电解液项目。"
_PLANS_PLACE = "根据规划,南平市计划投资约27亿元,在城区建设10条市政道路。"
_PLANS_THIS_YEAR = "今年,晨曦科技计划投资约27亿元。"
# 3. a subjectless sentence continuing the company's paragraph: completed and remaining investment
_PROGRESS = ("远帆锂能通过其注册在宜宾的子公司,拟在宜宾分期投资120亿元,建设年产60GWh的锂电池生产基地。"
             "目前已完成投资45亿元,已建成年产20GWh产能。在建及新建投资75亿元。")
_PROGRESS_PLACE = "全市重点项目进展顺利。目前已完成投资45亿元,占年度计划的60%。"
# 4. 此次 as no investor: the company of the sentence before
_THIS_TIME = ("远帆锂能率先在宜宾投资建设储能电池项目,打造新能源基地。此次项目总投资48亿元,建设20GWh储能电池产线。")
_HANT_THIS_TIME = ("遠帆鋰能率先在宜賓投資建設儲能電池項目,打造新能源基地。"
                   "此次項目總投資48億元,建設20GWh儲能電池產線。")
# 5. an announcement's total of its listed projects
_ANNOUNCED_TOTAL = ("格隆汇3月2日丨晨曦科技(002777.SZ)公布,拟对公司产能进行扩建,投资项目为南平年产5GW电池项目;"
                    "宁德年产5GW组件项目;预计投资额合计为46.5亿元,占最近一期经审计净资产比例为55%。")
_HANT_ANNOUNCED_TOTAL = ("3月2日,晨曦科技發布公告稱,擬投資建設南平2MW分布式光伏發電項目、寧德3MW分布式光伏發電項目,"
                         "預計合計投資金額0.82億元。")
_COUNTED_TOTAL = "南平市今年新签约项目12个,预计投资额合计为46.5亿元。"
# 6. a named company's plan N亿元 for what it builds, with the count of what it builds after it
_HEADLINE_PLAN = "晨曦科技:拟1.5亿元投建三个分布式光伏电站项目\n3月2日,晨曦科技发布公告,拟投资建设光伏电站。"
_HEADLINE_PLACE = "南平市:拟投建三个分布式光伏电站项目\n3月2日,南平市召开新闻发布会。"
# 7. a place's short name and a brand after "投资N亿元的"
_PLACE_BRAND = "投资30亿元的宜宾星驰首栋厂房已封顶,正冲刺明年投产。"
_HANT_PLACE_BRAND = "投資12億元的荊州恒拓正衝刺年底試生產。"
_PLACE_THING = "投资30亿元的宜宾南站已投入使用。"
# 8. a company's sales contract
_CONTRACT = "这次深圳晨露贸易有限公司与华拓农业签订了800万美元的茶叶出口合同。"
_HANT_CONTRACT = "這次深圳晨露貿易有限公司與華拓農業簽訂了800萬美元的茶葉出口合同。"
# 9. several projects counted before the total
_COUNTED_BEFORE = "10月9日,我市举行重点项目集中签约仪式,共签订三个总投资18.6亿元的产业项目。"
_HANT_COUNTED_BEFORE = "10月9日,我市舉行重點項目集中簽約儀式,共簽訂五個總投資18.6億元的產業項目。"
# 10. the company the project is built by, after a project named with a place
_AGENT_AFTER = ("6月3日,计划总投资80亿元的宜宾储能产业园开工,该园区将由远帆锂能联合多家企业共同投资。")
_AGENT_IS_PLACE = ("6月3日,计划总投资80亿元的宜宾储能产业园开工,该园区将由宜宾市政府统一规划。")
# 11. a government signing with a company described as a holding (控股公司): the company invests
_HOLDING = ("福州市人民政府与福州晨光材料有限公司(为公司下属控股公司)于2023年5月8日签署了《正极材料项目投资协议书》,"
            "项目总投资约16亿元。")
# 12. a phase of a project named by its company, the total not given
_PHASE = "华拓精密电池结构件项目一期投资3亿元,建设日产200万套结构件生产线。二期项目投资6亿元,建设日产300万套生产线。"
_PHASE_TOTAL = "华拓精密电池结构件项目总投资9亿元。二期项目投资6亿元,建设日产300万套生产线。"
# 13. not an investment of one project, whoever the subject
_OUTPUT = "晨曦科技拟投资20亿元建设电池片项目,项目达产后可实现年产值50亿元。"
_RAISE = "晨曦科技拟向特定对象发行股票,募集资金不超过30亿元。"
_RESEARCH = "2023年,晨曦科技研发投入达8亿元,同比增长20%。"

STRUCT_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _SUBSIDIARY, 36e8, "CNY", P, ""),
    (HANS, _SUBSIDIARY, 28e8, "CNY", P, ""),
    (HANS, _SUBSIDIARY_SHORT, 42e8, "CNY", P, ""),
    (HANT, _HANT_SUBSIDIARY, 42e8, "CNY", P, ""),
    (HANT, _HANT_SUBSIDIARY, 30e8, "CNY", P, ""),
    (HANS, _PLANS, 27e8, "CNY", P, ""),
    (HANS, _PLANS_PREDICTS, 12e8, "CNY", P, ""),
    (HANS, _PLANS_PLACE, 27e8, "CNY", T, ""),
    (HANS, _PLANS_THIS_YEAR, 27e8, "CNY", T, ""),
    (HANS, _PROGRESS, 45e8, "CNY", P, ""),
    (HANS, _PROGRESS, 75e8, "CNY", P, ""),
    (HANS, _PROGRESS_PLACE, 45e8, "CNY", IND, ""),
    (HANS, _THIS_TIME, 48e8, "CNY", P, ""),
    (HANT, _HANT_THIS_TIME, 48e8, "CNY", P, ""),
    (HANS, _ANNOUNCED_TOTAL, 46.5e8, "CNY", P, ""),
    (HANS, _ANNOUNCED_TOTAL, 55, "percent", IND, ""),
    (HANT, _HANT_ANNOUNCED_TOTAL, 0.82e8, "CNY", P, ""),
    (HANS, _COUNTED_TOTAL, 46.5e8, "CNY", T, ""),
    (HANS, _HEADLINE_PLAN, 1.5e8, "CNY", P, ""),
    (HANS, _HEADLINE_PLAN, 3, "count", IND, ""),
    (HANS, _HEADLINE_PLACE, 3, "count", T, ""),
    (HANS, _PLACE_BRAND, 30e8, "CNY", P, ""),
    (HANT, _HANT_PLACE_BRAND, 12e8, "CNY", P, ""),
    (HANS, _PLACE_THING, 30e8, "CNY", IND, ""),
    (HANS, _CONTRACT, 800e4, "USD", P, ""),
    (HANT, _HANT_CONTRACT, 800e4, "USD", P, ""),
    (HANS, _COUNTED_BEFORE, 18.6e8, "CNY", IND, ""),
    (HANT, _HANT_COUNTED_BEFORE, 18.6e8, "CNY", IND, ""),
    (HANS, _AGENT_AFTER, 80e8, "CNY", P, ""),
    (HANS, _HOLDING, 16e8, "CNY", P, ""),
    (HANS, _PHASE, 6e8, "CNY", P, ""),
    (HANS, _OUTPUT, 20e8, "CNY", P, ""),
    (HANS, _OUTPUT, 50e8, "CNY", T, ""),
    (HANS, _RAISE, 30e8, "CNY", T, "<"),
    (HANS, _RESEARCH, 8e8, "CNY", IND, ""),
]

STRUCT_FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, _SUBSIDIARY, 36e8, "investor", "江西星驰新材料有限公司"),
    (HANS, _SUBSIDIARY, 28e8, "investor", ""),  # a part: the investor only on the total
    (HANS, _SUBSIDIARY_SHORT, 42e8, "investor", "蓝岸动力"),
    (HANT, _HANT_SUBSIDIARY, 42e8, "investor", "藍岸動力"),
    (HANS, _PLANS, 27e8, "investor", "晨曦光能"),
    (HANS, _PLANS_PREDICTS, 12e8, "investor", "华拓锂能"),
    (HANS, _THIS_TIME, 48e8, "investor", "远帆锂能"),
    (HANT, _HANT_THIS_TIME, 48e8, "investor", "遠帆鋰能"),
    (HANS, _ANNOUNCED_TOTAL, 46.5e8, "investor", "晨曦科技"),
    (HANT, _HANT_ANNOUNCED_TOTAL, 0.82e8, "investor", "晨曦科技"),
    (HANS, _HEADLINE_PLAN, 1.5e8, "investor", "晨曦科技"),
    (HANS, _PLACE_BRAND, 30e8, "investor", "宜宾星驰"),
    (HANT, _HANT_PLACE_BRAND, 12e8, "investor", "荊州恒拓"),
    (HANS, _CONTRACT, 800e4, "investor", ""),  # a sales contract: no investor
    (HANS, _AGENT_AFTER, 80e8, "investor", "远帆锂能"),
    (HANS, _AGENT_IS_PLACE, 80e8, "investor", ""),
    (HANS, _HOLDING, 16e8, "investor", "福州晨光材料有限公司"),
    (HANS, _PHASE, 6e8, "investor", "华拓精密"),
    (HANS, _PHASE_TOTAL, 6e8, "investor", ""),  # the total given: the phase is its part
    (HANS, _OUTPUT, 20e8, "investor", "晨曦科技"),
]

# a part of a year's spending on research: not a project, whoever spends it
_HALF_YEAR = "上半年,远帆动力及其母公司远帆锂能投入6亿多元,研发大圆柱动力电池。"
_HANT_HALF_YEAR = "上半年,遠帆動力投入6億元,研發固態電池。"
_HALF_YEAR_PLAN = "上半年,远帆锂能宣布拟投资6亿元建设电池回收项目。"
STRUCT_NUMERIC += [
    (HANS, _HALF_YEAR, 6e8, "CNY", IND, ""),
    (HANT, _HANT_HALF_YEAR, 6e8, "CNY", IND, ""),
    (HANS, _HALF_YEAR_PLAN, 6e8, "CNY", P, ""),
]

# places, government bodies and aggregates: the structure gives no company's project, the cue words decide
_CITY_PLAN = "江州市今年计划完成固定资产投资500亿元。"
_CITY_TOTAL = "全市共引进项目56个,总投资320亿元。"
_ZONE_PLAN = "开发区管委会拟投资5亿元建设标准厂房。"
_COUNTY_PLAN = "县政府计划投资3亿元,新建两条道路。"
_HANT_ZONE_PLAN = "江州高新區計劃投資約30億元,建設科創中心。"
_CUMULATIVE = "截至目前,远帆科技累计在江州投资超过80亿元。"
_REVENUE = "远帆科技去年实现营业收入120亿元。"
_ANNUAL = "远帆科技表示,公司今年计划投资30亿元用于扩产。"
_SEVERAL_FIRMS = "其中,远帆科技、华拓锂能等8家企业计划投资60亿元。"
_SIGNED_THEN_PLANS = "我市与远帆科技签约,远帆科技计划投资50亿元建设储能基地。"
_HANT_CUMULATIVE = "截至目前,遠帆科技累計在江州投資超過80億元。"
STRUCT_NUMERIC += [
    (HANS, _CITY_PLAN, 500e8, "CNY", T, ""),
    (HANS, _CITY_TOTAL, 320e8, "CNY", IND, ""),
    (HANS, _ZONE_PLAN, 5e8, "CNY", T, ""),
    (HANS, _COUNTY_PLAN, 3e8, "CNY", T, ""),
    (HANT, _HANT_ZONE_PLAN, 30e8, "CNY", T, ""),
    (HANS, _CUMULATIVE, 80e8, "CNY", IND, ">"),
    (HANT, _HANT_CUMULATIVE, 80e8, "CNY", IND, ">"),
    (HANS, _REVENUE, 120e8, "CNY", IND, ""),
    (HANS, _ANNUAL, 30e8, "CNY", T, ""),
    (HANS, _SEVERAL_FIRMS, 60e8, "CNY", T, ""),
    (HANS, _SIGNED_THEN_PLANS, 50e8, "CNY", P, ""),
]
STRUCT_FIELDS += [(HANS, _SIGNED_THEN_PLANS, 50e8, "investor", "远帆科技")]

# more wordings of one company's money for one project: own funds, 斥资 before a place, an acquisition's price,
# a joint venture's registered capital and each party's subscription (its own subject after 其中)
_OWN_FUNDS = "华拓锂能股份有限公司拟以自有资金12亿元在赣州投资建设年产2万吨碳酸锂项目。"
_SPENDS = "近日,远帆集团宣布,将斥资45亿元在宜宾建设储能电池生产基地。"
_HANT_SPENDS = "近日,遠帆集團宣布,將斥資45億元在宜賓建設儲能電池生產基地。"
_ACQUIRES = "晨曦科技公告,公司拟收购华拓锂能60%股权,交易对价为18亿元。"
_JV = ("晨曦科技与华拓锂能签署协议,双方共同出资设立合资公司,注册资本为10亿元,其中晨曦科技认缴6亿元,"
       "华拓锂能认缴4亿元。")
_HANT_JV = ("晨曦科技與華拓鋰能簽署協議,雙方共同出資設立合資公司,注冊資本為10億元,其中晨曦科技認繳6億元,"
            "華拓鋰能認繳4億元。")
_CITY_TRADE = "全市全年进出口交易金额为120亿元。"
STRUCT_NUMERIC += [
    (HANS, _OWN_FUNDS, 12e8, "CNY", P, ""),
    (HANS, _SPENDS, 45e8, "CNY", P, ""),
    (HANT, _HANT_SPENDS, 45e8, "CNY", P, ""),
    (HANS, _ACQUIRES, 18e8, "CNY", P, ""),
    (HANS, _JV, 10e8, "CNY", P, ""),
    (HANS, _JV, 6e8, "CNY", P, ""),
    (HANS, _JV, 4e8, "CNY", P, ""),
    (HANT, _HANT_JV, 6e8, "CNY", P, ""),
    (HANS, _CITY_TRADE, 120e8, "CNY", IND, ""),
]
STRUCT_FIELDS += [
    (HANS, _OWN_FUNDS, 12e8, "investor", "华拓锂能股份有限公司"),
    (HANS, _SPENDS, 45e8, "investor", "远帆集团"),
    (HANT, _HANT_SPENDS, 45e8, "investor", "遠帆集團"),
    (HANS, _ACQUIRES, 18e8, "investor", "晨曦科技"),
    (HANS, _JV, 10e8, "investor", ""),  # the venture's capital: several investors
    (HANS, _JV, 6e8, "investor", "晨曦科技"),
    (HANS, _JV, 4e8, "investor", "华拓锂能"),
    (HANT, _HANT_JV, 4e8, "investor", "華拓鋰能"),
]

# a company's project in the first line, restated at the end without its subject: it stays the company's project;
# several companies named as a group invest no one project
_RESTATED_AT_END = ("远帆锂能公告,公司子公司远帆动力拟在宜宾投资建设储能电池项目,项目总投资额约36亿元。\n"
                    "据悉,本次投资有利于扩大产能。\n转载自某公众号:36亿元!远帆锂能在宜宾投建新产线")
_GROUP_HEADLINE = "多家车企在江州布局新项目 总投资320亿元\n江州市举行项目签约会,现场签约项目21个,投资总额320亿元。"
STRUCT_NUMERIC += [
    (HANS, _RESTATED_AT_END, 36e8, "CNY", P, ""),
    (HANS, _GROUP_HEADLINE, 320e8, "CNY", IND, ""),
]
STRUCT_FIELDS += [(HANS, _RESTATED_AT_END, 36e8, "investor", "远帆动力")]

# round 7: an investor must be a name by its shape — a verb or an adverb opening a clause (宣布…, 进一步扩大公司),
# a capacity (5GW), a legal form alone (股份公司), a demonstrative or counted phrase (这次开工的三个) is none; the
# company the sentence is about takes its place (a company described before its name: 刚刚落户…的X集团), else none
_DESCRIBED = "日前,刚刚落户江州的远帆新材料集团,正式与江州市政府签署合作协议,宣布将投资30亿元,分两期建设负极材料项目。"
_HANT_DESCRIBED = ("日前,剛剛落戶江州的遠帆新材料集團,正式與江州市政府簽署合作協議,宣布將投資30億元,"
                   "分兩期建設負極材料項目。")
_PURPOSE_CLAUSE = ("晨曦科技(688999)5月8日发布公告称,为进一步扩大公司产能规模,公司拟在南平高新区建设年产10GW电池片项目,"
                   "并与南平高新区管委会签订了投资协议,项目总投资约36亿元(含流动资金)。")
_HANT_PURPOSE_CLAUSE = ("晨曦科技(688999)5月8日發布公告稱,為進一步擴大公司產能規模,"
                        "公司擬在南平高新區建設年產10GW電池片項目,並與南平高新區管委會簽訂了投資協議,項目總投資約36億元(含流動資金)。")
_PURPOSE_NO_COMPANY = ("5月8日消息,为进一步扩大公司产能规模,公司拟在南平高新区建设年产10GW电池片项目,"
                       "项目总投资约36亿元。")
_CAPACITY_NAMED = "据了解,5GW项目投资约12亿元,建设期一年。"
_CAPACITY_OF_BRAND = "2024年3月,华拓股份5GW组件项目在江州开工。5GW项目投资约12亿元,建设期一年。"
STRUCT_NUMERIC += [
    (HANS, _DESCRIBED, 30e8, "CNY", P, ""),
    (HANT, _HANT_DESCRIBED, 30e8, "CNY", P, ""),
    (HANS, _PURPOSE_CLAUSE, 36e8, "CNY", P, ""),
    (HANT, _HANT_PURPOSE_CLAUSE, 36e8, "CNY", P, ""),
]
STRUCT_FIELDS += [
    (HANS, _DESCRIBED, 30e8, "investor", "远帆新材料集团"),
    (HANT, _HANT_DESCRIBED, 30e8, "investor", "遠帆新材料集團"),
    (HANS, _PURPOSE_CLAUSE, 36e8, "investor", "晨曦科技"),
    (HANT, _HANT_PURPOSE_CLAUSE, 36e8, "investor", "晨曦科技"),
    (HANS, _PURPOSE_NO_COMPANY, 36e8, "investor", ""),
    (HANS, _CAPACITY_NAMED, 12e8, "investor", ""),
    (HANS, _CAPACITY_OF_BRAND, 12e8, "investor", "华拓股份"),
]

# the amount's noun with a plan word inside it (投资预计为…) in a company's announcement, partners listed after 与
# (A市政府、B区政府 are partners, not who invests), a numbered phase (第1期投资预计…) continuing the company's project;
# a place that signs with companies listed after 与 keeps its plan a target
_PARTNERS_LISTED = ("2024年5月6日,华拓股份发布公告,公司拟与江州市人民政府、江州市临江区人民政府共同签署《投资协议》,"
                    "规划在临江区新建年产10万吨负极材料项目,投资预计为60亿元,分2期实施。其中,第1期投资预计35亿元,"
                    "计划2025年底前投产。")
_HANT_PARTNERS_LISTED = ("2024年5月6日,華拓股份發布公告,公司擬與江州市人民政府、江州市臨江區人民政府"
                         "共同簽署《投資協議》,規劃在臨江區新建年產10萬噸負極材料項目,投資預計為60億元,分2期實施。")
_PLACE_WITH_PARTNERS = "江州市拟与华拓股份、远帆集团共同签署合作协议,规划建设新能源产业园,投资预计为60亿元。"
STRUCT_NUMERIC += [
    (HANS, _PARTNERS_LISTED, 60e8, "CNY", P, ""),
    (HANS, _PARTNERS_LISTED, 35e8, "CNY", P, ""),
    (HANT, _HANT_PARTNERS_LISTED, 60e8, "CNY", P, ""),
    (HANS, _PLACE_WITH_PARTNERS, 60e8, "CNY", T, ""),
]
STRUCT_FIELDS += [
    (HANS, _PARTNERS_LISTED, 60e8, "investor", "华拓股份"),
    (HANT, _HANT_PARTNERS_LISTED, 60e8, "investor", "華拓股份"),
]

# several projects, not one: counted in the name told before the amount, counted at the start of the name after
# the amount (总投资N亿元的六个…项目), or counted right before a total (…园签约项目5个,总投资…); two projects each
# with its own amount (总投资N亿元的A和总投资M亿元的B两个项目) and one company's named project stay projects
_COUNTED_NAME = "据了解,这次集中开工的六个新材料项目总投资18.6亿元。"
_HANT_COUNTED_NAME = "據了解,這次集中開工的六個新材料項目總投資18.6億元。"
_COUNTED_AFTER_AMOUNT = "江州市举行总投资超过25亿元的四个新能源项目集中开工仪式。"
_PARK_COUNTED = "其中,临江区签约项目8个,总投资36.5亿元;南湖产业园签约项目5个,总投资22.4亿元。"
_HANT_PARK_COUNTED = "其中,臨江區簽約項目8個,總投資36.5億元;南湖產業園簽約項目5個,總投資22.4億元。"
_TWO_EACH_OWN = "此前,远帆集团总投资60亿元的储能电池和总投资20亿元的智能装备两个项目已相继落户江州。"
_ONE_NAMED = "据了解,远帆科技新材料项目总投资18.6亿元。"
STRUCT_NUMERIC += [
    (HANS, _COUNTED_NAME, 18.6e8, "CNY", IND, ""),
    (HANT, _HANT_COUNTED_NAME, 18.6e8, "CNY", IND, ""),
    (HANS, _COUNTED_AFTER_AMOUNT, 25e8, "CNY", IND, ">"),
    (HANS, _PARK_COUNTED, 22.4e8, "CNY", IND, ""),
    (HANT, _HANT_PARK_COUNTED, 22.4e8, "CNY", IND, ""),
    (HANS, _TWO_EACH_OWN, 20e8, "CNY", P, ""),
    (HANS, _ONE_NAMED, 18.6e8, "CNY", P, ""),
]
STRUCT_FIELDS += [(HANS, _ONE_NAMED, 18.6e8, "investor", "远帆科技")]

# a stock code written with its exchange and a colon (SH:6xxxxx, SZ.0xxxxx, HK:0xxxx) establishes the short name
_CODE_WITH_COLON = ("晨曦新能拟斥资36亿元投建10GW电池片产能\n"
                    "6月6日,晨曦新能(SH:688321)发布公告,公司与南平经济技术开发区管理委员会签订《年产10GW电池片项目投资"
                    "合作协议》,项目总投资额为36亿元。")
_HANT_CODE_WITH_DOT = ("華拓新能(SZ.002999)公告,公司擬斥資12億元在江州投建儲能電池項目。")
STRUCT_NUMERIC += [
    (HANS, _CODE_WITH_COLON, 36e8, "CNY", P, ""),
    (HANT, _HANT_CODE_WITH_DOT, 12e8, "CNY", P, ""),
]
STRUCT_FIELDS += [
    (HANS, _CODE_WITH_COLON, 36e8, "investor", "晨曦新能"),
    (HANT, _HANT_CODE_WITH_DOT, 12e8, "investor", "華拓新能"),
]

# an amount the sentence's parties signed for (X与Y签订了总投资N亿元的…项目协议): the company among them invests,
# also after 此次 opening the clause
_SIGNED_FOR = "据透露,江州市与广东华拓公司签订了总投资30亿元的年产1000兆瓦电池片项目协议。"
_HANT_SIGNED_FOR = "據透露,江州市與廣東華拓公司簽訂了總投資30億元的年產1000兆瓦電池片項目協議。"
_THIS_TIME_SIGNED = "据透露,此次江州市与广东华拓公司签订了总投资30亿元的项目协议。"
STRUCT_NUMERIC += [
    (HANS, _SIGNED_FOR, 30e8, "CNY", P, ""),
    (HANT, _HANT_SIGNED_FOR, 30e8, "CNY", P, ""),
    (HANS, _THIS_TIME_SIGNED, 30e8, "CNY", P, ""),
]
STRUCT_FIELDS += [
    (HANS, _SIGNED_FOR, 30e8, "investor", "广东华拓公司"),
    (HANT, _HANT_SIGNED_FOR, 30e8, "investor", "廣東華拓公司"),
    (HANS, _THIS_TIME_SIGNED, 30e8, "investor", "广东华拓公司"),
]
