"""Rounds 20 and 21: stakes held, deals, the company an article is about (made-up sentences and articles).

- A stake held is its holder's `project` percentage, like a stake bought or kept (README set 3: a company's share of
  a joint venture; sets 10-33 annotate holdings so): "X holds a 9.5% stake", "X, which owns a 46 percent stake",
  "X previously owned part of it and now holds 100 percent of Y", "the remaining 20 per cent equity is held by X",
  "Y will retain 20% ownership"; so is a holding raised to a figure ("X has increased its stake in Y to 81%",
  "will boost X's share in Y to 18.41 percent"). A market's share stays an indicator.
- A stake bought: "acquire 40% of the ownership interest in", "its acquisition of an 80 per cent equity stake",
  "buy up the remaining 25 per cent equity"; a subsidiary named buying it is the buyer, not the group that opens the
  sentence ("X Group's wholly-owned subsidiary Y will acquire 40% …": Y's).
- The company an English article is about may be named first in its lead rather than its headline ("Chinese wind
  turbine firm to build a factory in Brazil" over "Xinjiang Goldwind … Co., Ltd. plans …"), when the article writes it
  once with its legal form and that form is no public body's ("… Regional Economic Development Corporation"); a menu
  word glued to a headline ("Home ZTE to invest …") does not make the company's name a trade's word; the total of
  "34 Chinese enterprises with total investment of N" is no one company's.
- Part 2 (Chinese): each party's figure of a "respectively" list (由A和B分别持股40%和60%, A、B、C及D分别拥有合资公司
  40%、30%、10%及20%的股权, 分别出资N和M) is that party's project (zh_respective; a country is no party); a stake
  bought in a clause whose subject is the paying clause before (X出资N,收购了Y所持的Z 80%的股权), a stake kept
  (X还保留N%的股份) and a price paid for a purchase (X以N收购…; X宣布以N收购) are the buyer's or keeper's; a brand
  opening a project's name before the project's place (华能|清河县…发电项目) is its investor.
- Part 3 (English): one deal's money (a loan, a registered or investment capital, a commitment, a cost, a price,
  money earmarked for one use) is a `project` whatever plan word its sentence holds (en_deal), unless its sentence
  aggregates (projects, a region's total, revenue, a period) or lists places with their counts.
- Part 4 (Chinese): a sentence opening with a bare total (总投资为N, 项目总投资N) right after a sentence naming one
  project gives that project's total (referred_zh.referred_total); a signing's one project (签约项目1个,总投资N) is
  a project, where a breakdown's class of one stays its class's total (zh_batches); a deal's label (注册资金达N,
  收购价为N, 增资至N) makes one deal's money (zh_deal).
- Part 5: every investor the rules wrote gets a last look (investor_check): a pronoun, a venue, a clause's span or a
  verb is dropped (an empty investor lets the article's company be read), a reporting word or a host official before
  a company is cut off, and "and its" after a name.
- Part 6 (English): the company opening a deal's sentence as the subject of its verb (an appositive or "One of the
  world's top … producers," before it allowed) or owning its subject ("IFC's financing package includes N") is the
  deal's investor (company_en.sentence_subject); "with a $87 million investment" is one deal's money; a place or a
  province in an appositive ("based in Quanzhou city of Fujian province") aggregates nothing.
- Part 7: a company the headline names alone is the article's company when the body writes it more often than any
  other company (twice as often only when another company shares the headline); a trade's word with a legal form
  (锂业公司) names no investor.
- Round 21 (from sets 34-37, read after they were scored once): "70 percent owned by X", "X with a 99% stake", "X's
  88% controlling stake", "a majority 50.03 percent stake" and X(持股99%), X并拥有Y 50%股权,
  分别以10%和90%的持股份额 are the holder's `project` percentages (sets 7 and 23 annotated two "owned by"
  holdings as indicators, sets 31 and 34 as projects); 分别以 before a ranking's totals is no holding, and several
  holders glued into one name give none. Part 2: 任务数N家 / 任务数N亿元 are a task's (target); 总投资估算为N is a
  total; 注册资本将从N增至M is a deal's; "N is to be put into", "N will go to", "first-phase investment will be N",
  "expected to cost N", "is investing N" are one deal's (not a public body's schools or hospitals); a facility's word
  closing an investor (储酒库) names no one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

from app.extract.investor_check import checked_investor

PUBLISHED = dt.date(2026, 3, 20)
EN = "en"

# (text, value, unit, kind, investor): investor "" when the fact must name none
STAKES: list[tuple[str, float, str, str, str]] = [
    ("Norvale Metals holds a 9.5% stake in Tallow Gold.", 9.5, "percent", "project", "Norvale Metals"),
    ("The airport, built for Kestrel Express, which owns a 46 percent stake, opened in May.", 46, "percent",
     "project", "Kestrel Express"),
    ("1. Orin Medical previously owned a partial stake in the company and now holds 100 percent of Tallowbio.", 100,
     "percent", "project", "Orin Medical"),
    ("The remaining 20 per cent equity is held by Halden Storage.\nThe plant makes flash memory.", 20, "percent",
     "project", "Halden Storage"),
    ("Norvale Chips will hold 80% of the equity of the unit, while Halden Storage will retain 20% ownership in it.",
     20, "percent", "project", "Halden Storage"),
    ("Norvale Chips will hold 80% of the equity of the unit, while Halden Storage will retain 20% ownership in it.",
     80, "percent", "project", "Norvale Chips"),
    ("China-based Kestrel Cement has increased its stake in Tallow Cement (formerly Orbis Zambia) to 81%.", 81,
     "percent", "project", "Kestrel Cement"),
    ("The deal will boost Norvale's share in the Qingdao firm to 18.41 percent, the company said.", 18.41, "percent",
     "project", "Norvale"),
    ("Kestrel Group's wholly-owned subsidiary Kestrel Sports will acquire 40% of the ownership interest in Tallow "
     "Holdco.", 40, "percent", "project", "Kestrel Sports"),
    ("Halden Electronics (HALCO) has completed its acquisition of an 80 per cent equity stake in the Shanghai plant.",
     80, "percent", "project", "Halden Electronics"),
    ("It will also make cash offers to public stakeholders to buy up the remaining 25 per cent equity.", 25,
     "percent", "project", ""),
    # near misses: a market's share, held or raised, is no stake
    ("The company is a leader in the feed market, holding a 20 percent share, according to the report.", 20,
     "percent", "indicator", ""),
    ("Orin Lithium aims to raise its market share to 40 percent by 2026.", 40, "percent", "target", ""),
]


_LEAD_NAMES = """Chinese wind turbine firm to build a factory in Brazil

2024-03-02

Xinjiang Norwind Science & Technology Co., Ltd. plans to build a turbine factory in Bahia, the state government said.
Norwind signed the agreement on Friday. The factory will cost 500 million reais and is expected to open next year.
Norwind makes turbines in China and abroad, and Norwind also runs wind farms.
The plant will require an investment of $100 million, the company said.
"""

_AGENCY_IN_LEAD = """LINE

Texas pipe plant to boost FDI

2016-05-09

By the end of this year, a $1.3 billion plant near Corpus Christi, Texas, will make seamless pipe.
Corpus Christi officials said they hope the facility will bring in more investment to Corpus Christi.
The Corpus Christi Regional Economic Development Corporation helped with the site. Corpus Christi is growing.
"""

_MENU_WORD = """Home KTE to invest CNY 4 bln in Changsha R&D, production site

KTE to invest CNY 4 bln in Changsha R&D, production site

(Telecompaper) The board of KTE has approved plans to put money into a new site in the Changsha Hi-Tech Zone.
The 260,000 m2 facility will develop set-top boxes, KTE said. KTE expects it to open in 2017.
The facility is expected to cost CNY 4 billion.
"""

_ENTERPRISES = """Norvale Textile chairman meets Vietnam's prime minister

Norvale Textile has invested in Vietnam since 2006, the group's chairman said.
Norvale Textile has invested nearly 2 billion USD in Vietnam, attracting 34 Chinese enterprises with total investment
of 3 billion USD to the provinces where it works. Norvale Textile plans more plants.
"""

# (article, value, unit, investor): investor "" when the fact must name none
ARTICLE_COMPANY: list[tuple[str, float, str, str]] = [
    (_LEAD_NAMES, 100e6, "USD", "Xinjiang Norwind Science & Technology Co., Ltd"),
    (_AGENCY_IN_LEAD, 1.3e9, "USD", ""),
    (_MENU_WORD, 4e9, "CNY", "KTE"),
    (_ENTERPRISES, 3e9, "USD", ""),
]


@pytest.mark.parametrize(("text", "value", "unit", "investor"), ARTICLE_COMPANY)
def test_the_company_an_english_article_is_about(text: str, value: float, unit: str, investor: str) -> None:
    facts = extract_by_rules(text, EN, PUBLISHED)
    found = find(facts, value, unit)
    assert found, describe(facts, text)
    assert (found[0].fields.get("investor") or "") == investor, describe(found, text)


HANS, HANT = "zh-Hans", "zh-Hant"

# part 2 (Chinese, from sets 26, 29 and 31): (language, text, value, unit, kind, investor); investor "" = none
_PORT_JV = "合资公司注册资本4亿元,由星河码头和江州港务集团分别持股40%和60%。"
_FOUR_PARTIES = ("江州港集装箱股份有限公司、星河码头发展有限公司、星河码头发展(香港)有限公司及北辰邮船分别拥有合资公司"
                 "40%、30%、10%及20%的股权。")
_PAID_IN = "合资公司由星河码头和江州港务集团分别出资1.6亿元和2.4亿元。"
_PAYING_CLAUSE = ("2024年3月20日,星河科技(600584)出資6.24億美元,收購了北辰數據所持的晟達半導體(上海)有限公司"
                  "(“晟達半導體”)80%的股權。")
_KEPT = "收购完成后,江州集团持有星河科技22.53%股份。大基金还保留3.5%的股份,为第二大股东。"
_PRICE = ("7天之後,江州集團設立的磐石香港有限公司(簡稱“磐石香港”),以116.91億元收購了星河科技前兩大股東所持"
          "絕大部分股權。")

# part 2 (Chinese, from sets 26, 29 and 31): (language, text, value, unit, kind, investor); investor "" = none
PART2: list[tuple[str, str, float, str, str, str]] = [
    # each party's figure of a "respectively" list
    (HANS, _PORT_JV, 40, "percent", "project", "星河码头"),
    (HANS, _PORT_JV, 60, "percent", "project", "江州港务集团"),
    (HANT, "合資公司由星河碼頭和江州港務集團分別持股40%和60%。", 40, "percent", "project", "星河碼頭"),
    (HANS, _FOUR_PARTIES, 10, "percent", "project", "星河码头发展(香港)有限公司"),
    (HANS, _PAID_IN, 1.6e8, "CNY", "project", "星河码头"),
    (HANS, _PAID_IN, 2.4e8, "CNY", "project", "江州港务集团"),
    # a stake bought by the clause before that pays, a stake kept, a price paid for a purchase
    (HANT, _PAYING_CLAUSE, 80, "percent", "project", "星河科技"),
    (HANS, _KEPT, 3.5, "percent", "project", "大基金"),
    (HANS, "星河锂业以40.66亿美元收购北辰公司23.77%的股权。", 23.77, "percent", "project", "星河锂业"),
    (HANT, _PRICE, 116.91e8, "CNY", "project", "磐石香港有限公司"),
    (HANS, "2021年9月,北辰雅保宣布以2亿美元收购江州天源新能源材料公司。", 2e8, "USD", "project", "北辰雅保"),
    # a brand opening a project's name before the project's place
    (HANS, "总投资15.8亿元的华能清河县280兆瓦农光互补发电项目开工建设。", 15.8e8, "CNY", "project", "华能"),
    # near misses: countries are no parties; a list's figures without 分别 and a verb; the clause's words before a
    # place are no brand; a name opening with a place
    (HANS, "去年,韩国、日本、新加坡分别投资1.6亿美元、2.1亿美元和3.2亿美元。", 2.1e8, "USD", "indicator", ""),
    (HANS, "全市一、二、三产业分别占比10%、40%和50%。", 40, "percent", "indicator", ""),
    (HANS, "双方就科尔沁区建国片区项目的投资与开发建设事宜进行了交流,项目总投资20亿元。", 20e8, "CNY", "project", ""),
    (HANS, "总投资4亿元的江苏清河县光伏项目开工。", 4e8, "CNY", "project", ""),
]


# part 3 (English, from sets 25-33): one deal's money is a project, whatever plan word its sentence holds;
# (text, value, unit, kind)
DEALS: list[tuple[str, float, str, str]] = [
    ("Bank of Halden's city branch signed a $103 million syndicated loan for a subsidiary of Norvale Textile.", 103e6,
     "USD", "project"),
    ("The move registered at the end of August, with a low registered capital of RMB50m.", 50e6, "CNY", "project"),
    ("Kestrel Cement has made a significant investment by committing US$15 million to build a new plant.", 15e6, "USD",
     "project"),
    ("It is projected to be completed in six years at a cost of $1.47 billion.", 1.47e9, "USD", "project"),
    ("Orin Rubber Thailand has a total investment of 1 billion yuan and has started to operate two lines.", 1e9, "CNY",
     "project"),
    ("RMB432 million yuan will be earmarked for biopesticide production.", 432e6, "CNY", "project"),
    ("The assistance includes a loan of up to $50 million to Orin Farm Services.", 50e6, "USD", "project"),
    # near misses: a place list's totals, revenue a segment contributed, sales contributed to, a region's total
    ("Of the projects, 136 in Jiujiang, with a total investment of 80.1 billion yuan; 31 Yingtan city, a total "
     "investment of 26.2 billion yuan.", 26.2e9, "CNY", "indicator"),
    ("Orthopedics, accessories and services contributed $27.8 million.", 27.8e6, "USD", "indicator"),
    ("Its new lines will contribute to annual sales of 2 billion yuan, the company said.", 2e9, "CNY", "target"),
    ("The province attracted foreign investment of 5 billion dollars in the first half.", 5e9, "USD", "indicator"),
]


# part 4 (Chinese, from sets 24-33): (language, text, value, kind, investor); investor "" = none, None = not checked
PART4: list[tuple[str, str, float, str, str | None]] = [
    # a bare total opening the sentence after one named project
    (HANS, "就在前不久,星河秭归绿色新型建材产业园项目也即将开展建设。总投资为100亿元,项目建设内容包括水泥。", 100e8,
     "project", "星河"),
    (HANT, "近日,寧夏北辰雲計算中心開工。項目總投資108.3億元,占地面積235.64畝。", 108.3e8, "project", None),
    # a signing's one project
    (HANS, "渭南高新区签约项目1个,总投资10.5亿元。", 10.5e8, "project", ""),
    # one deal's money by its label
    (HANS, "该公司是江州重工集团的全资子公司,注册资金达5.8亿元。", 5.8e8, "project", None),
    (HANS, "其中,大基金所持的9.74%股份,收购价为50.5亿元。", 50.5e8, "project", None),
    (HANT, "12天後增資至10億元。", 10e8, "project", None),
    # near misses: several signed projects, a breakdown's class of one, a city's registered capital, several named
    (HANS, "今年签约项目3个。总投资为100亿元。", 100e8, "indicator", ""),
    (HANS, "其中,工业项目87个,总投资45亿元;现代服务业项目1个,总投资1亿元。", 1e8, "indicator", ""),
    (HANS, "全市新登记企业注册资本达500亿元。", 500e8, "indicator", ""),
    (HANS, "今年开工建设两个产业园项目。总投资为30亿元。", 30e8, "indicator", ""),
]


# part 5: the last look at every investor (investor_check): (text, investor the analyst sees, or None for none)
CHECKED: list[tuple[str, bool, str | None]] = [
    ("湘玲矿山设备及其", False, "湘玲矿山设备"),
    ("工程机械商贸城以及为该", False, None),
    ("这个", False, None),
    ("前者", False, None),
    ("主会场", False, None),
    ("新上", False, None),
    ("占开复工项目年度", False, None),
    ("据宝丰能源", False, "宝丰能源"),
    ("松原市市長孫鴻志與大成集團", False, "大成集團"),
    ("湖北省還和順豐控股集團", False, "順豐控股集團"),
    ("化工产业园项目与西安水发神农集团有限公司", False, "西安水发神农集团有限公司"),
    # names the check must leave alone: ending with 为 or 的, a place's 和 inside a name, a short brand
    ("华为", False, "华为"),
    ("美的", False, "美的"),
    ("太和县国泰谌世生态农业科技有限公司", False, "太和县国泰谌世生态农业科技有限公司"),
    ("It", True, None),
    ("If", True, None),
    ("Steel Co., Ltd.", True, None),
    ("Norvale Steel Co., Ltd.", True, "Norvale Steel Co., Ltd."),
    ("ZTE", True, "ZTE"),
    ("锂业公司", False, None),
    ("约定公司", False, None),
    ("两期", False, None),
    ("观摩活动来到汉中城固修正", False, None),
    ("拟向全资子公司南山美国先进铝技术有限责任公司", False, "南山美国先进铝技术有限责任公司"),
    ("储酒库", False, None),
    ("外资项目还有香港万豪国际集团", False, "香港万豪国际集团"),
    ("聊城本次开工活动在山东嘉华保健品公司", False, "山东嘉华保健品公司"),
    ("大连港", False, "大连港"),
    ("星河锂业公司", False, "星河锂业公司"),
]


@pytest.mark.parametrize(("name", "english", "expected"), CHECKED)
def test_every_investor_gets_a_last_look(name: str, english: bool, expected: str | None) -> None:
    assert checked_investor(name, english) == expected


def test_a_pronoun_the_rules_took_for_an_investor_is_dropped_in_extraction() -> None:
    text = "這個60萬噸緩控釋肥項目位于江州臨沭縣,擬占地600畝,總投資約6億元。"
    facts = extract_by_rules(text, HANT, PUBLISHED)
    found = find(facts, 6e8, "CNY")
    assert found and not found[0].fields.get("investor"), describe(found, text)


# part 6 (English): the subject opening a deal's sentence invests it; "a $N investment" is one deal's;
# (text, value, unit, kind, investor); investor "" = none
SUBJECTS: list[tuple[str, float, str, str, str]] = [
    ("Norvale, based in Quanzhou city of Fujian province, will commit 155 million yuan (US$23 million) in initial "
     "funding toward the 50:50 venture.", 155e6, "CNY", "project", "Norvale"),
    ("One of the world's top cement producers, Kestrel Cement Co. Ltd, has made a significant investment in Zimbabwe "
     "by committing US$15 million to build a new plant.", 15e6, "USD", "project", "Kestrel Cement Co. Ltd"),
    ("Orin Group, a designer and maker of trim parts, plans to expand in Lewisburg with a $87 million investment "
     "creating 254 new jobs.", 87e6, "USD", "project", "Orin Group"),
    ("IFC’s financing package includes $70 million in equity.", 70e6, "USD", "project", "IFC"),
    # near misses: a question word opening the sentence; a city's investment
    ("What is particularly striking is that RMB432 million yuan will be earmarked for biopesticide production.",
     432e6, "CNY", "project", ""),
    ("The city will see a 5 billion yuan investment in roads this year.", 5e9, "CNY", "target", ""),
]


_HEADLINE_COMPANY = """星河锂业年产2万吨碳酸锂项目落户江州
近日,江州市安居区政府与星河锂业股份有限公司签约,年产2万吨碳酸锂工厂项目落户安居区。
星河锂业是全球领先的锂业公司。江州公交和北辰公交此前与星河锂业有过合作,北辰公交还采购了电池。
该项目计划总投资约15亿元,建成后年产值可达30亿元。
"""


def test_a_company_the_headline_names_alone_needs_only_to_lead_the_count() -> None:
    # (星河锂业 written 4 times, 公交 of two bus companies 3: the headline names only the first)
    facts = extract_by_rules(_HEADLINE_COMPANY, HANS, PUBLISHED)
    found = find(facts, 15e8, "CNY")
    assert found and found[0].kind.value == "project", describe(facts, _HEADLINE_COMPANY)
    assert found[0].fields.get("investor") == "星河锂业", describe(found, _HEADLINE_COMPANY)


# round 21 (from sets 34-37, read after they were scored): (language, text, value, unit, kind, investor)
ROUND21: list[tuple[str, str, float, str, str, str]] = [
    (EN, "The joint venture will be 70 percent owned by Norvale Hong Kong New Energy Technology and 30 percent by "
         "Orin.", 70, "percent", "project", "Norvale Hong Kong New Energy Technology"),
    (EN, "The company's equity is held by Kestrel Asia with a 99% stake and Kestrel Aluminium with a 1% stake.", 1,
     "percent", "project", "Kestrel Aluminium"),
    (EN, "Norvale Morocco will hold a majority 50.03 percent stake in the venture.", 50.03, "percent", "project",
     "Norvale Morocco"),
    (EN, "Zhou’s 88% controlling stake is worth 8 billion dollars.", 88, "percent", "project", "Zhou"),
    (HANS, "该公司由公司星河铝业国际的间接全资子公司北辰亚洲(持股99%)和香港北辰铝业(持股1%)共同持有。", 99, "percent",
     "project", "北辰亚洲"),
    (HANT, "國機集團並擁有長拖公司50%股權。", 50, "percent", "project", "國機集團"),
    (HANS, "星河生物与董事长蒋仁生分别以10%和90%的持股份额投资了江州智睿投资。", 10, "percent", "project", "星河生物"),
    # near misses: a ranking's totals after 分别以; figures of several holders glued together; a market's share
    (HANS, "其中,A集团有限公司、B集团有限公司分别以669.6亿元、507亿元位列前两名。", 507e8, "CNY", "indicator", ""),
    (HANT, "該公司分別由星河光能及星河玻璃擁有52.0%48.0%權益。", 52, "percent", "indicator", ""),
    (EN, "The company has a 20% share of the market.", 20, "percent", "indicator", ""),
    # part 2: a task's count and amount, an estimated total, a registered capital changed, a deal's allocations
    (HANS, "其中,招商引资任务数18家,任务数34亿元。", 18, "count", "target", ""),
    (HANS, "其中,招商引资任务数18家,任务数34亿元。", 34e8, "CNY", "target", ""),
    (HANS, "该项目总投资估算为9.22亿元。", 9.22e8, "CNY", "project", ""),
    (HANS, "储酒库一期工程总投资估算为9.22亿元。", 9.22e8, "CNY", "project", ""),
    (HANT, "長拖公司註冊資本將從人民幣1.88億元增至人民幣2.82億元。", 2.82e8, "CNY", "project", ""),
    (EN, "Of the total, RMB 410 million is to be put into farming establishments, while RMB 850 million will go to "
         "slaughtering and processing.", 850e6, "CNY", "project", ""),
    (EN, "First-phase investment will be about USD81 million.", 81e6, "USD", "project", ""),
    (EN, "The plant is expected to cost RMB 27.5 million.", 27.5e6, "CNY", "project", ""),
    # after sets 38-41 were scored: a long purchase clause read from its start, a partner's held firm
    (HANS, "7月2日,星河动力参股公司江州星河新智造科技有限公司(简称“星河新智造”)拟以33.46亿元的资金收购"
           "北辰通用24.55%股权。", 24.55, "percent", "project", "江州星河新智造科技有限公司"),
    # near misses: a firm counted without a task; a county's plan for schools
    (HANS, "台商回台投资112家。", 112, "count", "indicator", ""),
    (EN, "The county's plan for next year: 150 million yuan will go to new schools.", 150e6, "CNY", "target", ""),
]


# every table as (language, text, value, unit, kind, investor): investor "" when the fact must name none, None when
# it is not checked
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    *((EN, text, value, unit, kind, investor) for text, value, unit, kind, investor in STAKES + SUBJECTS),
    *((EN, text, value, unit, kind, None) for text, value, unit, kind in DEALS),
    *((language, text, value, "CNY", kind, investor) for language, text, value, kind, investor in PART4),
    *PART2, *ROUND21,
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round20_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)
