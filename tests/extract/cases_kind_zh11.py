"""Table cases for Chinese kinds decided by who the amount's clause is about (issue 14, round 11,
`app/extract/zh_subject_kind.py`) and for a project's yield once at capacity (`app/extract/zh_expected.py`).

A company's plan (X集团将…投资N, X(stock code)拟斥资N, …签订的X集团总投资N建设的Y项目), land it buys for its
plant and one project's or facility's plan (该项目计划投资N, 园区计划投资N when the paragraph names the one park)
are projects; a government's plan stays a target; the amount of a batch of projects a place counts
(…项目N个、计划投资额N; 在谈项目N个,预计投资N; 拟引资N) is an indicator, and the plan word of that label governs no
count after it, while a planned count's amount and a year's planned investment stay targets; the counts of a
year's plan of projects (编排) are targets. What a project will yield once at capacity (达产后年收入N, and the
纳税N listed after it) is a target; a place's or a company's achieved figures stay indicators.

Made-up places, companies, industries and wordings, Simplified and Traditional (one with inline pinyin); no
held-out sentence. Shape as KIND_ZH10 in tests/extract/cases_kind_zh10.py: (language, text, value, unit, kind,
comparator)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# --- a company's plan: a project -----------------------------------------------------------------------
_GROUP_WITH_PARTNERS = ("远帆集团将联合合作伙伴在未来三年内投资120亿元,在临川建设冰雪运动基地、"
                        "文旅综合体等6个项目。")
_HANT_STOCK_CODE = "青禾食品(603123)擬斥資6億元在江州市建設冷鏈物流基地,年周轉量可達50萬噸。"
_HANS_STOCK_CODE = "据报道,星河乳业(2319)拟斥资15亿元在滨海新区建设液态奶工厂。"
_SIGNED_COMPANY_BUILDS = "临川市当天签约的华辰新材料集团总投资18亿元建设的华辰新材料产业园项目,年内开工。"
# land a company buys for its plant: a project; a government's purchase is none
_LAND_BOUGHT = "2022年6月,远帆食品(临川)有限公司以6800万元竞得位于港区的一宗工业用地,用于建设冷链仓储中心。"
_HANT_LAND_BOUGHT = "青禾啤酒(江州)有限公司以7200萬元拍下臨港工業園一宗地塊。"
_GOVERNMENT_BOUGHT = "临川市政府以3亿元收购江州港码头资产。"
# --- one project's or facility's plan: a project --------------------------------------------------------
_HANT_DETERMINED_PLAN = "該項目計劃投資40億美元,規劃建設月產能5萬片的晶圓生產線。"
_HANT_PINYIN_PLAN = "江州晶圓項目開工。該項(xiàng)目計劃投資12億元,建設兩條生產線。"
_PARK_NAMED_BEFORE = "江州智造产业园由远帆重工投资兴建,占地300亩。园区计划投资8亿元,建设厂房和研发中心。"
_DETERMINED_THEN_TOTAL = "该项目位于临港经济开发区,总投资22亿元,主要生产储能电池。"
_THIS_ONE_DESCRIBED = "这个投资16亿元、分两期建设的大项目,由远帆物流负责运营。"
_THESE_DESCRIBED = "这批投资50亿元的项目将陆续开工。"
# --- a government's plan, a zone's own plan, a government's project: not a company's -----------------------
_CITY_PLAN = "今年,江州市计划投资300亿元,建设一批重点项目。"
_GOVERNMENT_WILL = "临川市政府将投资12亿元建设城市快速路。"
_HANT_ZONE_PLAN = "園區計劃投資20億元,完善道路和管網等基礎設施。"
_HANT_GOVERNMENT_PROJECT = "該項目由市政府投資建設,總投資9億元。"
_COMPANY_YEAR_PLAN = "今年,远帆集团计划完成投资30亿元。"
_COMPANY_REVENUE_PLAN = "远帆集团计划实现营业收入100亿元。"
_COMPANY_RESEARCH = "上半年,青禾药业投入5亿元,研发新型疫苗。"
_ZONE_PLAN = "临川高新区计划投资20亿元,建设标准化厂房。"
_CLASS_PLAN = "省重大项目计划投资500亿元,比上年增长10%。"
_HANT_MANY_FIRMS = "這些企業擬投資60億元擴大產能。"
# --- a batch a place counts: its amount an indicator; a planned count's and a year's plan: targets ------
_SIGNED_BATCH = ("截至目前,全市新签约千万元以上项目42个、计划投资额318亿元,其中亿元以上项目30个、"
                 "计划投资额305亿元。")
_HANT_IN_TALKS = "正在洽談項目26個,預計投資39億元。"
_ATTRACTED = "全县已签约项目120个,总投资860亿元,拟引资700亿元,涉及新能源等领域。"
_PLANNED_COUNT = "今年全市计划实施重点项目120个,计划投资800亿元。"
_YEAR_WITHIN = "全市集中开工重大项目41个、总投资282亿元、年内计划投资29亿元。"
_HANT_ANNUAL = "全市重點項目35個,總投資560億元,年度計劃投資210億元。"
# a plan word that labels a counted batch's amount governs nothing after it; a planned count's does
_LABEL_THEN_COUNT = "今年以来,全县新签约项目36个、计划投资额210亿元,其中亿元以上项目28个、计划投资额200亿元。"
_HANT_LABEL_THEN_COUNT = "全市新簽約項目48個、計劃投資額320億元,其中10億元以上項目9個。"
_PLANNED_THEN_COUNT = "全市计划新开工项目50个、计划投资额300亿元,其中亿元以上项目30个。"
# a year's plan lists its projects (编排): its counts are targets; a plan's total stays as it was
_SCHEDULED = "2024年全县共编排重点项目86个,其中工业项目52个。"
_HANT_SCHEDULED = "今年臨川市共編排市級重點項目120個。"
# packaging as a product in a company's or a park's name is no packaging of projects for investors
_PRODUCT_PACKAGING = "远帆金属包装、青禾食品等12个项目已建成投产。"
_HANT_PACKAGING_PARK = "綠色包裝產業園、臨港物流中心等8個項目已經開工建設。"
_PACKAGED_FOR_INVESTORS = "临川市已包装文旅、康养等领域招商项目25个。"
# an average over the projects counted is no project's amount
_AVERAGE = "新引进工业项目平均投资1.2亿元,其中投资过亿元的项目6个。"
_HANT_AVERAGE = "本次簽約項目平均投資規模達6.8億元。"
# --- a project's yield once at capacity: targets; achieved figures: indicators -----------------------------
_AT_CAPACITY = ("青禾啤酒(临川)项目于2019年5月8日正式签约落户港区,总投资15亿元,设计年产啤酒30万千升,"
                "达产达标后年主营业务收入18亿元,纳税2亿元以上。")
_HANT_AT_CAPACITY = "該基地全面投產後年產值可達40億元,年納稅3億元。"
_CITY_TAX = "江州市去年规上工业产值达500亿元,纳税30亿元。"
_COMPANY_TAX = "远帆公司2023年实现营业收入20亿元,纳税1.5亿元。"

KIND_ZH11: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _GROUP_WITH_PARTNERS, 120e8, "CNY", P, ""),
    (HANT, _HANT_STOCK_CODE, 6e8, "CNY", P, ""),
    (HANS, _HANS_STOCK_CODE, 15e8, "CNY", P, ""),
    (HANS, _SIGNED_COMPANY_BUILDS, 18e8, "CNY", P, ""),
    (HANS, _LAND_BOUGHT, 6800e4, "CNY", P, ""),
    (HANT, _HANT_LAND_BOUGHT, 7200e4, "CNY", P, ""),
    (HANS, _GOVERNMENT_BOUGHT, 3e8, "CNY", IND, "="),
    (HANS, _THIS_ONE_DESCRIBED, 16e8, "CNY", P, ""),
    (HANS, _THESE_DESCRIBED, 50e8, "CNY", IND, "="),
    (HANT, _HANT_DETERMINED_PLAN, 40e8, "USD", P, ""),
    (HANT, _HANT_PINYIN_PLAN, 12e8, "CNY", P, ""),
    (HANS, _PARK_NAMED_BEFORE, 8e8, "CNY", P, ""),
    (HANS, _DETERMINED_THEN_TOTAL, 22e8, "CNY", P, ""),
    (HANS, _CITY_PLAN, 300e8, "CNY", T, "="),
    (HANS, _GOVERNMENT_WILL, 12e8, "CNY", T, "="),
    (HANT, _HANT_ZONE_PLAN, 20e8, "CNY", T, "="),
    (HANT, _HANT_GOVERNMENT_PROJECT, 9e8, "CNY", IND, "="),
    (HANS, _COMPANY_YEAR_PLAN, 30e8, "CNY", T, "="),
    (HANS, _COMPANY_REVENUE_PLAN, 100e8, "CNY", T, "="),
    (HANS, _COMPANY_RESEARCH, 5e8, "CNY", IND, "="),
    (HANS, _ZONE_PLAN, 20e8, "CNY", T, "="),
    (HANS, _CLASS_PLAN, 500e8, "CNY", T, "="),
    (HANT, _HANT_MANY_FIRMS, 60e8, "CNY", T, "="),
    (HANS, _SIGNED_BATCH, 318e8, "CNY", IND, "="),
    (HANS, _SIGNED_BATCH, 305e8, "CNY", IND, "="),
    (HANS, _SIGNED_BATCH, 42, "count", IND, "="),
    (HANT, _HANT_IN_TALKS, 39e8, "CNY", IND, "="),
    (HANS, _ATTRACTED, 700e8, "CNY", IND, "="),
    (HANS, _ATTRACTED, 860e8, "CNY", IND, "="),
    (HANS, _PLANNED_COUNT, 800e8, "CNY", T, "="),
    (HANS, _YEAR_WITHIN, 29e8, "CNY", T, "="),
    (HANT, _HANT_ANNUAL, 210e8, "CNY", T, "="),
    (HANS, _LABEL_THEN_COUNT, 28, "count", IND, "="),
    (HANS, _LABEL_THEN_COUNT, 200e8, "CNY", IND, "="),
    (HANT, _HANT_LABEL_THEN_COUNT, 9, "count", IND, "="),
    (HANT, _HANT_LABEL_THEN_COUNT, 320e8, "CNY", IND, "="),
    (HANS, _PLANNED_THEN_COUNT, 30, "count", T, "="),
    (HANS, _PLANNED_THEN_COUNT, 50, "count", T, "="),
    (HANS, _SCHEDULED, 86, "count", T, "="),
    (HANS, _SCHEDULED, 52, "count", T, "="),
    (HANT, _HANT_SCHEDULED, 120, "count", T, "="),
    (HANS, _PRODUCT_PACKAGING, 12, "count", IND, "="),
    (HANT, _HANT_PACKAGING_PARK, 8, "count", IND, "="),
    (HANS, _PACKAGED_FOR_INVESTORS, 25, "count", T, "="),
    (HANS, _AVERAGE, 1.2e8, "CNY", IND, "="),
    (HANT, _HANT_AVERAGE, 6.8e8, "CNY", IND, "="),
    (HANS, _AT_CAPACITY, 18e8, "CNY", T, "="),
    (HANS, _AT_CAPACITY, 2e8, "CNY", T, ">="),
    (HANS, _AT_CAPACITY, 15e8, "CNY", P, ""),
    (HANT, _HANT_AT_CAPACITY, 40e8, "CNY", T, "="),
    (HANT, _HANT_AT_CAPACITY, 3e8, "CNY", T, "="),
    (HANS, _CITY_TAX, 30e8, "CNY", IND, "="),
    (HANS, _COMPANY_TAX, 1.5e8, "CNY", IND, "="),
]

# the company a project decided by its subject carries: the clause's company, the park's builder
INVESTOR_ZH11: list[tuple[str, str, float, str]] = [
    (HANS, _GROUP_WITH_PARTNERS, 120e8, "远帆集团"),
    (HANT, _HANT_STOCK_CODE, 6e8, "青禾食品"),
    (HANS, _HANS_STOCK_CODE, 15e8, "星河乳业"),
    (HANS, _SIGNED_COMPANY_BUILDS, 18e8, "华辰新材料集团"),
    (HANS, _PARK_NAMED_BEFORE, 8e8, "远帆重工"),
    (HANS, _LAND_BOUGHT, 6800e4, "远帆食品(临川)有限公司"),
    (HANT, _HANT_LAND_BOUGHT, 7200e4, "青禾啤酒(江州)有限公司"),
]
