"""Table cases for Chinese kinds decided by structure (issue 14, round 10): a project's yearly yield (the output,
revenue or tax a project or base being built will bring each year) is a target; a place's annual task and the
projects it offers investors or will push forward are targets; one named project's total is a project whoever
invests, while a batch's or a place's total stays an indicator and a place's achieved figures stay indicators.

Made-up places, companies, industries and wordings, Simplified and Traditional; no held-out sentence. Shape as
STRUCT_NUMERIC in tests/extract/cases_subject_zh.py: (language, text, value, unit, kind, comparator)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# --- a project's yearly yield: a target ---------------------------------------------------------------
_BASE_YIELD = "临川锂电池基地一期工程投资总额12亿元。年产电芯5万套,年产值达30亿元,产品主要销往海外。"
_PLANT_YIELD = "远山化工在滨海新区新建年产20万吨聚酯项目,年销售收入约45亿元,年纳税3亿元。"
_HANT_DONE_YIELD = "該項目總投資18億元,全部完成後年產值可達到50億元。"
_HANT_BASE_SALES = "青禾食品在東港新建冷鏈物流基地,年銷售收入20億元以上。"
# a place's or a company's achieved yearly figures: indicators
_CITY_OUTPUT = "2023年,江州市规上工业总产值达1200亿元,同比增长8%。"
_CITY_YEARLY = "全市新材料产业年产值达800亿元。"
_COMPANY_LAST_YEAR = "远山化工去年年销售收入达45亿元,同比增长12%。"
_COMPANY_YEAR = "远山化工去年在滨海新区新建聚酯项目。2023年,该公司实现年销售收入50亿元。"
_BUILT_ALREADY = "新材料产业园已建成投产,年产值达30亿元。"

# --- a place's annual task, the projects it has packaged for investors or will push forward: targets ---
_TASKS = ("1-6月,全市到位资金158亿元,完成320亿元年度任务的49.4%;"
          "实际利用外资6200万美元,完成1.2亿美元年任务的51.7%。")
_PLAN_LIST = ("今年,江州市将重点抓好新材料产业园等12个省重点项目;光伏玻璃、储能电池等35个市重点项目建设;"
              "全力推进86个县级重点项目实施。")
_NEXT_STEP = "下一步,江州市将加快推进45个重点项目建设。"
_PLANNED_THEN_STARTED = "今年江州市将推进的50个重点项目中,已开工30个。"
_HANS_PACKAGED = "江州市已包装文旅、康养等领域招商项目40个。"
_HANT_PACKAGED = "目前已包裝總投資80億元的濱湖度假區項目等60多個重點合作項目。"
# what was signed, released or pushed forward so far: indicators
_SIGNED_AT_EVENT = ("推介会上,江州市对锂电材料项目等18个重点招商项目进行了推介,"
                    "同时对光伏组件项目等16个洽谈成功的项目进行了集中签约。")
_RELEASED = "推介会上,临川市重点推出了45个投资合作项目。"
_PUSHED_SO_FAR = "今年以来,全市共推进重点项目120个,完成投资310亿元。"
_TALLY_AFTER_PLAN_WORD = "今年以来,我市将招商引资作为一号工程,共实施项目120个。"

# --- one named project's total: a project, whoever invests -----------------------------------------------
_LARGEST_IS = "江州市最大的招商项目是远帆新能源的储能电池项目,总投资45亿元。"
_CLASS_AFTER = "青禾大健康食品产业园项目属省重点项目,总投资8亿元,采用智能化生产线。"
_DETERMINED = "江州市人民政府与远帆控股集团举行签约仪式。该签约项目总投资120亿元,含整车基地和零部件产业园。"
_HANT_DETERMINED = "臨川市與青禾集團簽約。該項目總投資56億元,分兩期建設。"
_BARE_OPENING = "一、项目建设地点位于临港化工园。\n三、项目总投资88亿元,项目资本金占总投资的30%。"
_SIGNED_ONE = "此前,远帆集团与临川市政府签署总投资60亿元的合作协议。"
_PARTS_USED_FOR = ("远帆集团计划在江州投资建设新能源整车基地。其中有80亿元的投资,用于建设年产20万辆整车工厂项目,"
                   "另外35亿元投资,用于建设电池包生产线项目。")
_NAMED_AFTER_COUNT = "全市新开工项目58个,其中,江州光伏组件项目,总投资30亿元。"
_FIRST_OF_CLASS = "开工项目中,投资2.6亿元的临港大道拓宽及绿化提升等3个基础设施项目进展顺利。"
# totals of several projects, or a place's: indicators
_BATCH = "全市新签约亿元以上项目35个,总投资280亿元。"
_THIS_BATCH = "本次签约项目总投资150亿元,涵盖新能源、新材料等领域。"
_CLASS_TOTAL = "今年实施的省市重点项目,总投资500亿元。"
_CATEGORY_TOTAL = "今年实施的工业项目,总投资300亿元;亿元以上项目,总投资460亿元。"
_NAMED_IN_REPORT = "1-5月,江州锂电材料产业园项目,总投资50亿元,已完成投资20亿元。"
_HANT_THESE = "這些項目總投資60億元,涵蓋新能源、新材料等領域。"
_HANT_BATCH_MEETING = "江州市重點項目建設推進會召開。項目總投資達680億元,涉及工業、交通等領域。"
_HANT_DETERMINED_AGENT = "該簽約項目總投資32億元,由遠帆集團投資建設。"
_CATEGORY_OF_COUNT = "全市签约项目28个,其中工业项目,总投资100亿元;签约项目包括A、B等5个项目,总投资80亿元。"
_COUNTED_BEFORE = "全市共签约项目52个。项目总投资320亿元。"
_PLACE_TOTAL = "江州市重点项目进展顺利,总投资达900亿元。"
_BATCH_USED_FOR = "今年全市签约项目30个,总投资200亿元,其中60亿元投资用于10个工业项目,40亿元投资用于各类基础设施项目。"
_AGREEMENTS_COUNTED = "此次签约包括江州市人民政府与远帆控股集团战略合作协议等战略合作协议5个,总投资额860亿元。"

KIND_ZH10: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _BASE_YIELD, 30e8, "CNY", T, "="),
    (HANS, _BASE_YIELD, 12e8, "CNY", P, ""),
    (HANS, _PLANT_YIELD, 45e8, "CNY", T, "~"),
    (HANS, _PLANT_YIELD, 3e8, "CNY", T, "="),
    (HANT, _HANT_DONE_YIELD, 50e8, "CNY", T, "="),
    (HANT, _HANT_BASE_SALES, 20e8, "CNY", T, ">="),
    (HANS, _CITY_OUTPUT, 1200e8, "CNY", IND, "="),
    (HANS, _CITY_YEARLY, 800e8, "CNY", IND, "="),
    (HANS, _COMPANY_LAST_YEAR, 45e8, "CNY", IND, "="),
    (HANS, _BUILT_ALREADY, 30e8, "CNY", IND, "="),
    (HANS, _COMPANY_YEAR, 50e8, "CNY", IND, "="),
    (HANS, _TASKS, 320e8, "CNY", T, "="),
    (HANS, _TASKS, 1.2e8, "USD", T, "="),
    (HANS, _TASKS, 158e8, "CNY", IND, "="),
    (HANS, _PLAN_LIST, 12, "count", T, "="),
    (HANS, _PLAN_LIST, 35, "count", T, "="),
    (HANS, _PLAN_LIST, 86, "count", T, "="),
    (HANS, _HANS_PACKAGED, 40, "count", T, "="),
    (HANS, _NEXT_STEP, 45, "count", T, "="),
    (HANS, _PLANNED_THEN_STARTED, 50, "count", T, "="),
    (HANS, _PLANNED_THEN_STARTED, 30, "count", IND, "="),
    (HANT, _HANT_PACKAGED, 60, "count", T, ">"),
    (HANS, _SIGNED_AT_EVENT, 16, "count", IND, "="),
    (HANS, _RELEASED, 45, "count", IND, "="),
    (HANS, _PUSHED_SO_FAR, 120, "count", IND, "="),
    (HANS, _TALLY_AFTER_PLAN_WORD, 120, "count", IND, "="),
    (HANS, _LARGEST_IS, 45e8, "CNY", P, ""),
    (HANS, _CLASS_AFTER, 8e8, "CNY", P, ""),
    (HANS, _DETERMINED, 120e8, "CNY", P, ""),
    (HANT, _HANT_DETERMINED, 56e8, "CNY", P, ""),
    (HANS, _BARE_OPENING, 88e8, "CNY", P, ""),
    (HANS, _SIGNED_ONE, 60e8, "CNY", P, ""),
    (HANS, _PARTS_USED_FOR, 80e8, "CNY", P, ""),
    (HANS, _PARTS_USED_FOR, 35e8, "CNY", P, ""),
    (HANS, _FIRST_OF_CLASS, 2.6e8, "CNY", P, ""),
    (HANS, _NAMED_AFTER_COUNT, 30e8, "CNY", P, ""),
    (HANS, _NAMED_AFTER_COUNT, 58, "count", IND, "="),
    (HANS, _FIRST_OF_CLASS, 3, "count", IND, "="),
    (HANS, _BATCH, 280e8, "CNY", IND, "="),
    (HANS, _THIS_BATCH, 150e8, "CNY", IND, "="),
    (HANS, _CLASS_TOTAL, 500e8, "CNY", IND, "="),
    (HANS, _COUNTED_BEFORE, 320e8, "CNY", IND, "="),
    (HANS, _CATEGORY_TOTAL, 300e8, "CNY", IND, "="),
    (HANT, _HANT_THESE, 60e8, "CNY", IND, "="),
    (HANS, _CATEGORY_OF_COUNT, 100e8, "CNY", IND, "="),
    (HANS, _CATEGORY_OF_COUNT, 80e8, "CNY", IND, "="),
    (HANT, _HANT_BATCH_MEETING, 680e8, "CNY", IND, "="),
    (HANS, _CATEGORY_TOTAL, 460e8, "CNY", IND, "="),
    (HANS, _NAMED_IN_REPORT, 50e8, "CNY", P, ""),
    (HANS, _PLACE_TOTAL, 900e8, "CNY", IND, "="),
    (HANS, _AGREEMENTS_COUNTED, 860e8, "CNY", IND, "="),
    (HANS, _BATCH_USED_FOR, 60e8, "CNY", IND, "="),
    (HANS, _BATCH_USED_FOR, 40e8, "CNY", IND, "="),
]

# the investor a named project's total carries, read from its name (X的Y项目: X); "" for none
INVESTOR_ZH10: list[tuple[str, str, float, str]] = [
    (HANS, _CLASS_AFTER, 8e8, "青禾大健康"),
    (HANT, _HANT_DETERMINED_AGENT, 32e8, "遠帆集團"),
]
