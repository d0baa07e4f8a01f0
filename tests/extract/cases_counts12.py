"""Table cases for round 12's Chinese counts (issue 14): counts the extractor missed or stated twice.

- A list whose items each carry their own amount before the semicolon closing them ("甲分局N个,投资额M亿元;乙分局K个,
  …"): the amount clause stands between an item and its sibling, and the items still count the noun of the count
  stated before the list.
- A total written with 共有 after its noun ("签约的项目共有N个") and a part written "N个项目中也有K个": the noun
  before the count is what it counts, as with 共 or 有.
- Projects counted with 大 ("15大项目签约", "四大重点项目"): a count of big projects, unless an ordinal (第三大), a
  batch (一大批), a programme's name (省百大项目) or the classes of a count right after it (三大千亿产业项目25个).
- An amount that names the class of a count whose noun is left out ("投资额1亿元以上的有N个", "超百亿元的有N个") is a
  threshold, no amount; the total of the projects counted ("总投资M亿元的N个项目") stays an amount.
- A change in a count written right after its noun or its event ("重点项目增加N个", "开复工增加N个") counts that noun;
  a short word closing the clause right after the classifier is the count's own noun ("共有3个阶段", "增加了6个车间"),
  so the noun before it is not what is counted.
- A count opening its clause with 有 right after a clause whose subject is a noun of projects or firms and that states
  no figure ("外资项目约占三成,有N个") counts that subject.
- A count qualifying places with 的 ("引进项目超过N个的县区有K个") is the class of the places counted, no count.
- An equal count of projects with the same place right before its number (or its shorter name) and the same noun
  but for words that rank the projects ("甲省乙新区12个项目" … "乙新区12个重大项目") is that group named again.
- An amount each of several named projects reaches ("A项目和B项目,总投资均达M亿美元") is their amount; with 以上 or a
  comparator ("投资额均达M亿元以上", "均超过M亿元") it stays the class every project of a group exceeds.
- A company's project announced twice with the same amount, its name the second time longer ("…的生猪屠宰加工项目" then
  "丙丰年屠宰200万头生猪屠宰加工项目…"), is one project; another project's equal amount stays another fact.
- An equal count in a later sentence with the same long noun and value class, written after its number instead of
  before it ("新引进10亿元以上产业项目N个" … "招引的N个10亿元以上产业项目"), is the group named again, unless the two
  name different events.
- An amount labelled as a total right after a count ("N个总投资超过M亿元的重大项目") is the total of the projects
  counted, an amount; without the count before it ("超过M亿元的重大项目K个") it stays their value class.
- A count that refers back to a group counted before ("在引进的N个项目中,签约项目约占一半") is that group named
  again: what follows it in its sentence is said of a part, and does not make it another group.

(The name "counts12" is the round's; three of the mechanisms are amounts: a class, an amount shared, a project twice.)

Every sentence is written for these tests, with made-up places, in Simplified and Traditional (the mechanisms are
Chinese list and total shapes; English writes its list items and totals differently, see cases_counts11.py); none is
a held-out sentence. test_counts12.py runs them.
"""

from __future__ import annotations

HANS, HANT = "zh-Hans", "zh-Hant"

_LIST_HANS = ("在本次引进的30个项目中,东港分局签约、洽谈项目12个,投资额80亿元;西山分局8个,投资额45.5亿元;"
              "北湖分局5个,投资额12亿元。")
_LIST_HANT = ("在本次引進的30個項目中,東港分局簽約、洽談項目12個,投資額80億元;西山分局8個,投資額45.5億元;"
              "北湖分局5個,投資額12億元。")

# (language, text, value, unit): the value is found as a count
FOUND: list[tuple[str, str, float, str]] = [
    (HANS, _LIST_HANS, 8, "count"),
    (HANS, _LIST_HANS, 5, "count"),
    (HANT, _LIST_HANT, 8, "count"),
    (HANT, _LIST_HANT, 5, "count"),
    (HANS, "青岭市上周签约的项目共有24个,总投资额6亿美元。", 24, "count"),
    (HANT, "青嶺市上週簽約的項目共有24個,總投資額6億美元。", 24, "count"),
    (HANS, "全县引进项目60个。其中甲镇28个项目中也有15个落户开发区。", 15, "count"),
    (HANT, "全縣引進項目60個。其中甲鎮28個項目中也有15個落戶開發區。", 15, "count"),
    (HANS, "短短半个月,重点项目增加9个,开复工增加31个。", 9, "count"),
    (HANS, "短短半个月,重点项目增加9个,开复工增加31个。", 31, "count"),
    (HANT, "短短半個月,重點項目增加9個,開復工增加31個。", 9, "count"),
    (HANT, "短短半個月,重點項目增加9個,開復工增加31個。", 31, "count"),
    (HANS, "签约的项目共有5个已投产。", 5, "count"),
    (HANS, "在引进的80个项目中,外资项目约占三成,有24个,总投资60亿元。", 24, "count"),
    (HANT, "在引進的80個項目中,外資項目約占三成,有24個,總投資60億元。", 24, "count"),
    (HANS, "本次洽谈会上,15大项目签约,总投资额逾30亿元。", 15, "count"),
    (HANT, "本次洽談會上,15大項目簽約,總投資額逾30億元。", 15, "count"),
    (HANS, "青岭县四大重点项目集中签约,总投资额22亿元。", 4, "count"),
    (HANT, "青嶺縣四大重點項目集中簽約,總投資額22億元。", 4, "count"),
]

# (language, text, unit, n): exactly n facts of the unit
HOW_MANY: list[tuple[str, str, str, int]] = [
    # every item of the list once, with the list's total
    (HANS, _LIST_HANS, "count", 4),
    (HANT, _LIST_HANT, "count", 4),
    # one item with its amount and no sibling is no list: nothing says what it counts
    (HANS, "东港分局9个,投资额80亿元。", "count", 0),
    (HANT, "東港分局9個,投資額80億元。", "count", 0),
    # an amount clause followed by a clause without a count: the first item has no sibling
    (HANS, "本月全市新签约项目40个。甲区签约项目12个,投资额80亿元;乙区完成投资45.5亿元。", "count", 2),
    # N大 that is no count of big projects: an ordinal, a batch, the classes of a count after it, a programme
    (HANS, "这是园区今年的第三大项目,总投资9亿元。", "count", 0),
    (HANT, "這是園區今年的第三大項目,總投資9億元。", "count", 0),
    (HANS, "今年一大批项目相继落地。", "count", 0),
    (HANS, "其中三大千亿产业项目25个,总投资120亿元。", "count", 1),
    (HANT, "其中三大千億產業項目25個,總投資120億元。", "count", 1),
    (HANS, "四大产业项目总数19个,占比达31%。", "count", 1),
    (HANT, "四大產業項目總數19個,占比達31%。", "count", 1),
    # value classes of a count without its noun: thresholds, no amounts
    (HANS, "在20个签约项目中,投资额1亿元以上的有12个,其中10亿元以上的有3个,超百亿元的有2个。", "CNY", 0),
    (HANT, "在20個簽約項目中,投資額1億元以上的有12個,其中10億元以上的有3個,超百億元的有2個。", "CNY", 0),
    (HANS, "在20个签约项目中,投资额1亿元以上的有12个,其中10亿元以上的有3个,超百亿元的有2个。", "count", 4),
    # the total of the projects counted stays an amount
    (HANS, "昨天总投资35.6亿元的12个重点项目集中签约。", "CNY", 1),
    (HANT, "昨天總投資35.6億元的12個重點項目集中簽約。", "CNY", 1),
    # the classifier's own noun right after it, closing the clause: not a count of the noun before
    (HANS, "园区企业增加了6个车间。", "count", 0),
    (HANT, "園區企業增加了6個車間。", "count", 0),
    (HANS, "该项目共有3个阶段,总投资20亿元。", "count", 0),
    (HANT, "該項目共有3個階段,總投資20億元。", "count", 0),
    # a change in percentage points is no count
    (HANS, "重点项目投资增加12个百分点。", "count", 0),
    # 有N个 after a clause that names no projects or firms, or that states a figure of its own
    (HANS, "在引进的80个项目中,今年约占三成,有24个,总投资60亿元。", "count", 1),
    (HANS, "在引进的80个项目中,外资项目占比30%,有24个,总投资60亿元。", "count", 1),
    (HANT, "在引進的80個項目中,外資項目佔比30%,有24個,總投資60億元。", "count", 1),
    # a count of projects qualifying places: their class, no count of projects
    (HANS, "全市引进项目120个。引进项目超过15个的县区有4个。", "count", 1),
    (HANT, "全市引進項目120個。引進項目超過15個的縣(市、區)有4個。", "count", 1),
    (HANS, "全市引进项目120个,其中签约项目超过15个的乡镇有3个。", "count", 1),
    # the same place's equal count of projects, ranked or not: one group named twice
    (HANS, "全市40个重大项目集中开工。其中,甲省乙新区 12 个项目集中开工,总投资额达 300 亿元。"
           "据悉,乙新区 12 个重大项目包括丙厂、丁厂。", "count", 2),
    (HANT, "全市40個重大項目集中開工。其中,甲省乙新區 12 個項目集中開工,總投資額達 300 億元。"
           "據悉,乙新區 12 個重大項目包括丙廠、丁廠。", "count", 2),
    # another place's equal count is another group
    (HANS, "全市40个重大项目集中开工。其中,乙新区 12 个项目集中开工,总投资额达 300 亿元。"
           "据悉,丙县 12 个重大项目包括丙厂、丁厂。", "count", 3),
    # an amount each named project reaches is an amount; with 以上 or 超过 it is a class
    (HANS, "落户园区的甲灯具项目和乙纤维项目,总投资均达2.6亿美元。", "USD", 1),
    (HANT, "落戶園區的甲燈具項目和乙纖維項目,總投資均達2.6億美元。", "USD", 1),
    (HANS, "本次签约项目投资额均达1亿元以上。", "CNY", 0),
    (HANT, "本次簽約項目投資額均達1億元以上。", "CNY", 0),
    (HANS, "本次签约项目投资额均超过1亿元。", "CNY", 0),
    # one project announced twice, named longer the second time; another project of the same amount
    (HANS, "市长李某在会上表示,丙丰总投资8.4亿元的生猪屠宰加工项目落地,意义重大。"
           "另据了解,丙丰年屠宰200万头生猪屠宰加工项目计划总投资8.4亿元,分两期建设。", "CNY", 1),
    (HANT, "市長李某在會上表示,丙豐總投資8.4億元的生豬屠宰加工項目落地,意義重大。"
           "另據了解,丙豐年屠宰200萬頭生豬屠宰加工項目計劃總投資8.4億元,分兩期建設。", "CNY", 1),
    (HANS, "市长李某在会上表示,丙丰总投资8.4亿元的生猪屠宰加工项目落地,意义重大。"
           "另据了解,丙丰饲料加工项目计划总投资8.4亿元,分两期建设。", "CNY", 2),
    # one class of projects counted, then named again number first; two events of equal counts stay two
    (HANS, "2024年,甲市新引进10亿元以上产业项目64个,50亿元以上产业项目12个。"
           "数据显示,甲市2024年招引的64个10亿元以上产业项目已开工41个。", "count", 3),
    (HANT, "2024年,甲市新引進10億元以上產業項目64個,50億元以上產業項目12個。"
           "數據顯示,甲市2024年招引的64個10億元以上產業項目已開工41個。", "count", 3),
    (HANS, "今年甲市签约10亿元以上产业项目64个。去年甲市竣工10亿元以上产业项目64个。", "count", 2),
    # the total of the projects just counted is an amount; the class of projects counted after it is none
    (HANS, "甲区举行集中活动,47个总投资超过320亿元的重大项目集中签约、开工。", "CNY", 1),
    (HANT, "甲區舉行集中活動,47個總投資超過320億元的重大項目集中簽約、開工。", "CNY", 1),
    (HANS, "今年以来全区开工项目80个,其中投资超过10亿元的重大项目6个。", "CNY", 0),
    # the group named again by a count that refers back, whatever its sentence says of a part of it
    (HANS, "全市共引进项目140个,计划投资额达900亿元,项目投产后可实现产值500亿元。"
           "在引进的140个项目中,签约项目约占一半。",
     "count", 1),
    (HANT, "全市共引進項目140個,計劃投資額達900億元,項目投產後可實現產值500億元。"
           "在引進的140個項目中,簽約項目約占一半。",
     "count", 1),
    # a count that refers back but names another event itself counts another group
    (HANS, "全年签约项目40个,总投资200亿元。在已开工的40个项目中,工业项目占六成。", "count", 2),
    (HANT, "全年簽約項目40個,總投資200億元。在已開工的40個項目中,工業項目占六成。", "count", 2),
]
