"""Table cases for round 8's Chinese rules (issue 14): projects listed by their amounts in a place's report
(`app.extract.listed_zh`), the short name before an amount's cue (X总投资N亿元的…项目), products and clauses that
are no investor (`subject_zh.not_a_name`, `tidy_investor`), achieved figures told with 成功 (a result, not a plan)
and jobs a project will create (a target).

Written for these tests: made-up companies, brands and places (real place names only where a rule reads a place),
several wordings per rule, positive and negative (a place's list of classes stays an indicator, a place is never
an investor), Simplified and Traditional; no held-out sentence. Shapes as in tests/extract/cases.py: NUMERIC
(language, text, value, unit, kind, comparator), FIELDS (language, text, value, field, expected — "" for none)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# 1. a place's report listing projects by amount and company
_LIST = "总投资120亿元的远帆、45亿元的晨曦等重大产业项目建成投产。"
_LIST_INDUSTRY = "86亿元的岚图智能网联汽车、32亿元的衡川电池等项目加快推进,为园区发展注入动力。"
_LIST_AND = "江州市去年总投资60亿元的华拓光电和25亿元的鼎昇新材料等项目相继落地。"
_HANT_LIST = "總投資120億元的遠帆、45億元的晨曦等重大產業項目建成投產。"
_HANT_LIST_INDUSTRY = "86億元的嵐圖智能網聯汽車、32億元的衡川電池等項目加快推進。"
_LIST_PLACES = "总投资30亿元的城市更新、20亿元的江州新能源汽车等重点项目加快建设。"  # no company named
_LIST_FACILITIES = "总投资50亿元的南昌大道、20亿元的赣江大桥等市政项目开工。"  # roads and bridges: no company
_LIST_SCHOOLS = "总投资12亿元的人民医院、8亿元的第一中学等民生项目加快建设。"
_HANT_LIST_FACILITIES = "總投資20億元的宜賓港、15億元的成都東站等交通項目加快推進。"
_LIST_CLASSES = "全市总投资300亿元的重大项目、120亿元的重点项目等项目有序推进。"
# 2. a short name opening the clause before the amount's cue, the project named after it
_OWNER_BEFORE = "3月初,岚图总投资90亿元的Mini LED背光模组及整机项目在江州开工。"
_HANT_OWNER_BEFORE = "3月初,嵐圖總投資90億元的Mini LED背光模組及整機項目在江州開工。"
_PLACE_BEFORE = "近日,我县总投资8亿元的光伏电站项目开工。"
_CITY_BEFORE = "今年,全市总投资90亿元的重点项目开工。"
_BATCH_BEFORE = "同时,这批总投资30亿元的光伏项目开工。"
_REPORTER_BEFORE = "今天,记者总投资30亿元的光伏项目现场看到。"
_AREA_BEFORE = "据悉,城南片区总投资30亿元的智能制造产业园项目开工。"
_LISTED_AFTER_VERB = "签约项目共3个。分别是总投资5.2亿元的江州市政工程油脂深加工项目,总投资3亿元的远帆涂料项目。"
# 3. a product or a capacity read after a brand is no part of its name
_PRODUCT_AFTER = "同月,衡川星辰Mini LED一期项目在江州开工,项目总投资50亿元。"
_HANT_PRODUCT_AFTER = "同月,衡川星辰Mini LED一期項目在江州開工,項目總投資50億元。"
# 4. achieved figures told with 成功 after a plan word (行动计划, 目标企业): results, not targets
_SUCCEEDED = "实施新赛道卡位行动计划,成功签约新赛道产业项目36个、签约金额420.5亿元。"
_SUCCEEDED_TARGETS = "梳理重点目标企业,一企一策,成功引进百亿级项目4个。"
_HANT_SUCCEEDED = "實施新賽道卡位行動計劃,成功簽約新賽道產業項目36個、簽約金額420.5億元。"
_STILL_PLAN = "今年力争签约新赛道产业项目50个、签约金额600亿元。"
# 5. jobs a project will create: a target; jobs created in a period: an indicator
_JOBS_WILL = "远帆电池材料工厂投资约18亿美元,项目将创造1800个就业机会。"
_JOBS_CAN = "项目建成后可提供就业岗位900个,年产值50亿元。"
_HANT_JOBS_CAN = "項目建成後可提供就業崗位900個。"
_JOBS_DONE = "2023年全市新增就业岗位3000个。"

# 6. one company's money given with its funds or as a scale: its project, carried from the sentence before
_OWN_FUNDS = ("昨日,远帆电子发布公告称,公司全资子公司江州远帆电池有限公司拟以自有和自筹资金不超过人民币 3.80 亿元"
              "投资建设远帆 2GWh 储能电芯项目。")
_HANT_OWN_FUNDS = ("昨日,遠帆電子發布公告稱,公司全資子公司江州遠帆電池有限公司擬以自有或自籌資金不超過人民幣4.5億元"
                   "投資建設儲能電芯項目。")
_SCALE_CARRIED = ("5月8日,江州市政府与晨曦光电股份有限公司举行签约仪式。"
                  "根据协议,晨曦光电将在江州高新区投资建设新型显示模组生产线。项目投资规模120亿元,占地约800亩。")
_HANT_SCALE_CARRIED = ("根據協議,晨曦光電將在江州高新區投資建設新型顯示模組生產線。項目投資規模120億元,占地約800畝。")
_RAISED_FUNDS_SPENT = "晨曦股份拟使用募集资金8亿元投资建设光伏组件项目。"
_HANT_RAISED_FUNDS_SPENT = "晨曦股份擬使用募集資金8億元投資建設光伏組件項目。"
_TO_RAISE = "晨曦股份拟募集资金20亿元用于建设光伏组件项目。"  # money to raise: a target
_SCALE_PLACE = "江州市今年计划实施重点项目80个,投资规模120亿元。"  # a place's plan stays a target
# 7. the agent of the clause before the amount (由X投资建设,总投资…); a government partner is no investor
_AGENT_BEFORE = "位于江州经开区的智能终端制造项目,由远帆(香港)设备有限公司投资建设,总投资3亿元。"
_HANT_AGENT_BEFORE = "位於江州經開區的智能終端製造項目,由遠帆(香港)設備有限公司投資建設,總投資3億元。"
_AGENT_GOVERNMENT = "该项目由江州市政府投资建设,总投资12亿元。"
_AGENT_WITH_PLACE = "江州智能终端制造项目,由鼎昇电子有限公司与江州高新区共同投资,总投资5亿元。"
_AGENT_LEADS = "该项目由江州市城投集团负责建设,总投资12亿元。"
_BUILT_BY_NAME = "由衡川新材料有限公司投资建设的正极材料项目总投资30亿元。"
_BUILT_BY_TWO = "据悉,由远帆集团和江州城投共同投资建设的物流园项目总投资8亿元。"
_BUILT_BY_GOVERNMENT = "由江州市政府投资建设的体育中心项目总投资6亿元。"
_HANT_BUILT_BY_NAME = "由衡川新材料有限公司投資建設的正極材料項目總投資30億元。"
_AGENT_THE_PROJECT = "江州储能电站开工,该项目由衡川能源有限公司主导建设,总投资约9亿元。"
_HANT_AGENT_THE_PROJECT = "江州儲能電站開工,該項目由衡川能源有限公司主導建設,總投資約9億元。"
# 8. phases with an adverb are no company: the company the announcement names
_PHASES = ("3月15日晚间,华拓科技发布公告称,公司拟在江州投资建设智能硬件生产基地项目。"
           "公告显示,项目第一期计划投入人民币10亿元,第二期、第三期皆计划投入人民币20亿元,总投资计划50亿元。")

# 9. a planned total over a count of projects offered or started: an indicator; a year's investment: a target
_OFFERED = "项目礼包聚焦新型显示等重点领域,精准推出64个、拟投资总额1500多亿元的合作项目。"
_HANT_OFFERED = "項目禮包聚焦新型顯示等重點領域,精準推出64個、擬投資總額1500多億元的合作項目。"
_YEARS_SHARE = "86个项目集中开工,总投资192.4亿元,年度投资88.6亿元。"
_HANT_YEARS_SHARE = "86個項目集中開工,總投資192.4億元,年度投資88.6億元。"
_YEAR_DONE = "全市重点项目完成年度投资88.6亿元。"
_SHARE_HELD = "同意子公司在江州市成立持股比例不低于60%的控股子公司。"
_FLOOR_PLAN = "力争全年实际到位资金不低于100亿元。"
# 10. a subsidiary named after its parent invests
_SUBSIDIARY_AFTER = ("当地时间5月5日,州政府发布消息称,电池厂商晨曦高科股份有限公司(简称“晨曦高科”)的海外子公司Voltra"
                     "将在当地投资建设电池材料工厂,投资金额约为12.5亿美元。")
_SUBSIDIARY_OF = "晨曦高科股份有限公司的全资子公司江州晨曦拟投资10亿元建设电池项目。"
_HANT_SUBSIDIARY_OF = "晨曦高科股份有限公司的全資子公司江州晨曦擬投資10億元建設電池項目。"
# 11. a fund set up jointly: one venture's size, no single investor; a city's own fund: an indicator
_JOINT_FUND = "其中,江州市与远帆集团、华拓证券等企业共同发起设立的轨道交通产业基金,基金规模就达到50亿元。"
_JOINT_FUND_AFTER = "双方将共同在江州新区发起成立10亿元规模的产业基金。"
_HANT_JOINT_FUND = "雙方將共同在江州新區發起成立10億元規模的產業基金。"
_CITY_FUND = "江州市设立总规模20亿元的产业引导基金,支持企业发展。"
_COMPANY_FUND = "远帆集团拟设立总规模15亿元的新能源产业基金。"
_HANT_COMPANY_FUND = "遠帆集團擬設立總規模15億元的新能源產業基金。"

# 12. a paragraph with no subject of its own continues the paragraph before; a place's paragraph does not
_PARA_CARRIED = ("3月15日晚间,华拓电子发布公告称,同意华拓电子全资子公司江州华拓智能有限公司与江州新区管委会在新区内"
                 "投资建设智能硬件研发生产基地项目。\n公告显示,双方拟签署《项目投资协议书》,项目总投资计划30亿元。")
_HANT_PARA_CARRIED = ("3月15日晚間,華拓電子發布公告稱,同意華拓電子全資子公司江州華拓智能有限公司與江州新區管委會"
                      "在新區內投資建設智能硬件研發生產基地項目。\n公告顯示,項目總投資計劃30億元。")
_PARA_PLACE = ("华拓电子在江州新区投资建设智能硬件研发生产基地项目。\n今年,江州新区计划完成固定资产投资30亿元。")
_PARA_AFTER_PLACE = ("江州新区今年新签约项目20个。\n据悉,项目总投资计划30亿元。")
_PARA_PLACE_TOTAL = "远帆集团在江州投资建设电池基地。\n据悉,今年全市重点项目总投资500亿元。"  # the city's total
_PARA_SIGNED_TOTAL = "远帆集团在江州投资建设电池基地。\n据统计,签约项目总投资达120亿元。"

# 13. a project's name enumerating its products with 、 is one name; items with their own amounts are a list
_ENUMERATED = "3月2日上午,总投资18.5亿元的远帆硅2GW单晶硅棒、2GW切片、300MW电池组件项目在江州经开区试投产。"
_HANT_ENUMERATED = "3月2日上午,總投資18.5億元的遠帆硅2GW單晶硅棒、2GW切片、300MW電池組件項目在江州經開區試投產。"
_SIGNED_ENUMERATED = "此次江州市与晨曦新能源公司签订了总投资30亿元的年产800兆瓦多晶硅铸锭、硅片切割、电池片项目协议。"
_SEVERAL_NAMED = "总投资30亿元的远帆电池、晨曦光电等项目开工。"  # two companies' projects: a total
# 14. a stock ticker between a company's name and its legal form
_TICKER = "奠基的项目中,鼎昇能源[10.83 0.93%]股份公司投资2.6亿元建设的光伏设备制造项目进展顺利。"
_HANT_TICKER = "奠基的項目中,鼎昇能源[10.83 0.93%]股份公司投資2.6億元建設的光伏設備製造項目進展順利。"

# 15. a capital increase: the company that gives it invests, not the one that receives it
_INCREASE_TO = "鼎昇科技股份有限公司拟向全资子公司江州鼎昇新材料有限公司增资5亿元。"
_INCREASE_OWN_FUNDS = "鼎昇科技拟以自有资金向控股子公司江州鼎昇增资3亿元,用于建设电池项目。"
_INCREASE_RECEIVED = "江州鼎昇新材料有限公司获得鼎昇科技股份有限公司增资4亿元。"
_INCREASE_BY_SHORT = "鼎昇科技对江州鼎昇增资2亿元。"
_HANT_INCREASE_TO = "鼎昇科技股份有限公司擬向全資子公司江州鼎昇新材料有限公司增資5億元。"
_HANT_INCREASE_RECEIVED = "江州鼎昇新材料有限公司獲得鼎昇科技股份有限公司增資4億元。"
_DONATION = "鼎昇科技向江州市捐赠5000万元。"  # a gift is no investment

# 16. a period gone by opening what is told of it: results; a plan naming the period stays a target; a
# target company is a noun, no goal
_HALF_YEAR = "上半年,全县紧盯目标企业开展招商,新签约项目12个、签约金额56亿元。"
_HANT_HALF_YEAR = "上半年,全縣緊盯目標企業開展招商,新簽約項目12個、簽約金額56億元。"
_PLAN_THEN_HALF = "江州市今年计划招引项目50个,上半年签约项目27个。"
_PLAN_FOR_HALF = "力争上半年开工项目30个。"
_PLAN_FOR_QUARTER = "全市力争一季度开工项目18个。"
_HALF_YEAR_PLAN = "上半年,全市计划开工项目20个。"

# 17. a phase named with no owner, its agent told later of "this project"
_PHASE_AGENT_LATER = ("3月15日,衡川集团公众号消息,衡川江州电子商务项目二期正式开工。\n"
                      "二期项目总投资6.2亿元,用地面积5万平方米。\n"
                      "资料显示,本次项目由江州市衡川金源电子有限公司(以下简称“衡川金源”)主导建设。")
_HANT_PHASE_AGENT_LATER = ("3月15日,衡川集團公眾號消息,衡川江州電子商務項目二期正式開工。\n"
                           "二期項目總投資6.2億元,用地面積5萬平方米。\n"
                           "資料顯示,本次項目由江州市衡川金源電子有限公司(以下簡稱“衡川金源”)主導建設。")
_PHASE_GOVERNMENT_LATER = "二期项目总投资6.2亿元,用地面积5万平方米。该项目由江州市政府主导建设。"

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _HALF_YEAR, 12, "count", IND, ""),
    (HANS, _HALF_YEAR, 5.6e9, "CNY", IND, ""),
    (HANT, _HANT_HALF_YEAR, 12, "count", IND, ""),
    (HANT, _HANT_HALF_YEAR, 5.6e9, "CNY", IND, ""),
    (HANS, _PLAN_THEN_HALF, 50, "count", T, ""),
    (HANS, _PLAN_THEN_HALF, 27, "count", IND, ""),
    (HANS, _PLAN_FOR_HALF, 30, "count", T, ""),
    (HANS, _PLAN_FOR_QUARTER, 18, "count", T, ""),
    (HANS, _HALF_YEAR_PLAN, 20, "count", T, ""),
    (HANS, _INCREASE_BY_SHORT, 2e8, "CNY", P, ""),
    (HANS, _DONATION, 5e7, "CNY", IND, ""),
    (HANS, _ENUMERATED, 1.85e9, "CNY", P, ""),
    (HANT, _HANT_ENUMERATED, 1.85e9, "CNY", P, ""),
    (HANS, _SIGNED_ENUMERATED, 3e9, "CNY", P, ""),
    (HANS, _SEVERAL_NAMED, 3e9, "CNY", IND, ""),
    (HANS, _PARA_CARRIED, 3e9, "CNY", P, ""),
    (HANT, _HANT_PARA_CARRIED, 3e9, "CNY", P, ""),
    (HANS, _PARA_PLACE, 3e9, "CNY", T, ""),
    (HANS, _PARA_PLACE_TOTAL, 5e10, "CNY", IND, ""),
    (HANS, _PARA_SIGNED_TOTAL, 1.2e10, "CNY", IND, ""),
    (HANS, _OFFERED, 1.5e11, "CNY", IND, ""),
    (HANT, _HANT_OFFERED, 1.5e11, "CNY", IND, ""),
    (HANS, _YEARS_SHARE, 8.86e9, "CNY", T, ""),
    (HANT, _HANT_YEARS_SHARE, 8.86e9, "CNY", T, ""),
    (HANS, _YEARS_SHARE, 1.924e10, "CNY", IND, ""),
    (HANS, _YEAR_DONE, 8.86e9, "CNY", IND, ""),
    (HANS, _SHARE_HELD, 60, "percent", IND, ""),
    (HANS, _FLOOR_PLAN, 1e10, "CNY", T, ""),
    (HANS, _JOINT_FUND, 5e9, "CNY", P, ""),
    (HANS, _JOINT_FUND_AFTER, 1e9, "CNY", P, ""),
    (HANT, _HANT_JOINT_FUND, 1e9, "CNY", P, ""),
    (HANS, _CITY_FUND, 2e9, "CNY", IND, ""),
    (HANS, _COMPANY_FUND, 1.5e9, "CNY", P, ""),
    (HANT, _HANT_COMPANY_FUND, 1.5e9, "CNY", P, ""),
    (HANS, _OWN_FUNDS, 3.8e8, "CNY", P, ""),
    (HANT, _HANT_OWN_FUNDS, 4.5e8, "CNY", P, ""),
    (HANS, _SCALE_CARRIED, 1.2e10, "CNY", P, ""),
    (HANT, _HANT_SCALE_CARRIED, 1.2e10, "CNY", P, ""),
    (HANS, _SCALE_PLACE, 1.2e10, "CNY", T, ""),
    (HANS, _RAISED_FUNDS_SPENT, 8e8, "CNY", P, ""),
    (HANT, _HANT_RAISED_FUNDS_SPENT, 8e8, "CNY", P, ""),
    (HANS, _TO_RAISE, 2e9, "CNY", T, ""),
    (HANS, _AGENT_GOVERNMENT, 1.2e9, "CNY", IND, ""),
    (HANS, _LIST, 12e9, "CNY", P, ""),
    (HANS, _LIST, 4.5e9, "CNY", P, ""),
    (HANS, _LIST_INDUSTRY, 8.6e9, "CNY", P, ""),
    (HANS, _LIST_INDUSTRY, 3.2e9, "CNY", P, ""),
    (HANS, _LIST_AND, 6e9, "CNY", P, ""),
    (HANS, _LIST_AND, 2.5e9, "CNY", P, ""),
    (HANT, _HANT_LIST, 12e9, "CNY", P, ""),
    (HANT, _HANT_LIST, 4.5e9, "CNY", P, ""),
    (HANT, _HANT_LIST_INDUSTRY, 3.2e9, "CNY", P, ""),
    (HANS, _LIST_CLASSES, 3e10, "CNY", IND, ""),
    (HANS, _LIST_CLASSES, 1.2e10, "CNY", IND, ""),
    (HANS, _OWNER_BEFORE, 9e9, "CNY", P, ""),
    (HANS, _CITY_BEFORE, 9e9, "CNY", IND, ""),
    (HANS, _SUCCEEDED, 36, "count", IND, ""),
    (HANS, _SUCCEEDED, 42.05e9, "CNY", IND, ""),
    (HANS, _SUCCEEDED_TARGETS, 4, "count", IND, ""),
    (HANT, _HANT_SUCCEEDED, 36, "count", IND, ""),
    (HANT, _HANT_SUCCEEDED, 42.05e9, "CNY", IND, ""),
    (HANS, _STILL_PLAN, 50, "count", T, ""),
    (HANS, _STILL_PLAN, 6e10, "CNY", T, ""),
    (HANS, _JOBS_WILL, 1800, "count", T, ""),
    (HANS, _JOBS_CAN, 900, "count", T, ""),
    (HANT, _HANT_JOBS_CAN, 900, "count", T, ""),
    (HANS, _JOBS_DONE, 3000, "count", IND, ""),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, _LIST, 12e9, "investor", "远帆"),
    (HANS, _LIST, 4.5e9, "investor", "晨曦"),
    (HANS, _LIST_INDUSTRY, 8.6e9, "investor", "岚图"),
    (HANS, _LIST_INDUSTRY, 3.2e9, "investor", "衡川"),
    (HANS, _LIST_AND, 6e9, "investor", "华拓光电"),
    (HANS, _LIST_AND, 2.5e9, "investor", "鼎昇"),
    (HANT, _HANT_LIST, 12e9, "investor", "遠帆"),
    (HANT, _HANT_LIST, 4.5e9, "investor", "晨曦"),
    (HANT, _HANT_LIST_INDUSTRY, 8.6e9, "investor", "嵐圖"),
    (HANT, _HANT_LIST_INDUSTRY, 3.2e9, "investor", "衡川"),
    (HANS, _OWNER_BEFORE, 9e9, "investor", "岚图"),
    (HANT, _HANT_OWNER_BEFORE, 9e9, "investor", "嵐圖"),
    (HANS, _PLACE_BEFORE, 8e8, "investor", ""),
    (HANS, _BATCH_BEFORE, 3e9, "investor", ""),
    (HANS, _REPORTER_BEFORE, 3e9, "investor", ""),
    (HANS, _AREA_BEFORE, 3e9, "investor", ""),
    (HANS, _LIST_PLACES, 2e9, "investor", ""),
    (HANS, _LIST_FACILITIES, 5e9, "investor", ""),
    (HANS, _LIST_FACILITIES, 2e9, "investor", ""),
    (HANS, _LIST_SCHOOLS, 1.2e9, "investor", ""),
    (HANS, _LIST_SCHOOLS, 8e8, "investor", ""),
    (HANT, _HANT_LIST_FACILITIES, 2e9, "investor", ""),
    (HANT, _HANT_LIST_FACILITIES, 1.5e9, "investor", ""),
    (HANS, _LISTED_AFTER_VERB, 5.2e8, "investor", ""),
    (HANS, _LISTED_AFTER_VERB, 3e8, "investor", "远帆涂料"),
    (HANS, _PRODUCT_AFTER, 5e9, "investor", "衡川星辰"),
    (HANT, _HANT_PRODUCT_AFTER, 5e9, "investor", "衡川星辰"),
    (HANS, _JOBS_WILL, 1.8e9, "investor", "远帆"),
    (HANS, _OWN_FUNDS, 3.8e8, "investor", "江州远帆电池有限公司"),
    (HANT, _HANT_OWN_FUNDS, 4.5e8, "investor", "江州遠帆電池有限公司"),
    (HANS, _SCALE_CARRIED, 1.2e10, "investor", "晨曦光电"),
    (HANT, _HANT_SCALE_CARRIED, 1.2e10, "investor", "晨曦光電"),
    (HANS, _AGENT_BEFORE, 3e8, "investor", "远帆(香港)设备有限公司"),
    (HANT, _HANT_AGENT_BEFORE, 3e8, "investor", "遠帆(香港)設備有限公司"),
    (HANS, _AGENT_WITH_PLACE, 5e8, "investor", "鼎昇电子有限公司"),
    (HANS, _AGENT_LEADS, 1.2e9, "investor", "江州市城投集团"),
    (HANS, _BUILT_BY_NAME, 3e9, "investor", "衡川新材料有限公司"),
    (HANS, _BUILT_BY_TWO, 8e8, "investor", "远帆集团和江州城投"),
    (HANS, _BUILT_BY_GOVERNMENT, 6e8, "investor", ""),
    (HANT, _HANT_BUILT_BY_NAME, 3e9, "investor", "衡川新材料有限公司"),
    (HANS, _BUILT_BY_NAME, 3e9, "project", "正极材料项目"),
    (HANS, _AGENT_THE_PROJECT, 9e8, "investor", "衡川能源有限公司"),
    (HANT, _HANT_AGENT_THE_PROJECT, 9e8, "investor", "衡川能源有限公司"),
    (HANS, _PHASES, 2e9, "investor", "华拓科技"),
    (HANS, _PHASES, 5e9, "investor", "华拓科技"),
    (HANS, _SUBSIDIARY_AFTER, 1.25e9, "investor", "Voltra"),
    (HANS, _SUBSIDIARY_OF, 1e9, "investor", "江州晨曦"),
    (HANT, _HANT_SUBSIDIARY_OF, 1e9, "investor", "江州晨曦"),
    (HANS, _JOINT_FUND, 5e9, "investor", ""),
    (HANS, _PHASE_AGENT_LATER, 6.2e8, "investor", "江州市衡川金源电子有限公司（衡川金源）"),
    (HANT, _HANT_PHASE_AGENT_LATER, 6.2e8, "investor", "江州市衡川金源電子有限公司（衡川金源）"),
    (HANS, _PHASE_GOVERNMENT_LATER, 6.2e8, "investor", ""),
    (HANS, _COMPANY_FUND, 1.5e9, "investor", "远帆集团"),
    (HANT, _HANT_COMPANY_FUND, 1.5e9, "investor", "遠帆集團"),
    (HANS, _PARA_CARRIED, 3e9, "investor", "江州华拓智能有限公司"),
    (HANT, _HANT_PARA_CARRIED, 3e9, "investor", "江州華拓智能有限公司"),
    (HANS, _PARA_AFTER_PLACE, 3e9, "investor", ""),
    (HANS, _ENUMERATED, 1.85e9, "investor", "远帆"),
    (HANT, _HANT_ENUMERATED, 1.85e9, "investor", "遠帆"),
    (HANS, _SIGNED_ENUMERATED, 3e9, "investor", "晨曦新能源公司"),
    (HANS, _TICKER, 2.6e8, "investor", "鼎昇能源"),
    (HANS, _INCREASE_TO, 5e8, "investor", "鼎昇科技股份有限公司"),
    (HANS, _INCREASE_OWN_FUNDS, 3e8, "investor", "鼎昇科技"),
    (HANS, _INCREASE_RECEIVED, 4e8, "investor", "鼎昇科技股份有限公司"),
    (HANS, _INCREASE_BY_SHORT, 2e8, "investor", "鼎昇科技"),
    (HANT, _HANT_INCREASE_TO, 5e8, "investor", "鼎昇科技股份有限公司"),
    (HANT, _HANT_INCREASE_RECEIVED, 4e8, "investor", "鼎昇科技股份有限公司"),
    (HANT, _HANT_TICKER, 2.6e8, "investor", "鼎昇能源"),
]
