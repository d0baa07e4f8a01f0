"""Table cases for the miss categories of issue 14 (extraction that generalises): one block per
category, in the shapes of tests/extract/cases.py (which adds these lists to its own).

The phrases are written for these tests in the manner of the categories' real texts (the held-out
articles themselves stay unseen)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

MISS_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # --- investors: short names and brands before a project, several projects in one sentence ---------------
    (HANS, "总投资60亿元的蜜雪冰城中央工厂项目开工。", 6e9, "CNY", P, ""),
    (HANT, "此外,寧德時代投資30億元建設儲能電池基地。", 3e9, "CNY", P, ""),
    (HANS, "比亚迪拟投资20亿元在长沙新建电池工厂。", 2e9, "CNY", P, ""),
    (HANS, "总投资分别为11亿元、6亿元的康怡佳园养老项目和永宝文明村项目已签约。", 11e8, "CNY", P, ""),
    (HANS, "总投资分别为11亿元、6亿元的康怡佳园养老项目和永宝文明村项目已签约。", 6e8, "CNY", P, ""),
    (EN, "China Railway Construction Group will invest 50.7 billion yuan in rail projects.", 50.7e9, "CNY", P, ""),
    (EN, "China Energy Engineering Group is investing 66.96 billion yuan in power projects.", 66.96e9, "CNY", P, ""),
    (EN, "China Energy Engineering Group signed contracts worth 66.96 billion yuan with the province.",
     66.96e9, "CNY", P, ""),
    (EN, "- Haili Wind Power will invest $428 million to build manufacturing sites in Yancheng.", 428e6, "USD", P, ""),
    (EN, "Chico Group, a home appliance maker, announced a new investment of $286 million in Huainan.",
     286e6, "USD", P, ""),
    (EN, "Among them are the tourism complex project in Yizhou district, which has an investment of 1.2 billion "
         "yuan, and the big data industrial park, which has an investment of 530 million yuan.", 1.2e9, "CNY", P, ""),
    (EN, "Among them are the tourism complex project in Yizhou district, which has an investment of 1.2 billion "
         "yuan, and the big data industrial park, which has an investment of 530 million yuan.", 530e6, "CNY", P, ""),
    (HANS, "总投资 50 亿元的芜湖美的厨热智能家电产业园项目开工。", 5e9, "CNY", P, ""),
    (HANS, "总投资150亿元海创磷酸铁锂项目已经签约。", 15e9, "CNY", P, ""),
    (EN, "The government signed a deal with East Hope Group on Feb 6.\n\nThe project, involving coal chemistry "
         "and agriculture, will attract investment of 72 billion yuan, with the coal chemistry part of the deal "
         "attracting 60 billion yuan.", 60e9, "CNY", P, ""),
    # --- counts of projects in value classes ------------------------------------------------------------------
    (EN, "The meeting produced 100 1-billion-and-above projects.", 100, "count", IND, "="),
    (EN, "Twelve of the projects are worth more than 10 billion yuan each.", 12, "count", IND, "="),
    (EN, "There are two projects each with an estimated investment of over 5 billion yuan.", 2, "count", IND, "="),
    (HANT, "其中,50億元以上項目兩個,10億元以上項目8個,5億元以上項目11個。", 2, "count", IND, "="),
    (HANT, "其中,50億元以上項目兩個,10億元以上項目8個,5億元以上項目11個。", 8, "count", IND, "="),
    (HANT, "其中,50億元以上項目兩個,10億元以上項目8個,5億元以上項目11個。", 11, "count", IND, "="),
    (HANS, "其中,百亿元以上项目2个,50亿元以上项目5个。", 5, "count", IND, "="),
    (HANT, "本年度計劃新開工項目270項,實際已開工129項。", 129, "count", IND, "="),
    (EN, "The city had attracted 40 billion yuan of investment from 20 centrally administered SOEs.", 20, "count",
     IND, "="),
    # --- scraped English with glued tokens --------------------------------------------------------------------
    (EN, "Central SOEs signed 93projects with Hubei Province.", 93, "count", IND, "="),
    (EN, "The deals carry a total investment of 575.35 billionyuan.", 575.35e9, "CNY", IND, "="),
    (EN, "China Energy InvestmentGroup signed an agreement on Thursday for a 36-billion-yuan clean energy base.",
     36e9, "CNY", P, ""),
    # --- kind: targets and achieved figures, one project and an aggregate -------------------------------------
    (HANT, "新區今年力爭簽約億元以上項目60個。", 60, "count", T, "="),
    (HANT, "預計全年實際利用外資達5億美元。", 5e8, "USD", T, "="),
    (HANS, "投产后年营业额可达37亿元。", 3.7e9, "CNY", T, "="),
    (HANT, "1-3月累計完成投資313.64億元,為年度投資計劃的30.90%。", 30.9, "percent", IND, "="),
    (EN, "The projects, with an annual planned investment of 195.8 billion yuan, focus on manufacturing.",
     195.8e9, "CNY", T, "="),
    (EN, "The province aims to attract 800 billion yuan of investment from central SOEs by 2025.", 800e9, "CNY", T,
     "="),
    (EN, "The firm said the annual sales revenue from the new base would be 833 million yuan.", 833e6, "CNY", T,
     "="),
    (EN, "Altogether the company plans 10 major projects in western regions.", 10, "count", T, "="),
    (EN, "Officials met in Beijing, in the hope of attracting more than 130 billion yuan of investment.", 130e9,
     "CNY", T, ">"),
    (EN, "The coal section is estimated to be capable of producing an annual output of 12 billion yuan.", 12e9,
     "CNY", T, "="),
    (HANT, "共推出項目293個,預估總投資1209億元,年度預估投資436億元。", 1209e8, "CNY", IND, "="),
    (HANT, "共推出項目293個,預估總投資1209億元,年度預估投資436億元。", 436e8, "CNY", T, "="),
    # --- false facts: a range is one fact --------------------------------------------------------------------
    (HANS, "预计上半年到位资金300亿元至350亿元。", 300e8, "CNY", T, ">="),
    (HANS, "预计上半年到位资金300至350亿元。", 300e8, "CNY", T, ">="),
    (EN, "The projects are expected to create between 2 and 3 billion yuan in annual tax revenue.", 2e9, "CNY", T,
     ">="),
]

MISS_NOT_FACTS: list[tuple[str, str, str]] = [
    # N countries and regions is no count of what the analysts record
    (EN, "Companies from 15 countries and regions attended the meeting.", "count"),
    (EN, "Foreign investors from 176 countries and regions have invested in Hainan.", "count"),
    (HANS, "签约企业来自12个国家和地区。", "count"),
    # a value class or a time is no amount or count
    (EN, "The meeting produced 100 1-billion-yuan-and-above projects.", "CNY"),
    (EN, "Party B shall complete each batch within 3 years after project starting.", "count"),
    (EN, "By Zhong Nan | China Daily | Updated: 2020-04-03 09:02\n\nChinese firms are stepping up investment.",
     "count"),
]

MISS_FIELDS: list[tuple[str, str, float, str, str]] = [
    # investors
    (HANS, "总投资60亿元的蜜雪冰城中央工厂项目开工。", 6e9, "investor", "蜜雪冰城"),
    (HANS, "总投资25亿元的比亚迪刀片电池配套项目相继开工。", 2.5e9, "investor", "比亚迪"),
    (HANT, "此外,寧德時代投資30億元建設儲能電池基地。", 3e9, "investor", "寧德時代"),
    (HANT, "寧德時代投資30億元建設儲能電池基地,中車集團計劃投資12億元建設軌道交通裝備產業園。", 1.2e9, "investor",
     "中車集團"),
    (HANT, "總投資120億元的吉利極氪智能工廠項目、總投資18億元的方太廚電總部項目落戶新區。", 1.8e9, "investor", "方太"),
    (HANS, "总投资3.7亿元的福建省川田重工有限公司(挖掘机)项目签约。", 3.7e8, "investor", "福建省川田重工有限公司"),
    (EN, "China Energy InvestmentGroup signed an agreement on Thursday for a 36-billion-yuan clean energy base.",
     36e9, "investor", "China Energy InvestmentGroup"),
    (EN, "China Railway Construction Group will invest 50.7 billion yuan in rail projects.", 50.7e9, "investor",
     "China Railway Construction Group"),
    (EN, "China Energy Engineering Group signed contracts worth 66.96 billion yuan with the province.", 66.96e9,
     "investor", "China Energy Engineering Group"),
    (EN, "- Fang Zheng Electrical Motor in Deqing County, Zhejiang, will invest $68 million to make motors.", 68e6,
     "investor", "Fang Zheng Electrical Motor"),
    (EN, "New Hope Group, one of China's largest agribusinesses, said late last month that it would invest 10 "
         "billion yuan in Chengdu.", 10e9, "investor", "New Hope Group"),
    (EN, "Chinese automobile manufacturer Jianghuai Group announced a joint investment of $372 million.", 372e6,
     "investor", "Jianghuai Group"),
    (EN, "Chico Group, a home appliance maker, announced a new investment of $286 million in Huainan.", 286e6,
     "investor", "Chico Group"),
    (HANS, "总投资100亿元的道氏技术年产10万吨动力电池材料三元前驱体、总投资150亿元的莱宝高科第8.6代新型半导体"
           "显示器件等在谈项目推进签约。", 10e9, "investor", "道氏技术"),
    (HANS, "总投资100亿元的道氏技术年产10万吨动力电池材料三元前驱体、总投资150亿元的莱宝高科第8.6代新型半导体"
           "显示器件等在谈项目推进签约。", 15e9, "investor", "莱宝高科"),
    (EN, "The government signed a deal with East Hope Group on Feb 6.\n\nThe project, involving coal chemistry "
         "and agriculture, will attract investment of 72 billion yuan.", 72e9, "investor", "East Hope Group"),
    # false investors: weekdays, months, datelines, places, generic subjects
    (EN, "Officials signed an agreement on Thursday for a solar project with an investment of 5 billion yuan.",
     5e9, "investor", ""),
    (EN, "On Thursday the solar base with a total investment of 3 billion yuan started.", 3e9, "investor", ""),
    (EN, "BEIJING, May 9 -- The solar project with an investment of 3 billion yuan started.", 3e9, "investor", ""),
    (EN, "On May 9, the wind power project with an investment of 3 billion yuan started.", 3e9, "investor", ""),
    (EN, "Chongqing will invest 5 billion yuan in roads.", 5e9, "investor", ""),
    (EN, "Officials will invest 5 billion yuan in roads.", 5e9, "investor", ""),
    (HANS, "全市投资30亿元建设产业园项目。", 3e9, "investor", ""),
    (EN, "The China National Machinery Industry Corp, Shenhua Group Co Ltd and other SOEs will invest 33.7 billion "
         "yuan in the city.", 33.7e9, "investor", ""),
    (HANS, "区财政投资2亿元用于建设科技中心。", 2e8, "investor", ""),
    # a range keeps its lower bound and says so
    (HANS, "预计上半年到位资金300亿元至350亿元。", 300e8, "comparator", ">="),
]

# exactly one fact of the unit: a range is one fact (its upper bound is not a second one)
MISS_ONE_FACT: list[tuple[str, str, str]] = [
    (HANS, "预计上半年到位资金300亿元至350亿元。", "CNY"),
    (HANT, "預計上半年到位資金300億元到350億元。", "CNY"),
    (EN, "The projects are expected to create between 2 and 3 billion yuan in annual tax revenue.", "CNY"),
    (EN, "Each new data center will require 2-3 billion yuan in investment.", "CNY"),
]

# inline pinyin left in Traditional text (fewer annotations than seed 002): found in the display text, which
# import cleans (app.ingest.clean_text) before extraction — (language, raw text, value, unit, kind)
MISS_PINYIN: list[tuple[str, str, float, str, str]] = [
    (HANT, "現場簽約項(xiàng)目26個,總投(tóu)資達312.6億元。", 26, "count", IND),
    (HANT, "現場簽約項(xiàng)目26個,總投(tóu)資達312.6億元。", 312.6e8, "CNY", IND),
    (HANT, "總投資45億(yì)元的均勝汽車電子產業園項目落戶新區。", 4.5e9, "CNY", P),
    (HANT, "本年度計(jì)劃新開工項(xiàng)目270項(xiàng),實(shí)際已開工129項(xiàng)。", 129, "count", IND),
    (HANT, "本年度計(jì)劃新開工項(xiàng)目270項(xiàng),實(shí)際已開工129項(xiàng)。", 270, "count", T),
]
