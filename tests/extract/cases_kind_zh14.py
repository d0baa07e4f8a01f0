"""Table cases for Chinese kinds of round 14 (issue 14), made-up sentences in both scripts.

Projects a place promotes or releases to investors (会上推介的招商引资项目达N项, 发布重点产业招商引资项目N个) are
what it offers, a `target` count, unless the sentence tells the event's results (推介项目N个,M个项目签约) or a
result word stands between the cue and the count (`zh_expected.promoted_projects`).
"""

from __future__ import annotations

T, IND = "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

# (language, text, value, unit, kind)
PROMOTED_ZH14: list[tuple[str, str, float, str, str]] = [
    # promoted at a fair, released to investors: offered, a target
    (HANS, "会上,各县区推介的重点招商引资项目达300项,总投资800亿元。", 300, "count", T),
    (HANT, "會上,各縣區推介的重點招商引資項目達300項,總投資800億元。", 300, "count", T),
    (HANS, "会上,各县区推介的重点招商引资项目达300项。其中本市推介60项,总投资120亿元。", 60, "count", T),
    (HANT, "會上,各縣區推介的重點招商引資項目達300項。其中本市推介60項,總投資120億元。", 60, "count", T),
    (HANS, "今年,该市围绕产业链需求,发布重点产业招商引资项目1200个,总投资3000亿元。", 1200, "count", T),
    (HANT, "今年,該市圍繞產業鏈需求,發布重點產業招商引資項目1200個,總投資3000億元。", 1200, "count", T),
    (HANS, "在此次推介会上,该市拿出了总投资达900亿元的5大类210个招商引资重点项目。", 210, "count", T),
    (HANT, "在此次推介會上,該市拿出了總投資達900億元的5大類210個招商引資重點項目。", 210, "count", T),
    # the total of the promoted projects stays an aggregate
    (HANS, "会上,各县区推介的重点招商引资项目达300项,总投资800亿元。", 80_000_000_000, "CNY", IND),
    # near-misses: the event's results told in the same sentence, a result between cue and count, no promotion
    (HANS, "3月,代表团赴广东召开洽谈会,推介项目40个,5个项目签约。", 40, "count", IND),
    (HANT, "3月,代表團赴廣東召開洽談會,推介項目40個,5個項目簽約。", 40, "count", IND),
    (HANS, "推介会结束后,共签约招商引资项目35个,总投资90亿元。", 35, "count", IND),
    (HANT, "推介會結束後,共簽約招商引資項目35個,總投資90億元。", 35, "count", IND),
    (HANS, "该区发布公告称,今年以来新签约招商引资项目52个。", 52, "count", IND),
    (HANS, "今年以来,该区新签约招商引资项目52个,总投资70亿元。", 52, "count", IND),
    (HANT, "今年以來,該區新簽約招商引資項目52個,總投資70億元。", 52, "count", IND),
]

# the investment one project has already completed, told right after its total (`zh_progress.achieved_of_project`):
# a `project` part without investor; a place's or a batch's achieved investment stays an indicator
# (language, text, value, kind)
PROGRESS_ZH14: list[tuple[str, str, float, str]] = [
    (HANS, "该垃圾发电厂项目占地130亩,总投资6.4亿元。目前,现场投入机械20多台。已累计完成投资2.1亿元。",
     210_000_000, "project"),
    (HANT, "該垃圾發電廠項目佔地130畝,總投資6.4億元。目前,現場投入機械20多臺。已累計完成投資2.1億元。",
     210_000_000, "project"),
    (HANS, "该物流园项目总投资12亿元,目前已完成投资3亿元,预计明年投用。", 300_000_000, "project"),
    (HANT, "該物流園項目總投資12億元,目前已完成投資3億元,預計明年投用。", 300_000_000, "project"),
    # near-misses: a subject of its own, the last amount no project's, too far from the total
    (HANS, "该项目总投资6.4亿元。全市已完成投资210亿元。", 21_000_000_000, "indicator"),
    (HANT, "該項目總投資6.4億元。全市已完成投資210億元。", 21_000_000_000, "indicator"),
    (HANS, "今年全市重点项目计划投资300亿元,目前已完成投资210亿元。", 21_000_000_000, "indicator"),
    (HANS, "该项目总投资6.4亿元。今年以来,全市签约项目58个,协议投资90亿元。截至目前,已完成投资21亿元。",
     2_100_000_000, "indicator"),
]

# a plan of projects announced as a document (a title line naming a plan or list of projects): the counts of its
# projects are `target`s unless the sentence reports its progress (`zh_expected.plan_title_end`, `plan_count`)
# (language, text, value, kind)
PLAN_TITLE_ZH14: list[tuple[str, str, int, str]] = [
    (HANS, "某市2022年重大产业项目投资计划\n\n今年全市共编排重大产业项目300个,其中新引进已开工的项目80个,"
     "年度计划投资600亿元。\n\n先进制造业项目200个,计划总投资3000亿元。", 80, T),
    (HANS, "某市2022年重大产业项目投资计划\n\n先进制造业项目200个,计划总投资3000亿元。", 200, T),
    (HANT, "某市2022年重大產業項目投資計劃\n\n先進製造業項目200個,計劃總投資3000億元。", 200, T),
    (HANS, "某区2023年重点项目清单\n\n现代服务业项目45个,年度计划投资160亿元。", 45, T),
    (HANT, "某區2023年重點項目清單\n\n現代服務業項目45個,年度計劃投資160億元。", 45, T),
    # near-misses: no plan in the title, the plan's progress reported, a title that is a sentence
    (HANS, "某市重大产业项目推进情况\n\n先进制造业项目200个,计划总投资3000亿元。", 200, IND),
    (HANT, "某市重大產業項目推進情況\n\n先進製造業項目200個,計劃總投資3000億元。", 200, IND),
    (HANS, "某市2022年重大产业项目投资计划\n\n截至6月底,先进制造业项目200个累计完成投资900亿元。", 200, IND),
    (HANS, "今年该区签约项目58个,协议投资90亿元,超额完成计划\n\n先进制造业项目20个。", 20, IND),
]

# a bare 项目 total opening a clause after who reports it, with the project's building, an estimate, or a phase's own
# amount; a class the project belongs to after a copula names no batch (`zh_one_project._BARE_TOTAL_OPENS`)
# (language, text, value, kind)
BARE_PROJECT_ZH14: list[tuple[str, str, float, str]] = [
    (HANS, "该集团称,项目建设总投资约80亿元,预计2027年建成投产。", 8_000_000_000, "project"),
    (HANT, "該集團稱,項目建設總投資約80億元,預計2027年建成投產。", 8_000_000_000, "project"),
    (HANS, "公告称,该项目投资估算总值为人民币9.5亿元。", 950_000_000, "project"),
    (HANT, "公告稱,該項目投資估算總值為人民幣9.5億元。", 950_000_000, "project"),
    (HANS, "某食品产业园项目正在推进,该项目总投资60亿,是省重大项目。\n项目一期占地500亩,投资20亿元,主要建设面粉厂。",
     2_000_000_000, "project"),
    (HANT, "某食品產業園項目正在推進,該項目總投資60億,是省重大項目。\n項目一期佔地500畝,投資20億元,主要建設麵粉廠。",
     2_000_000_000, "project"),
    # an estimate of the total of the project the clause before names (a plan word there is the project's, no goal)
    (HANS, "某某股份有限公司拟实施新能源电驱系统制造基地项目,项目投资估算总值为人民币9.5亿元,全部使用自有资金。",
     950_000_000, "project"),
    (HANT, "某某股份有限公司擬實施新能源電驅系統製造基地項目,項目投資估算總值為人民幣9.5億元,全部使用自有資金。",
     950_000_000, "project"),
    # near-misses: a batch named before the bare total, projects counted before it
    (HANS, "全市重大项目建设推进会召开。\n项目建设总投资约80亿元。", 8_000_000_000, "indicator"),
    (HANS, "今年全市签约项目12个。\n公告称,项目建设总投资约80亿元。", 8_000_000_000, "indicator"),
]

# a purchase clause with no subject of its own: the buyer is the listed company opening the sentence
# (`zh_stakes._OPENER`); (language, text, value, kind, investor)
STAKE_OPENER_ZH14: list[tuple[str, str, float, str, str | None]] = [
    (HANS, "某某矿业(02899)公布,出资39.8亿元,收购山东某某矿业30%股权。", 30, "project", "某某矿业"),
    (HANT, "某某礦業(02899)公布,出資39.8億元,收購山東某某礦業30%股權。", 30, "project", "某某礦業"),
    (HANS, "某某科技(300750)公告称,将收购某某电池有限公司51%股权。", 51, "project", "某某科技"),
    # a holding is the holder's stake like one bought; a place holding one is no investor
    (HANS, "某某集团有限公司间接持有某某矿业有限公司60%的股权。", 60, "project", "某某集团有限公司"),
    (HANT, "某某集團有限公司間接持有某某礦業有限公司60%的股權。", 60, "project", "某某集團有限公司"),
    (HANS, "该市持有某某公司60%股权。", 60, "indicator", None),
    # near-misses: a place opening the sentence, a share of a market (no equity)
    (HANS, "全市公布,出资3亿元,收购某公司30%股权。", 30, "indicator", None),
    (HANS, "某某矿业(02899)公布,今年铜产量占全国的30%。", 30, "indicator", None),
]

# a percentage that names a goal's level, told after it (N%的目标): a target without a goal word before it
# (`zh._GOAL_AFTER`); (language, text, value, kind)
GOAL_AFTER_ZH14: list[tuple[str, str, float, str]] = [
    (HANS, "各县落地率分别达到47%、90%,远远超过省里要求的签约项目落地率25%的目标。", 25, T),
    (HANT, "各縣落地率分別達到47%、90%,遠遠超過省裡要求的簽約項目落地率25%的目標。", 25, T),
    (HANS, "该区全年实现增长6%左右的预期目标。", 6, T),
    # near-misses: the achieved rates before it, a class of firms
    (HANS, "各县落地率分别达到47%、90%,远远超过省里要求的签约项目落地率25%的目标。", 47, IND),
    (HANT, "各縣落地率分別達到47%、90%,遠遠超過省裡要求的簽約項目落地率25%的目標。", 90, IND),
    (HANS, "去年全市外贸企业中出口增长超过30%的目标企业有12家。", 30, IND),
]
