"""Table cases for the misses6 rules (issue 14): an amount or a count stated twice is one fact (it refers back,
or it is precise, and nothing says two things), number forms (a decimal point broken by a space, the low end of a
range), counts that are facts (one agreement signed, plant areas, jobs created) and counts that are not (chambers
of commerce, workers on a site). Every sentence is made up for these tests, with invented companies and places, in
the three scripts; test_restated_amounts_table.py runs them.
"""

from __future__ import annotations

EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"
_LONG = (" The company said the plant would use automated lines, a shared logistics centre and its own "
         "research staff, and that the local government would help it recruit workers.")

# (language, text, unit, value, n): how many facts of that value the text gives
HOW_MANY: list[tuple[str, str, str, float, int]] = [
    # --- a restatement refers back with a determiner: one fact ------------------------------------------
    (EN, "Nordhavn Cables plans to spend 6 billion yuan to build a cable plant in Linhai. With the latest "
         "6 billion yuan investment, its spending this year is close to 20 billion yuan.", "CNY", 6e9, 1),
    (EN, "Corvel Motors will invest around RMB8 billion in a vehicle base in Tarrow. The planned split of the "
         "RMB 8 billion investment gives the assembly plant the largest share.", "CNY", 8e9, 1),
    (EN, "Astel Foods will put 900 million yuan into a dairy park. This 900 million yuan will be spent in "
         "two years.", "CNY", 9e8, 1),
    (HANS, "恒川新材计划投资50亿元建设电子材料基地。据介绍,这笔50亿元资金将分三期投入。", "CNY", 50e8, 1),
    (HANT, "恆川新材計劃投資50億元建設電子材料基地。據介紹,上述50億元將分三期投入。", "CNY", 50e8, 1),
    # --- a precise amount stated again in other words, whatever kind each statement got: one fact ---------
    (EN, "Tellan Group agreed to invest 12.35 billion yuan in a chip park in Osmere. Tellan's board approved "
         "spending 12.35 billion yuan on the park.", "CNY", 12.35e9, 1),
    (HANS, "星河材料计划在临川完成固定资产投资126.37亿元,建设正极材料基地。根据协议,星河材料及其子公司"
           "拟在临川分期投资126.37亿元。", "CNY", 126.37e8, 1),
    (HANT, "海瀾新能源擬在東港投資32.6億元建設電池項目。據悉,該項目總投資約32.6億元。\n海瀾新能源下屬公司擬"
           "32.6億元投建電池項目", "CNY", 32.6e8, 1),
    # an English clause naming its project with a demonstrative restates the project listed before (round 8)
    (EN, "Two deals were signed: a display panel project with a total investment of 20 billion yuan; a glass "
         "substrate project with a total investment of 5 billion yuan.\n\nOn Monday the city and Lumeo Optronics "
         "signed the panel deal. The total investment of this project is 20 billion yuan.", "CNY", 20e9, 1),
    (EN, "The city signed 35 projects worth 62 billion yuan. The 35 projects cover chips and new energy. The signed "
         "projects are worth 62 billion yuan in total.", "CNY", 62e9, 1),
    # --- equal amounts that are two things: two facts ----------------------------------------------------
    (EN, "The first batch of projects is worth 30 billion yuan. The remaining projects are worth 30 billion yuan "
         "as well.", "CNY", 30e9, 2),
    (EN, "Lumeo Optronics will invest 20 billion yuan in a panel line in Xiamen. Separately, Tarrow Glass will "
         "invest 20 billion yuan in a substrate plant, and that plant will open in 2027.", "CNY", 20e9, 2),
    (EN, "Brisa Power said it plans to invest 2 billion yuan to build a battery plant in Hemu. In May it said "
         "it planned to invest 2 billion yuan to build a research centre in Dalan.", "CNY", 2e9, 2),
    (HANS, "总投资20亿元的宏远光伏组件项目开工,总投资20亿元的锦程电池材料项目签约。", "CNY", 20e8, 2),
    (HANS, "该项目总投资24.8亿元。截至目前,项目已完成投资24.8亿元,全面建成。", "CNY", 24.8e8, 2),
    (HANT, "該項目總投資45.6億元,建成後預計年產值45.6億元。", "CNY", 45.6e8, 2),
    (EN, "The park's total investment is 13.75 billion yuan, and its output value is expected to reach "
         "13.75 billion yuan a year.", "CNY", 13.75e9, 2),
    # --- equal figures of two groups (a count of different size before each in its sentence): two facts ------
    (HANS, "东区新签项目12个,协议资金40.2亿元,到位资金2.5亿元。\n新签亿元以上项目15个,协议资金36.1亿元,"
           "到位资金2.5亿元。", "CNY", 2.5e8, 2),
    (HANT, "東區新簽項目12個,到位資金2.5億元,佔比31.5%。新簽億元以上項目15個,到位資金2.5億元,佔比31.5%。",
     "percent", 31.5, 2),
    (EN, "The east zone signed 12 projects with 2.5 billion yuan in place. The west zone signed 15 projects with "
         "2.5 billion yuan in place.", "CNY", 2.5e9, 2),
    (HANS, "东区新签项目12个,到位资金2.5亿元。据统计,东区新签项目12个,到位资金2.5亿元。", "CNY", 2.5e8, 1),
    # --- a headline after a line of page furniture, restated in the body: one fact -------------------------
    (EN, "HOME > Business\n\nLinwood Chem to Build $300 Million Plant in Aldport\n\nLinwood Chem said on Monday it "
         "would make a $300 million investment in a new plant in Aldport." + _LONG, "USD", 3e8, 1),
    # --- a count restated: by a determiner (这次签约的三个项目), or worded again as before ------------------
    (HANS, "签约仪式上,宏达、锦程、天元等3大招商项目签约落地。会上,这次签约的三个项目将壮大产业集群。",
     "count", 3, 1),
    (HANT, "簽約儀式上,宏達、錦程、天元等3大招商項目簽約落地。會上,上述三個項目將壯大產業集群。", "count", 3, 1),
    (HANS, "18个重点项目集中开工\n\n本月全市将集中开工重点项目18个,总投资96亿元。" + "会议指出," * 30
           + "本月全市将集中开工重点项目18个、总投资96亿元。", "count", 18, 1),
    (EN, "Eight Key Projects of Varna County Start Construction\n\nOn Monday 8 key projects with a total investment "
         "of 3.1 billion yuan started in Varna County. The eight key projects are a glass plant, a dairy, a "
         "logistics hub, a steel mill, a paper mill, a cable works, a brewery and a mall; eight projects are "
         "expected to create 4,000 jobs." + _LONG, "count", 8, 1),
    (EN, "Eight Key Projects of Varna County Start Construction\n\nOn Monday 8 key projects started in Varna "
         "County, and the remaining eight projects will start in May." + _LONG, "count", 8, 2),
    # --- a decimal point broken by a space, with a conversion beside it -----------------------------------
    (EN, "The hub is expected to cost approximately RMB 7. 4 billion (US$1.1 billion) over three years.",
     "USD", 1.1e9, 0),
    # --- the low end of a range is the fact, the high end is not --------------------------------------------
    (HANS, "预计年产值6亿至9亿元的生产线将于年底投产。", "CNY", 9e8, 0),
    (HANT, "預計年產值6億至9億元的生產線將於年底投產。", "CNY", 9e8, 0),
    (EN, "The line is expected to yield 800 million to 1.2 billion yuan a year.", "CNY", 1.2e9, 0),
    # --- counts that are no facts: chambers of commerce, workers and employees on a site --------------------
    (HANS, "目前已有8家商会入驻园区。", "count", 8, 0),
    (HANT, "目前已有8家商會入駐園區。", "count", 8, 0),
    (HANS, "工地上有3500多名工人加紧施工。", "count", 3500, 0),
    (HANS, "这是一个重要项目,也是一个示范协议的样板。", "count", 1, 0),
    (EN, "The 2 billion yuan mill will make 3 million tonnes of steel.", "CNY", 3e6, 0),
    (EN, "The group invested 5 billion yuan, serving 1.2 billion people.", "CNY", 1.2e9, 0),
    (EN, "The group invested 5 billion yuan. About 3 million people live nearby.", "CNY", 3e6, 0),
]

# (language, text, unit, value): the value is found as a fact
FOUND: list[tuple[str, str, str, float]] = [
    (EN, "The hub is expected to cost approximately RMB 7. 4 billion (US$1.1 billion) over three years.",
     "CNY", 7.4e9),
    (HANS, "总投资10. 6亿元的冷链物流园开工。", "CNY", 10.6e8),
    (HANS, "预计年产值6亿至9亿元的生产线将于年底投产。", "CNY", 6e8),
    (HANT, "預計年產值6億至9億元的生產線將於年底投產。", "CNY", 6e8),
    (EN, "The line is expected to yield 800 million to 1.2 billion yuan a year.", "CNY", 8e8),
    (EN, "Sales rose from 8 billion to 10 billion yuan.", "CNY", 10e9),
    # --- an amount with no currency word, a part or sequel of one with a currency in its sentence ----------
    (EN, "Of the RMB 6 billion plan, the wind farms account for 5.2 billion, whereas the plant accounts for just "
         "0.8 billion.", "CNY", 5.2e9),
    (EN, "Of the RMB 6 billion plan, the wind farms account for 5.2 billion, whereas the plant accounts for just "
         "0.8 billion.", "CNY", 0.8e9),
    (EN, "It expects annual sales of about US$2 billion and 40 million of tax each year.", "USD", 40e6),
    (HANS, "共签订一个战略合作协议以及两个产业项目。", "count", 1),
    (HANT, "雙方當天簽署一個投資框架協議。", "count", 1),
    (HANS, "亿达动力5个厂区全部投产,年产能达到20GWh。", "count", 5),
    (HANT, "其中瑞能動力6個廠區的14個工廠投產。", "count", 6),
    (HANS, "项目投产后可解决本地就业4500人。", "count", 4500),
    (HANT, "項目建成後預計帶動2000餘人就業。", "count", 2000),
    (EN, "The plant is expected to create 1,800 jobs in the county.", "count", 1800),
]

# (language, text, value): no fact has this value (the year before a broken decimal point is no amount)
NOT_FOUND: list[tuple[str, str, float]] = [
    (EN, "The plan was announced in 2019. 5 million yuan was set aside for training.", 2019.5e6),
    (EN, "The plan was announced in 2019. 5 million yuan was set aside for training.", 2019.5),
]
