"""Round 31 (from sets 102-116, read after they were scored once): made-up sentences, each with a near miss.

- A holder's ratio written with a bare name before 持股 ("腾讯持股为21.567%", "红杉资本持股约为3.2%", "X最多合计持股约
  N%") is the holder's stake, a `project` with the holder as investor, as "X持有Y N%股权" was; a class of holders
  (外资, 员工, 前十大股东, 其他股东) names no one, and the ratio stays what the other rules make of it.
- A name the page splits with a space ("百 度持有快手约 3.78% 股权", "DST 股东共同持有…") is read as written;
  共同, 合计, 最多 between the holder and its verb are no part of the name.
- The last of several holders listed with 、 ("A、B合计持有的Y 62%股权") is not the holder of the whole stake.
"""

from __future__ import annotations

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

ZH = "zh"
HOLDERS = ("IPO 前,腾讯持股为 21.567%,宿华持股为 12.648%,五源资本持股为 16.65%。此外,百 度持有快手约 3.78% 股权,"
           "DST 股东共同持有快手 6.43% 股权;DCM 股东共同持有快手约 9.23% 股权,红杉资本持股约为 3.2%。"
           "Boyu 持股约为 2.29%,淡马锡持股约为 0.86%。")


@pytest.mark.parametrize(("text", "value", "investor"), [
    (HOLDERS, 21.567, "腾讯"),
    (HOLDERS, 12.648, "宿华"),
    (HOLDERS, 16.65, "五源资本"),
    (HOLDERS, 3.78, "百 度"),
    (HOLDERS, 6.43, "DST 股东"),
    (HOLDERS, 9.23, "DCM 股东"),
    (HOLDERS, 3.2, "红杉资本"),
    (HOLDERS, 2.29, "Boyu"),
    (HOLDERS, 0.86, "淡马锡"),
    ("剔除回购专用账户股份后,优必选最多合计持股约43.01%。", 43.01, "优必选"),
    ("增资完成后,宝胜股份持股70%,长飞光纤持股30%。", 30, "长飞光纤"),
    ("合资公司注册资本10亿元,其中百度持股55%,吉利持股45%。", 55, "百度"),
    ("合资公司注册资本10亿元,其中百度持股55%,吉利持股45%。", 45, "吉利"),
    # (from sets 120-122, after they were scored once) a holder with 的, a contribution's share, a change of holding
    ("交易完成后,北方华创的持股比例将超过20%。", 20, "北方华创"),
    ("其中中芯国际出资拟占比51%。", 51, "中芯国际"),
    ("王兴在理想汽车港股的持股比例从22.57%收窄至22.35%。", 22.35, "王兴"),
    # a company after 对 is whose shares are held, never the holder
    ("海洋基金对国美水产的持股比例为 20.65%,国美水产为公司控股子公司。", 20.65, "海洋基金"),
    # (from sets 123-125, after they were scored once) a holding that ends its clause, a ratio risen to a figure
    ("交易完成后,HPE开曼持有19%,紫光国际持股比例将升至87.98%。", 19, "HPE开曼"),
    ("交易完成后,HPE开曼持有19%,紫光国际持股比例将升至87.98%。", 87.98, "紫光国际"),
])
def test_a_bare_holders_ratio_is_its_stake(text: str, value: float, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, ZH), text, value, "percent", "project", investor)


@pytest.mark.parametrize(("language", "text", "value"), [
    ("zh", "该合资公司中,外资持股比例为49%。", 49),
    ("zh", "公司实施股权激励,员工持股比例为5%。", 5),
    ("zh", "截至年末,前十大股东持股比例合计为60%。", 60),
    ("zh", "本次增资后,其他股东持股比例为12%。", 12),
    ("zh", "交易完成后,外资持有19%。", 19),
    # a share of a market or of output bought is no stake (round 31's "share in" and "secures" below)
    ("en", "The company secured a 30% share of the market.", 30),
    ("en", "Nexa bought a 20% share of the output.", 20),
])
def test_a_class_of_holders_or_a_market_share_names_no_one(language: str, text: str, value: float) -> None:
    facts = extract_by_rules(text, language)
    found = find(facts, value, "percent")
    assert found, describe(facts, text)
    assert not found[0].fields.get("investor"), describe(found, text)


def test_the_last_of_several_listed_holders_is_not_the_holder() -> None:
    text = "鑫宏业拟以 31,620 万元对价受让鼎控机电、曙光蓝风启合计持有的扬州曙光 62%股权。"
    facts = extract_by_rules(text, ZH)
    found = find(facts, 62, "percent")
    assert found, describe(facts, text)
    assert found[0].fields.get("investor") != "曙光蓝风启", describe(found, text)



# Round 31, from sets 117-119 (read after they were scored once): English shapes
EN = "en"


@pytest.mark.parametrize(("text", "value", "unit", "investor"), [
    # "will be investing" / "is investing": the progressive, like "will invest" (not the newspaper that reported it)
    ("South China Morning Post (SCMP) reported that ByteDance will be investing US$614 million to develop a new AI "
     "data center in China.", 614e6, "USD", "ByteDance"),
    ("Nexa is investing 2 billion yuan in a new plant.", 2e9, "CNY", "Nexa"),
    # a share bought "in" a company, a stake secured, a purchase written as a noun
    ("Rusal acquired a 65% share in the operation in 2007.", 65, "percent", "Rusal"),
    ("Seres secures a 10% stake in Yinwang.", 10, "percent", "Seres"),
    ("The deal mirrors the Yahoo purchase of a 40 percent stake in Alibaba for US$1 billion in 2005.", 40, "percent",
     "Yahoo"),
    ("Tsinghua Unisplendour will hold 15 percent of shares issued by NASDAQ-listed WDC.", 15, "percent",
     "Tsinghua Unisplendour"),
])
def test_english_investments_and_stakes(text: str, value: float, unit: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, EN), text, value, unit, "project", investor)


@pytest.mark.parametrize(("text", "signed"), [
    # the level a figure fell from or to is no change: positive
    ("The unemployment rate decreased to 4.8% in May.", 4.8),
    ("The SERES Group's stake has decreased from 98.77% to 93.63%.", 98.77),
    ("Tencent's shareholding has dropped to 17.2 percent.", 17.2),
    # the change itself stays negative
    ("Sales fell by 5% last year.", -5),
    ("Output was down 3% from a year earlier.", -3),
    ("Profit dropped 12 percent to 3 billion dollars.", -12),
])
def test_a_level_fallen_from_or_to_is_no_negative_change(text: str, signed: float) -> None:
    facts = extract_by_rules(text, EN)
    assert find(facts, signed, "percent"), describe(facts, text)
    assert not find(facts, -signed, "percent"), describe(facts, text)
