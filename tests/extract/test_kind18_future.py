"""Round 18: kinds told by structure that hold across scripts (made-up sentences, Simplified, Traditional, English).

- A span of years counted from a project's start of operation (投产3年后, 营运两年后, 建成两年以后, "three
  years after it goes into production", "after two years of operation") opens the project's future: what it will
  yield then is a `target`; a bare span of years opening its clause (;5年后,) does so only before a verb of
  reaching (实现, 达到, 突破, 形成); a span that is a year (2023年后) or that counts from another event (成立3年后)
  is no cue, and a result told after the cue (已, "has") keeps an `indicator`.
- A plant's phase told by its investment (一期投入N, 二期将投资N) or by a designed daily or yearly capacity
  (日加工能力N吨) is a project being built: the yearly revenue and tax listed after it in its sentence
  (年销售收入N以上,税金M以上) are what it will yield (`target`s, zh_expected); a company's revenue told as
  achieved (去年, 已) or a place's total stays an `indicator`.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import describe, extract_by_rules, find

PUBLISHED = dt.date(2026, 3, 20)
HANS, HANT, EN = "zh-Hans", "zh-Hant", "en"

YEARS_AFTER_OPERATION: list[tuple[str, str, float, str, str]] = [
    (HANS, "星河电子产业园位于江州新区。项目建成投产3年后,实现年开票销售收入40亿元以上。", 40e8, "CNY", "target"),
    (HANS, "星河电子产业园位于江州新区。项目建成投产3年后,实现年开票销售收入40亿元以上;6年后,实现年开票销售收入"
           "90亿元以上。", 90e8, "CNY", "target"),
    (HANT, "星河電子產業園位於江州新區。項目建成投產3年後,實現年開票銷售收入40億元以上。", 40e8, "CNY", "target"),
    (HANT, "星河玻璃總裁王某表示,希望營運兩年後,新業務能佔集團整體收入的15%。", 15, "percent", "target"),
    (HANS, "星河玻璃总裁王某表示,希望营运两年以后,新业务能占集团整体收入的15%。", 15, "percent", "target"),
    (EN, "Xinghe Glass said that three years after it goes into production, the plant will account for 15% of the "
         "group's revenue.", 15, "percent", "target"),
    (EN, "After two years of operation, the new business could make up 15 percent of the group's revenue.", 15,
     "percent", "target"),
    # near misses: a year, another event, a result
    (HANS, "2023年后,全市规上工业企业实现销售收入40亿元。", 40e8, "CNY", "indicator"),
    (HANS, "星河集团成立3年后,实现销售收入40亿元。", 40e8, "CNY", "indicator"),
    (HANS, "星河工厂投产3年后,已实现年销售收入40亿元。", 40e8, "CNY", "indicator"),
    (HANT, "星河工廠投產3年後,已實現年銷售收入40億元。", 40e8, "CNY", "indicator"),
    (EN, "After two years of operation, the new business has made up 15 percent of the group's revenue.", 15,
     "percent", "indicator"),
    (EN, "Two years after the company was founded, its revenue made up 15 percent of the market.", 15, "percent",
     "indicator"),
]


PHASE_YIELD: list[tuple[str, str, float, str]] = [
    (HANS, "星河乳业新厂是全省规模最大、自动化程度最高的工厂之一。"
           "一期投入2.6亿元,日加工能力500吨,年销售收入5亿元以上,税金4000万元以上。", 5e8, "target"),
    (HANS, "星河乳业新厂是全省规模最大、自动化程度最高的工厂之一。"
           "一期投入2.6亿元,日加工能力500吨,年销售收入5亿元以上,税金4000万元以上。", 4e7, "target"),
    (HANT, "星河乳業新廠是全省規模最大、自動化程度最高的工廠之一。"
           "二期將投資2.2億元,日加工能力900噸,年銷售收入9億元以上。",
     9e8, "target"),
    (HANS, "星河乳业新厂是全省规模最大、自动化程度最高的工厂之一。"
           "日加工能力500吨,年销售收入5亿元以上。", 5e8, "target"),
    # near misses: an achieved revenue, a place's total
    (HANS, "星河乳业新厂是全省规模最大的工厂之一。一期投入2.6亿元,去年年销售收入5亿元。", 5e8, "indicator"),
    (HANT, "星河乳業新廠是全省規模最大的工廠之一。日加工能力500噸,目前年銷售收入5億元。", 5e8, "indicator"),
    (HANS, "一期投入2.6亿元。全市规上企业年销售收入5亿元以上的有12家。", 5e8, "indicator"),
]


@pytest.mark.parametrize(("language", "text", "value", "kind"), PHASE_YIELD)
def test_phase_yield(language: str, text: str, value: float, kind: str) -> None:
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, "CNY")
    if kind == "indicator" and not found:
        return  # (a value class, not counted, is no target either)
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)


# Items of a plan listed with semicolons (plan_items): the header's plan word governs each item.
PLAN_ITEMS: list[tuple[str, str, float, str]] = [
    (HANS, "至于集团现有的三大业务,明年会继续扩张,其中汽车配件增8%至900万件;光伏组件增46%至300万套;"
           "玻璃基板增120%。", 46, "target"),
    (HANS, "至于集团现有的三大业务,明年会继续扩张,其中汽车配件增8%至900万件;光伏组件增46%至300万套;"
           "玻璃基板增120%。", 120, "target"),
    (HANT, "至於集團現有的三大業務,明年會繼續擴張,其中汽車配件增8%至900萬件;光伏組件增46%至300萬套;"
           "玻璃基板增120%。", 46, "target"),
    (EN, "Xinghe said its businesses will keep expanding next year, including: auto parts up 8% to 9 million pieces; "
         "solar modules up 46%; glass substrates up 120%.", 46, "target"),
    # near misses: a header telling a result, a header cue with its own figure, an item telling a result, no opener
    (HANS, "集团去年已完成扩张,其中汽车配件增8%至900万件;光伏组件增46%至300万套。", 46, "indicator"),
    (HANS, "上半年共签约项目40个,计划投资额达80亿元:签约项目12个;光伏组件增46%。", 46, "indicator"),
    (HANS, "明年会继续扩张,其中汽车配件增8%至900万件;光伏组件去年已增46%至300万套。", 46, "indicator"),
    (HANS, "明年会继续扩张汽车配件业务;光伏组件增46%至300万套。", 46, "indicator"),
    (EN, "Its businesses grew last year, including: auto parts up 8% to 9 million pieces; solar modules up 46%.", 46,
     "indicator"),
    (EN, "With a total of 8 billion yuan, 25 projects will be launched, including 17 large projects; solar modules "
         "up 46%.", 46, "indicator"),
]


# One facility's amount by its role (en_facility): an attribute of one facility after "a", or put or invested in one
# facility.
FACILITY: list[tuple[str, float, str, str]] = [
    ("Xinghe Materials chose Riverton to build a new $250M glass fiber plant, bringing 300 jobs.", 250e6, "USD",
     "project"),
    ("Xinghe Materials broke ground for a $250 million, 50,000-ton glass fiber production line on Monday.", 250e6,
     "USD", "project"),
    ("Of the total, CNY 2 bn alone are earmarked for the construction of the battery assembly plant.", 2e9, "CNY",
     "project"),
    ("Some CNY12.4 billion (USD1.8 billion) will go towards the silicon plant in Hami.", 12.4e9, "CNY", "project"),
    ("Another CNY9.5 billion will be spent on the wafer, cell and module facility that will produce 10 GW.", 9.5e9,
     "CNY", "project"),
    ("Xinghe has invested CNY1.9 billion (over $300 million) in the project since it began in 2019.", 1.9e9, "CNY",
     "project"),
    ("Xinghe will invest a total of 1.9 billion yuan into the new cathode plant.", 1.9e9, "CNY", "project"),
    # near misses: no facility named, a field, a loan, a preposition between, a place's park, several projects
    ("The city invested 1.9 billion yuan in the city's new industrial park.", 1.9e9, "CNY", "indicator"),
    ("Xinghe invested 1.9 billion yuan in 12 projects last year.", 1.9e9, "CNY", "indicator"),
    ("The city attracted a $250M investment in the first half of the year.", 250e6, "USD", "indicator"),
    ("The province said CNY 2 bn were spent on infrastructure in the first half.", 2e9, "CNY", "indicator"),
    ("The bank granted the city a $250M credit line last year.", 250e6, "USD", "indicator"),
]


def test_a_duplicated_paragraph_is_one_project_fact() -> None:
    paragraph = "Of the total, CNY 2 bn alone are earmarked for the construction of the battery assembly plant."
    text = f"Xinghe expands in Liuzhou\n{paragraph}\nThe plant opens in 2027.\n{paragraph}\n"
    found = find(extract_by_rules(text, EN, PUBLISHED), 2e9, "CNY")
    assert len(found) == 1 and len(found[0].evidence) == 2, describe(found, text)


# A plan word before an adverb of accumulation (将累计创造, 将陆续投资) is still the plan word, and 累计 after it tells
# no result; projects that 有望 start this year are a plan's count like those that 将 start.
PLAN_ADVERBS: list[tuple[str, str, float, str, str]] = [
    (HANS, "星河宣布投资约6亿美元建设氯化锂生产基地,该项目将累计创造1200余个当地就业岗位。", 1200, "count", "target"),
    (HANT, "星河宣佈投資約6億美元建設氯化鋰生產基地,該項目將累計創造1200餘個當地就業崗位。", 1200, "count", "target"),
    (EN, "Xinghe will invest about $600 million in a lithium chloride base, which will create a total of 1,200 "
         "local jobs.", 1200, "count", "target"),
    (HANS, "目前已开工项目20个,另外还有9个项目有望于年内开工建设。", 9, "count", "target"),
    (HANT, "目前已開工項目20個,另外還有9個項目有望於年內開工建設。", 9, "count", "target"),
    # near misses: 累计 of a result, projects that started
    (HANS, "星河氯化锂生产基地投产三年来,已累计创造1200余个当地就业岗位。", 1200, "count", "indicator"),
    (HANS, "目前已开工项目20个,另外还有9个项目于上月开工建设。", 9, "count", "indicator"),
    (EN, "The lithium chloride base has created a total of 1,200 local jobs since 2019.", 1200, "count", "indicator"),
]


# A clause opening on 项目总投资 in a sentence about one project (zh_topic_total): that project's total.
TOPIC_TOTAL: list[tuple[str, str, float, str]] = [
    (HANS, "江州区在北部新城规划建设科创城,其中的星河创业园规划用地面积约300亩,紧挨着会展中心,项目总投资12亿元,"
           "布局建设孵化基地。", 12e8, "project"),
    (HANT, "江州區在北部新城規劃建設科創城,其中的星河創業園規劃用地面積約300畝,緊挨著會展中心,項目總投資12億元,"
           "佈局建設孵化基地。", 12e8, "project"),
    (EN, "The Xinghe innovation park covers 20 hectares next to the exhibition centre, and the project has a total "
         "investment of 1.2 billion yuan.", 12e8, "project"),
    # near misses: a batch counted before, a class of projects
    (HANS, "江州区今天举行开竣工仪式,两地共18个项目开竣工,项目总投资27亿元。", 27e8, "indicator"),
    (HANT, "江州區今天舉行開竣工儀式,兩地共18個項目開竣工,項目總投資27億元。", 27e8, "indicator"),
    (HANS, "今年全区重点项目进展顺利,项目总投资27亿元。", 27e8, "indicator"),
]


# The progress of one facility's works (en_facility.works_progress): its completed investment, a project fact.
# (English only: Chinese progress is zh_progress's, which reads it of a project named with its company.)
WORKS_PROGRESS: list[tuple[str, str, float, str]] = [
    (EN, "Currently, investment in the second phase of the expansion of the north terminal of Riverton port has "
         "reached 640 million yuan.", 640e6, "project"),
    (EN, "The first phase is done, and the berth renovation of the west operation area of Riverton port has attracted "
         "52.3 million yuan.", 52.3e6, "project"),
    (EN, "Construction work on the new copper smelter, which involved around 4 billion yuan of investment, ended in "
         "May.", 4e9, "project"),
    # near misses: a place's aggregate, several projects, a place's fixed-asset investment
    (EN, "Currently, investment in the city has reached 640 million yuan.", 640e6, "indicator"),
    (EN, "So far, investment in the 12 projects of the port has reached 640 million yuan.", 640e6, "indicator"),
    (EN, "The fixed-asset investment of the port city has reached 640 million yuan.", 640e6, "indicator"),
]


# A project's name in quotes after 的 (总投资N的"X项目"), and a decided change of a project's total (zh_topic_total).
CHANGED_TOTALS: list[tuple[str, str, float, str]] = [
    (HANS, "星河硅业晚间发布公告,对总投资90亿元的\"星河新能源装备产业园项目\"进行补充确认。", 90e8, "project"),
    (HANT, "星河矽業晚間發佈公告,對總投資90億元的「星河新能源裝備產業園項目」進行補充確認。", 90e8, "project"),
    (HANS, "去年6月公司与当地政府签订补充协议,将总投资增加至90亿元,项目扩展为全产业链。", 90e8, "project"),
    (HANT, "經過多次洽談,最後確定將總投資增加到8億元。", 8e8, "project"),
    (HANS, "调整后,两个项目合计投资规模将由2.3亿元缩减至3100万元。", 2.3e8, "project"),
    (HANS, "调整后,两个项目合计投资规模将由2.3亿元缩减至3100万元。", 3100e4, "project"),
    # near misses: a place's fixed-asset investment, a batch's signed total, a total with no change
    (HANS, "全市固定资产投资将由100亿元增加到120亿元。", 120e8, "indicator"),
    (HANT, "今年簽約項目總投資將由100億元增加到120億元。", 120e8, "indicator"),
    (HANS, "全市今年投资总额增加120亿元。", 120e8, "indicator"),
]


def test_a_changed_total_restating_a_named_total_is_one_fact() -> None:
    text = ("星河硅业发布公告,对总投资90亿元的\"星河新能源装备产业园项目\"进行补充确认。"
            "去年6月公司与当地政府签订补充协议,将总投资增加至90亿元,项目扩展为全产业链。")
    found = find(extract_by_rules(text, HANS, PUBLISHED), 90e8, "CNY")
    assert len(found) == 1 and found[0].kind.value == "project", describe(found, text)


# A plan word labelling its own amount (年计划投资N) holds no goal for the items listed after a list opener (其中:).
OWN_AMOUNT_LABEL: list[tuple[str, str, float, str, str]] = [
    (HANS, "此次集中开工的项目共有6个,总投资额48亿元,年计划投资15亿元,其中:省级重点项目2个,市级重点项目4个。", 2,
     "count", "indicator"),
    (HANT, "此次集中開工的項目共有6個,總投資額48億元,年計劃投資15億元,其中:省級重點項目2個,市級重點項目4個。", 2,
     "count", "indicator"),
    # near misses: the plan's own figure compared with the year before, a plan word holding the list
    (HANS, "今年全市年度计划投资150亿元,比上年120亿元增长25%。", 25, "percent", "target"),
    (HANS, "今年计划实施重点项目30个,其中:省级重点项目2个,市级重点项目28个。", 2, "count", "target"),
]


# An item of an enumeration of named projects (分别为总投资N的X产业项目): one project, though its name ends like a
# class.
ENUMERATED: list[tuple[str, str, float, str]] = [
    (HANS, "其中10亿元以上项目2个,分别为总投资16.5亿元的氢能一体化产业项目,"
           "总投资12亿元的星河智能装备基地项目。", 16.5e8, "project"),
    (HANT, "其中10億元以上項目2個,分別為總投資16.5億元的氫能一體化產業項目,"
           "總投資12億元的星河智能裝備基地項目。", 16.5e8, "project"),
    # near misses: the same class without the enumeration, classes given amounts with 分别为
    (HANS, "其中10亿元以上项目2个,总投资16.5亿元的氢能一体化产业项目今天开工。", 16.5e8, "indicator"),
    (HANS, "全县工业项目和农业项目总投资分别为16.5亿元和3亿元。", 16.5e8, "indicator"),
]


# A batch told before the amount in its sentence (zh_topic_total.batch_between): the batch's total, an indicator.
BATCH_BEFORE: list[tuple[str, str, float, str]] = [
    (HANS, "目前,已有星河铝业、江州纸业、远帆投资公司等5家企业入园,合同投资额达36.2亿元。", 36.2e8, "indicator"),
    (HANT, "目前,已有星河鋁業、江州紙業、遠帆投資公司等5家企業入園,合同投資額達36.2億元。", 36.2e8, "indicator"),
    (HANS, "江州区项目建设是全市的缩影,连日来全市9个县区的210个重点项目集中开工,总投资达到860亿元。", 860e8,
     "indicator"),
    # near misses: one company's project, the batch told after the amount, one company set up
    (HANT, "星河集團擬在江州開發區全資設立一家公司,註冊資本為36.2億元。", 36.2e8, "project"),
    (HANS, "星河铝业新建的铝型材项目总投资36.2亿元。", 36.2e8, "project"),
    (HANS, "星河铝业新建的铝型材项目总投资36.2亿元,将带动5家企业入园。", 36.2e8, "project"),
]


def _cny(rows: list[tuple[str, str, float, str]]) -> list[tuple[str, str, float, str, str]]:
    return [(language, text, value, "CNY", kind) for language, text, value, kind in rows]


# every table above but PHASE_YIELD (whose value classes may be left uncounted), as (language, text, value, unit, kind)
KIND_TABLES: dict[str, list[tuple[str, str, float, str, str]]] = {
    "years-after-operation": YEARS_AFTER_OPERATION,
    "plan-items": [(language, text, value, "percent", kind) for language, text, value, kind in PLAN_ITEMS],
    "facility": [(EN, text, value, unit, kind) for text, value, unit, kind in FACILITY],
    "plan-adverbs": PLAN_ADVERBS,
    "topic-total": _cny(TOPIC_TOTAL),
    "works-progress": _cny(WORKS_PROGRESS),
    "changed-totals": _cny(CHANGED_TOTALS),
    "own-amount-label": OWN_AMOUNT_LABEL,
    "enumerated": _cny(ENUMERATED),
    "batch-before": _cny(BATCH_BEFORE),
}


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind"), [
    pytest.param(*row, id=f"{name}-{i}") for name, rows in KIND_TABLES.items() for i, row in enumerate(rows)
])
def test_kind_by_structure(language: str, text: str, value: float, unit: str, kind: str) -> None:
    """The first fact of `unit` and `value` has the kind the table gives."""
    facts = extract_by_rules(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, describe(facts, text)
    assert found[0].kind.value == kind, describe(found, text)
