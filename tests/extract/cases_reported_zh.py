"""Table cases for Chinese figures that report what was achieved although a plan or goal word stands before them
(issue 14, round 7): a completion rate (完成全年计划N%, 完成…目标任务的N%), the total investment of a batch of
projects listed to start or be built (计划开工项目N个、总投资…), the figures of months gone by told in a clause of
their own (1至5月,…产值分别为…); versus real goals that stay targets (力争完成…, 计划引进项目N个、总投资…, 目标是…).

Made-up places, industries and wordings, Simplified and Traditional; no held-out sentence. Shape as
STRUCT_NUMERIC in tests/extract/cases_subject_zh.py: (language, text, value, unit, kind, comparator)."""

from __future__ import annotations

T, IND = "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

_RATE_OF_TASK = "1-9月,江州市服务业招商引资签约320亿元,完成全年服务业招商引资目标任务的115%。"
_HANT_RATE_OF_PLAN = "截至6月底,高新區完成工業總產值48億元,完成全年計劃46.2%,同比增長7.5%。"
_RATE_OF_PLAN = "上半年,南湖园区实现营业收入62亿元,完成年度计划58.3%。"
_RATE_ASKED = "今年,江州市力争完成全年招商引资目标任务的110%。"
_RATE_PLANNED = "江州市计划今年完成固定资产投资增长8%。"
_MONTHS_GONE = ("围绕打造西部锂都的发展目标,今年1至5月,江州市锂电、储能产业产值分别为36.2亿元、12.8亿元,"
                "同比分别增长21%、15.6%。")
_HANT_MONTHS_GONE = "圍繞建設光伏之城的發展目標,1-4月,臨江區光伏產業產值為22.5億元,同比增長18.2%。"
_MONTHS_PLANNED = "江州市计划1-6月签约项目投资额达到200亿元。"
_BATCH_TO_START = "截至目前,江州市计划开工项目320个,总投资1250亿元,年度计划投资410亿元。"
_HANT_BATCH_TO_START = "本季度江州市計劃開工項目85個、總投資460億元,年度計劃投資120億元。"
_BATCH_BY_TRADE = "今年计划投资35亿元,其中基础设施建设项目13个、总投资151亿元。"
_TO_ATTRACT = "到2026年,江州市计划引进项目50个、总投资300亿元。"
_GOAL_TOTAL = "江州市的目标是三年累计招商引资金额超800亿元。"

REPORTED_NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _RATE_OF_TASK, 115, "percent", IND, ""),
    (HANS, _RATE_OF_TASK, 320e8, "CNY", IND, ""),
    (HANT, _HANT_RATE_OF_PLAN, 46.2, "percent", IND, ""),
    (HANT, _HANT_RATE_OF_PLAN, 7.5, "percent", IND, ""),
    (HANS, _RATE_OF_PLAN, 58.3, "percent", IND, ""),
    (HANS, _RATE_ASKED, 110, "percent", T, ""),
    (HANS, _RATE_PLANNED, 8, "percent", T, ""),
    (HANS, _MONTHS_GONE, 36.2e8, "CNY", IND, ""),
    (HANS, _MONTHS_GONE, 12.8e8, "CNY", IND, ""),
    (HANS, _MONTHS_GONE, 21, "percent", IND, ""),
    (HANS, _MONTHS_GONE, 15.6, "percent", IND, ""),
    (HANT, _HANT_MONTHS_GONE, 22.5e8, "CNY", IND, ""),
    (HANT, _HANT_MONTHS_GONE, 18.2, "percent", IND, ""),
    (HANS, _MONTHS_PLANNED, 200e8, "CNY", T, ""),
    (HANS, _BATCH_TO_START, 1250e8, "CNY", IND, ""),
    (HANS, _BATCH_TO_START, 410e8, "CNY", T, ""),
    (HANT, _HANT_BATCH_TO_START, 460e8, "CNY", IND, ""),
    (HANT, _HANT_BATCH_TO_START, 120e8, "CNY", T, ""),
    (HANS, _BATCH_BY_TRADE, 151e8, "CNY", IND, ""),
    (HANS, _BATCH_BY_TRADE, 35e8, "CNY", T, ""),
    (HANS, _TO_ATTRACT, 300e8, "CNY", T, ""),
    (HANS, _GOAL_TOTAL, 800e8, "CNY", T, ">"),
]

_YEARS_GONE = "近三年,江州市累计招商引资金额超500亿元,目标任务全面完成。"
_HANT_GOAL_TOTAL = "江州市的目標是五年累計招商引資金額超1200億元。"
REPORTED_NUMERIC += [
    (HANS, _YEARS_GONE, 500e8, "CNY", IND, ">"),
    (HANT, _HANT_GOAL_TOTAL, 1200e8, "CNY", T, ">"),
]
