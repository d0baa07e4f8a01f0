"""Table cases for the general patterns of news language added by the issue-14 rules pass after the held-out
figures (tests/heldout/FIGURES.md): one block per pattern, in the shapes of tests/extract/cases.py (which adds
these lists to its own). The phrases are written for these tests (none is a held-out sentence)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
EN, HANS, HANT = "en", "zh-Hans", "zh-Hant"

GENERAL_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    # 以投资…的 + company + 为龙头的 + park: one project led by the company
    (HANS, "以投资8亿元的正大集团为龙头的现代农业产业园项目开工建设。", 8e8, "CNY", P, ""),
    (HANT, "以投資15億元的寧德時代為核心的新能源產業園一期項目竣工。", 15e8, "CNY", P, ""),
    # 投资…的 + brand(regional branch) + facility
    (HANS, "投资3亿元的京东(华南区域)智能物流中心投入使用。", 3e8, "CNY", P, ""),
    # 由 + investors + (联合)投资…的 + plaza
    (HANS, "由万达集团和当地国企联合投资40亿元的万达广场开业。", 40e8, "CNY", P, ""),
    (HANT, "由港澳企業共同投資20億元人民幣的濱海商業大廈封頂。", 20e8, "CNY", P, ""),
    # English: "…, a total investment of N, was invested by X Co. Ltd."
    (EN, "The new energy storage park project, a total investment of 2.3 billion yuan, was invested by Hunan Ruiyu "
         "Energy Co. Ltd.", 2.3e9, "CNY", P, ""),
    # English lists of single projects "… project with a total investment of …"
    (EN, "The county signed 12 projects, including a cold chain logistics center with a total investment of 320 "
         "million yuan, and a rice processing plant with a total investment of 150 million yuan.",
     320e6, "CNY", P, ""),
    (EN, "The county signed 12 projects, including a cold chain logistics center with a total investment of 320 "
         "million yuan, and a rice processing plant with a total investment of 150 million yuan.",
     150e6, "CNY", P, ""),
    # … but projects (plural) with a total investment remain an aggregate
    (EN, "The county signed 12 projects on the scene with a total investment of 1.8 billion yuan.",
     1.8e9, "CNY", IND, "="),
]

GENERAL_NUMERIC += [
    # counts whose noun (or verb) comes before the number: 动工 after 开工, a count's name (签约数量为 N 项),
    # 项目投资 N 个, business entities (主体) and teams counted in 户 / 个
    (HANS, "截至目前,省属企业已开工动工项目32个,其中已开工动工18个。", 18, "count", IND, "="),
    (HANS, "一季度全省招商引资签约数量为236项,签约金额同比增长12%。", 236, "count", IND, "="),
    (HANS, "上半年,全区工业项目投资23个,完成投资15亿元。", 23, "count", IND, "="),
    (HANT, "全市商事主體35210戶,經營主體總數超過12萬戶。", 35210, "count", IND, "="),
    (HANT, "全市商事主體35210戶,經營主體總數超過12萬戶。", 120000, "count", IND, ">"),
    (HANS, "园区累计孵化青年创业团队86个。", 86, "count", IND, "="),
    # a count of one in a tally of its noun
    (HANS, "新签约项目9个,其中省外项目8个,境外项目1个。", 1, "count", IND, "="),
]

GENERAL_NUMERIC += [
    # 亿 without 元 after a money word, or before a task
    (HANS, "上半年全县到位资金6.8亿,同比增长9.1%。", 6.8e8, "CNY", IND, "="),
    (HANS, "新签约项目总投资额56.3亿,其中工业项目32个。", 56.3e8, "CNY", IND, "="),
    (HANS, "项目实际到位投资总计2.45亿,完成全年目标的61%。", 2.45e8, "CNY", IND, "="),
    # an assigned task (任务) is a target, with or without 元
    (HANS, "今年市里下达我县招商任务80亿,目前已完成52亿元。", 80e8, "CNY", T, "="),
    (HANS, "为完成全年150亿招商引资任务,全县组建6个招商分队。", 150e8, "CNY", T, "="),
    (HANT, "全年目標任務320億元,已完成任務的58.2%。", 320e8, "CNY", T, "="),
    # a currency named once for the amounts that follow: "(美元,下同)"
    (HANT, "外資企業註冊資本約12億(美元,下同),投資總額25.6億。", 12e8, "USD", IND, "~"),
    (HANT, "外資企業註冊資本約12億(美元,下同),投資總額25.6億。", 25.6e8, "USD", IND, "="),
]

GENERAL_NUMERIC += [
    # machine-translated composite amounts: "N billion M million yuan" is one amount
    (EN, "In the first half, the county's retail sales completed 12 billion 365 million yuan, up 4.2 percent.",
     12.365e9, "CNY", IND, "="),
    (EN, "The fund totalled 1 trillion 250 billion yuan by June.", 1.25e12, "CNY", IND, "="),
    # scraped pages with a space between the number and its counter or unit, or before the number
    (HANS, "全市新开工亿元以上项目 86 个,总投资 312.5 亿元。", 86, "count", IND, "="),
    (HANS, "全市新开工亿元以上项目 86 个,总投资 312.5 亿元。", 312.5e8, "CNY", IND, "="),
    (HANS, "在建省外投资项目 47个,新落地项目35 个。", 47, "count", IND, "="),
    (HANS, "在建省外投资项目 47个,新落地项目35 个。", 35, "count", IND, "="),
]

GENERAL_NUMERIC += [
    # a range written with a dash is one amount, its lower bound
    (HANS, "该集团计划在当地投资200—300亿元人民币,建设新能源基地。", 200e8, "CNY", T, ">="),
    (HANT, "公司擬投資5－8億元擴建廠房。", 5e8, "CNY", T, ">="),
    # agreements counted in 项 / 份
    (HANT, "峰會期間共簽署18項合作協議,涵蓋能源和交通。", 18, "count", IND, "="),
    (HANS, "活动现场签订12项投资协议。", 12, "count", IND, "="),
]

GENERAL_NUMERIC += [
    # projects of a stage (投产项目, 竣工项目) are a class: their total investment is an aggregate
    (HANS, "上半年全市投产项目总投资86.5亿元。", 86.5e8, "CNY", IND, "="),
    (HANS, "一季度竣工项目总投资达42亿元。", 42e8, "CNY", IND, "="),
]

GENERAL_NUMERIC += [
    # English counts whose noun comes before the verb: "… projects totaled N", "… projects reached N"
    (EN, "Tourism, logistics and other key projects totaled 37 by the end of June.", 37, "count", IND, "="),
    (EN, "Newly signed foreign-funded projects reached 126 in the first half.", 126, "count", IND, "="),
]

GENERAL_NUMERIC += [
    # a task counted (目标任务N个) is a target
    (HANS, "新开工工业项目45个,完成年度目标任务90个的50%。", 90, "count", T, "="),
    # a counted noun before a parenthesis, or inside one
    (HANS, "已竣工的项目(含技改)17个,累计完成投资21亿元。", 17, "count", IND, "="),
    (HANS, "全市新签约项目(亿元以上工业项目、5000万元以上其它项目)93个。", 93, "count", IND, "="),
    # 其中N家 + a verb: firms of the count before
    (HANS, "累计对接企业230家,其中41家已完成注册。", 41, "count", IND, "="),
    # contracts and legal-person enterprises counted with the noun before; a count's increase (数量增加)
    (HANS, "全年签订合同达到184个。", 184, "count", IND, "="),
    (HANS, "新增规模以上入库企业法人62个。", 62, "count", IND, "="),
    (HANT, "億元以上新開工項目數量增加27個。", 27, "count", IND, "="),
]

GENERAL_NUMERIC += [
    # "CN¥" before an amount (Hong Kong and international copy), its US$ conversion no second fact
    (EN, "The fair signed deals worth an estimated CN¥52.3 billion (about US$7.2 billion).", 52.3e9, "CNY", IND, "~"),
]

GENERAL_NUMERIC += [
    # "a N-billion-yuan project" is one project, even with no investor named
    (EN, "Half of the total comes from a 3.2-billion-yuan plant from Anshun.", 3.2e9, "CNY", P, ""),
    # 招商项目 / 招商引资项目 are a class: their signed total is an aggregate
    (HANT, "截至6月底,全市招商項目簽約投資總額420.5億元。", 420.5e8, "CNY", IND, "="),
    (HANS, "全县招商引资项目计划总投资达86亿元。", 86e8, "CNY", IND, "="),
]

GENERAL_ONE_FACT: list[tuple[str, str, str]] = [
    (HANS, "该集团计划在当地投资200—300亿元人民币,建设新能源基地。", "CNY"),
    # a rounded share beside the exact one: the exact one only
    (HANS, "已有86个项目开工,占比超过八成、达83.5%。", "percent"),
    # a round order of magnitude beside the exact amount it rounds (alone it is the figure: cases_counts.py)
    (HANT, "論壇共簽署20項合作協議,簽約總額逾百億美元。此次論壇簽約金額達103億美元。", "USD"),
    (HANS, "本次活动签约金额超千亿元。据统计,签约总金额为1086亿元。", "CNY"),
    (EN, "In the first half, the county's retail sales completed 12 billion 365 million yuan, up 4.2 percent.", "CNY"),
]

GENERAL_NUMERIC += [
    # … but a list closing with 等N个 that states the count first keeps it
    (HANS, "现场签约光伏电站、冷链物流等12个项目。", 12, "count", IND, "="),
]

GENERAL_ONE_FACT += [
    # a list closing with 等N个…项目 restates the count stated before it
    (HANS, "仪式上签约8个项目,总投资12亿元。签约项目涵盖光伏电站、冷链物流、茶叶加工等8个招商引资项目。", "count"),
]

GENERAL_NOT_FACTS: list[tuple[str, str, str]] = [
    (EN, "The fair signed deals worth an estimated CN¥52.3 billion (about US$7.2 billion).", "USD"),
    # places counted, not projects; value classes (均在…以上, 过N亿元的项目, 超N亿元投资项目)
    (HANS, "该集团在全国100多个城市拥有商业项目。", "count"),
    (HANS, "签约项目投资额均在3000万元以上。", "CNY"),
    (HANS, "集中开工的项目中,过10亿元的项目有6个。", "CNY"),
    (HANS, "其中超5亿元投资项目4个。", "CNY"),
    # 亿 with no money word: people, output in tonnes
    (HANS, "全国人口14亿,其中城镇人口9亿。", "CNY"),
    (HANS, "全年发电量达12亿千瓦时。", "CNY"),
    (HANS, "第1个项目于3月落地。", "count"),
    (HANS, "这是全省1个重要的招商平台。", "count"),
]

GENERAL_FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, "以投资8亿元的正大集团为龙头的现代农业产业园项目开工建设。", 8e8, "investor", "正大集团"),
    (HANT, "以投資15億元的寧德時代為核心的新能源產業園一期項目竣工。", 15e8, "investor", "寧德時代"),
    (HANS, "投资3亿元的京东(华南区域)智能物流中心投入使用。", 3e8, "investor", "京东"),
    (HANS, "投资5亿元的华为(西南大区)云计算数据中心开工。", 5e8, "investor", "华为"),
    (HANS, "由万达集团和当地国企联合投资40亿元的万达广场开业。", 40e8, "investor", "万达集团和当地国企"),
    (HANT, "由港澳企業共同投資20億元人民幣的濱海商業大廈封頂。", 20e8, "investor", "港澳企業"),
    (EN, "The new energy storage park project, a total investment of 2.3 billion yuan, was invested by Hunan Ruiyu "
         "Energy Co. Ltd.", 2.3e9, "investor", "Hunan Ruiyu Energy Co. Ltd"),
    (EN, "The port logistics hub, worth 600 million yuan, will be built by Qinzhou Harbour Logistics Co., Ltd.",
     600e6, "investor", "Qinzhou Harbour Logistics Co., Ltd"),
    # a product, a process or a resort opening the project name is no investor
    (HANS, "总投资2亿元的茶叶深加工项目开工。", 2e8, "investor", ""),
    (HANS, "总投资80亿元的煤炭裂解制氢项目签约。", 80e8, "investor", ""),
    (HANT, "年生產5000噸果汁的果汁生產項目,總投資1.5億元。", 1.5e8, "investor", ""),
    (HANS, "总投资6亿元的龙泉温泉二期项目投入运营。", 6e8, "investor", ""),
    # a mainland place's short name opening the project name is its place, not its investor
    (HANS, "麻阳新能源产业园项目总投资额达8.6亿元。", 8.6e8, "investor", ""),
    # … but a company name before the product keeps its name
    (HANS, "总投资3亿元的浙江华达科技电子元件生产项目签约。", 3e8, "investor", "浙江华达科技电子元件"),
]
