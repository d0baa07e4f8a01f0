"""Table cases for Chinese kinds of round 13 (issue 14), made-up sentences in both scripts.

Inline pinyin readings (計(jì)劃(huà)) are read through by the plan and result cues and labels
(`app/extract/pinyin_zh.py`), without changing any offset. A count of projects told right after as what they will do
(N个项目将在2012年开工) is a target (`zh_expected.planned_after`); the total investment told after such a count
(,总投资额为M) describes the batch and is an indicator, while a planned investment (计划投资M) and the total of projects
still to be attracted or signed (计划引进项目N个,总投资M) stay targets (`zh_batches.batch_total`).
"""

from __future__ import annotations

P, T, IND = "project", "target", "indicator"
HANS, HANT = "zh-Hans", "zh-Hant"

KIND_ZH13: list[tuple[str, str, float, str, str, str]] = [
    # pinyin readings inside the cue
    (HANS, "该县计(jì)划(huà)明年完成固定资产投资420亿元。", 42_000_000_000, "CNY", T, ""),
    (HANT, "該縣計(jì)劃(huà)明年完成固定資產投資420億元。", 42_000_000_000, "CNY", T, ""),
    (HANT, "該縣明年預(yù)計(jì)完成固定資產投資420億元。", 42_000_000_000, "CNY", T, ""),
    (HANT, "該縣去年完(wán)成固定資產投資420億元,同比增(zēng)長(zhǎng)9%。", 42_000_000_000, "CNY", IND, ""),
    (HANS, "该县去年完成固定资产投资420亿元。", 42_000_000_000, "CNY", IND, ""),
    # a count of projects told as what they will do, and the batch's total after it
    (HANS, "此次洽谈会签约项目58个,其中有21个项目将在明年开工,总投资额为160亿元。", 21, "count", T, ""),
    (HANS, "此次洽谈会签约项目58个,其中有21个项目将在明年开工,总投资额为160亿元。", 16_000_000_000, "CNY", IND, ""),
    (HANT, "此次洽談會簽約項目58個,其中有21個項目將於2027年開工,投資總額為160億元。", 21, "count", T, ""),
    (HANT, "此次洽談會簽約項目58個,其中有21個項目將於2027年開工,投資總額為160億元。", 16_000_000_000, "CNY", IND, ""),
    (HANS, "此次洽谈会签约项目58个,其中有21个项目已经开工,总投资额为160亿元。", 21, "count", IND, ""),
    (HANS, "此次洽谈会签约项目58个,其中21个项目将带动就业3000人。", 21, "count", IND, ""),
    (HANS, "今年该区计划实施项目75个,计划投资210亿元。", 21_000_000_000, "CNY", T, ""),
    (HANS, "今年该区计划引进项目75个,总投资210亿元。", 21_000_000_000, "CNY", T, ""),
    (HANT, "今年該區計劃引進項目75個,總投資210億元。", 21_000_000_000, "CNY", T, ""),
]

# a factory set up, being built or planned, counted even when it is one (`app/extract/zh_factories.py`); the plants a
# company has, workshops (厂房) and subsidiaries set up are not counted: (language, text, value, kind or None)
FACTORY_ZH13: list[tuple[str, str, int, str | None]] = [
    (HANS, "去年该公司在泰国设立1间新厂,预计明年投产。", 1, IND),
    (HANT, "去年該公司在泰國設立1間新廠,預計明年投產。", 1, IND),
    (HANS, "目前,该集团正在兴建一家3000名员工的纺织厂。", 1, IND),
    (HANT, "目前,該集團正在興建一家3000名員工的紡織廠。", 1, IND),
    (HANS, "该集团还计划在老挝开设一家2万工人的新服装厂。", 1, T),
    (HANT, "該集團還計劃在老撾開設一家2萬工人的新服裝廠。", 1, T),
    (HANS, "该集团今年新建了两座工厂。", 2, IND),
    (HANS, "该公司有三个工厂。", 3, None),
    (HANS, "该公司在园区新建了一座厂房。", 1, None),
    (HANT, "該公司在園區新建了一座廠房。", 1, None),
    (HANS, "该集团设立三家全资子公司。", 3, None),
    (HANS, "该公司是一家服装厂。", 1, None),
    # N大…厂: a count of big factories, like N大项目 (not power or water plants, not an ordinal)
    (HANS, "该集团将整合国内4大机车生产厂,打造研发基地。", 4, IND),
    (HANT, "該集團將整合國內4大機車生產廠,打造研發基地。", 4, IND),
    (HANS, "全省三大电厂今年发电量增长。", 3, None),
    (HANS, "该厂是全国第三大钢厂。", 3, None),
]

# a project's estimated total (投资估算总值/总额) is its total like 总投资; its capital (项目资本金) listed after
# 其中 under the total is a part (a project fact without investor); a place's plan stays a target:
# (language, text, value, kind, investor or None)
PROJECT_LABELS_ZH13: list[tuple[str, str, float, str, str | None]] = [
    (HANS, "甲乙集团拟在丙市建设新能源制造基地项目,项目投资估算总值为人民币11.08亿元。", 1_108_000_000, P, "甲乙集团"),
    (HANT, "甲乙集團擬在丙市建設新能源製造基地項目,項目投資估算總額為人民幣11.08億元。", 1_108_000_000, P, "甲乙集團"),
    (HANS, "甲乙集团拟在丙市建设制造基地项目,项目总投资约58亿元,其中项目资本金约17亿元。", 1_700_000_000, P, None),
    (HANT, "甲乙集團擬在丙市建設製造基地項目,項目總投資約58億元,其中項目資本金約17億元。", 1_700_000_000, P, None),
    (HANS, "全市今年计划完成投资估算总值300亿元。", 30_000_000_000, T, None),
    (HANS, "该公司注册资本金约5亿元。", 500_000_000, IND, None),
]

# the contract amount (合同额, 签约额) of a company signing with a place is its project, like a signed total; a group
# and its own unit signing together are the group; a preposition (从) is no part of a name:
# (language, text, value, kind, investor or None)
SIGNED_ZH13: list[tuple[str, str, float, str, str | None]] = [
    (HANS, "甲乙集团公司与丙市人民政府签约,在丙市丁县建设汽车产业园,合同额15亿元。", 1_500_000_000, P, "甲乙集团公司"),
    (HANT, "甲乙集團公司與丙市人民政府簽約,在丙市丁縣建設汽車產業園,合同額15億元。", 1_500_000_000, P, "甲乙集團公司"),
    (HANS, "甲乙集团公司及所属丙丁改装有限公司与戊市人民政府签约,建设汽车产业园,签约额15亿元。", 1_500_000_000, P,
     "甲乙集团公司"),
    (HANT, "甲乙集團公司及所屬丙丁改裝有限公司與戊市人民政府簽約,建設汽車產業園,簽約額15億元。", 1_500_000_000, P,
     "甲乙集團公司"),
    (HANS, "今年全市合同额15亿元。", 1_500_000_000, IND, None),
]

# (clause, the organisation ending it)
ORG_BEFORE_ZH13: list[tuple[str, str]] = [
    ("甲乙集团公司及所属丙丁改装有限公司", "甲乙集团公司"),
    ("甲乙集團公司及其下屬丙丁改裝有限公司", "甲乙集团公司"),
    ("记者27日从甲乙铝业丙丁分公司", "甲乙铝业丙丁分公司"),
    ("記者27日從甲乙鋁業丙丁分公司", "甲乙铝业丙丁分公司"),
    ("从江县丙丁有限公司", "从江县丙丁有限公司"),
    ("甲乙集团下属丙丁有限公司", "丙丁有限公司"),
]

# the rent or price of land a company takes for its plant is a part of its project (no investor); a market's rent and
# a place's tally of land granted are not: (language, text, value, unit, kind)
LAND_ZH13: list[tuple[str, str, float, str, str]] = [
    (HANS, "甲乙公司已与园区业主签订50年的租赁合同,租用土地40万平方米,租金约2000万美元。", 20_000_000, "USD", P),
    (HANT, "甲乙公司已與園區業主簽訂50年的租賃合同,租用土地40萬平方米,租金約2000萬美元。", 20_000_000, "USD", P),
    (HANS, "甲乙公司以出让方式取得该地块,土地出让金约3000万元。", 30_000_000, "CNY", P),
    (HANS, "今年该市写字楼租金总额约2000万元。", 20_000_000, "CNY", IND),
    (HANS, "今年全市出让土地50宗,出让金总额约30亿元。", 3_000_000_000, "CNY", IND),
    (HANT, "今年全市出讓土地50宗,出讓金總額約30億元。", 3_000_000_000, "CNY", IND),
]

# industrial parks are not counted, the firms of a park are: (language, text, value, counted)
PARKS_ZH13: list[tuple[str, str, int, bool]] = [
    (HANS, "该市23个工业类园区去年产值达500亿元。", 23, False),
    (HANT, "該市23個工業類園區去年產值達500億元。", 23, False),
    (HANS, "该市今年建成9个产业园区。", 9, False),
    (HANS, "目前已有140家工业园区企业投产。", 140, True),
    (HANT, "目前已有140家工業園區企業投產。", 140, True),
    (HANS, "全市有工业园区企业140家。", 140, True),
]

# a clause read as a project's name guesses no investor; a name still does: (project name, guessed investor)
NAME_GUESS_ZH13: list[tuple[str, str | None]] = [
    ("甲乙机车车辆厂将被整合为其生产基地", None),
    ("甲乙機車車輛廠將被整合為其生產基地", None),
    ("甲乙科技电池生产基地", "甲乙科技"),
    ("丙丁集团正在建设生产基地", "丙丁集团"),
]

# the builder the sentence after a project's amount opens with (项目由X独资建设) is its investor; a contractor (承建)
# is not, nor is a place's figure a project: (language, text, value, kind, investor or None; "!X": not X)
BUILT_BY_ZH13: list[tuple[str, str, float, str, str | None]] = [
    (HANS, "甲乙铝业丙市分公司表示,该公司氧化铝项目总投资54亿元,规模最大。项目由甲乙铝业股份有限公司独资建设。",
     5_400_000_000, P, "甲乙铝业股份有限公司"),
    (HANT, "甲乙鋁業丙市分公司表示,該公司氧化鋁項目總投資54億元,規模最大。項目由甲乙鋁業股份有限公司獨資建設。",
     5_400_000_000, P, "甲乙鋁業股份有限公司"),
    (HANS, "甲乙铝业丙市分公司表示,该公司氧化铝项目位于丁县,总投资54亿元。项目由戊己建筑工程有限公司承建。",
     5_400_000_000, P, "!戊己建筑工程有限公司"),
    (HANS, "全市今年总投资54亿元。项目由甲乙股份有限公司建设。", 5_400_000_000, IND, None),
]
