"""Table cases for round 9's Chinese mechanisms (issue 14): a company name followed by a time adverb, a disclosure
verb or the 的 of its project; 耗资 as a spend verb; 该签约项目 as one project; words naming no company read in
Traditional too; a chain of places (省…市…县人民政府) signing with a company; the legal name of two names the article
establishes; a clause of time opening the sentence (继与…签署…后,X…) taking the main clause's subject; a place's
project said to be a company's (…项目是X的Y项目); parts of a company's investment with their noun after the amount
(其中有N亿元的投资, 另外N亿元投资); a listed company's filing (证券简称:X heading it) as the company of its bare
project amounts; a named project classed after its name (X项目属省重大项目) as one project; the company by its legal
form a clause before the amount names as investing (…项目,X集团投资,总投资N) over words read from the project's name;
a company's investments summed (投资总额相加…) after its sentence as its own; a phase with its own total and no agent
taking the subject; a plan word with an adverb before a push verb (将全力推进N个…项目).

Written for these tests: made-up companies, real place names only where a rule reads a place, several wordings per
rule, positive and negative, Simplified and Traditional; no held-out sentence. Shapes as in tests/extract/cases.py:
NUMERIC (language, text, value, unit, kind, comparator), FIELDS (language, text, value, field, expected — "" for no
value)."""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

_RECENTLY = "澜川汽车近日与芜湖市政府签署协议,斥资45亿元在当地建设整车生产基地。"
_HANT_RECENTLY = "瀾川汽車日前與蕪湖市政府簽署協議,斥資45億元在當地建設整車生產基地。"
_SIGNED_AMOUNT = "澜川汽车近日与芜湖市政府签署总投资45亿元的协议。"
_SPENT = "澜川汽车耗资45亿元在芜湖建设整车生产基地。"
_HANT_SPENT = "瀾川汽車耗資45億元在蕪湖建設整車生產基地。"
_PLACE_SPENT = "芜湖市耗资45亿元改造老旧小区。"
_COMPANY_OF = "北辰电力的储能电站项目,总投资18亿元。"
_THAT_SIGNED = "芜湖市政府与北辰控股集团举行签约仪式。该签约项目总投资80亿元,含整车生产基地。"
_HANT_THAT_SIGNED = "蕪湖市政府與北辰控股集團舉行簽約儀式。該簽約項目總投資80億元,含整車生產基地。"
_SIGNED_AT_FAIR = "芜湖市举行招商大会,现场签约项目总投资80亿元。"
_CHAIN = ("3月5日,安徽省芜湖市繁昌区人民政府与安徽北辰控股集团举行新能源汽车项目签约仪式。"
          "该签约项目总投资80亿元,一期项目预计年内开工。")
_CHAIN_PLACES = "安徽省芜湖市繁昌区与南陵县签署合作协议。合作区总投资80亿元。"
_AFTER_SIGNING = ("继与江苏某县政府签署总投资30亿元的协议后,澜川汽车近日又与芜湖市政府签署协议,"
                  "斥资45亿元在当地建设生产基地。")
_HANT_AFTER_SIGNING = ("繼與江蘇某縣政府簽署總投資30億元的協議後,瀾川汽車近日又與蕪湖市政府簽署協議,"
                       "斥資45億元在當地建設生產基地。")
_AFTER_PLACE = "继与北辰科技签署总投资30亿元的协议后,芜湖市又与两家企业签约。"
_LARGEST_IS = "南陵县最大招商引资项目是北辰电力的发电项目,总投资26亿元。"
_HANT_LARGEST_IS = "南陵縣最大招商引資項目是北辰電力的發電項目,總投資26億元。"
_LARGEST_PLACE = "南陵县今年最大的项目是全县的道路改造项目,总投资26亿元。"
_PHASE_OWN_TOTAL = "据悉,芜湖澜川乳业公司成立于去年8月,整体建设分两期。其中一期工程计划总投资3.6亿元。"
_PHASE_OF_TOTAL = "澜川乳业项目总投资10亿元,其中一期工程投资3.6亿元。"
_PARTS_AFTER = ("此次,北辰控股集团计划在繁昌投资建设新能源平台。其中有50亿元的投资,用于打造整车工厂项目,"
                "另外20亿元投资,用于建设变速器生产线项目。")
_HANT_PARTS_AFTER = ("此次,北辰控股集團計劃在繁昌投資建設新能源平台。其中有50億元的投資,用於打造整車工廠項目,"
                     "另外20億元投資,用於建設變速器生產線項目。")
_PLACE_PARTS_AFTER = "去年全市完成投资500亿元。其中有50亿元的投资,用于建设市政道路。"
_FILING = ("证券代码:600999        证券简称:北辰化学        公告编号:2024-12\n"
           "北辰化学股份有限公司关于年产50万吨聚烯烃项目获得核准的公告\n"
           "公司于近日收到省发展和改革委员会的批复,主要批复内容如下:\n"
           "一、同意建设年产50万吨聚烯烃项目。\n二、项目建设地点位于化工产业园。\n"
           "三、项目总投资76亿元,项目资本金占总投资的30%。")
_NO_FILING = "北辰化学建设的年产50万吨聚烯烃项目获得核准。\n全市今年项目总投资76亿元。"
_CLASSED = "北辰食品年产5万吨冻干食品项目属省重大项目,总投资7亿元,采用数字化工艺。"
_HANT_CLASSED = "北辰食品凍乾食品項目被列為市重點項目,總投資7億元。"
_CLASS_COUNTED = "今年全县共有12个项目列入省重大项目,总投资70亿元。"
_INVESTING_CLAUSE = "北坪山温泉养生项目,北辰文旅集团投资建设,总投资达50亿元。"
_INVESTING_AGAIN = "位于景区的北坪山温泉养生项目,又由北辰集团投资,总投资达50亿元。"
_GOVERNMENT_INVESTS = "北坪山温泉养生项目,县政府投资,总投资达50亿元。"
_SUMMED = "澜川汽车近日与芜湖市政府签署协议,斥资45亿元在当地建设生产基地。两地投资总额相加超过75亿元。"
_PLACE_SUMMED = "芜湖市今年签约项目12个。两地投资总额相加超过75亿元。"
_PUSH_PLAN = "今年,我县将全力推进150个县级重点项目实施。"
_PUSH_DONE = "去年,我县全力推进150个县级重点项目实施,完成投资80亿元。"
_GRASP_PLAN = "今年,我区将重点抓好北辰新材料、澜川电池等12个省重点项目。"

NUMERIC = [
    (HANS, _RECENTLY, 4.5e9, "CNY", P, ""),
    (HANT, _HANT_RECENTLY, 4.5e9, "CNY", P, ""),
    (HANS, _SIGNED_AMOUNT, 4.5e9, "CNY", P, ""),
    (HANS, _SPENT, 4.5e9, "CNY", P, ""),
    (HANT, _HANT_SPENT, 4.5e9, "CNY", P, ""),
    (HANS, _PLACE_SPENT, 4.5e9, "CNY", IND, "="),
    (HANS, _COMPANY_OF, 1.8e9, "CNY", P, ""),
    (HANS, _THAT_SIGNED, 8e9, "CNY", P, ""),
    (HANT, _HANT_THAT_SIGNED, 8e9, "CNY", P, ""),
    (HANS, _SIGNED_AT_FAIR, 8e9, "CNY", IND, "="),
    (HANS, _CHAIN, 8e9, "CNY", P, ""),
    (HANS, _CHAIN_PLACES, 8e9, "CNY", IND, "="),
    (HANS, _AFTER_SIGNING, 3e9, "CNY", P, ""),
    (HANS, _AFTER_SIGNING, 4.5e9, "CNY", P, ""),
    (HANT, _HANT_AFTER_SIGNING, 3e9, "CNY", P, ""),
    (HANT, _HANT_AFTER_SIGNING, 4.5e9, "CNY", P, ""),
    (HANS, _AFTER_PLACE, 3e9, "CNY", IND, "="),
    (HANS, _LARGEST_IS, 2.6e9, "CNY", P, ""),
    (HANT, _HANT_LARGEST_IS, 2.6e9, "CNY", P, ""),
    (HANS, _LARGEST_PLACE, 2.6e9, "CNY", IND, "="),
    (HANS, _PHASE_OWN_TOTAL, 3.6e8, "CNY", P, ""),
    (HANS, _PARTS_AFTER, 5e9, "CNY", P, ""),
    (HANS, _PARTS_AFTER, 2e9, "CNY", P, ""),
    (HANT, _HANT_PARTS_AFTER, 5e9, "CNY", P, ""),
    (HANT, _HANT_PARTS_AFTER, 2e9, "CNY", P, ""),
    (HANS, _PLACE_PARTS_AFTER, 5e9, "CNY", IND, "="),
    (HANS, _FILING, 7.6e9, "CNY", P, ""),
    (HANS, _NO_FILING, 7.6e9, "CNY", IND, "="),
    (HANS, _CLASSED, 7e8, "CNY", P, ""),
    (HANT, _HANT_CLASSED, 7e8, "CNY", P, ""),
    (HANS, _CLASS_COUNTED, 7e9, "CNY", IND, "="),
    (HANS, _SUMMED, 7.5e9, "CNY", P, ""),
    (HANS, _PLACE_SUMMED, 7.5e9, "CNY", IND, ">"),
    (HANS, _PUSH_PLAN, 150, "count", T, "="),
    (HANS, _PUSH_DONE, 150, "count", IND, "="),
    (HANS, _GRASP_PLAN, 12, "count", T, "="),
]

FIELDS = [
    (HANS, _RECENTLY, 4.5e9, "investor", "澜川汽车"),
    (HANT, _HANT_RECENTLY, 4.5e9, "investor", "瀾川汽車"),
    (HANS, _SIGNED_AMOUNT, 4.5e9, "investor", "澜川汽车"),
    (HANS, _SPENT, 4.5e9, "investor", "澜川汽车"),
    (HANT, _HANT_SPENT, 4.5e9, "investor", "瀾川汽車"),
    (HANS, _COMPANY_OF, 1.8e9, "investor", "北辰电力"),
    (HANS, _THAT_SIGNED, 8e9, "investor", "北辰控股集团"),
    (HANT, _HANT_THAT_SIGNED, 8e9, "investor", "北辰控股集團"),
    (HANS, _CHAIN, 8e9, "investor", "安徽北辰控股集团"),
    (HANS, _AFTER_SIGNING, 3e9, "investor", "澜川汽车"),
    (HANS, _AFTER_SIGNING, 4.5e9, "investor", "澜川汽车"),
    (HANT, _HANT_AFTER_SIGNING, 4.5e9, "investor", "瀾川汽車"),
    (HANS, _LARGEST_IS, 2.6e9, "investor", "北辰电力"),
    (HANT, _HANT_LARGEST_IS, 2.6e9, "investor", "北辰電力"),
    (HANS, _PHASE_OWN_TOTAL, 3.6e8, "investor", "芜湖澜川乳业公司"),
    (HANS, _PHASE_OF_TOTAL, 3.6e8, "investor", ""),  # a part of a total told before: the investor on the total only
    (HANS, _PARTS_AFTER, 5e9, "investor", ""),  # a part of the company's investment: no investor of its own
    (HANS, _FILING, 7.6e9, "investor", "北辰化学"),
    (HANS, _SUMMED, 7.5e9, "investor", "澜川汽车"),
    (HANS, _INVESTING_CLAUSE, 5e9, "investor", "北辰文旅集团"),
    (HANS, _INVESTING_AGAIN, 5e9, "investor", "北辰集团"),
    (HANS, _GOVERNMENT_INVESTS, 5e9, "investor", ""),
]
