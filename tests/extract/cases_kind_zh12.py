"""Table cases for Chinese kinds of round 12 (issue 14): a company's stake bought or held (`app/extract/zh_stakes.py`),
the sources of a project's money listed as its parts (`company_zh._PART_CUE`), a tally's month-dated cut-off that is no
horizon (`kinds.ZH_TARGET_CUE`), a batch's total, a class of projects named as one, what follows a figure
(`app/extract/zh_batches.py`), a year's investment label that labels only its own amount (`pipeline._kind`).

A percentage of a company's equity bought (X收购了Y公司N%的股权) or a company's ratio in a venture (X拟出资比例不低于N%,
X持股比例为N%) is X's project; a place's purchase, a share of a market or of output, a growth rate are not. Own funds,
bank loans, financing listed after 其中 under a project's total are the project's parts. 到2024年 is a horizon (a
target); 到2023年12月末, with its month, is the date a tally is told at (an indicator unless a plan word says more). An
amount whose clause has no subject after a clause telling several parties or projects is the batch's total (an
indicator, its plan word only a label), one party's or one project's stays a project; a value class of projects
(亿元以上产业项目) is no project; a change told right after a target and a part in brackets after an aggregate take
that figure's kind; 年度投资N gives no goal to the amounts after it (完成投资M stays achieved). 欲 is a plan word (not
in 欲望); 到“十四五”末 is a horizon (a five-year plan's period told is not); what this year can reach (今年能达到N) is
expected; a category of projects (…类项目) is a class. An amount describing a company that opens the clause after it
(总投资N的X集团是…) is X's project (`zh_subject_kind._OWNER_AFTER`). The size a park or cluster to be built is to have
(建设产值N亿元化工产业园) is a target, one already built a result (`zh_expected.expected_yield`). Money a company moves
to a project (…募集的N万元变更用于投资建设Y项目) is that project's part (`zh_subject_kind.moved_to_project`).

Made-up places, companies and wordings, Simplified and Traditional (one with inline pinyin); no held-out sentence. Shape
as KIND_ZH10 in tests/extract/cases_kind_zh10.py: (language, text, value, unit, kind, comparator)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# --- a stake bought or held: the company's project ----------------------------------------------------------
_BOUGHT = "远帆集团(600321)公告称,远帆集团于2015年收购了青禾食品有限公司55.5%的股权。"
_HANT_BOUGHT = "晨星電子集團去年收購(gòu)了江州光電有限公司40%的股份。"
_RATIO = "双方将成立合资公司,注册资本10亿元,其中华辰新材料集团拟出资比例不低于60%。"
_HANT_RATIO = "合資公司註冊資本20億元,遠帆重工股份有限公司持股比例為51%。"
# not a stake: a government buying, a share of a market, a growth, a share of output
_GOVERNMENT_BOUGHT = "临川市国资委收购了江州港务有限公司30%的股权。"
_MARKET_SHARE = "远帆集团的产品占全国市场的35%。"
_GROWTH = "远帆集团去年营业收入增长18%。"
_HANT_OUTPUT_SHARE = "晨星電子集團出口額佔總產值的45%。"
# --- the sources of a project's money: its parts ------------------------------------------------------------
_LOAN_PART = "该项目计划总投资12亿元,其中自有资金约4亿元,银行贷款约为8亿元。"
_HANT_FINANCING_PART = "該項目總投資30億元,其中企業自籌10億元,申請融資20億元。"
# a place's loans told alone are no part of a project
_CITY_LOANS = "今年以来,全市新增银行贷款约为150亿元。"
# --- a tally's cut-off date with its month: no horizon --------------------------------------------------------
_CUTOFF = "到2023年12月末,临川市签订正式投资合同的亿元以上项目58个、签约额420亿元。"
_HANT_CUTOFF = "到2022年6月底,江州市累計引進項目36個,合同投資額210億元。"
_HORIZON = "到2027年,临川市新能源产业产值突破800亿元。"
_HORIZON_END = "到2026年底,江州市引进亿元以上项目100个。"

# --- a batch's total: several projects or parties in the clause before, the amount's clause without a subject -----
_PARTIES_SIGNED = "临川市政府与远帆重工有限公司、青禾食品有限公司、华辰新材料集团签约,计划投资金额共26亿元。"
_HANT_PARTIES_SIGNED = "江州市與晨星電子集團、遠帆物流有限公司簽約合作實施兩個新能源項目,總投資額超過90億元。"
_COUNTED_SIGNED = "大会上共有38个项目签约,计划投资总额达415.6亿元人民币(含外资3.2亿美元)。"
# one party, one project: the company's project still
_ONE_PARTY = "临川市政府与远帆重工有限公司签约,远帆重工计划投资26亿元建设风电装备基地。"
# --- a class of projects named as one: none -------------------------------------------------------------------
_VALUE_CLASS = "落实亿元以上产业项目年度投资320亿元,比同期增加了45亿元,完成投资88亿元,比同期增加了9亿元。"
_HANT_CLASS_HEADLINE = "臨川\"開門紅\"產業鏈項目計劃總投資超600億元\n會上共有40個項目簽約,計劃投資總額達612.5億元。"
# --- what follows a figure: the change of a target, a part included in an aggregate ---------------------------
_YEAR_CHANGE = "全县重点项目年度投资计划150亿元,比上年增加了20亿元。"
_HANT_INCLUDED = "全市去年實際到位資金820億元(含外資12億美元)。"
# --- plan words and horizons: 欲, the end of a five-year plan, what this year can reach --------------------------
_WANTS = "远帆集团欲借老厂搬迁之机,在临川上马六个项目。"
_HANT_DESIRE = "企業擴產欲望強烈,全年簽約項目30個。"
_PLAN_END = "到“十四五”末,江州市工业产值翻倍至2000亿元。"
_PLAN_PERIOD = "“十三五”期间,江州市累计引进项目300个。"
_THIS_YEAR_REACH = "“我们已经开始试生产,今年能达到40%的产能。”青禾药业总经理说。"
_HANT_LAST_YEAR_REACH = "去年該廠產能利用率能達到80%。"
# --- a category of projects (…类项目) is a class, no project ------------------------------------------------
_CATEGORY = "签约项目中,总投资8亿元的文旅类项目3个,总投资20亿元的工业类项目6个。"
_HANT_NAMED = "遠帆集團投資8億元的文旅綜合體項目正式開工。"
# --- an amount describing the company that opens the clause after it: the company's project ---------------------
_COMPANY_DESCRIBED = "今年以来,全县签约项目40个。其中,总投资15亿元的远帆新材料集团是一家以新能源材料为主的企业。"
_HANT_COMPANY_DESCRIBED = "總投資9億元的青禾食品有限公司於2023年落戶臨川。"
_FIRMS_COUNTED = "今年以来,全市引进总投资10亿元的企业集团5家。"  # a class of firms, no name
_GOVERNMENT_DESCRIBED = "其中,总投资15亿元的临川市人民政府是本次签约主体。"
# --- the size a park or cluster to be built is to have: a target; one already built: an indicator ----------------
_PARK_OF_SIZE = "远帆集团拟投资80亿元建设石化项目,建设产值500亿元化工产业园。"
_HANT_CLUSTER_OF_SIZE = "臨川市將打造產值超300億元的新能源產業集群。"
_PARK_BUILT = "临川市去年已建成产值200亿元的食品产业园。"
# --- money moved to a project (a listed company's raised funds given a new use): the project's part --------------
_FUNDS_MOVED = "远帆科技拟将原用于智能仓储项目募集的25600.5万元,变更用于投资建设远帆江州50MW光伏电站项目。"
_HANT_FUNDS_MOVED = "晨星電子擬將募集資金中的1.2億元改為投入臨川儲能電池生產線。"
_CITY_FUNDS_USED = "临川市拟安排专项资金5亿元,用于建设城市快速路项目。"  # a use, no move: the plan's target
_PLAN_CHANGED = "远帆科技拟将年度投资计划调整为12亿元。"  # a plan changed, no project named after it

KIND_ZH12: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _BOUGHT, 55.5, "percent", P, ""),
    (HANT, _HANT_BOUGHT, 40, "percent", P, ""),
    (HANS, _RATIO, 60, "percent", P, ""),
    (HANT, _HANT_RATIO, 51, "percent", P, ""),
    (HANS, _GOVERNMENT_BOUGHT, 30, "percent", IND, "="),
    (HANS, _MARKET_SHARE, 35, "percent", IND, "="),
    (HANS, _GROWTH, 18, "percent", IND, "="),
    (HANT, _HANT_OUTPUT_SHARE, 45, "percent", IND, "="),
    (HANS, _LOAN_PART, 12e8, "CNY", P, ""),
    (HANS, _LOAN_PART, 4e8, "CNY", P, ""),
    (HANS, _LOAN_PART, 8e8, "CNY", P, ""),
    (HANT, _HANT_FINANCING_PART, 10e8, "CNY", P, ""),
    (HANT, _HANT_FINANCING_PART, 20e8, "CNY", P, ""),
    (HANS, _CITY_LOANS, 150e8, "CNY", IND, "~"),
    (HANS, _CUTOFF, 58, "count", IND, "="),
    (HANS, _CUTOFF, 420e8, "CNY", IND, "="),
    (HANT, _HANT_CUTOFF, 210e8, "CNY", IND, "="),
    (HANS, _HORIZON, 800e8, "CNY", T, ">"),
    (HANS, _HORIZON_END, 100, "count", T, "="),
    (HANS, _PARTIES_SIGNED, 26e8, "CNY", IND, "="),
    (HANT, _HANT_PARTIES_SIGNED, 90e8, "CNY", IND, ">"),
    (HANS, _COUNTED_SIGNED, 415.6e8, "CNY", IND, "="),
    (HANS, _COUNTED_SIGNED, 3.2e8, "USD", IND, "="),
    (HANS, _ONE_PARTY, 26e8, "CNY", P, ""),
    (HANS, _VALUE_CLASS, 320e8, "CNY", T, "="),
    (HANS, _VALUE_CLASS, 45e8, "CNY", T, "="),
    (HANS, _VALUE_CLASS, 88e8, "CNY", IND, "="),
    (HANS, _VALUE_CLASS, 9e8, "CNY", IND, "="),
    (HANT, _HANT_CLASS_HEADLINE, 612.5e8, "CNY", IND, "="),
    (HANS, _YEAR_CHANGE, 20e8, "CNY", T, "="),
    (HANT, _HANT_INCLUDED, 820e8, "CNY", IND, "="),
    (HANT, _HANT_INCLUDED, 12e8, "USD", IND, "="),
    (HANS, _WANTS, 6, "count", T, "="),
    (HANT, _HANT_DESIRE, 30, "count", IND, "="),
    (HANS, _PLAN_END, 2000e8, "CNY", T, "="),
    (HANS, _PLAN_PERIOD, 300, "count", IND, "="),
    (HANS, _THIS_YEAR_REACH, 40, "percent", T, "="),
    (HANT, _HANT_LAST_YEAR_REACH, 80, "percent", IND, "="),
    (HANS, _CATEGORY, 8e8, "CNY", IND, "="),
    (HANS, _CATEGORY, 20e8, "CNY", IND, "="),
    (HANT, _HANT_NAMED, 8e8, "CNY", P, ""),
    (HANS, _COMPANY_DESCRIBED, 15e8, "CNY", P, ""),
    (HANT, _HANT_COMPANY_DESCRIBED, 9e8, "CNY", P, ""),
    (HANS, _FIRMS_COUNTED, 10e8, "CNY", IND, "="),
    (HANS, _GOVERNMENT_DESCRIBED, 15e8, "CNY", IND, "="),
    (HANS, _PARK_OF_SIZE, 500e8, "CNY", T, "="),
    (HANT, _HANT_CLUSTER_OF_SIZE, 300e8, "CNY", T, ">"),
    (HANS, _PARK_BUILT, 200e8, "CNY", IND, "="),
    (HANS, _FUNDS_MOVED, 25600.5e4, "CNY", P, ""),
    (HANT, _HANT_FUNDS_MOVED, 1.2e8, "CNY", P, ""),
    (HANS, _CITY_FUNDS_USED, 5e8, "CNY", T, "="),
    (HANS, _PLAN_CHANGED, 12e8, "CNY", T, "="),
]

# the company a stake belongs to: the buyer, the party whose ratio it is
INVESTOR_ZH12: list[tuple[str, str, float, str, str]] = [
    (HANS, _BOUGHT, 55.5, "percent", "远帆集团"),
    (HANT, _HANT_BOUGHT, 40, "percent", "晨星電子集團"),
    (HANS, _RATIO, 60, "percent", "华辰新材料集团"),
    (HANT, _HANT_RATIO, 51, "percent", "遠帆重工股份有限公司"),
    (HANS, _COMPANY_DESCRIBED, 15e8, "CNY", "远帆新材料集团"),
    (HANT, _HANT_COMPANY_DESCRIBED, 9e8, "CNY", "青禾食品有限公司"),
]

# zh_batches.batch_total on its own: (text, the amount's first characters, whether it totals a batch)
BATCH_TOTAL: list[tuple[str, str, bool]] = [
    (_PARTIES_SIGNED, "26亿", True),
    (_HANT_PARTIES_SIGNED, "超過90", True),
    (_COUNTED_SIGNED, "415.6", True),
    ("江州市与远帆集团签约1个项目,总投资12亿元。", "12亿", False),  # one project
    ("临川市与远帆集团签约,计划投资20亿元。", "20亿", False),  # one party
    (_ONE_PARTY, "26亿", False),  # the amount's clause has a subject of its own
    ("共有38个项目签约。远帆集团计划投资20亿元。", "20亿", False),  # another sentence
    ("今年全县计划实施重点项目45个,计划投资300亿元。", "300亿", False),  # a planned count: the plan's
    ("临川市将与远帆集团、青禾食品签约,总投资30亿元。", "30亿", False),  # a signing to come
    ("临川市新签约项目15个,预计投资额合计为60亿元。", "60亿", False),  # a forecast: left to the other rules
]
