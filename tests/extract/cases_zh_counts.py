"""Table cases for which Chinese facts exist (issue 14, round 8): counts inside lists and value classes, counts whose
noun follows a description, counts of rankings of companies, things counted that are no projects, deals or firms
(task forces, research institutes), production bases written 三大…生产基地, amounts followed by a currency word
(人民币, 美金) or said 50个亿, round targets (超百亿元) beside other measures, numbers a page broke, stock-ticker
fragments, equal counts of different groups or different things, round amounts restating precise ones, precise
shares stated twice.

Every sentence is written for these tests, with made-up places and companies, in Simplified and Traditional (none is
a held-out sentence); test_counts_table.py runs them with the counts cases.
"""

from __future__ import annotations

HANS, HANT = "zh-Hans", "zh-Hant"

# (language, text, value, unit): the value is found as a fact
ZH_FOUND: list[tuple[str, str, float, str]] = [
    # --- an amount followed by the currency word (人民币 after the number) ----------------------------------------
    (HANS, "星河光电宣布将在临川市投资180亿人民币建设一条面板生产线。", 180e8, "CNY"),
    (HANT, "星河光電宣布將在臨川市投資180億人民幣建設一條面板生產線。", 180e8, "CNY"),
    (HANS, "此外,该集团还在江北新区投入35亿人民币建设研发中心。", 35e8, "CNY"),
    (HANS, "据悉,远航科技此前已在当地投资2.6亿人民币。", 2.6e8, "CNY"),
    (HANS, "该公司计划投资5亿美金在本市建设研发中心。", 5e8, "USD"),
    (HANT, "該公司計劃投資5億美金在本市建設研發中心。", 5e8, "USD"),
    # 亿 said with a classifier (投资50个亿); a measure's amount in 亿 without 元, also a round one (产值超百亿)
    (HANS, "据介绍,项目总投资50个亿,分三期建设。", 50e8, "CNY"),
    (HANT, "據介紹,項目總投資50個億,分三期建設。", 50e8, "CNY"),
    (HANS, "项目全部建成后,预计年产值超百亿。", 100e8, "CNY"),
    (HANT, "項目全部建成後,預計年產值超百億。", 100e8, "CNY"),
    (HANS, "项目达产后年纳税可达3.5亿。", 3.5e8, "CNY"),
    # --- a round target (超百亿元) is its own figure beside an amount of another measure or a value class --------
    (HANS, "该项目总投资150亿元,全部达产后年纳税将超百亿元。", 100e8, "CNY"),
    (HANT, "該項目總投資150億元,全部達產後年納稅將超百億元。", 100e8, "CNY"),
    (HANS, "其中100亿元以上项目2个。项目建成后年税收将超百亿元。", 100e8, "CNY"),
    (HANS, "预计到2027年,全区新材料产业产值突破千亿元,贡献税收超百亿元,带动投资120亿元。", 100e8, "CNY"),
    # --- a count whose noun follows a description (parts set off by 、, an amount set off by 、) ------------------
    (HANS, "推介会上,青川县推出了45个区位优越、前景广阔、带动力强的招商项目。", 45, "count"),
    (HANT, "推介會上,青川縣推出了45個區位優越、前景廣闊、帶動力強的招商項目。", 45, "count"),
    (HANS, "会上精准发布60个、拟投资总额800多亿元的合作项目。", 60, "count"),
    (HANT, "會上精準發布60個、擬投資總額800多億元的合作項目。", 60, "count"),
    (HANS, "本次推介会发布28个、总投资约300亿元的重点招商项目。", 28, "count"),
    # --- a count of projects whose noun names provinces and cities as its level (省市重大项目) ---------------------
    (HANS, "今年以来,开发区21个省市重点项目中,16个项目已开工。", 21, "count"),
    (HANT, "今年以來,開發區21個省市重點項目中,16個項目已開工。", 21, "count"),
    # --- companies of a ranking, a company's branches and subsidiaries ---------------------------------------------
    (HANS, "本次活动邀请12家央企、25家世界500强、40家上市公司参会。", 25, "count"),
    (HANT, "本次活動邀請12家央企、25家中國500強、40家上市公司參會。", 25, "count"),
    (HANS, "邀请18家三类500强参加签约仪式。", 18, "count"),
    (HANT, "鴻遠集團現擁有150余家分、子公司,員工3萬人。", 150, "count"),
    (HANS, "鸿远集团现拥有150余家分、子公司。", 150, "count"),
    # … but a part's total (总投资) or an approximate amount of the part is a figure
    (HANS, "全年签约项目38个,其中6个项目总投资超过120亿元。", 120e8, "CNY"),
    (HANS, "全年签约项目38个,其中6个项目投资约12亿元。", 12e8, "CNY"),
    # currency words before and after, ranges at their low end
    (HANT, "該項目總投資人民幣45億元,分兩期建設。", 45e8, "CNY"),
    (HANT, "該項目總投資45億元人民幣,分兩期建設。", 45e8, "CNY"),
    (HANT, "預計總投資8億至10億元。", 8e8, "CNY"),
    (HANS, "项目计划投资30—50亿元。", 30e8, "CNY"),
    (HANS, "项目计划投资10亿—15亿元。", 10e8, "CNY"),
    (HANT, "項目計劃投資10億—15億元。", 10e8, "CNY"),
    (HANS, "项目计划投资8000万-1.2亿元。", 8e7, "CNY"),
    # a count's total or number named between its noun and the number (项目总数达到N个, 签约项目数量达N个)
    (HANS, "今年以来,全区项目总数达到58个。", 58, "count"),
    (HANT, "今年以來,全區項目總數達到58個。", 58, "count"),
    (HANS, "一季度签约项目数量达36个。", 36, "count"),
    (HANS, "全县新引进项目30个,比去年多出8个。", 8, "count"),
    # a company's production bases written with a Chinese numeral and 大
    (HANT, "旗下東岳硅材擁有甘肅武威、青海海東、新疆哈密三大高純晶硅生產基地。", 3, "count"),
    (HANS, "旗下东岳硅材拥有甘肃武威、青海海东、新疆哈密三大高纯晶硅生产基地。", 3, "count"),
    (HANS, "目前公司在全国建有五大电池制造基地。", 5, "count"),
]

# (language, text, unit): no fact of that unit
ZH_NOT_FACTS: list[tuple[str, str, str]] = [
    # task forces are no projects, deals or firms (the list by task force still counts its projects: cases_counts)
    (HANS, "赣州今年组建了12个产业链招商小分队。", "count"),
    (HANS, "全市组建了9个招商项目专班,分赴长三角招商。", "count"),
    (HANT, "全市成立14個招商專班,由市領導帶隊。", "count"),
    (HANS, "随后,6个招商工作组分赴北京、上海。", "count"),
    # research institutes
    (HANS, "全区拥有省级以上研发机构超过40家。", "count"),
    (HANT, "高新區擁有國家級研究機構30家。", "count"),
    (HANS, "园区已建成重点实验室12家。", "count"),
    # a count of places, also when the noun after them names projects further on
    (HANS, "全市推出5个县区的重点项目。", "count"),
    (HANS, "全市已有3个乡镇、街道、社区的项目开工。", "count"),
    # a number the page broke (a lost decimal point or digit): its value is not recoverable
    (HANT, "該項目投資約25 8億元,建設期一年。", "CNY"),
    (HANS, "预计年均实现营业收入41 6亿元。", "CNY"),
    # a stock ticker's price and change left in a company's name
    (HANS, "该项目由东港能源[8.62 1.25%]承建。", "percent"),
    (HANT, "該項目由東港能源[8.62 -1.25%]承建。", "percent"),
    # a city's bases of an industry (no production or manufacturing base of a company)
    (HANS, "全市将重点打造三大产业基地。", "count"),
    (HANT, "全省將建設四大物流基地。", "count"),
    # what each project of a part of the group exceeds (其中N个项目投资额超过M亿元) is a value class
    (HANS, "全年签约项目38个,其中6个项目投资额超过20亿元。", "CNY"),
    (HANS, "28个签约项目中,5个项目签约金额在10亿元以上。", "CNY"),
    (HANT, "全年簽約項目38個,其中6個項目投資額超過20億元。", "CNY"),
    # N个 before a value class (8个亿元以上项目) counts projects, it is no amount
    (HANS, "全年新引进8个亿元以上项目。", "CNY"),
    (HANT, "全年新引進8個億元以上項目。", "CNY"),
    # a scale and a vague amount are no figures
    (HANS, "全县将打造百亿级新材料产业集群。", "CNY"),
    (HANS, "集团先后投资数十亿元建设生产基地。", "CNY"),
]

# (language, text, unit, n): exactly n facts of that unit
ZH_HOW_MANY: list[tuple[str, str, str, int]] = [
    # two value classes with one project each: two facts
    (HANS, "签约项目中,50亿元以上项目1个,20亿元以上项目1个。", "count", 2),
    (HANT, "簽約項目中,50億元以上項目1個,20億元以上項目1個。", "count", 2),
    (HANS, "其中10亿元以上项目3个,5亿元以上项目3个,亿元以上项目3个。", "count", 3),
    # the same count of a signed group and of a group started (等N个…开工): two groups
    (HANS, "此次签约项目中工业项目达12个。当天,江北光伏、南岭物流等12个总投资40亿元的项目集中开工。", "count", 2),
    (HANT, "此次簽約項目中工業項目達12個。當天,江北光伏、南嶺物流等12個總投資40億元的項目集中開工。", "count", 2),
    # … but a list closing with 等N个 after the signed count restates it
    (HANS, "仪式上签约9个项目。签约项目涵盖冷链物流、智能制造、文旅康养等9个项目。", "count", 1),
    # a lead's count of projects signed and a later count of the firms that signed them: two things
    (HANS, "现场签约项目15个,签约金额120亿元。\n\n作为现场签约的15家企业之一,东岭新材在园区投资建厂。", "count", 2),
    (HANT, "現場簽約項目15個,簽約金額120億元。\n\n作為現場簽約的15家企業之一,東嶺新材在園區投資建廠。", "count", 2),
    # the count of projects signed stated again further on (same event, signing): one fact …
    (HANS, "洽谈会签约项目18个,涉及投资86.4亿元。\n\n当天,本地企业分别与省属企业签署合作项目18个。", "count", 1),
    (HANT, "洽談會簽約項目18個,涉及投資86.4億元。\n\n當天,本地企業分別與省屬企業簽署合作項目18個。", "count", 1),
    # a headline's firms that signed and the body's projects they signed, referred back to (此次签约的N个项目): one
    (HANS, "我县与4家企业签订投资协议 总金额达18.6亿元\n\n此次签约的4个项目分别是:光伏组件项目等。", "count", 1),
    # a headline's projects started and the body's projects put forward for the start: one (and the 32 signed)
    (HANT, "南州開工186個簽約32個重大項目\n今天,南州舉行項目集中開工活動,共推出億元以上的項目186個。", "count", 2),
    # … but equal counts of a negotiated and an offered group, of a signed and a completed group, are two
    (HANS, "代表团赴沿海城市洽谈推进6个项目。\n推介会上,重点推介6个项目,两个项目成功签约。", "count", 3),
    (HANS, "全年共签约项目40个,计划总投资80亿元。\n目前在谈项目共40个,计划总投资150亿元。", "count", 2),
    (HANS, "现场签约16个产业项目。今年全区竣工项目达16个。", "count", 2),
    # … and equal counts of two districts in one list are two items
    (HANT, "其中:東灣區簽約項目4個,總投資9.6億元;南嶺縣簽約項目4個,總投資22.6億元。", "count", 2),
    # a round amount restating a precise one of the same measure (近200亿 for 194.6亿): one fact …
    (HANS, "签约项目总投资194.6亿元。\n\n各方当天签署协议,投入资金近200亿元。", "CNY", 1),
    (HANT, "簽約項目總投資194.6億元。\n\n各方當天簽署協議,投入資金近200億元。", "CNY", 1),
    (HANS, "签约总额超200亿元。据统计,签约金额达208.6亿元。", "CNY", 1),
    # … not an amount of two significant digits (another project), nor one of another measure
    (HANS, "项目总投资近200亿元。另一项目投资190亿元。", "CNY", 2),
    (HANS, "项目总投资194.6亿元,建成后年纳税近200亿元。", "CNY", 2),
    (HANS, "项目总投资近50亿元,其中固定资产投资46.8亿元。", "CNY", 2),
    (HANT, "項目總投資約50億元,其中固定資產投資48.6億元。", "CNY", 2),
    # a precise share (three significant digits or more) stated again further on: one fact …
    (HANT, "一季度實際進資111.55億元,同比增長20.22%。\n\n從利用資金來看,與去年同期相比增長了20.22%。", "percent", 1),
    (HANS, "一季度实际进资111.55亿元,同比增长20.22%。\n\n从利用资金来看,与去年同期相比增长了20.22%。", "percent", 1),
    # … but equal shares of two groups are two facts
    (HANS, "甲区签约项目12个,增长12.35%;乙区签约项目9个,增长12.35%。", "percent", 2),
    (HANS, "全年新引进8个亿元以上项目。", "count", 1),
    (HANS, "项目计划投资10亿—15亿元,建设期两年。", "CNY", 1),
    # a round total beside the exact one of the same measure: one fact
    (HANS, "本次活动签约总额超百亿元。据统计,签约总金额为108亿元。", "CNY", 1),
    (HANT, "本次活動簽約總額超百億元。據統計,簽約總金額為108億元。", "CNY", 1),
]
