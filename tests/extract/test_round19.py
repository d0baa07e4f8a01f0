"""Round 19: structures that hold across scripts (made-up sentences, Simplified and Traditional).

- A count of projects by a range of size in money, with 有 before the count (20亿元至30亿元项目有4个): the range's
  bounds are the class, not amounts; a class holding one project (10亿元至20亿元项目有1个, 10亿元以上项目有1个) is
  counted like the others.
- A phase named after the amount's 的 (总投资14亿元的X铜矿一期) is one project; a mine's phase names the mine, not
  its owner (X矿业一期 does name a firm).
- What a project can bring, told with a modal (可实现销售收入N, 利税M), is a `target` when the paragraph describes
  the project being built; told without the modal, or of a year gone by or of a place, it stays an `indicator`.
- An assigned task fixed at an amount (任务确定为N, 任务调整为N) is a `target`, like 任务为N.
- The parts of a project's total told right after it (其中,建设投资N(一期M)、流动资金K、建设期利息L; 环保投资N; 使用超募
  资金N) and the shares of its funding (公司自有资金30%、银行借款70%) are `project` facts without investor (zh_parts); a
  place's figure of the same words, with no project's total before it, stays an `indicator`.
- A company's own word for itself (公司将投资N,新建X项目) makes its amount a project, like its name would.
- A share price's limit or close (涨停价每股N元, 收盘于N元/股) is counted, like 收盘价为N元.
- The projects a year's plan arranges (全市共安排重点项目N个) are `target` counts, and so are the parts its list gives
  (含…N个 in brackets, 其中 A项目N个;B项目M个, 分别有N个、M个; 计划完成投资 is a plan, not a result); a plan gone by
  (去年…安排, 2年来…安排) or a progress report (…安排项目N个。…1-3月累计完成) keeps `indicator`s.
- English: a forecast ("a forecasted net profit of N") is a `target`; "an investment totaling N" reads as "an
  investment of N"; "X (previously) disclosed plans to establish a factory …, with an investment totaling N" and "X
  estimates the project will require an investment of N" are the company's `project`.
- Part 3 (from sets 26 and 27): "A and B have contributed N and M, respectively" gives each party its amount, also
  when a party's full name opens with a country's ("China X Development Co"); a named project's own clause of progress
  (X项目累计投资已达N) is the project's, with the company its name holds; 整个基地 is one facility like 该基地; a goal
  aimed at (瞄准N目标) and a yield written 年新增销售收入 are `target`s; 收报N元/股 is a share price.
- Part 4 (from sets 28 and 29): a buyer named before "announced its intention to acquire" (its short name in brackets
  between) buys the stake; 由X集团投资N的A、B、C3个项目 is the one company's projects, their joint total with X as
  investor (set 7); without 由X the counted projects' total stays the batch's.
- Part 5 (English, from sets 24-31): an opening "Costing N, the new mill …" and "an investment of N is required for
  this initial phase" are one facility's amount; an amount in pounds (or another currency the schema does not record)
  inside brackets after a yuan amount is never read as yuan ("RMB 2.4 billion (£240.8 million)" gave CNY 240.8
  million); the second amount of a bracket of conversions ("(£130.5 million or approximately $180 million)") is a
  conversion too; "invest N in a new R&D and production facility" is one facility's amount (an "and" inside its name).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2026, 3, 20)
HANS, HANT, EN = "zh-Hans", "zh-Hant", "en"

# (language, text, value, unit, kind; "" when no fact of that value may be found)
RANGE_CLASSES: list[tuple[str, str, float, str, str]] = [
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 4, "count", "indicator"),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 1, "count", "indicator"),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 20e8, "CNY", ""),
    (HANS, "从投资额看,签约的21个项目中20亿元至30亿元项目有4个,10亿元至20亿元项目有1个。", 10e8, "CNY", ""),
    (HANT, "從投資額看,簽約的21個項目中20億元至30億元項目有4個,10億元至20億元項目有1個。", 20e8, "CNY", ""),
    (HANT, "從投資額看,簽約的21個項目中20億元至30億元項目有4個,10億元至20億元項目有1個。", 1, "count", "indicator"),
    (HANS, "签约项目中,10亿元以上项目有1个。", 1, "count", "indicator"),
    # near misses: one thing a company has is no class's count; a range that is a plan's amount stays an amount
    (HANS, "星河集团有1个项目在建。", 1, "count", ""),
    (HANS, "全年计划完成投资300亿元至350亿元。", 300e8, "CNY", "target"),
]

PHASES: list[tuple[str, str, float, str, str]] = [
    # (language, text, value, kind, investor)
    (HANS, "总投资5亿元的禄源酒业一期、总投资14亿元的大向东铜矿一期开工建设。", 14e8, "project", ""),
    (HANS, "总投资5亿元的禄源酒业一期、总投资14亿元的大向东铜矿一期开工建设。", 5e8, "project", "禄源酒业"),
    (HANT, "總投資14億元的大向東銅礦一期開工建設。", 14e8, "project", ""),
    (HANS, "总投资30亿元的紫金矿业二期开工建设。", 30e8, "project", "紫金矿业"),
    (HANS, "总投资30亿元的中矿一期开工建设。", 30e8, "project", "中矿"),  # (a firm's short name, no mine's)
    # near miss: an amount followed by 的 and a phase word alone names no project's name to read an investor from
    (HANS, "总投资14亿元的一期工程开工建设。", 14e8, "project", ""),
]

YIELDS: list[tuple[str, str, float, str]] = [
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目新建厂房5000平方米,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,可实现销售收入3亿元,利税3000万元。", 3e8, "target"),
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目新建厂房5000平方米,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,可实现销售收入3亿元,利税3000万元。", 3e7, "target"),
    (HANT, "此外,與星河石墨有限公司簽約的年產3萬噸石墨精粉項目,總投資1億元。項目新建廠房5000平方米,新上石墨精粉"
           "生產線,年可加工生產石墨精粉3萬噸,可實現銷售收入3億元,利稅3000萬元。", 3e8, "target"),
    # near misses: told as done, of a year gone by, of a place
    (HANS, "此外,与星河石墨有限公司签约的年产3万吨石墨精粉项目,总投资1亿元。项目已建成投产,新上石墨精粉"
           "生产线,年可加工生产石墨精粉3万吨,实现销售收入3亿元。", 3e8, "indicator"),
    (HANS, "星河公司去年实现销售收入3亿元,利税3000万元。", 3e8, "indicator"),
    (HANS, "今年,全县规上企业累计实现产值30亿元,实现销售收入3亿元。", 3e8, "indicator"),
]

TASKS: list[tuple[str, str, float, str]] = [
    (HANS, "该市将今年确定为“招商引资年”,将招商引资任务确定为500亿元以上。", 500e8, "target"),
    (HANT, "該市將今年確定為「招商引資年」,將招商引資任務確定為500億元以上。", 500e8, "target"),
    (HANS, "年中,全市招商引资任务调整为420亿元。", 420e8, "target"),
    # near miss: the amount the task was completed with is a result
    (HANS, "上半年,全市完成招商引资到位资金260亿元。", 260e8, "indicator"),
]


# (language, text, value, unit, kind, investor or None when not checked)
PARTS_AND_PLANS: list[tuple[str, str, float, str, str, str | None]] = [
    (HANS, "公司拟在董家口投建年产3000万套轮胎项目。项目投资总额151.81亿元(分五期建设)。其中,建设投资120.55亿元"
           "(一期13.02亿元)、流动资金24.1亿元、建设期利息7.16亿元。", 13.02e8, "CNY", "project", ""),
    (HANS, "公司拟在董家口投建年产3000万套轮胎项目。项目投资总额151.81亿元(分五期建设)。其中,建设投资120.55亿元"
           "(一期13.02亿元)、流动资金24.1亿元、建设期利息7.16亿元。", 7.16e8, "CNY", "project", ""),
    (HANT, "公司擬在董家口投建年產3000萬套輪胎項目。項目投資總額151.81億元(分五期建設)。其中,建設投資120.55億元"
           "(一期13.02億元)、流動資金24.1億元、建設期利息7.16億元。", 24.1e8, "CNY", "project", ""),
    (HANS, "批复文件显示,该轮胎项目位于经开区。项目总投资200420万元,环保投资5188万元。", 5188e4, "CNY", "project", ""),
    (HANS, "据悉,该项目总投资673亿元,其中建设投资(含增值税)625亿元。项目资金来源为公司自有资金30%、银行借款或其他方式"
           "融资70%。", 625e8, "CNY", "project", ""),
    (HANS, "据悉,该项目总投资673亿元,其中建设投资(含增值税)625亿元。项目资金来源为公司自有资金30%、银行借款或其他方式"
           "融资70%。", 70, "percent", "project", ""),
    (HANS, "“公司将投资28亿元,新建30万吨再生铝项目和5万吨高精度铝板带项目,进一步延伸产业链。”", 28e8, "CNY", "project",
     None),
    (HANS, "星河能源股价开盘即涨停,涨停价每股16.92元,最终收盘于15.51元/股。", 15.51, "CNY", "indicator", None),
    (HANS, "2025年全市共安排重点项目442个(含省级重大工程项目289个),总投资3797亿元。其中,新型工业化项目215个,年投资目标"
           "270亿元;新型城镇化项目123个,年投资目标88亿元;农业现代化项目21个。", 289, "count", "target", None),
    (HANS, "2025年全市共安排重点项目442个(含省级重大工程项目289个),总投资3797亿元。其中,新型工业化项目215个,年投资目标"
           "270亿元;新型城镇化项目123个,年投资目标88亿元;农业现代化项目21个。", 21, "count", "target", None),
    (HANT, "昭通市2022年一季度計劃新開工產業類重大項目30個,總投資98億元,年度計劃完成投資35億元。其中,能源工業項目3個,"
           "年度計劃完成投資15億元;總投資5億元、10億元以上的項目分別有6個、5個。", 3, "count", "target", None),
    (HANT, "昭通市2022年一季度計劃新開工產業類重大項目30個,總投資98億元,年度計劃完成投資35億元。其中,能源工業項目3個,"
           "年度計劃完成投資15億元;總投資5億元、10億元以上的項目分別有6個、5個。", 5, "count", "target", None),
    (EN, "Sailun Group's outlook extends to its financial projections, with a forecasted net profit for 2023 of around "
         "CNY3.1 billion.", 3.1e9, "CNY", "target", None),
    (EN, "In addition to the Indonesian venture, Sailun Group previously disclosed plans to establish its first North "
         "American factory in Mexico, with an investment totaling USD240 million.", 240e6, "USD", "project",
     "Sailun Group"),
    (EN, "Sailun estimates the project will require an investment of 1.18 billion yuan.", 1.18e9, "CNY", "project",
     None),
    # near misses: a place's figures of a part's words; a past or reported plan; a forecast proved wrong
    (HANS, "全市签约项目30个,总投资200亿元。全市完成固定资产投资17.7亿元。", 17.7e8, "CNY", "indicator", None),
    (HANS, "项目总投资10亿元,同比增长30%。", 30, "percent", "indicator", None),
    (HANS, "去年全市共安排重点项目300个,已全部开工。", 300, "count", "indicator", None),
    (HANS, "2年来,全市集中开工项目50个,安排省市重点项目114个。", 114, "count", "indicator", None),
    (HANS, "2021年安排全市重点建设项目710项,项目总投资6960亿元。全市重点建设项目1-3月累计完成投资300亿元。", 710,
     "count", "indicator", None),
    (HANS, "公司去年投资28亿元。", 28e8, "CNY", "indicator", None),
    (EN, "The forecast was wrong: revenue was CNY3.1 billion last year.", 3.1e9, "CNY", "indicator", None),
]


PART3: list[tuple[str, str, float, str, str, str | None]] = [
    (EN, "Hubei Airport Investment Co and China VAST Industrial Urban Development Co have contributed CNY40 million "
         "and CNY60 million, respectively.", 60e6, "CNY", "project", "China VAST Industrial Urban Development Co"),
    (EN, "Norvale Steel and Halden Mining invested 2.45 billion yuan and 250 million yuan respectively in the plant.",
     250e6, "CNY", "project", "Halden Mining"),
    (HANS, "目前,天合光能淮安基地项目累计投资已达200亿元。", 200e8, "CNY", "project", "天合光能"),
    (HANT, "目前,天合光能淮安基地項目累計投資已達200億元。", 200e8, "CNY", "project", "天合光能"),
    (HANS, "格力电器宁乡基地一期投资20亿元。整个基地预计总投资将过60亿元。", 60e8, "CNY", "project", None),
    (HANT, "瞄準3000億元目標", 3000e8, "CNY", "target", None),
    (HANS, "混凝土搅拌机械制造产业基地项目,总投资13亿元,项目建设期为3年,实现年新增销售收入38.3亿元,"
           "年新增利润总额3.3亿元。", 3.3e8, "CNY", "target", None),
    (HANS, "蔚来股价收报5.35元/股。", 5.35, "CNY", "indicator", None),
    # near misses: a class's progress, a place's; a year gone by; parties that are no companies
    (HANS, "全市重点项目累计完成投资200亿元。", 200e8, "CNY", "indicator", None),
    (HANS, "淮安经开区项目累计投资已达200亿元。", 200e8, "CNY", "indicator", None),
    (HANS, "去年全市实现年新增销售收入38.3亿元。", 38.3e8, "CNY", "indicator", None),
]


PART4: list[tuple[str, str, float, str, str, str | None]] = [
    (EN, "Chinese assembly and testing company, JCET Group (JCET), announced its intention to acquire 80% equity of "
         "SanDisk Semiconductor Shanghai Co., Ltd. for USD 624 million in cash.", 80, "percent", "project",
     "JCET Group"),
    (EN, "Norvale Steel said it would acquire a 45% stake in Halden Mining.", 45, "percent", "project",
     "Norvale Steel"),
    (HANS, "7月15日,由江西铜业集团投资128亿元的锂电铜箔、铜杆、铸造新材料3个重大项目,在上饶举行签约活动。", 128e8,
     "CNY", "project", "江西铜业集团"),
    (HANT, "7月15日,由江西銅業集團投資128億元的鋰電銅箔、銅桿、鑄造新材料3個重大項目,在上饒舉行簽約活動。", 128e8,
     "CNY", "project", "江西銅業集團"),
    # near miss: no one company's
    (HANS, "总投资128亿元的锂电铜箔、铜杆、铸造新材料3个重大项目签约。", 128e8, "CNY", "indicator", None),
]


PART5: list[tuple[str, str, float, str, str, str | None]] = [
    (EN, "Costing $5 billion, the new mill will make containerboard.", 5e9, "USD", "project", None),
    (EN, "An investment of RMB 2.4 billion is required for this initial phase.", 2.4e9, "CNY", "project", None),
    (EN, "The board of Norvale has approved plans to invest CNY 4 billion in a new R&D and production facility in the "
         "zone.", 4e9, "CNY", "project", None),
    # near misses: no facility named after the opening cost; a place's need
    (EN, "Costing $5 billion, projects in the city were slowed.", 5e9, "USD", "indicator", None),
    (EN, "An investment of 2 billion yuan is required for the city's roads.", 2e9, "CNY", "indicator", None),
]

NOT_READ: list[tuple[str, float, str]] = [
    # (text, value, unit): no fact of that value and unit may be found
    ("The plant needs RMB 2.4 billion (£240.8 million).", 240.8e6, "CNY"),
    ("The new line needs 2.4 billion yuan (A$480 million).", 480e6, "CNY"),
    ("Sailun estimates the project will require an investment of 1.18 billion yuan (£130.5 million or approximately "
     "$180 million).", 180e6, "USD"),
]


@pytest.mark.parametrize(("text", "value", "unit"), NOT_READ)
def test_other_currencies_and_second_conversions_are_not_facts(text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, EN, PUBLISHED)
    assert not find(facts, value, unit), describe(facts, text)
    assert find(facts, 2.4e9 if "2.4" in text else 1.18e9, "CNY"), describe(facts, text)  # (the yuan amount stays)


# every table as (language, text, value, unit, kind, investor): kind "" when no fact of that value and unit may be
# found, investor "" when the fact must name none, None when it is not checked
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    *((language, text, value, unit, kind, None) for language, text, value, unit, kind in RANGE_CLASSES),
    *((language, text, value, "CNY", kind, investor) for language, text, value, kind, investor in PHASES),
    *((language, text, value, "CNY", kind, None) for language, text, value, kind in YIELDS + TASKS),
    *PARTS_AND_PLANS, *PART3, *PART4, *PART5,
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round19_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    if not kind:
        assert not found, describe(found, text)
        return
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)
    if investor is not None:
        assert (found[0].fields.get("investor") or "") == investor, describe(found, text)
