"""Table of phrases for the extraction unit tests (English, Simplified and Traditional Chinese).

NUMERIC: (language, text, value, unit, kind, comparator) — a fact with that value and unit must be
found, of that kind and with that comparator ("" = don't check the comparator).
NOT_FACTS: (language, text, unit) — no fact with that unit must be found (years, dates, phone numbers,
model names, denominators, rankings).
FIELDS: (language, text, value, field, expected) — the fact with that value has field == expected
(or contains it, for free-text fields).
PEOPLE: (language, text, name, role) — a person with that name (and a role containing `role`).
"""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # --- English money: forms, multipliers, currencies ---------------------------------------------------
    (EN, "Total agreed investment reached 579.9 billion. Yuan.", 579.9e9, "CNY", IND, "="),
    (EN, "Output was 115.7-billion-yuan greater than the previous year.", 115.7e9, "CNY", IND, "="),
    (EN, "The zone had incomes above 10-billion yuan for the period.", 10e9, "CNY", IND, ">"),
    (EN, "Fixed assets investment reached 670 billion yuan in the period.", 670e9, "CNY", IND, "="),
    (EN, "Retail sales totalled 3,596.4 million yuan last year.", 3596.4e6, "CNY", IND, "="),
    (EN, "The city attracted foreign investment of US$1.2 billion last year.", 1.2e9, "USD", IND, "="),
    (EN, "Exports reached 2.5 billion US dollars in the first half of the year.", 2.5e9, "USD", IND, "="),
    (EN, "Contracted investment hit $300 million in March.", 300e6, "USD", IND, "="),
    (EN, "Hong Kong investors put in HK$800 million last year.", 800e6, "HKD", IND, "="),
    (EN, "The fund raised 5 billion Hong Kong dollars.", 5e9, "HKD", IND, "="),
    (EN, "Revenue rose to RMB 12.5 billion last year.", 12.5e9, "CNY", IND, "="),
    (EN, "Tax revenue reached 3 trillion yuan.", 3e12, "CNY", IND, "="),
    (EN, "The province received 450 thousand yuan in grants.", 450e3, "CNY", IND, "="),
    (EN, "Investment was nearly 20 billion yuan in 2021.", 20e9, "CNY", IND, "~"),
    (EN, "Output reached about 60 billion yuan last year.", 60e9, "CNY", IND, "~"),
    (EN, "Investment of more than 500 billion yuan was agreed last year.", 500e9, "CNY", IND, ">"),
    (EN, "Funds in place totalled at least 7.3 billion yuan.", 7.3e9, "CNY", IND, ">="),
    (EN, "Investment stood at less than 2 billion yuan.", 2e9, "CNY", IND, "<"),
    (EN, "Sales were over 800 million yuan in 2020.", 800e6, "CNY", IND, ">"),
    (EN, "The region signed deals worth two billion yuan last year.", 2e9, "CNY", IND, "="),
    (EN, "Profits were CNY 450 million.", 450e6, "CNY", IND, "="),
    (EN, "Investment was ¥ 3.2 billion last year.", 3.2e9, "CNY", IND, "="),
    (EN, "Output hit ２０ billion yuan.", 20e9, "CNY", IND, "="),
    (EN, "Foreign capital of 1.5 billion euros was used.", 1.5e9, "EUR", IND, "="),
    (EN, "Total investment was 8.113 billion yuan in the period.", 8.113e9, "CNY", IND, "="),
    # --- English money: kinds -----------------------------------------------------------------------------
    (EN, "Recently, Jinli Permanent Magnet Technology Co., Ltd. chose the zone. It has invested 50 million "
         "yuan to set up a subsidiary.", 50e6, "CNY", P, "="),
    (EN, "Work began on the Guodian Hongnijing clean energy base with an investment of 14 billion yuan.",
     14e9, "CNY", P, "="),
    (EN, "Sunrise Chemical Group has invested 2 billion yuan in a new plant.", 2e9, "CNY", P, "="),
    (EN, "The city will strive to complete an investment of 12.3 billion yuan this year.",
     12.3e9, "CNY", T, "="),
    (EN, "The city plans to attract 100 billion yuan of investment by 2025.", 100e9, "CNY", T, "="),
    (EN, "The province aims to reach 1 trillion yuan in output.", 1e12, "CNY", T, "="),
    (EN, "The city, which will host the expo, signed 36 projects worth 8 billion yuan.", 8e9, "CNY", IND, "="),
    (EN, "The district is expected to receive 30 billion yuan of investment.", 30e9, "CNY", T, "="),
    (EN, "The region will increase investment by more than 500 billion yuan.", 500e9, "CNY", T, ">"),
    (EN, "Its target is to lift output to 240-billion yuan.", 240e9, "CNY", T, "="),
    (EN, "The equipment industry has implemented 12 projects with a total investment of 1.92 billion yuan.",
     1.92e9, "CNY", IND, "="),
    (EN, "Baotou attracted 579.9 billion yuan ($89.6 billion) of investment.", 579.9e9, "CNY", IND, "="),
    (EN, "Mengtai Group signed an agreement to invest 5 billion yuan in Ordos.", 5e9, "CNY", P, "="),
    (EN, "Tesla Group signed a 5-billion-yuan project in the city.", 5e9, "CNY", P, "="),
    (EN, "The Guodian Hongnijing clean energy base with an investment of 14 billion yuan.", 14e9, "CNY", P, "="),
    (EN, "It signed projects with a total contracted value of 1.02 trillion yuan ($152 billion).", 1.02e12, "CNY",
     IND, "="),
    # --- English counts ------------------------------------------------------------------------------------
    (EN, "The city has signed 455 signed projects this year.", 455, "count", IND, "="),
    (EN, "A total of 3,596 companies have been docked.", 3596, "count", IND, "="),
    (EN, "It established 20 investment promotion working groups.", 20, "count", IND, "="),
    (EN, "257 projects have been registered so far.", 257, "count", IND, "="),
    (EN, "A total of 49 projects were signed from January to August.", 49, "count", IND, "="),
    (EN, "The aluminum industry will implement six key projects.", 6, "count", T, "="),
    (EN, "The district attracted twelve enterprises last year.", 12, "count", IND, "="),
    (EN, "Twenty-five companies settled in the park last year.", 25, "count", IND, "="),
    (EN, "It plans to introduce more than 30 investment projects.", 30, "count", T, ">"),
    (EN, "The city signed nearly 80 projects in May.", 80, "count", IND, "~"),
    (EN, "There are at least 15 listed companies in the zone.", 15, "count", IND, ">="),
    (EN, "It is planned to implement 48 key industrial projects.", 48, "count", T, "="),
    (EN, "All 48 projects had resumed work by the end of July.", 48, "count", IND, "="),
    (EN, "The zone aims to have 120 State high-tech enterprises.", 120, "count", T, "="),
    (EN, "Some 600 projects were completed during the period.", 600, "count", IND, "~"),
    (EN, "Over 1,200 firms registered in the free trade zone.", 1200, "count", IND, ">"),
    (EN, "The region aims to introduce 50 Fortune 500 companies by 2025.", 50, "count", T, "="),
    (EN, "Of the signed projects, 356 are worth more than 1 billion yuan each.", 356, "count", IND, "="),
    # --- English percentages -------------------------------------------------------------------------------
    (EN, "Regional GDP increased by 15.7% year-on-year.", 15.7, "percent", IND, "="),
    (EN, "Value-added enterprises increased by 13-percent annually on average.", 13, "percent", IND, "="),
    (EN, "Energy consumption fell 37.5-percent.", -37.5, "percent", IND, "="),
    (EN, "Exports decreased by 4.2 percent year on year.", -4.2, "percent", IND, "="),
    (EN, "Imports dropped 8 per cent in May.", -8, "percent", IND, "="),
    (EN, "Sales declined 12.5% from a year earlier.", -12.5, "percent", IND, "="),
    (EN, "Output was down 3.1 percent in the first quarter.", -3.1, "percent", IND, "="),
    (EN, "The utilization rate of industrial waste reached 72-percent.", 72, "percent", IND, "="),
    (EN, "It accounted for about 60 percent of the total.", 60, "percent", IND, "~"),
    (EN, "The city aims at an annual average increase above 8 percent.", 8, "percent", T, ">"),
    (EN, "It will get emerging industries to account for more than 20 percent of output.",
     20, "percent", T, ">"),
    (EN, "GDP grew by 6.5 percent in 2019.", 6.5, "percent", IND, "="),
    (EN, "Investment rose 54% year-on-year.", 54, "percent", IND, "="),
    (EN, "Industrial output rose ７.２% in the first half.", 7.2, "percent", IND, "="),
    (EN, "The share of services rose by 2.3 percentage points.", 2.3, "pp", IND, "="),
    (EN, "The province plans a year-on-year increase of more than 10% in 2030.", 10, "percent", T, ">"),
    # --- Simplified Chinese money -------------------------------------------------------------------------
    (HANS, "截至3月末,全市协议投资额达2088.26亿元。", 208826e6, "CNY", IND, "="),
    (HANS, "累计到位资金73亿元。", 7.3e9, "CNY", IND, "="),
    (HANS, "该区实现固定资产投资5000万元。", 50e6, "CNY", IND, "="),
    (HANS, "全年完成投资五千万元。", 50e6, "CNY", IND, "="),
    (HANS, "今年以来实际利用外资1.85亿美元。", 185e6, "USD", IND, "="),
    (HANS, "全市实际使用外资3.2亿美元,同比增长12%。", 320e6, "USD", IND, "="),
    (HANS, "港资企业投资8000万港元。", 80e6, "HKD", IND, "="),
    (HANS, "协议投资额超过100亿元。", 10e9, "CNY", IND, ">"),
    (HANS, "签约金额约50亿元。", 5e9, "CNY", IND, "~"),
    (HANS, "到位资金近30亿元。", 3e9, "CNY", IND, "~"),
    (HANS, "地区生产总值达到三万亿元。", 3e12, "CNY", IND, "="),
    (HANS, "营业收入达1,234.5万元。", 12.345e6, "CNY", IND, "="),
    (HANS, "财政收入达３５亿元。", 3.5e9, "CNY", IND, "="),
    (HANS, "社会消费品零售总额两百亿元。", 20e9, "CNY", IND, "="),
    (HANS, "投资315亿元的旭阳集团精细化工产业链延伸项目正在开展前期工作。", 31.5e9, "CNY", P, "="),
    (HANS, "投资100亿元的上海浦东发展银行数据中心项目已开工。", 10e9, "CNY", P, "="),
    (HANS, "总投资50亿元的光明乳业产业园项目开工建设。", 5e9, "CNY", P, "="),
    (HANS, "华为技术有限公司投资20亿元建设研发中心。", 2e9, "CNY", P, "="),
    (HANS, "风电装备制造基地项目总投资30亿元。", 3e9, "CNY", P, "="),
    (HANS, "力争全年完成招商引资到位资金500亿元。", 50e9, "CNY", T, "="),
    (HANS, "计划实现协议投资1000亿元以上。", 100e9, "CNY", T, ">="),
    (HANS, "预计全年固定资产投资达到800亿元。", 80e9, "CNY", T, "="),
    (HANS, "目标是到2025年地区生产总值突破5000亿元。", 500e9, "CNY", T, ">"),
    (HANS, "今年将新增投资200亿元。", 20e9, "CNY", T, "="),
    (HANS, "今年计划引进项目100个,一季度已签约项目30个。", 30, "count", IND, "="),
    (HANS, "力争地区生产总值同比增长7%。", 7, "percent", T, "="),
    (HANS, "蒙牛集团与包头市签约,项目总投资50亿元。", 5e9, "CNY", P, "="),
    (HANS, "投资近百亿元。", 10e9, "CNY", IND, "~"),
    (HANS, "5000余万元的资金已到位。", 50e6, "CNY", IND, ">"),
    # --- Traditional Chinese money --------------------------------------------------------------------------
    (HANT, "截至3月末,全市協議投資額達2088.26億元。", 208826e6, "CNY", IND, "="),
    (HANT, "累計到位資金73億元。", 7.3e9, "CNY", IND, "="),
    (HANT, "全年完成投資三千萬元。", 30e6, "CNY", IND, "="),
    (HANT, "實際利用外資1.85億美元。", 185e6, "USD", IND, "="),
    (HANT, "投資315億元的旭陽集團精細化工產業鏈延伸項目正在開展前期工作。", 31.5e9, "CNY", P, "="),
    (HANT, "投資50億元的交通銀行和林格爾新區數據中心建設項目將於上半年開工。", 5e9, "CNY", P, "="),
    (HANT, "力爭全年協議投資額突破300億元。", 30e9, "CNY", T, ">"),
    (HANT, "營業收入約12億港元。", 1.2e9, "HKD", IND, "~"),
    (HANT, "固定資產投資兩百億元。", 20e9, "CNY", IND, "="),
    (HANT, "預計全年到位資金達到150億元。", 15e9, "CNY", T, "="),
    # --- Chinese counts ----------------------------------------------------------------------------
    (HANS, "截至3月末,全市新引进招商项目178个。", 178, "count", IND, "="),
    (HANS, "亿元以上项目118个,10亿元以上项目26个。", 118, "count", IND, "="),
    (HANS, "亿元以上项目118个,10亿元以上项目26个。", 26, "count", IND, "="),
    (HANS, "新引进项目中,央企国企23家,上市公司24家。", 23, "count", IND, "="),
    (HANS, "新引进项目中,央企国企23家,上市公司24家。", 24, "count", IND, "="),
    (HANS, "目前在建项目为486个。", 486, "count", IND, "="),
    (HANS, "走访对接重点企业40多家。", 40, "count", IND, ">"),
    (HANS, "共对接重点企业600余家。", 600, "count", IND, ">"),
    (HANS, "27家省级金融机构与企业签约。", 27, "count", IND, "="),
    (HANS, "与30多家企业深化合作。", 30, "count", IND, ">"),
    (HANS, "自治区4家金融监管部门、27家省级金融机构参与。", 27, "count", IND, "="),
    (HANS, "全年力争引进500强企业15家以上。", 15, "count", T, ">="),
    (HANS, "今年签约项目五十个。", 50, "count", IND, "="),
    (HANS, "全年新开工项目两百个。", 200, "count", IND, "="),
    (HANS, "力争引进500强企业10家以上。", 10, "count", T, ">="),
    (HANS, "计划新签约项目100个。", 100, "count", T, "="),
    (HANS, "全市共签约项目约120个。", 120, "count", IND, "~"),
    (HANS, "新增市场主体3,500户。", 3500, "count", IND, "="),
    (HANS, "引进企业１２家。", 12, "count", IND, "="),
    (HANT, "新引進招商項目178個。", 178, "count", IND, "="),
    (HANT, "央企國企23家,500強企業12家。", 12, "count", IND, "="),
    (HANT, "走訪對接重點企業40多家。", 40, "count", IND, ">"),
    (HANT, "在建項目為486個。", 486, "count", IND, "="),
    (HANT, "力爭新簽約項目三十個。", 30, "count", T, "="),
    (HANT, "27家省級金融機構參與。", 27, "count", IND, "="),
    # --- Chinese percentages -------------------------------------------------------------------------------
    (HANS, "地区生产总值同比增长8.5%。", 8.5, "percent", IND, "="),
    (HANS, "工业增加值同比增长-8.92%。", -8.92, "percent", IND, "="),
    (HANS, "进出口总额同比下降12.3%。", -12.3, "percent", IND, "="),
    (HANS, "税收收入减少5%。", -5, "percent", IND, "="),
    (HANS, "固定资产投资增长百分之十五。", 15, "percent", IND, "="),
    (HANS, "占比提高2.1个百分点。", 2.1, "pp", IND, "="),
    (HANS, "利润下降3个百分点。", -3, "pp", IND, "="),
    (HANS, "降幅收窄2.1个百分点。", 2.1, "pp", IND, "="),
    (HANS, "力争地区生产总值增长7%左右。", 7, "percent", T, "~"),
    (HANS, "出口增长约15%。", 15, "percent", IND, "~"),
    (HANS, "社会消费品零售总额增长超过10%。", 10, "percent", IND, ">"),
    (HANS, "营业收入增长１２．５％。", 12.5, "percent", IND, "="),
    (HANT, "地區生產總值同比增長8.5%。", 8.5, "percent", IND, "="),
    (HANT, "進出口總額同比下降12.3%。", -12.3, "percent", IND, "="),
    (HANT, "規模以上工業增加值同比增長-8.92%。", -8.92, "percent", IND, "="),
    (HANT, "預計全年增長6%以上。", 6, "percent", T, ">="),
]

NOT_FACTS: list[tuple[str, str, str]] = [
    (EN, "The city is building a 100-billion-yuan-level new materials cluster.", "CNY"),
    (EN, "It has 12 industrial parks with output value exceeding 10 billion yuan.", "CNY"),
    (HANS, "打造百亿元级产业集群。", "CNY"),
    (HANS, "全市产值超百亿元的企业达到3家。", "CNY"),
    (EN, "Of the signed projects, 356 are worth more than 1 billion yuan each.", "CNY"),
    (EN, "Baotou attracted 579.9 billion yuan ($89.6 billion) of investment.", "USD"),
    (HANS, "协议投资2亿元(约合3000万美元)。", "USD"),
    (HANS, "吸引投资数十亿元。", "CNY"),
    (EN, "The 2021 Chamber of Commerce conference was held in Baotou.", "count"),
    (EN, "In 2022 the city held a forum.", "count"),
    (EN, "Please call 0471-6965555 or 13912345678 for details.", "count"),
    (EN, "The world's top 500 enterprises and China's top 500 private enterprises attended.", "count"),
    (EN, "TCL built a 20GW module line.", "count"),
    (EN, "Energy consumption per 10,000-yuan of output fell to 1.3 tons of coal.", "CNY"),
    (EN, "It will organize 80 key projects of more than 100 million yuan each.", "CNY"),
    (EN, "It issued eight policies to promote industries.", "count"),
    (EN, "The approval took about 60 days.", "count"),
    (EN, "It ranked 4th among 52 northern cities.", "count"),
    (EN, "Sep 25,2020 08:44CST", "count"),
    (EN, "The 12th Party Congress set the tasks.", "count"),
    (EN, "It produces 200000 tons a year.", "count"),
    (EN, "On July 24, the mayor spoke.", "count"),
    (EN, "The firm has one project in the city.", "count"),
    (HANS, "3月8日,多个项目举行集中签约。", "count"),
    (HANS, "投资120亿元的TCL中环年产20GW叠瓦太阳能电池片组件项目。", "count"),
    (HANS, "市主要领导外出招商9次。", "count"),
    (HANS, "抽调85名领导干部组成招商专班。", "count"),
    (HANS, "举办各类招商活动38场。", "count"),
    (HANS, "中国500强、民营500强企业参加。", "count"),
    (HANS, "联系电话:0471-6965555。", "count"),
    (HANS, "10亿元以上项目26个。", "CNY"),
    (HANS, "单位GDP能耗每万元下降。", "CNY"),
    (HANS, "2023年4月23日是世界读书日。", "count"),
    (HANS, "自治区4家金融监管部门参加。", "count"),
    (HANT, "2023年4月23日是世界讀書日。", "count"),
    (HANT, "10億元以上項目26個。", "CNY"),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    # investor
    (HANS, "投资315亿元的旭阳集团精细化工产业链延伸项目正在开展前期工作。", 31.5e9, "investor", "旭阳集团"),
    (HANS, "投资120亿元的TCL中环年产20GW叠瓦太阳能电池片组件项目开工。", 12e9, "investor", "TCL中环"),
    (HANS, "投资200亿元的国纳纳米新材料产业园项目已于今年3月开工建设。", 20e9, "investor", "国纳纳米"),
    (HANS, "投资80亿元的江苏福明新能源智能制造产业园项目将于上半年开工建设。", 8e9, "investor", "江苏福明"),
    (HANT, "投資100億元的上海浦東發展銀行數據中心項目。", 10e9, "investor", "上海浦東發展銀行"),
    (HANT, "投資60億元的北京宏福集團現代農業產業園等落地項目。", 6e9, "investor", "北京宏福集團"),
    (EN, "Recently, Jinli Permanent Magnet Technology Co., Ltd. chose the zone. It has invested 50 million "
         "yuan to set up a subsidiary.", 50e6, "investor", "Jinli Permanent Magnet Technology Co., Ltd"),
    (EN, "Work began on the Guodian Hongnijing clean energy base with an investment of 14 billion yuan.",
     14e9, "investor", "Guodian"),
    (EN, "Ordos-based Yitai Group plans to build a coal chemical plant with an investment of 12 billion yuan.",
     12e9, "investor", "Yitai Group"),
    (HANT, "總投資100億元的通威股份高純晶硅項目正式開工。", 10e9, "investor", "通威股份"),
    # stage
    (HANS, "投资315亿元的旭阳集团精细化工产业链延伸项目正在开展前期工作。", 31.5e9, "stage", "preparing"),
    (HANS, "投资200亿元的国纳纳米新材料产业园项目已于今年3月开工建设。", 20e9, "stage", "started"),
    (HANS, "投资80亿元的江苏福明新能源智能制造产业园项目将于上半年开工建设。", 8e9, "stage", "planned"),
    (HANS, "投资30亿元的华润电力风电项目已竣工投产。", 3e9, "stage", "operating"),
    (HANS, "集中签约投资20亿元的蒙牛乳业产业园项目。", 2e9, "stage", "signed"),
    (EN, "Sunrise Chemical Group has invested 2 billion yuan in a plant that was put into production in May.",
     2e9, "stage", "operating"),
    # industry
    (HANS, "投资315亿元的旭阳集团精细化工产业链延伸项目。", 31.5e9, "industry", "精细化工"),
    (EN, "Work began on the Guodian Hongnijing clean energy base with an investment of 14 billion yuan.",
     14e9, "industry", "clean energy"),
    # subject region
    (EN, "Baotou's regional GDP increased by 15.7% year-on-year.", 15.7, "subject", "Baotou"),
    (EN, "Baotou rare Earth High-tech Zone signed 49 projects.",
     49, "subject", "Baotou rare Earth High-tech Zone"),
    (EN, "Inner Mongolia's exports rose 5 percent.", 5, "subject", "Inner Mongolia"),
    (EN, "Guangxi will increase investment by more than 500 billion yuan.", 500e9, "subject", "Guangxi"),
    (EN, "Hohhot City signed 30 projects in May.", 30, "subject", "Hohhot City"),
    (HANS, "呼和浩特市新引进招商项目178个。", 178, "subject", "呼和浩特市"),
    (HANS, "包头稀土高新区签约项目49个。", 49, "subject", "包头稀土高新区"),
    (HANS, "和林格尔新区签约项目12个。", 12, "subject", "和林格尔新区"),
    (HANS, "鄂尔多斯地区生产总值增长8%。", 8, "subject", "鄂尔多斯"),
    (HANS, "广西壮族自治区外贸进出口增长10%。", 10, "subject", "广西壮族自治区"),
    (HANT, "呼和浩特市新引進招商項目178個。", 178, "subject", "呼和浩特市"),
    (HANT, "廣東省進出口總額增長5%。", 5, "subject", "廣東省"),
    # period (published 2021-07-24 in the test)
    (EN, "In the first half of this year, GDP increased by 15.7% year-on-year.", 15.7, "period",
     "2021-01-01/2021-06-30"),
    (EN, "A total of 49 projects were signed from January to August.", 49, "period", "2021-01-01/2021-08-31"),
    (EN, "Since the beginning of this year, the city has signed 455 signed projects.", 455, "period",
     "2021-01-01/2021-07-24"),
    (EN, "Exports rose 5 percent in 2020.", 5, "period", "2020"),
    (EN, "Under the 13th Five-Year Plan (2016-20) output grew 8 percent.",
     8, "period", "2016-01-01/2020-12-31"),
    (HANS, "上半年,地区生产总值增长8.5%。", 8.5, "period", "2021-01-01/2021-06-30"),
    (HANS, "1至9月,全市签约项目120个。", 120, "period", "2021-01-01/2021-09-30"),
    (HANS, "截至3月末,协议投资额达2088.26亿元。", 208826e6, "period", "2021-01-01/2021-03-31"),
    (HANS, "一季度,出口增长5%。", 5, "period", "2021-01-01/2021-03-31"),
    (HANS, "2020年上半年,出口增长5%。", 5, "period", "2020-01-01/2020-06-30"),
    (HANS, "“十三五”期间,累计引进项目500个。", 500, "period", "2016-01-01/2020-12-31"),
    (HANT, "上半年,地區生產總值增長8.5%。", 8.5, "period", "2021-01-01/2021-06-30"),
    (HANT, "1至9月,全市簽約項目120個。", 120, "period", "2021-01-01/2021-09-30"),
    (EN, "The region signed 1,236 projects in the first five months of this year.", 1236, "period",
     "2021-01-01/2021-05-31"),
    (HANS, "前5个月,全市签约项目120个。", 120, "period", "2021-01-01/2021-05-31"),
    # indicator label
    (EN, "The total agreed investment reached 579.9 billion. Yuan.",
     579.9e9, "indicator", "agreed investment"),
    (EN, "Funds in place reached 7.3 billion yuan.", 7.3e9, "indicator", "funds in place"),
    (EN, "Actual investment in place reached 215.6 billion yuan.", 215.6e9, "indicator", "funds in place"),
    (EN, "Projects with a total contracted value of 1.02 trillion yuan.", 1.02e12, "indicator", "agreed investment"),
    (EN, "Regional GDP increased by 15.7% year-on-year.", 15.7, "indicator", "GDP growth"),
    (EN, "A total of 455 signed projects were recorded.", 455, "indicator", "signed projects"),
    (EN, "Fixed asset investment increased by 54% year-on-year.",
     54, "indicator", "fixed-asset investment growth"),
    (HANS, "协议投资额达2088.26亿元。", 208826e6, "indicator", "agreed investment"),
    (HANS, "累计到位资金73亿元。", 7.3e9, "indicator", "funds in place"),
    (HANS, "地区生产总值同比增长8.5%。", 8.5, "indicator", "GDP growth"),
    (HANS, "全市签约项目120个。", 120, "indicator", "signed projects"),
    (HANS, "目前在建项目为486个。", 486, "indicator", "projects under construction"),
    (HANT, "協議投資額達2088.26億元。", 208826e6, "indicator", "agreed investment"),
    (HANT, "累計到位資金73億元。", 7.3e9, "indicator", "funds in place"),
    # basis
    (EN, "Regional GDP increased by 15.7% year-on-year.", 15.7, "basis", "yoy"),
    (EN, "Enterprises increased by 13-percent annually on average.", 13, "basis", "average_growth"),
    (EN, "Industry accounted for about 60 percent of the total.", 60, "basis", "share"),
    (HANS, "地区生产总值同比增长8.5%。", 8.5, "basis", "yoy"),
    (HANS, "年均增长6%。", 6, "basis", "average_growth"),
    (HANS, "服务业占比达到55%。", 55, "basis", "share"),
]

PEOPLE: list[tuple[str, str, str, str]] = [
    (EN, "John Smith, chief executive of Tesla China, said demand was strong.", "John Smith", "chief executive"),
    (EN, "Zhang Rui, the mayor of Baotou City, Inner Mongolia, said on the 24th that investment rose.",
     "Zhang Rui", "mayor"),
    (EN, "Mayor Zhang Rui said investment rose.", "Zhang Rui", "mayor"),
    (EN, "Baotou mayor Zhang Rui said investment rose.", "Zhang Rui", "mayor"),
    (EN, "Qu Xianming, deputy director of the National Industrial Foundation Expert Committee, spoke.",
     "Qu Xianming", "deputy director"),
    (EN, "Cai Hongbing, director of the China Industrial Development Research Institute, said so.",
     "Cai Hongbing", "director"),
    (EN, "Gao Yang, the person in charge of the Economic Development Bureau, said.", "Gao Yang",
     "person in charge"),
    (EN, "China News Service, Baotou, July 24 (Reporter Li Aiping) The city grew.", "Li Aiping", "reporter"),
    (EN, "Kang Shicun, head of the municipal commission, described the plan.", "Kang Shicun", "head"),
    (HANS, "本网讯(内蒙古日报社融媒体记者 武峰)人勤春来早。", "武峰", "记者"),
    (HANS, "市长张锐表示,今年招商引资成效明显。", "张锐", "市长"),
    (HANS, "包头市市长张锐在会上介绍。", "张锐", "市长"),
    (HANS, "编辑:杨旭英", "杨旭英", "编辑"),
    (HANS, "市委书记王莉霞主持会议。", "王莉霞", "书记"),
    (HANS, "公司董事长欧阳明表示。", "欧阳明", "董事长"),
    (HANT, "本網訊(內蒙古日報社融媒體記者 武峰)人勤春來早。", "武峰", "記者"),
    (HANT, "市長張銳表示,招商成效明顯。", "張銳", "市長"),
    (HANT, "編輯:楊旭英", "楊旭英", "編輯"),
    (EN, "By Zhang Yu in Hohhot | chinadaily.com.cn | Updated: 2022-06-15", "Zhang Yu", "reporter"),
    (HANS, "图为项目建设现场。(武峰 摄)", "武峰", "摄"),
]

NOT_PEOPLE: list[tuple[str, str]] = [
    (EN, "Jinli Technology, the leader in permanent magnets, chose the zone."),
    (EN, "Baotou City, Inner Mongolia Autonomous Region, said on the 24th that investment rose."),
    (HANS, "市长和副市长出席会议。"),
    (HANS, "董事长于近日表示,公司将加大投资。"),
    (HANS, "记者从市统计局获悉,一季度经济稳中向好。"),
    (HANS, "有关负责人表示,项目进展顺利。"),
    (HANS, "无人机航拍摄影作品展开幕。"),
    (EN, "By the end of July, 48 projects had resumed work."),
]

# --- patterns found on the held-out-style articles (tests/extract/articles) ----------------------------------
NUMERIC += [
    (HANT, "投（增）資金額計83億4,512萬美元，較去年同期增加35.02%。", 8_345_120_000, "USD", IND, "="),
    (HANS, "对外投资金额计152亿1330万美元。", 15_213_300_000, "USD", IND, "="),
    (HANT, "今年1至8月核准僑外投資件數為1,652件。", 1652, "count", IND, "="),
    (HANT, "去年協助382間海外及內地公司在港開設業務。", 382, "count", IND, "="),
    (HANS, "全县新签约项目41个，同比增加9个。", 9, "count", IND, "="),
    (HANS, "新开工项目较去年同期减少126个，降幅为3.4%。", 126, "count", IND, "="),
    (HANS, "新开工项目较去年同期减少126个，降幅为3.4%。", -3.4, "percent", IND, ""),
    (HANT, "其中港資佔比超過七成。", 70, "percent", IND, ">"),
    (HANS, "民营企业投资占比近三成。", 30, "percent", IND, "~"),
]
NOT_FACTS += [
    (HANS, "浙江华友钴业股份有限公司三元前驱体项目开工。", "CNY"),
    (HANT, "荷蘭商艾司摩爾公司增資新台幣300億元興建廠房。", "CNY"),
    (HANS, "一季度引进总投资超10亿元的重大产业项目15个。", "CNY"),
    (HANS, "提交提案3件，办理建议5件。", "count"),
    (HANS, "这一做法七成功，三成失败。", "percent"),
]
NUMERIC += [
    (HANS, "1. 宁德时代新能源科技股份有限公司锂电池生产基地项目，总投资120亿元；", 12e9, "CNY", P, ""),
    (HANS, "4、某智慧物流园项目，总投资8000万元。", 80e6, "CNY", P, ""),
    (HANT, "會上，新鴻基地產發展有限公司宣佈斥資80億元人民幣於南沙興建綜合發展項目。", 8e9, "CNY", P, ""),
    (HANT, "長江和記實業有限公司亦計劃投資15億美元擴建港口設施。", 1.5e9, "USD", P, ""),
    (HANT, "台灣積體電路製造股份有限公司增資日本子公司約27億美元。", 2.7e9, "USD", P, ""),
    (HANS, "成都高新区签约35个重大项目 总投资逾800亿元", 80e9, "CNY", IND, ">"),
    (HANS, "下一步，全省将确保全年重大项目完成投资8000亿元以上。", 800e9, "CNY", T, ">="),
    (HANS, "实际到位资金62.37亿元，完成年度目标任务的54.2%，同比增长13.5%。", 54.2, "percent", IND, ""),
    (HANS, "全年新开工计划总投资亿元以上项目214个，比上年增加37个。", 214, "count", IND, ""),
]
FIELDS += [
    (HANS, "1. 宁德时代新能源科技股份有限公司锂电池生产基地项目，总投资120亿元；", 12e9, "investor",
     "宁德时代新能源科技股份有限公司"),
    (HANT, "台灣積體電路製造股份有限公司增資日本子公司約27億美元。", 2.7e9, "investor", "台灣積體電路製造股份有限公司"),
    (HANT, "長江和記實業有限公司亦計劃投資15億美元擴建港口設施。", 1.5e9, "investor", "長江和記實業有限公司"),
    (HANS, "总投资5000万美元的某德资精密制造项目已正式投产。", 50e6, "stage", "operating"),
]
NOT_FACTS += [
    (HANS, "全年全体居民人均可支配收入38216元，增长5.3%。", "CNY"),
    (EN, "Per capita GDP was 52,321 yuan last year.", "CNY"),
    (EN, "Per capita disposable income reached 45,000 yuan, up 5.3 percent.", "CNY"),
]
NUMERIC += [
    (EN, "Each new data center will require 2-3 billion yuan in investment.", 2e9, "CNY", T, ">="),
    (EN, "Exports are forecast to grow 5-6 percent this year.", 5, "percent", T, ">="),
    (EN, "Of the deals, 37 were manufacturing projects.", 37, "count", IND, "="),
    (EN, "Yulin will strive to make the number of newly signed projects more than 350.", 350, "count", T, ">"),
    (EN, "The number of registered enterprises reached 1,200 by June.", 1200, "count", IND, "="),
    (EN, "The province expects each of its eight new data centers to need 3 billion yuan.", 3e9, "CNY", T, "="),
]
NOT_FACTS += [
    (EN, "Of the deals, 12 projects each topped 5 billion yuan.", "CNY"),
    (EN, "On April 10, the 2023 Yulin City investment promotion key project signing ceremony was held.", "count"),
    (EN, "Output rose from 2 to 3 billion units.", "CNY"),
]
PEOPLE += [
    (EN, "By ZHOU JIN in Haikou | China Daily | Updated: 2023-02-15\nHainan saw 1,936 new firms.", "Zhou Jin",
     "reporter"),
    (EN, "Wang Jing, 45, a manager at a cross-border e-commerce firm in Haikou, said registration is fast.",
     "Wang Jing", "manager"),
    (HANT, "投審司長蔡宗宏表示，前8月大型投資案包括兩件。", "蔡宗宏", "司長"),
    (HANT, "香港投資推廣署署長劉凱旋指出，去年投資推廣署協助382間公司。", "劉凱旋", "署長"),
]
NUMERIC += [
    (EN, "A battery plant by Gotion High-tech Co., Ltd. will receive an investment of 12 billion yuan.",
     12e9, "CNY", P, ""),
    (EN, "Changan Automobile said it would invest 10 billion yuan in a new battery base.", 10e9, "CNY", P, ""),
    (EN, "Seres Group Co has put 2.5 billion yuan into a smart factory.", 2.5e9, "CNY", P, ""),
    (EN, "The 5-billion-yuan Yangpu container hub, invested by China Merchants Port Holdings Co., Ltd, opened.",
     5e9, "CNY", P, ""),
    (EN, "The city signed 36 projects with Xinhua Group and the projects will receive an investment of "
         "8 billion yuan.", 8e9, "CNY", T, ""),
]
FIELDS += [
    (EN, "The data center, operated by Guizhou-Cloud Big Data Industry Co Ltd, involves an investment of about "
         "1 billion US dollars.", 1e9, "investor", "Guizhou-Cloud Big Data Industry Co Ltd"),
    (EN, "Changan Automobile said it would invest 10 billion yuan in a new battery base.", 10e9, "investor",
     "Changan Automobile"),
    (EN, "The 5-billion-yuan Yangpu container hub, invested by China Merchants Port Holdings Co., Ltd, opened.",
     5e9, "investor", "China Merchants Port Holdings Co., Ltd"),
]
NUMERIC += [
    (HANT, "今年首季共協助24個投資項目落戶澳門，按年增加6個。", 6, "count", IND, "="),
    (HANT, "現代金融及高新技術項目分別有5個及4個。", 4, "count", IND, "="),
    (HANS, "项目建成后预计新增就业岗位2000余个。", 2000, "count", T, ">"),
    (EN, "The city will strive to make the whole year new signed projects exceed 500.", 500, "count", T, ""),
    (EN, "The city will strive to the actual funds in place reach 80 billion yuan, and new signed projects "
         "exceed 500.", 80e9, "CNY", T, "="),
]
NOT_FACTS += [
    (EN, "Among them, there are 85 projects with more than 1 billion yuan.", "CNY"),
    (HANS, "双方举行了3场会谈。", "count"),
    (HANT, "貿促局將於下半年舉辦超過15場推介活動。", "count"),
    (EN, "In the second half the city will hold more than 20 investment promotion activities.", "count"),
    (HANS, "先后开展招商活动156场次，接待客商来访2300余批次。", "count"),
]
PEOPLE += [
    (HANS, "（记者 赵敏 通讯员：刘静 韩磊）", "韩磊", "通讯员"),
    (HANT, "（記者 黃蕾、陳晨）全省重大項目集中開工。", "陳晨", "記者"),
]
NUMERIC += [
    (EN, "Trina Solar Co., Ltd. signed an agreement to build a 10-GW module plant in Hami with an investment of "
         "6.6 billion yuan.", 6.6e9, "CNY", P, ""),
    (EN, "Typical projects: Jingjin New Materials Co., Ltd. high-end steel project with investment of 12 billion "
         "yuan has started construction.", 12e9, "CNY", P, ""),
    (EN, "Hengli Group Co., Ltd. signed 12 projects with a total investment of 8 billion yuan.", 8e9, "CNY", IND, ""),
]
FIELDS += [
    (HANS, "蔚来汽车科技（安徽）有限公司新桥智能电动汽车产业园二期项目计划总投资约120亿元。", 12e9, "investor",
     "蔚来汽车科技（安徽）有限公司"),
    (EN, "Cangzhou Mingzhu Plastic Co., Ltd. new energy film project total investment 3.5 billion yuan.", 3.5e9,
     "investor", "Cangzhou Mingzhu Plastic Co., Ltd"),
]
PEOPLE += [
    (HANT, "據濰坊市發改委副主任于波介紹，今年全市共確定市級重點項目600個。", "于波", "副主任"),
    (HANS, "人民网石家庄9月12日电 （张桂芹、刘洋）走进威县经济开发区。", "张桂芹", "记者"),
    (HANS, "人民网石家庄9月12日电 （张桂芹、刘洋）走进威县经济开发区。", "刘洋", "记者"),
    (EN, "\"Multinationals are voting with their feet,\" Tian Yun, a former vice director of the Beijing Economic "
         "Operation Association, told the Global Times.", "Tian Yun", "director"),
]
NOT_PEOPLE += [
    (HANS, "市长于会上表示，将加大招商力度。"),
]
FIELDS += [
    (EN, "ExxonMobil's Huizhou chemical complex, with a total investment of $10 billion, went into operation.",
     10e9, "investor", "ExxonMobil"),
    (HANT, "（一）濰柴動力股份有限公司大缸徑高速機項目，總投資36億元，由濰柴動力投資建設；", 3.6e9, "investor",
     "濰柴動力股份有限公司"),
]
NOT_FACTS += [
    (HANS, "到2025年，培育年产值超百亿元产业集群3个。", "CNY"),
]
NUMERIC += [
    (HANT, "今年共有248家企業通過審核，其中台商回台投資112家，中小企業加碼投資96家。", 112, "count", IND, "="),
    (HANT, "投資金額約新台幣4,200億元，較去年減少約一成。", -10, "percent", IND, "~"),
    (HANS, "新注册外资企业28家，近两成来自港澳地区。", 20, "percent", IND, "~"),
    (HANS, "项目名称：冷链物流中心项目；投资方：顺丰控股股份有限公司；投资额：6.5亿元", 6.5e8, "CNY", P, ""),
    (HANS, "项目名称：农产品精深加工项目；投资方：本地企业；投资额：五千万元", 5e7, "CNY", P, ""),
    (HANT, "外資方面，美光科技公司今年宣布在台增資約5億美元擴建先進封裝廠。", 5e8, "USD", P, ""),
]
NOT_FACTS += [
    (HANT, "總投資金額達新台幣2兆1,568億元。", "CNY"),
]
FIELDS += [
    (HANS, "项目名称：冷链物流中心项目；投资方：顺丰控股股份有限公司；投资额：6.5亿元", 6.5e8, "investor",
     "顺丰控股股份有限公司"),
    (HANT, "外資方面，美光科技公司今年宣布在台增資約5億美元擴建先進封裝廠。", 5e8, "investor", "美光科技公司"),
]
NUMERIC += [
    (EN, "A total of 96 Fortune Global 500 companies have set up 330 enterprises in Hubei.", 96, "count", IND, "="),
    (EN, "Hubei introduced 2,116 projects with planned investment totaling 1.45 trillion yuan.", 1.45e12, "CNY", IND,
     "="),
    (HANT, "在首年營運或擴展後創造約4,600個職位。", 4600, "count", IND, "~"),
    (HANT, "來自美國及英國的分別有33間及31間。", 33, "count", IND, "="),
]
FIELDS += [
    (HANS, "由中国中化控股有限责任公司投资建设的高端新材料项目，计划总投资80亿元，已于9月开工。", 8e9, "investor",
     "中国中化控股有限责任公司"),
]
NUMERIC += [
    (EN, "Foreign-funded projects numbered 74, with contractual foreign investment of $5.87 billion.", 74, "count",
     IND, "="),
]
NOT_FACTS += [
    (EN, "Hunan plans to cultivate 15 clusters, each with output value topping 100 billion yuan.", "CNY"),
    (HANS, "这是第3次会议，共讨论3次。", "count"),
    (EN, "The city is forming 10 industrial clusters for steel and rare earth.", "count"),
]
FIELDS += [
    (HANS, "7月，总投资32亿元的毕节高新区锂电池正极材料项目正式投产，由贵州振华新材料股份有限公司投资建设。", 3.2e9,
     "investor", "贵州振华新材料股份有限公司"),
]
NUMERIC += [
    (HANT, "經發局長指出，今年台中市新設立公司3,215家；工廠登記家數增加146家。", 146, "count", IND, "="),
    (HANT, "園區預估可創造4,500個就業機會。", 4500, "count", T, "="),
    (HANT, "經濟部今（28）日表示，核准僑外投資金額將達到120億美元以上。", 12e9, "USD", T, ">="),
]
NOT_FACTS += [
    (HANT, "台中市經濟發展局今（18）日表示，園區二期已有42家廠商進駐，總投資金額達320億元。", "CNY"),
]
NUMERIC += [
    (EN, "Three cities signed 65 projects worth a combined 120.5bn yuan (US$16.7bn).", 120.5e9, "CNY", IND, "="),
    (EN, "Gree Electric Appliances, the Zhuhai-based air conditioner maker, pledged to spend RMB4.5bn on a plant.",
     4.5e9, "CNY", P, ""),
    (EN, "He expects foreign investment to recover by 5 to 10 per cent this year.", 5, "percent", T, ">="),
    (EN, "Exports rose from 5 to 10 per cent of output.", 10, "percent", IND, "="),
    (EN, "GDP grew 4.2 percent in 2021 to 2.05 trillion yuan.", 2.05e12, "CNY", IND, "="),
    (HANS, "比亚迪股份有限公司投资55亿元的动力电池项目签约。", 5.5e9, "CNY", P, ""),
]
FIELDS += [
    (HANS, "重点签约项目有：比亚迪股份有限公司投资55亿元的动力电池项目；中国电建集团投资52亿元的抽水蓄能电站项目。",
     5.2e9, "investor", "中国电建集团"),
    (EN, "Gree Electric Appliances, the Zhuhai-based air conditioner maker, pledged to spend RMB4.5bn on a plant.",
     4.5e9, "investor", "Gree Electric Appliances"),
]
NUMERIC += [
    (EN, "Xi'an attracted 1,200-plus foreign-invested enterprises in 2022.", 1200, "count", IND, ">"),
    # (task forces are no count of projects, deals or firms: tests/extract/cases_zh_counts.py)
    (EN, "Samsung's memory chip plant in Xi'an, with total investment exceeding $25 billion, is its largest.",
     25e9, "USD", P, ""),
]
FIELDS += [
    (EN, "LONGi Green Energy Technology, a Xi'an-based solar giant, announced last month it would invest 45.2 "
         "billion yuan in a wafer project.", 45.2e9, "investor", "LONGi Green Energy Technology"),
    (HANS, "总投资110亿元的孚能科技（赣州）股份有限公司年产30GWh动力电池项目已投产。", 11e9, "investor",
     "孚能科技（赣州）股份有限公司"),
]
PEOPLE += [
    (HANS, "人民网南昌11月20日电 （记者 时雨）今年1-10月，全市共引进项目531个。", "时雨", "记者"),
]
NUMERIC += [
    (EN, "By 2025, newly signed industrial projects with more than 100 million yuan are not less than 150 each year.",
     150, "count", T, ">="),
]
PEOPLE += [
    (EN, "Secretary of the Municipal Party Committee Huang Guangyuan stressed that investment is the first project.",
     "Huang Guangyuan", "secretary"),
]
NOT_PEOPLE += [
    (EN, "The director of the Municipal Development and Reform Commission Office attended."),
]
NUMERIC += [
    (EN, "Projects above 1 billion yuan numbered 203, while 46 involved Fortune Global 500 companies.", 203, "count",
     IND, "="),
    (EN, "Projects above 1 billion yuan numbered 203, while 46 involved Fortune Global 500 companies.", 46, "count",
     IND, "="),
    (EN, "In Dalian, Intel Semiconductor (Dalian) Ltd. has completed a 2.5-billion-U.S.-dollar upgrade of its plant.",
     2.5e9, "USD", P, ""),
    (EN, "Hengli Petrochemical Co., Ltd. plans a 20-billion-yuan expansion of its refinery.", 20e9, "CNY", P, ""),
]
FIELDS += [
    (EN, "In Dalian, Intel Semiconductor (Dalian) Ltd. has completed a 2.5-billion-U.S.-dollar upgrade of its plant.",
     2.5e9, "investor", "Intel Semiconductor (Dalian) Ltd"),
]

# the miss categories of issue 14 (extraction that generalises), kept in their own module
from tests.extract.cases_misses import MISS_FIELDS, MISS_NOT_FACTS, MISS_NUMERIC  # noqa: E402

NUMERIC += MISS_NUMERIC
NOT_FACTS += MISS_NOT_FACTS
FIELDS += MISS_FIELDS
from tests.extract.cases_general import GENERAL_FIELDS, GENERAL_NOT_FACTS, GENERAL_NUMERIC  # noqa: E402

NUMERIC += GENERAL_NUMERIC
NOT_FACTS += GENERAL_NOT_FACTS
FIELDS += GENERAL_FIELDS
