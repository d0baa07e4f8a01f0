"""Table cases for Chinese kinds of round 15 (issue 14), made-up sentences in both scripts (Traditional with
pinyin residue where the rule reads a name or a cue).

Each table is (language, text, value, unit, kind, investor): the first fact of that unit and value has that kind,
and exactly that investor ("" for none).
"""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

Case = tuple[str, str, float, str, str, str]

# a holding: the clause's whole subject before 持有 is the holder (a short name no cue established); one share
# each of several parties holds is the venture's split, a project without investor (`zh_stakes`)
STAKES_ZH15: list[Case] = [
    (HANS, "星岚盐湖项目位于智利北部,远锋持有该项目100%股权。", 100, "percent", P, "远锋"),
    (HANT, "星嵐鹽湖項目位於智利北部,遠鋒持有該項目100%股權。", 100, "percent", P, "遠鋒"),
    (HANT, "星嵐鹽湖項目位於智利北部,遠(yuǎn)鋒持有該項目100%股權。", 100, "percent", P, "遠(yuǎn)鋒"),
    (HANS, "青川矿业间接持有某某金矿100%权益。", 100, "percent", P, "青川矿业"),
    (HANT, "青川礦業間接持有某某金礦100%權益。", 100, "percent", P, "青川礦業"),
    (HANS, "2023年5月,江南晶材新材料有限公司成立,上海汇川与远锋锂业各持股50%。", 50, "percent", P, ""),
    (HANT, "2023年5月,江南晶材新材料有限公司成立,上海匯川與遠鋒鋰業各持股50%。", 50, "percent", P, ""),
    (HANS, "合资公司注册资本10亿元,双方各持股50%。", 50, "percent", P, ""),
    (HANT, "合資公司註冊資本10億元,雙方各持股50%。", 50, "percent", P, ""),
    # near-misses: a place or an office holding, a generic holder, shares of classes of companies
    (HANS, "全市持有该项目100%股权。", 100, "percent", IND, ""),
    (HANS, "该市国资委持有该公司30%股权。", 30, "percent", IND, ""),
    (HANT, "該市國資委持有該公司30%股權。", 30, "percent", IND, ""),
    (HANS, "投资者持有该公司5%股份。", 5, "percent", IND, ""),
    (HANS, "全市规上企业中,外资企业与民营企业分别占45%。", 45, "percent", IND, ""),
    (HANT, "全市規上企業中,外資企業與民營企業分別占45%。", 45, "percent", IND, ""),
]

# the completed investment of a project the segment opens with, no total before it (`zh_progress.completed_of_named`):
# the project's, its company the investor; the part done this year a part without investor
_RISE = "一是重大项目进入收获期,东岭石化炼化一体化升级项目12套装置进入中交阶段,拟在今年9月投产,"
_RISE_T = "一是重大項目進入收穫期,東嶺石化煉化一體化升級項目12套裝置進入中交階段,擬在今年9月投產,"
_DONE = "累计完成投资150.2亿元,其中今年1—5月完成40亿元;"
_DONE_T = "累計完成投資150.2億元,其中今年1—5月完成40億元;"
_PHASE = "恒川钦州高端化纤一体化一期项目配套工程已完成,二期项目计划年底开工,累计完成62亿元,其中今年上半年完成7.5亿元。"
_PHASE_T = ("恒川欽州高端化纖一體化一期項目配套工程已完成,二期項目計劃年底開(kāi)工,"
            "累計完成62億元,其中今年上半年完成7.5億元。")

PROGRESS_ZH15: list[Case] = [
    (HANS, _RISE + _DONE, 15_020_000_000, "CNY", P, "东岭石化炼化一体化升级"),
    (HANT, _RISE_T + _DONE_T, 15_020_000_000, "CNY", P, "東嶺石化煉化一體化升級"),
    (HANS, _RISE + _DONE, 4_000_000_000, "CNY", P, ""),
    (HANT, _RISE_T + _DONE_T, 4_000_000_000, "CNY", P, ""),
    (HANS, _PHASE, 6_200_000_000, "CNY", P, "恒川"),
    (HANT, _PHASE_T, 6_200_000_000, "CNY", P, "恒川"),
    (HANT, _PHASE_T, 750_000_000, "CNY", P, ""),
    # near-misses: a count in the segment (several projects), a class of projects, a place's achieved investment
    (HANS, "港澳台侨外资企业项目已开工80个,累计完成投资137亿元。", 13_700_000_000, "CNY", IND, ""),
    (HANT, "港澳臺僑外資企業項目已開工80個,累計完成投資137億元。", 13_700_000_000, "CNY", IND, ""),
    (HANS, "全市重点项目累计完成投资300亿元,其中今年1—5月完成90亿元。", 30_000_000_000, "CNY", IND, ""),
    (HANS, "今年以来,全市新开工项目进展顺利,累计完成投资50亿元。", 5_000_000_000, "CNY", IND, ""),
    (HANT, "今年以來,全市新開工項目進展順利,累計完成投資50億元。", 5_000_000_000, "CNY", IND, ""),
    (HANS, "工业投资强劲增长,1—5月累计完成188.8亿元,同比增长45.9%。", 18_880_000_000, "CNY", IND, ""),
]

# an acquisition's price whose buyer is a bare name, the whole clause before the price (`zh_subject_kind`):
# the buyer's project; a place, a government or a public office buying stays with the cue rules
ACQUISITION_ZH15: list[Case] = [
    (HANS, "2021年9月,美国蓝岩宣布以2亿美元收购某某新能源材料公司。", 200_000_000, "USD", P, "美国蓝岩"),
    (HANT, "2021年9月,美國藍岩宣布以2億美元收購某某新能源材料公司。", 200_000_000, "USD", P, "美國藍岩"),
    (HANS, "2021年9月,远锋宣布以3亿元收购某某新材料公司。", 300_000_000, "CNY", P, "远锋"),
    (HANT, "2021年9月,遠(yuǎn)鋒宣布以3億元收購某某新材料公司。", 300_000_000, "CNY", P, "遠(yuǎn)鋒"),
    (HANS, "远锋拟以3亿元收购某某新材料公司。", 300_000_000, "CNY", P, "远锋"),
    # near-misses
    (HANS, "该市宣布以2亿元收购某某公司。", 200_000_000, "CNY", IND, ""),
    (HANS, "江州市以2亿元收购该厂。", 200_000_000, "CNY", IND, ""),
    (HANT, "江州市以2億元收購該廠。", 200_000_000, "CNY", IND, ""),
    (HANS, "国资委宣布以2亿元收购某某新材料公司。", 200_000_000, "CNY", IND, ""),
    (HANT, "國資委宣布以2億元收購某某新材料公司。", 200_000_000, "CNY", IND, ""),
]

# counts a plan expects: a plan word between the noun and the count (全年签约项目将超过N个), or before 有 with what the
# projects will do after them (全年将有N个项目竣工投产) — `target`s; what has been done stays an indicator
PLANNED_COUNTS_ZH15: list[Case] = [
    (HANS, "今年以来,全市签约项目41个,在谈项目25个,全年签约项目将超过60个。", 60, "count", T, ""),
    (HANT, "今年以來,全市簽約項目41個,在談項目25個,全年簽約項目將超過60個。", 60, "count", T, ""),
    (HANS, "全年签约项目预计达到60个。", 60, "count", T, ""),
    (HANT, "全年簽約項目預計達到60個。", 60, "count", T, ""),
    (HANS, "今年签约企业有望超过30家。", 30, "count", T, ""),
    (HANS, "全年在建项目48个,总投资122亿元。全年将有37个项目竣工投产。", 37, "count", T, ""),
    (HANT, "全年在建項目48個,總投資122億元。全年將有37個項目竣工投產。", 37, "count", T, ""),
    (HANS, "预计有12个项目年内开工。", 12, "count", T, ""),
    # near-misses: achieved counts
    (HANS, "今年以来,全市签约项目41个,在谈项目25个。", 41, "count", IND, ""),
    (HANS, "全市签约项目达到60个。", 60, "count", IND, ""),
    (HANT, "全市簽約項目達到60個。", 60, "count", IND, ""),
    (HANS, "今年已有37个项目竣工投产。", 37, "count", IND, ""),
    (HANT, "今年已有37個項目竣工投產。", 37, "count", IND, ""),
    (HANS, "全年在建项目48个,总投资122亿元。", 48, "count", IND, ""),
]

# a cost item of a project's budget after its total (建设期利息N, 工程建设其他费用N) is a part like its works or its
# working capital (`company_zh`): a project fact without investor; outside a budget it is left alone
COST_ITEMS_ZH15: list[Case] = [
    (HANS, "据公告显示,项目预计总投资不超过62.5亿元,其中建设投资约58亿元,建设期利息约1.2亿元,铺底流动资金约3.3亿元。",
     120_000_000, "CNY", P, ""),
    (HANT, "據公告顯示,項目預計總投資不超過62.5億元,其中建設投資約58億元,建設期利息約1.2億元,鋪底流動資金約3.3億元。",
     120_000_000, "CNY", P, ""),
    (HANS, "项目总投资12亿元,其中工程建设其他费用1.5亿元。", 150_000_000, "CNY", P, ""),
    (HANT, "項目總投資12億元,其中工程建設其他費用1.5億元。", 150_000_000, "CNY", P, ""),
    # the foreign part of one company's agreement (其中外资N) is a part too; of a batch's total an indicator
    (HANS, "洽谈会期间,某县与新加坡某某国际集团签订了投资总额达68亿元的合作协议,其中外资50亿元,涉及农业产业。",
     5_000_000_000, "CNY", P, ""),
    (HANT, "洽談會期間,某縣與新加坡某某國際集團簽訂了投資總額達68億元的合作協議,其中外資50億元,涉及農業產業。",
     5_000_000_000, "CNY", P, ""),
    (HANS, "今年全市签约项目50个,总投资100亿元,其中外资30亿元。", 3_000_000_000, "CNY", IND, ""),
    # near-miss: a place's interest subsidy, no project budget before it
    (HANS, "今年全市发放贷款贴息及利息补助1.2亿元。", 120_000_000, "CNY", IND, ""),
]

# a listed company's announcement: the amount on its summary's investment line is the issuer's project; when the body
# restates it, the body's sentence names who invests (`zh_announced`)
_TITLE = "远川新材料股份有限公司关于签订《某某年产50万吨新材料项目投资协议书》的公告\n\n重要内容提示:\n\n"
_TITLE_T = "遠川新材料股份有限公司關於簽訂《某某年產50萬噸新材料項目投資協議書》的公告\n\n重要內容提示:\n\n"
ANNOUNCED_ZH15: list[Case] = [
    (HANS, _TITLE + "  ● 投资金额:约80亿元(含税)。\n\n  ● 特别风险提示:协议尚需提交股东大会审议。",
     8_000_000_000, "CNY", P, "远川新材料股份有限公司"),
    (HANT, _TITLE_T + "  ● 投資金額:約80億元(含稅)。\n\n  ● 特別風險提示:協議尚需提交股東大會審議。",
     8_000_000_000, "CNY", P, "遠川新材料股份有限公司"),
    (HANS, _TITLE + "投资金额:预计投资总额为916.20万元。\n\n一、投资概述\n\n公司子公司远川化工有限公司拟建设研发楼,"
     "项目预计投资总额为916.20万元。", 9_162_000, "CNY", P, "远川化工有限公司"),
    # near-miss: no announcement's title, a place's report with a labelled line
    (HANS, "今年重点项目情况\n\n投资金额:约80亿元。\n\n全市新开工项目12个。", 8_000_000_000, "CNY", IND, ""),
]

# an average investment over projects is an indicator also in a plan's sentence, and a change told right after a figure
# (较2019年提高了N%) takes that figure's kind (`pipeline`, `zh_batches.follows_figure`)
_AVG = "2020年,某市计划实施省重点项目561个,单体项目平均总投资达到8.7亿元,较2019年提高了12%。"
_AVG_T = "2020年,某市計劃實施省重點項目561個,單體項目平均總投資達到8.7億元,較2019年提高了12%。"
AVERAGE_ZH15: list[Case] = [
    (HANS, _AVG, 870_000_000, "CNY", IND, ""),
    (HANT, _AVG_T, 870_000_000, "CNY", IND, ""),
    (HANS, _AVG, 12, "percent", IND, ""),
    (HANT, _AVG_T, 12, "percent", IND, ""),
    (HANS, "今年计划投资300亿元,比上年增长12%。", 12, "percent", T, ""),
    (HANT, "今年計劃投資300億元,比上年增長12%。", 12, "percent", T, ""),
    # near-misses: the plan's count stays a target, an achieved figure's change an indicator
    (HANS, _AVG, 561, "count", T, ""),
    (HANS, "今年全市完成投资300亿元,比上年增长12%。", 12, "percent", IND, ""),
]

# percentages that are technical specifications (ore grades, recovery rates, a concentrate's grade) are not counted
# (`zh_grades`): (language, text, value) with no percentage of that value; the near-misses keep theirs
GRADES_ZH15: list[tuple[str, str, float, bool]] = [
    (HANS, "该探矿权锌+铅平均品位27.97%(锌23.37%,铅4.6%),是全球著名的高品位矿。", 27.97, False),
    (HANS, "该探矿权锌+铅平均品位27.97%(锌23.37%,铅4.6%),是全球著名的高品位矿。", 4.6, False),
    (HANT, "該探礦權鋅+鉛平均品位27.97%(鋅23.37%,鉛4.6%),是全球著名的高品位礦。", 23.37, False),
    (HANS, "目前已探明氧化锂储量超过500万吨,含锂品位0.2%至0.5%。", 0.5, False),
    (HANT, "目前已探明氧化鋰儲量超過500萬噸,含鋰品位0.2%至0.5%。", 0.2, False),
    (HANS, "选矿回收率可达97%,产品为金精矿。", 97, False),
    (HANT, "選礦回收率可達97%,產品為金精礦。", 97, False),
    (HANS, "项目建成后,具备处理58.09%REO混合稀土精矿能力。", 58.09, False),
    # near-misses: a completion rate, a share, a growth, a content's rise
    (HANS, "今年前8个月投资完成率达到120.6%。", 120.6, True),
    (HANT, "今年前8個月投資完成率達到120.6%。", 120.6, True),
    (HANS, "高新技术企业占比29.8%。", 29.8, True),
    (HANS, "该产品科技含量提高,产值同比增长12%。", 12, True),
]

# a signing with several companies (A、B等N家企业): the companies are counted beside an equal count of projects (not the
# list restating it), and a total labelled with the signing's words (签约协议总投资额) is the batch's indicator
_SIGNING = ("5月7日,高新区与内蒙古某某新能源有限公司、青岛某某电气股份有限公司等21家企业,"
            "通过线上线下方式,集中签约项目21个,签约协议总投资额为176.25亿元。")
_SIGNING_T = ("5月7日,高新區與內蒙古某某新能源有限公司、青島某某電氣股份有限公司等21家企業,"
              "通過線上線下方式,集中簽約項目21個,簽約協議總投資額為176.25億元。")
SIGNING_BATCH_ZH15: list[Case] = [
    (HANS, "某区集中签约21个重大项目\n\n" + _SIGNING, 17_625_000_000, "CNY", IND, ""),
    (HANT, "某區集中簽約21個重大項目\n\n" + _SIGNING_T, 17_625_000_000, "CNY", IND, ""),
    # near-miss: one company signing, its project
    (HANS, "5月7日,高新区与青岛某某电气股份有限公司签约,签约协议总投资额为17.6亿元。", 1_760_000_000, "CNY", P,
     "青岛某某电气股份有限公司"),
]
SIGNING_COUNTS_ZH15: list[tuple[str, str, int]] = [  # (language, text, how many counts of 21)
    (HANS, "某区集中签约21个重大项目\n\n" + _SIGNING, 2),
    (HANT, "某區集中簽約21個重大項目\n\n" + _SIGNING_T, 2),
    (HANS, "某区集中签约21个重大项目\n\n5月7日,高新区集中签约项目21个,涵盖甲、乙等21个项目。", 1),
]

# a category of projects named by what is done to them (实施项目, 引进项目, 入库项目) is no one project's name
# (`zh_one_project.project_class`): its total an indicator; a company's project so named keeps its company
CATEGORY_ZH15: list[Case] = [
    (HANS, "1—3月,全市实施项目145个,实施项目总投资576亿元。", 57_600_000_000, "CNY", IND, ""),
    (HANT, "1—3月,全市實施項目145個,實施項目總投資576億元。", 57_600_000_000, "CNY", IND, ""),
    (HANS, "新引进项目20个,引进项目总投资80亿元。", 8_000_000_000, "CNY", IND, ""),
    (HANT, "新引進項目20個,引進項目總投資80億元。", 8_000_000_000, "CNY", IND, ""),
    (HANS, "某某锂业有限公司年产5万吨锂盐实施项目总投资5亿元。", 500_000_000, "CNY", P, "某某锂业有限公司"),
]

# a signed batch's planned use of outside money (签约项目N项,总投资M,拟利用外资K) is its indicator like 拟引资K, and
# so are the counts after it; 合同项目 is a category (`zh_subject_kind.batch_label`, `zh_one_project`)
_FAIR = ("本届洽谈会共签约合同项目127项,总投资112亿元,拟利用外资和市外资金91亿元。"
         "外资项目30项,总投资4.5亿美元,拟利用外资2.5亿美元,")
_FAIR_T = ("本屆洽談會共簽約合同項目127項,總投資112億元,擬利用外資和市外資金91億元。"
           "外資項目30項,總投資4.5億美元,擬利用外資2.5億美元,")
OUTSIDE_MONEY_ZH15: list[Case] = [
    (HANS, _FAIR + "其中千万美元以上项目12项。", 9_100_000_000, "CNY", IND, ""),
    (HANT, _FAIR_T + "其中千萬美元以上項目12項。", 9_100_000_000, "CNY", IND, ""),
    (HANS, _FAIR + "其中千万美元以上项目12项。", 250_000_000, "USD", IND, ""),
    (HANT, _FAIR_T + "其中千萬美元以上項目12項。", 250_000_000, "USD", IND, ""),
    (HANS, _FAIR + "其中千万美元以上项目12项。", 12, "count", IND, ""),
    (HANS, "某市投洽会签约合同项目总投资112亿元\n" + _FAIR, 11_200_000_000, "CNY", IND, ""),
    (HANT, "某市投洽會簽約合同項目總投資112億元\n" + _FAIR_T, 11_200_000_000, "CNY", IND, ""),
    # near-misses: a plan's use of foreign money, a place's plan
    (HANS, "今年计划实施项目120个,计划利用外资10亿元。", 1_000_000_000, "CNY", T, ""),
    (HANS, "该市拟利用外资10亿元建设港口。", 1_000_000_000, "CNY", T, ""),
]

# a project whose name holds a capacity (X年产5万吨…项目, X5万吨…项目) is one project, its company the name before the
# capacity: a subjectless plan amount in the next sentence is that company's (`subject_zh`); projects counted stay many
CAPACITY_NAME_ZH15: list[Case] = [
    (HANS, "5月26日,远锋锂业官微消息称,远锋锂业5万吨锂电新能源材料项目于5月23日正式开工。拟投资20亿元,形成5万吨产能。",
     2_000_000_000, "CNY", P, "远锋锂业"),
    (HANT, "5月26日,遠鋒鋰業官微消息稱,遠鋒鋰業5萬噸鋰電新能源材料項目於5月23日正式開工。擬投資20億元,形成5萬噸產能。",
     2_000_000_000, "CNY", P, "遠鋒鋰業"),
    (HANS, "全市5个项目于5月23日正式开工。拟投资20亿元。", 2_000_000_000, "CNY", T, ""),
    (HANT, "全市5個項目於5月23日正式開工。擬投資20億元。", 2_000_000_000, "CNY", T, ""),
]

# a company's plan to build with its own money, a place named between the plan word and the money (公司拟在某市使用
# 自有资金N投建…项目): the company's project (`subject_zh`); a place's plan stays a target
OWN_MONEY_ZH15: list[Case] = [
    (HANS, "海川集团(002399.SZ)9月26日晚公告称,公司拟在湖南省益阳市使用自有资金1.8亿元投建“海川产业园项目”。",
     180_000_000, "CNY", P, "海川集团"),
    (HANT, "海川集團(002399.SZ)9月26日晚公告稱,公司擬在湖南省益陽市使用自有資金1.8億元投建“海川產業園項目”。",
     180_000_000, "CNY", P, "海川集團"),
    (HANS, "海川集团(002399.SZ)9月26日晚公告称,公司拟在湖南省益阳市以1.8亿元投建海川产业园项目。",
     180_000_000, "CNY", P, "海川集团"),
    (HANS, "某市拟在城东使用财政资金1.8亿元建设公园项目。", 180_000_000, "CNY", T, ""),
    (HANT, "某市擬在城東使用財政資金1.8億元建設公園項目。", 180_000_000, "CNY", T, ""),
]

# a project's other attributes between its amount and its 的 (总投资N、占地M亩的X项目, 总投资N,年产M吨的X项目): the
# amount is X's project, its company read from the name (`projects`); several projects counted stay a batch
ATTRIBUTES_ZH15: list[Case] = [
    (HANS, "4月初,总投资为5亿元,占地360亩的清泉山水梵净山生产基地项目在碧江区开工。", 500_000_000, "CNY", P,
     "清泉山水梵净山"),
    (HANT, "4月初,總投資為5億元,占地360畝的清泉山水梵淨山生產基地項目在碧江區開工。", 500_000_000, "CNY", P,
     "清泉山水梵淨山"),
    (HANS, "总投资20亿元、占地180亩的金川永磁年产20000吨永磁材料项目仍在建设中。", 2_000_000_000, "CNY", P, "金川永磁"),
    (HANT, "總投資20億元、占地180畝的金川永磁年產20000噸永磁材料項目仍在建設中。", 2_000_000_000, "CNY", P, "金川永磁"),
    (HANS, "总投资5亿元、占地360亩的三个项目同时开工。", 500_000_000, "CNY", IND, ""),
    (HANT, "總投資5億元、占地360畝的三個項目同時開工。", 500_000_000, "CNY", IND, ""),
]

# jobs written with the page's spaces around the number (解决就业超 1000 人) are the same count (`zh_jobs`)
JOBS_ZH15: list[Case] = [
    (HANT, "據悉,基地投產后年產值可超 100 億元,可實現年稅收超 3 億元,解決就業超 1000 人。", 1000, "count", T, ""),
    (HANS, "据悉,基地投产后年产值可超 100 亿元,可实现年税收超 3 亿元,解决就业超 1000 人。", 1000, "count", T, ""),
    (HANS, "项目建成后可解决就业超1000人。", 1000, "count", T, ""),
    (HANS, "目前已带动 2000 人就业。", 2000, "count", IND, ""),
]

# an event read as a project's investor (某市投洽会签约合同项目总投资N) names no company: the category's total stays
# an indicator (`zh_batches.class_not_project`)
EVENT_ZH15: list[Case] = [
    (HANS, "福建某市投洽会签约合同项目总投资112亿元\n本届洽谈会共签约合同项目127项,总投资112亿元。",
     11_200_000_000, "CNY", IND, ""),
    (HANT, "福建某市投洽會簽約合同項目總投資112億元\n本屆洽談會共簽約合同項目127項,總投資112億元。",
     11_200_000_000, "CNY", IND, ""),
    (HANS, "星河锂业年产5万吨锂盐项目总投资12亿元。", 1_200_000_000, "CNY", P, "星河锂业"),
]

# a part of a group counted right before, its noun elided after 中 (此次45个签约项目中,19个通过网络签约): counted with
# the group's noun (`zh_count_nouns._part_before`); (language, text, value, found)
PARTS_OF_GROUP_ZH15: list[tuple[str, str, float, bool]] = [
    (HANS, "签约采取线上与线下同步进行的方式,此次45个签约项目中,19个通过网络视频签约。", 19, True),
    (HANT, "簽約采取線上與線下同步進行的方式,此次45個簽約項目中,19個通過網絡視頻簽約。", 19, True),
    (HANS, "此次签约的12家企业中,5家来自广东。", 5, True),
    # near-misses: no group counted before, a sentence between
    (HANS, "在这些项目中,19个通过网络视频签约。", 19, False),
    (HANS, "此次签约项目45个。会上,19个通过网络视频签约。", 19, False),
]

# a decimal point written as a small full stop (39﹒845億元) is read as one (`textprep`), and an amount paid with no
# subject of its own before a purchase (X公布,出资N,收购Y N%股权) is the price of the company opening the sentence
# (`zh_subject_kind`, `zh_stakes.sentence_opener`)
BOUGHT_WITH_ZH15: list[Case] = [
    (HANT, "遠鋒礦業(02899)公布,出資39﹒845億元(人民幣.下同),收購某某礦業30%股權。", 3_984_500_000, "CNY", P,
     "遠鋒礦業"),
    (HANS, "远锋矿业(02899)公布,出资39﹒845亿元,收购某某矿业30%股权。", 3_984_500_000, "CNY", P, "远锋矿业"),
    (HANS, "远锋矿业(02899)公布,出资40亿元,收购某某矿业30%股权。", 4_000_000_000, "CNY", P, "远锋矿业"),
    # near-misses: no company opens the sentence; no purchase after the amount
    (HANS, "据悉,出资40亿元,收购某某矿业30%股权。", 4_000_000_000, "CNY", IND, ""),
    (HANT, "據悉,出資40億元,收購某某礦業30%股權。", 4_000_000_000, "CNY", IND, ""),
]

# a part of a planned count, its clause opening with 其中 in the next sentence, and the share right after it, are
# targets like the plan's count (`zh_batches.part_of_count`); an achieved group's part, or a part after a goal count
# that follows an achieved one, stays an indicator
_PLAN = ("2020年,某市计划实施省重点项目561个,单体项目平均总投资达到8.7亿元。"
         "其中,总投资超过10亿元的项目达到167个,占比29.8%。")
_PLAN_T = ("2020年,某市計劃實施省重點項目561個,單體項目平均總投資達到8.7億元。"
           "其中,總投資超過10億元的項目達到167個,占比29.8%。")
_DONE6 = "1-6月份,新开工工业项目78个,完成年度目标任务132个的59.09%。其中,投资1亿元以上工业项目63个。"
PLAN_PARTS_ZH15: list[Case] = [
    (HANS, _PLAN, 167, "count", T, ""),
    (HANT, _PLAN_T, 167, "count", T, ""),
    (HANS, _PLAN, 29.8, "percent", T, ""),
    (HANT, _PLAN_T, 29.8, "percent", T, ""),
    (HANS, "今年计划实施项目100个。其中,已开工项目40个,占比40%。", 40, "count", IND, ""),
    (HANS, "今年全市实施项目100个。其中,工业项目40个,占比40%。", 40, "count", IND, ""),
    (HANS, _DONE6, 63, "count", IND, ""),
]

# a tier written as a round word before a class of projects (百亿元重大项目) is a value class, not an amount; an
# approximate amount (近百亿元) and one project's round amount are counted (`zh`); (language, text, value, counted)
TIERS_ZH15: list[tuple[str, str, float, bool]] = [
    (HANS, "今年整个片区共推进百亿元重大产业项目13个,总投资2400亿元。", 10_000_000_000, False),
    (HANT, "今年整個片區共推進百億元重大產業項目13個,總投資2400億元。", 10_000_000_000, False),
    (HANS, "与此同时,百亿元重大项目取得突破。", 10_000_000_000, False),
    (HANT, "與此同時,百億元重大項目取得突破。", 10_000_000_000, False),
    (HANS, "今年整个片区共推进百亿元重大产业项目13个,总投资2400亿元。", 13, True),
    (HANS, "该项目总投资近百亿元。", 10_000_000_000, True),
    (HANS, "该项目投资百亿元。", 10_000_000_000, True),
]

# production bases counted with the noun before the number (建成和在建生产基地超过N个) like with the noun after it
# (建有N个生产基地); (language, text, value, counted)
BASES_ZH15: list[tuple[str, str, float, bool]] = [
    (HANS, "目前,某某集团在全国建成和在建设生产基地超过70个,拥有工厂100多家。", 70, True),
    (HANT, "目前,某某集團在全國建成和在建設生產基地超過70個,擁有工廠100多家。", 70, True),
    (HANS, "公司在全国已建成生产基地30个。", 30, True),
    (HANS, "公司建有5个生产基地。", 5, True),
    # near-miss: a place's demonstration bases are not a company's plants
    (HANS, "全市建成农业示范基地12个。", 12, False),
]

# by how much an achieved figure exceeds its goal (超过目标任务N亿元的M%) is reported like a completion rate, the goal's
# amount between them (`kinds.ZH_TARGET_CUE`); the goal itself stays a target, and a goal word before keeps a target
EXCEEDED_ZH15: list[Case] = [
    (HANS, "全省完成投资4760亿元,超过目标任务4000亿元的19%。", 19, "percent", IND, ""),
    (HANT, "全省完成投資4760億元,超過目標任務4000億元的19%。", 19, "percent", IND, ""),
    (HANS, "全省完成投资4760亿元,超过目标任务4000亿元的19%。", 400_000_000_000, "CNY", T, ""),
    (HANS, "力争完成目标任务4000亿元的120%。", 120, "percent", T, ""),
    (HANT, "力爭完成目標任務4000億元的120%。", 120, "percent", T, ""),
]

# what a project will yield once carried out (该项目实施后,…产值近百亿元) is expected, like after its start of
# production (`kinds.ZH_TARGET_CUE`); what followed a policy's start is reported
AFTER_CARRIED_OUT_ZH15: list[Case] = [
    (HANS, "据悉,该项目实施后,年用电量将提升,形成完整的产业链条,产值近百亿元。", 10_000_000_000, "CNY", T, ""),
    (HANT, "據悉,該項目實施後,年用電量將提升,形成完整的產業鏈條,產值近百億元。", 10_000_000_000, "CNY", T, ""),
    (HANS, "该项目实施后,年产值可达20亿元。", 2_000_000_000, "CNY", T, ""),
    (HANS, "新政策实施后,全市新增企业300家。", 300, "count", IND, ""),
    (HANT, "新政策實施後,全市新增企業300家。", 300, "count", IND, ""),
]
