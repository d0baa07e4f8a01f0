"""Table cases of round 10's investor decisions for Chinese amounts (`app.extract.subject_zh`,
`app.extract.settle_zh`, `app.extract.company_zh`): a project's own name opening the clause (江州星河工业园占地…,
X数字产业园项目占地…, 江州项目计划投资…) is no company, so the company the paragraph named before is the investor,
else the owner read from a place-led name, and never the facility's name itself; a phase with its own total
(其中一期工程计划总投资N) takes the company the sentence before is about; a parent acting through a subsidiary
(公司拟通过全资子公司Y在…投资建设) has the subsidiary invest (README: as the text names it); a disclosure verb or a
的 after a name is no part of it; a clause opening with the project referred back to (项目将按照…建设) names no
project; a place's largest project said to be a company's (…项目是X的Y项目) is X's; a listed item headed by a short
name with its business word (投资N亿元的X置业Y花园) is X's; 该签约项目 is the one project signed, its company the
one a chain of places (某省某市某县人民政府与X) signs with, by the longer legal name known there; the company by its
legal form that the clause before the amount ends with investing (…项目,X集团投资,总投资N) invests; a clause after
the amount saying the project is a company's (…,是X…最大的投资项目) names its investor; a clause of time opening the
sentence (继与A市签署总投资N的协议后,X又…) takes the main clause's company; a named project classed after its name
(X项目属省重大项目,总投资N) is one project. Cases that stay:
a place's plan stays an indicator, a government's park names no investor.

Sentences written for these tests (no held-out sentence; companies and places made up). Shapes as in
tests/extract/cases.py: NUMERIC (language, text, value, unit, kind, comparator), FIELDS (language, text, value,
field, expected — "" for no value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

_PARK_AFTER_GROUP = ("星河集团将在江州出口加工区投资建立江州星河工业园。"
                     "江州星河工业园占地25万平方米,一期工程投资总额达6亿元。")
_PARK_AFTER_GROUP_2 = ("远航控股集团日前在临川签约建设临川远航产业园。临川远航产业园规划用地800亩,"
                       "其中一期工程计划总投资12亿元。")
_HANT_PARK_AFTER_GROUP = ("遠航控股集團日前在臨川簽約建設臨川遠航產業園。"
                          "臨川遠航產業園規劃用地800畝,一期工程總投資12億元。")
_PARK_AFTER_SIGNING = "江州市政府与远帆集团签约。江州远帆工业园占地800亩,一期工程投资总额达9亿元。"
_PARK_ALONE = "江州星河工业园占地25万平方米,一期工程投资总额达6亿元。"  # no company named: the place-led name's owner
_PARK_AFTER_PLACE = "江州市举行签约仪式。江州星河工业园占地25万平方米,一期工程投资总额达6亿元。"
_GOVERNMENT_PARK = "江州经开区管委会负责建设江州数字产业园。江州数字产业园占地800亩,一期工程投资总额达9亿元。"
_FACILITY_SUBJECT = ("7月2日,云岭卡普斯互联网生态园项目开工仪式在江州举行。"
                     "据介绍,云岭卡普斯互联网生态园项目占地约3000亩,总投资80亿元,项目达产后可实现产值200亿元。")
_PROJECT_WORD_SUBJECT = "华辰科技披露,江州项目计划投资额12亿元,建设锂电池隔膜。"
_HANT_PROJECT_WORD_SUBJECT = "華辰科技披露,江州項目計劃投資額12億元。"
_REFERRED_PROJECT = ("近日,江州市人民政府与江州远帆电子有限公司签订战略合作,远帆电子智能制造基地项目正式落地江州。\n"
                     "据悉,该项目将建成远帆第3家智能工厂。项目将按照绿色工厂标准进行建设,规划占地500亩,总投资约30亿元。")
_PHASE_OWN_TOTAL = ("据悉,远帆实业集团江州远帆公司正式成立于去年8月19日,其整体建设分两期。"
                    "其中一期工程计划总投资2.8亿元;建成后年产10万吨。")
_PHASE_OF_TOTAL = "远帆新材料项目总投资40亿元,其中一期工程投资15亿元。"  # a part: the investor only on the total
_PHASE_WITH_AGENT = ("3月15日,星河传媒消息,云岭电子江州智能终端项目二期正式开工。\n"
                     "二期项目总投资7.6亿元,用地面积6万平方米。本次项目由江州云岭电子有限公司主导建设。")
_VIA_SUBSIDIARY = ("近日,华辰集团公告称,公司拟通过全资子公司江州华辰电子有限公司在江州投资建设年产100万台空调项目,"
                   "预计总投资约17亿元。")
_HANT_VIA_SUBSIDIARY = ("近日,華辰集團公告稱,公司擬通過子公司江州華辰電子有限公司在江州投資建設年產100萬台空調項目,"
                        "預計總投資人民幣約17億元。")
_VIA_CONTROLLED = ("远帆新材料有限公司董事会公告,公司拟通过控股子公司远帆新材料(江州)有限公司在江州投资建设"
                   "年产10万吨电解液项目,项目总投资约9亿元。")
_VIA_FUNDS = ("近日,华辰集团公告称,公司拟通过定向增发募集资金在江州投资建设年产100万台空调项目,"
              "预计总投资约17亿元。")  # through money raised, not a subsidiary: the company itself
_OWNER_OF = "远帆电力的发电项目总投资31亿元。"
_PLACE_PLAN = "今年江州市计划实施重点项目120个,总投资860亿元。"
_SIGNED_ONE = "江州市人民政府与远帆控股集团举行签约仪式。该签约项目总投资32亿元。"  # 该签约项目: the one project signed
_HANT_SIGNED_CHAIN = ("2月11日,江南省湖州市長樂縣人民政府與與遠帆控股集團舉行《遠帆新能源汽車項目》簽約儀式。"
                      "該簽約項目總投資326億元,含整車生產基地。")  # a chain of places, a doubled 與, a short name known
_PLACE_SIGNED = "江州市今年签约项目总投资320亿元。"  # the year's signed projects: the place's total
_INVESTS_BEFORE = "位于云台山景区的云台太极养生项目,远帆集团投资,总投资达100亿元。"  # X集团投资 in the clause before
_BY_BEFORE = "位于云台山景区的云台太极养生项目,由远帆集团投资,总投资达一百亿元。"
_SAID_AFTER = ("据介绍,云岭卡普斯互联网生态园项目占地约3000亩,总投资80亿元,项目达产后可实现产值200亿元,"
               "是远帆集团自创立以来在国内最大的投资项目。")  # the company the project is said after to be of
_SAID_AFTER_PLACE_LED = "江州智慧物流园项目总投资30亿元,是远帆集团在华东最大的生产基地。"
_SAID_AFTER_PLACE = "江州智慧物流园项目总投资30亿元,是全市最大的项目。"  # a place's largest: no company said
_AFTER_SIGNING = ("继与江南余姚政府签署总投资188亿元的协议后,远帆汽车近日又与江州市政府签署协议,斥资100多亿元在当地"
                  "建设完整的生产基地。")  # a clause of time opening the sentence: the main clause's company
_AFTER_PLAN = "在江州市政府完成规划后,全市将投资100亿元建设道路。"  # a place's plan stays a target
_CLASSED = "远基大健康高端食品项目属省重大项目,总投资7亿元,打造智能工厂。"  # one project, then its class
_CLASS_TOTAL = "江州市重大项目总投资700亿元。"  # the class's total: the place's
_IS_BUILT_BY = "江川县最大招商引资项目是由远帆集团投资建设的发电项目,总投资31亿元。"
_GOVERNMENT_INVESTS = "云台太极养生项目,江州市政府投资,总投资达100亿元。"  # a government is no investor
_LARGEST_IS = "江川县最大招商引资项目是远帆电力的发电项目,总投资31亿元。"  # a place's project said to be X's
_LARGEST_IS_CLASS = "江川县最大的项目是全县的重点项目,总投资31亿元。"  # a class of projects: the place's
_LISTED_BRAND = ("城建项目9个,总投资32.5亿元。主要有投资10亿元的江川县德隆嘉苑社区、投资8亿元的江川县古塘花园新型社区、"
                 "投资4.4亿元的远基置业锦绣花园等项目。")  # a short name with its business word heads the item
_PLACE_PARK = "全市重点项目进展顺利。江州高新区智能制造产业园项目占地600亩,总投资25亿元。"

NUMERIC: list[tuple[str, str, float, str, str, str]] = [
    (HANS, _PARK_AFTER_GROUP, 6e8, "CNY", P, ""),
    (HANS, _PARK_ALONE, 6e8, "CNY", P, ""),
    (HANS, _FACILITY_SUBJECT, 80e8, "CNY", P, ""),
    (HANS, _PROJECT_WORD_SUBJECT, 12e8, "CNY", P, ""),
    (HANS, _REFERRED_PROJECT, 30e8, "CNY", P, ""),
    (HANS, _PHASE_OWN_TOTAL, 2.8e8, "CNY", P, ""),
    (HANS, _VIA_SUBSIDIARY, 17e8, "CNY", P, ""),
    (HANS, _PLACE_PLAN, 860e8, "CNY", IND, "="),
    (HANS, _LARGEST_IS, 31e8, "CNY", P, ""),
    (HANS, _LARGEST_IS_CLASS, 31e8, "CNY", IND, "="),
    (HANS, _LISTED_BRAND, 32.5e8, "CNY", IND, "="),
    (HANS, _LISTED_BRAND, 4.4e8, "CNY", P, ""),
    (HANS, _SIGNED_ONE, 32e8, "CNY", P, ""),
    (HANT, _HANT_SIGNED_CHAIN, 326e8, "CNY", P, ""),
    (HANS, _PLACE_SIGNED, 320e8, "CNY", IND, "="),
    (HANS, _INVESTS_BEFORE, 100e8, "CNY", P, ""),
    (HANS, _SAID_AFTER, 200e8, "CNY", T, "="),
    (HANS, _AFTER_SIGNING, 188e8, "CNY", P, ""),
    (HANS, _AFTER_SIGNING, 100e8, "CNY", P, ""),
    (HANS, _AFTER_PLAN, 100e8, "CNY", T, "="),
    (HANS, _CLASSED, 7e8, "CNY", P, ""),
    (HANS, _CLASS_TOTAL, 700e8, "CNY", IND, "="),
    (HANS, _IS_BUILT_BY, 31e8, "CNY", P, ""),
]

FIELDS: list[tuple[str, str, float, str, str]] = [
    (HANS, _PARK_AFTER_GROUP, 6e8, "investor", "星河集团"),
    (HANS, _PARK_AFTER_GROUP_2, 12e8, "investor", "远航控股集团"),
    (HANT, _HANT_PARK_AFTER_GROUP, 12e8, "investor", "遠航控股集團"),
    (HANS, _PARK_AFTER_SIGNING, 9e8, "investor", "远帆集团"),
    (HANS, _PARK_ALONE, 6e8, "investor", "江州星河"),
    (HANS, _PARK_AFTER_PLACE, 6e8, "investor", "江州星河"),
    (HANS, _GOVERNMENT_PARK, 9e8, "investor", ""),
    (HANS, _FACILITY_SUBJECT, 80e8, "investor", ""),
    (HANS, _PROJECT_WORD_SUBJECT, 12e8, "investor", "华辰科技"),
    (HANT, _HANT_PROJECT_WORD_SUBJECT, 12e8, "investor", "華辰科技"),
    (HANS, _REFERRED_PROJECT, 30e8, "investor", "江州远帆电子有限公司"),
    (HANS, _PHASE_OWN_TOTAL, 2.8e8, "investor", "远帆实业集团江州远帆公司"),
    (HANS, _PHASE_OF_TOTAL, 15e8, "investor", ""),
    (HANS, _PHASE_WITH_AGENT, 7.6e8, "investor", "江州云岭电子有限公司"),
    (HANS, _VIA_SUBSIDIARY, 17e8, "investor", "江州华辰电子有限公司"),
    (HANT, _HANT_VIA_SUBSIDIARY, 17e8, "investor", "江州華辰電子有限公司"),
    (HANS, _VIA_CONTROLLED, 9e8, "investor", "远帆新材料(江州)有限公司"),
    (HANS, _VIA_FUNDS, 17e8, "investor", "华辰集团"),
    (HANS, _OWNER_OF, 31e8, "investor", "远帆电力"),
    (HANS, _PLACE_PARK, 25e8, "investor", ""),
    (HANS, _LARGEST_IS, 31e8, "investor", "远帆电力"),
    (HANS, _LISTED_BRAND, 4.4e8, "investor", "远基置业"),
    (HANS, _LISTED_BRAND, 10e8, "investor", ""),  # a place's community: no company
    (HANS, _LISTED_BRAND, 8e8, "investor", ""),
    (HANS, _SIGNED_ONE, 32e8, "investor", "远帆控股集团"),
    (HANT, _HANT_SIGNED_CHAIN, 326e8, "investor", "遠帆控股集團"),
    (HANS, _INVESTS_BEFORE, 100e8, "investor", "远帆集团"),
    (HANS, _BY_BEFORE, 100e8, "investor", "远帆集团"),
    (HANS, _GOVERNMENT_INVESTS, 100e8, "investor", "云台太极养生"),
    (HANS, _SAID_AFTER, 80e8, "investor", "远帆集团"),
    (HANS, _AFTER_SIGNING, 188e8, "investor", "远帆汽车"),
    (HANS, _AFTER_SIGNING, 100e8, "investor", "远帆汽车"),
    (HANS, _CLASSED, 7e8, "investor", "远基大健康"),
    (HANS, _IS_BUILT_BY, 31e8, "investor", "远帆集团"),
    (HANS, _SAID_AFTER_PLACE_LED, 30e8, "investor", "远帆集团"),
    (HANS, _SAID_AFTER_PLACE, 30e8, "investor", "江州智慧"),  # (the brand convention, not the government)
]
