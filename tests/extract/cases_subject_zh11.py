"""Table cases of round 11's investor decisions for Chinese amounts (`app.extract.subject_zh`,
`app.extract.settle_zh`, `app.extract.short_zh`): a list's marker (二是, 三是), a verb of saying (表示) or a verb
phrase (上马了) read as the investor gives way to the company the sentence or paragraph is about; the place after
在 (计划在某国投资) is where the money goes, not who spends it; a company's short name is known from its full legal
name the article also writes (江南某某轮胎股份有限公司 … 某某轮胎计划…); a paragraph of its own with no subject
(本项目投资总额为N) continues the paragraph before it, blank lines skipped, through the subject opening its sentences;
a name the article defines in brackets (X有限公司(以下简称"某某公司"), 该公司(乙方)) stands for the company, never the
defined word itself; in a list of projects each headed by its company (A集团总投资N的X项目、B总投资M的Y项目) each
item is its own company's, and a clause describing a company before it (我市当天签订的X集团) is no part of its
name; a short name opening a clause before its plan to build (另外X还将建设…) is a company the next sentence
(该项目总投资N) refers to; the agent said after a project (由X整体收购…) comes before a name guessed from the
project's own words (绿色中药 of 绿色中药产业化项目), but not across another item's amount. Cases that stay: a
place's plan stays a target or an indicator, a place's total an indicator, a company named inside a project's name
two paragraphs up is no subject, a legal name read from the project stays, a clause word (届时) is no name.

Sentences written for these tests (no held-out sentence; companies and places made up). Shapes as in
tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator), FIELDS (language, text, value,
field, expected — "" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

_LIST_MARKERS = ("3月2日,江南远帆纸业股份有限公司连发三条公告。一是在越南设立全资子公司;"
                 "二是投资人民币8亿元建设年产30万吨包装纸项目;三是投资人民币3亿元建设特种纸项目。")
_HANT_LIST_MARKERS = ("3月2日,江南遠帆紙業股份有限公司連發三條公告。一是在越南設立全資子公司;"
                      "二是投資人民幣8億元建設年產30萬噸包裝紙項目;三是投資人民幣3億元建設特種紙項目。")
_SAYING = ("1月8日,星河玻璃发布公告称将扩大产能。\n"
           "其中,公司表示将在江州市设立两家全资子公司,并投资12亿元用于建设汽车玻璃项目。")
_PLACED = ("江南华辰轮胎股份有限公司于2019年上市。\n"
           "2020年5月,华辰轮胎对外披露华辰轮胎计划在匈牙利投资5亿美元,建设年产600万条轮胎项目。")
_HANT_PLACED = ("江南華辰輪胎股份有限公司於2019年上市。\n"
                "2020年5月,華辰輪胎對外披露華辰輪胎計劃在匈牙利投資5億美元,建設年產600萬條輪胎項目。")
_PLACED_COMPANY = "远帆集团计划在江州投资10亿元建设物流园项目。"  # the company before 在 stays
_ANNOUNCED_PARAGRAPH = ("星河半导体(688001)发布公告,公司与江州经开区管委会签署合作框架协议。\n"
                        "公司拟建设12英寸晶圆生产线项目,产品主要用于汽车电子。规划产能为每月5万片。\n"
                        "本项目投资总额为30亿美元。")
_HANT_ANNOUNCED_PARAGRAPH = ("星河半導體(688001)發布公告,公司與江州經開區管委會簽署合作框架協議。\n"
                             "公司擬建設12英寸晶圓生產線項目,產品主要用於汽車電子。規劃產能為每月5萬片。\n\n"
                             "本項目投資總額為30億美元。")
_PLACE_PARAGRAPH = "江州市今年计划实施重点项目120个。\n项目总投资860亿元。"  # a place's total stays an indicator
_PROJECT_NAME_ABOVE = ("投资标的名称:江州远帆研究院改造项目\n\n"
                       "投资金额:预计投资总额为900万元。")  # an owner read from a project's name is no subject
_DEFINED_SHORT = ("公司子公司江州远帆药业有限公司(以下简称\"远帆药业\")积极发展中药产业。"
                  "本项目预计投资总额为800万元,资金来源为远帆药业自有资金。")
_DEFINED_PARTY = ("星河微电子(688002.SH)发布公告,该公司(乙方)与江州经开区管委会(甲方)签署合作协议。\n"
                  "乙方拟通过其全资子公司在江州设立一家新公司,本项目投资总额为20亿美元。")
_LIST_OF_OWNERS = ("江州市引进了远帆集团总投资80亿元的有色金属加工项目、华辰重科总投资50亿元的新材料产业园项目"
                   "等重大产业项目。")  # each item's company, not the one of the item before
_HANT_LIST_OF_OWNERS = "江州市引進了遠帆集團總投資80億元的有色金屬加工項目、華辰重科總投資50億元的新材料產業園項目等。"
_DESCRIBED_GROUP = ("我市当天签订的江南星河投资控股集团总投资36亿元建设的星河康养基地项目,"
                    "江州远帆化工有限公司总投资5亿元建设的年产3000吨涂料项目。")
_BUILDS_TOO = ("江州年产800万套子午线轮胎项目总投资30亿元。另外远帆轮胎还将建设\"2万吨废旧轮胎再生工程\"。"
               "该项目总投资1.5亿元,分两个阶段建设。")  # a short name opening a clause before its plan to build
_HANT_BUILDS_TOO = ("江州年產800萬套子午線輪胎項目總投資30億元。另外遠帆輪胎還將建設\"2萬噸廢舊輪胎再生工程\"。"
                    "該項目總投資1.5億元。")
_THEN_BUILDS = "江州物流园项目进展顺利。届时将建设仓储中心。该项目总投资1.5亿元。"  # 届时: no name
_AGENT_AFTER = ("江州市四个项目签约。新建5万锭纺纱项目,投资约2.2亿元,建设两条纺纱生产线;"
                 "绿色中药产业化项目投资1.6亿元,由星河医药集团整体收购江州制药厂,建设中药深加工线。")
_HANT_AGENT_AFTER = "綠色中藥產業化項目投資1.6億元,由星河醫藥集團整體收購江州製藥廠。"
_NAMED_OWNER_STAYS = "远帆药业有限公司中药产业化项目投资1.6亿元,由星河医药集团收购部分股权。"  # a legal name stays
_GOVERNMENT_PLAN = "江州市人民政府表示,今年全市计划投资100亿元建设道路。"  # a place's plan stays a target

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _LIST_MARKERS, 8e8, "CNY", P, ""),
    (HANS, _PLACED_COMPANY, 10e8, "CNY", P, ""),
    (HANS, _ANNOUNCED_PARAGRAPH, 30e8, "USD", P, ""),
    (HANS, _PLACE_PARAGRAPH, 860e8, "CNY", IND, "="),
    (HANS, _GOVERNMENT_PLAN, 100e8, "CNY", T, "="),
    (HANS, _LIST_OF_OWNERS, 50e8, "CNY", P, ""),
    (HANS, _DESCRIBED_GROUP, 36e8, "CNY", P, ""),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, _LIST_MARKERS, 8e8, "investor", "江南远帆纸业股份有限公司"),
    (HANS, _LIST_MARKERS, 3e8, "investor", "江南远帆纸业股份有限公司"),
    (HANT, _HANT_LIST_MARKERS, 8e8, "investor", "江南遠帆紙業股份有限公司"),
    (HANS, _SAYING, 12e8, "investor", "星河玻璃"),
    (HANS, _PLACED, 5e8, "investor", "华辰轮胎"),
    (HANT, _HANT_PLACED, 5e8, "investor", "華辰輪胎"),
    (HANS, _PLACED_COMPANY, 10e8, "investor", "远帆集团"),
    (HANS, _ANNOUNCED_PARAGRAPH, 30e8, "investor", "星河半导体"),
    (HANT, _HANT_ANNOUNCED_PARAGRAPH, 30e8, "investor", "星河半導體"),
    (HANS, _PROJECT_NAME_ABOVE, 9e6, "investor", ""),
    (HANS, _DEFINED_SHORT, 8e6, "investor", "江州远帆药业有限公司（远帆药业）"),  # its defined short name after it
    (HANS, _DEFINED_PARTY, 20e8, "investor", "星河微电子"),
    (HANS, _LIST_OF_OWNERS, 80e8, "investor", "远帆集团"),
    (HANS, _LIST_OF_OWNERS, 50e8, "investor", "华辰重科"),
    (HANT, _HANT_LIST_OF_OWNERS, 50e8, "investor", "華辰重科"),
    (HANS, _DESCRIBED_GROUP, 36e8, "investor", "江南星河投资控股集团"),
    (HANS, _DESCRIBED_GROUP, 5e8, "investor", "江州远帆化工有限公司"),
    (HANS, _BUILDS_TOO, 1.5e8, "investor", "远帆轮胎"),
    (HANT, _HANT_BUILDS_TOO, 1.5e8, "investor", "遠帆輪胎"),
    (HANS, _THEN_BUILDS, 1.5e8, "investor", ""),
    (HANS, _AGENT_AFTER, 1.6e8, "investor", "星河医药集团"),
    (HANS, _AGENT_AFTER, 2.2e8, "investor", ""),  # the next item's agent is not this one's
    (HANT, _HANT_AGENT_AFTER, 1.6e8, "investor", "星河醫藥集團"),
    (HANS, _NAMED_OWNER_STAYS, 1.6e8, "investor", "远帆药业有限公司"),
]
