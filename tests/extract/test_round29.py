"""Round 29 (from sets 84-89, read after they were scored once): made-up sentences, each with a near miss.

- A holding that changes is the holder's stake like one held: X对Y的持股将下降至N%, X对其持股比例将从M%增加到N% (both
  figures X's); a figure of output or demand that falls (产量将下降至N%) is no stake, nor a government's holding.
- English holdings written otherwise: "Y holds the remaining 44%" (the clause ending at the figure; a verb that is no
  holding, "Exports took the remaining 40%", is none), "5% ownership lies with IFC", "X is interested in N% of the
  Company's issued shares" (a Hong Kong filing's words; "is interested in 20% of the proposals" is none), "holds N% of
  the investment".
- A listed company's announcement (X(002217.SZ)公布, Y(000521)7月12晚间公告) makes X the article's company, so that an
  amount of "本项目" in it is X's; without the stock code the lead does not.
- Chinese figures with a space per thousand (7 000多亿元, 1 036亿元) and a space before 多 (100 多家) are read
  whole.
- (Sets 90-92, after their scoring) a list's item whose company, written with its place and trade, invests in a
  project named after the amount (分别是:江州市大成化工投资3.2亿元的年产5000吨菊酯项目,…) is that company's, not
  the project name's head nor a company named elsewhere, the clause's verb before it cut (签约了X, 标志着X); a short
  brand (华为投资N的华为一期项目) is read as before.
- (Sets 93-95, after their scoring) the counts of a year's plan that "arranges" projects (铺排 as 安排) are targets
  even when the plan's cumulative total follows (累计总投资N: the plan's, no progress report), and so are its parts
  after 其中; a plan of last year stays achieved. A holding written "holding in" ("currently has a 21.7% holding in
  the company"), a purchase "of the company's issued shares", a ratio held "在其中" (X在其中占股35%) and a price paid
  to a named seller (X以N向Y收购Z N%股权) are the holder's or buyer's.
- (Sets 96-98, after their scoring) a party's share of a venture told with "will hold N%" ending its clause
  ("Airbus will hold 51%, and the Chinese consortium 49%") is that party's, in a sentence on a venture, its shares or
  partners only ("The plant will have 51%." is none); "gives X a 50 per cent ownership stake" is X's.
- Runs that name no investor are dropped: a list's first word (石油和), a clause's time or verb (于日前,
  与石墨电极, 国家下放, 深化公司, 投建), an activity (石灰石综合利用); a holder's role before its name
  (实际控制人X, 控股股东X) is cut; after the scoring of sets 90-92 also 在X, 最终 (最终持有N%股权), 一间…公司,
  携手为X and "Reform Commission" (a regulator's name cut).
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_kind_and_investor, extract_by_rules, find

from app.extract.investor_check import checked_investor
from app.extract.names_zh import tidy_investor

PUBLISHED = dt.date(2026, 5, 4)
ZH, EN = "zh-Hans", "en"
CHANGED = "德赛电池对其持股比例将从60%增加到75%。"
REMAINING = "The unit holds 56% of the venture, while Sinopec Corp holds the remaining 44%."
ANNOUNCED = ("12月6日晚间,合力泰(002217.SZ)公布,公司和江州经济技术开发区管理委员会签署了合作协议书。\n"
             "本项目总投资约65亿元。")
LISTED = ("新签合同项目2个。分别是:江州市大成化工投资3.2亿元的年产5000吨菊酯项目,"
          "江州市民和建材投资8000万元的建材建设项目。")
ARRANGED = "今年江州市共安排重点建设项目260项,其中制造业项目46项、新能源项目55项,累计总投资3893亿元。"
BOUGHT = "东阳光实业以280亿元向贝恩资本收购秦淮数据中国100%股权。"
SPACED = "十二五期间,预计新增投资7 000多亿元人民币,其中投资1 036亿元人民币的江州油气开发项目已开工。"

# (language, text, value, unit, kind, investor): investor "" when the fact must name none
CASES: list[tuple[str, str, float, str, str, str | None]] = [
    (ZH, "公告显示,福建省电子信息集团对合力泰的持股将下降至4.98%。", 4.98, "percent", "project", "福建省电子信息集团"),
    (ZH, CHANGED, 60, "percent", "project", "德赛电池"),
    (ZH, CHANGED, 75, "percent", "project", "德赛电池"),
    (ZH, "德賽電池對其持股比例將從60%增加到75%。", 75, "percent", "project", "德賽電池"),
    (ZH, "本公司产量将下降至40%。", 40, "percent", "indicator", ""),
    (ZH, "市场对其需求将下降至40%。", 40, "percent", "indicator", ""),
    (ZH, "政府对其持股比例为30%。", 30, "percent", "indicator", ""),
    (EN, REMAINING, 44, "percent", "project", "Sinopec Corp"),
    (EN, "Exports took the remaining 40%.", 40, "percent", "indicator", ""),
    (EN, "Stora Enso holds 80% and 5% ownership lies with IFC.", 5, "percent", "project", "IFC"),
    (EN, "Magang Group is interested in approximately 45.54% of the Company's issued shares.", 45.54, "percent",
     "project", "Magang Group"),
    (EN, "The city is interested in 20% of the proposals.", 20, "percent", "indicator", ""),
    (EN, "The fund holds 30% of the investment.", 30, "percent", "project", None),
    (ZH, ANNOUNCED, 65e8, "CNY", "project", "合力泰"),
    (ZH, "長虹美菱(000521)7月12晚間公告,公司及下屬子公司長虹空調將以自籌資金合計投資2億元"
         "與實際控制人長虹集團共同設立基金。", 2e8, "CNY", "project", "長虹美菱"),
    (ZH, SPACED, 7000e8, "CNY", "target", None),
    (ZH, SPACED, 1036e8, "CNY", "project", None),
    (ZH, "石油和化工项目投资额超过3 900亿元人民币。", 3900e8, "CNY", "project", ""),
    (ZH, ARRANGED, 260, "count", "target", None),
    (ZH, ARRANGED, 46, "count", "target", None),
    (ZH, "今年江州区全区铺排重点项目340个,总投资1200亿元。", 340, "count", "target", None),
    (ZH, "去年全市共安排重点项目100个,累计完成投资50亿元。", 100, "count", "indicator", None),
    (ZH, "河北钢铁集团在其中占股35%,将以最大股东身份主导。", 35, "percent", "project", "河北钢铁集团"),
    (ZH, "江州市在其中占股35%。", 35, "percent", "indicator", ""),
    (ZH, BOUGHT, 280e8, "CNY", "project", "东阳光实业"),
    (ZH, BOUGHT, 100, "percent", "project", "东阳光实业"),
    (EN, "SCA acquired a stake in the tissue maker Vinda in 2007 and currently has a 21.7% holding in the company.",
     21.7, "percent", "project", "SCA"),
    (EN, "Essity intends to acquire 100 per cent of the company’s issued shares for HKD 23.50 per share.", 100,
     "percent", "project", None),
    (EN, "Exports make up a 30% holding in value.", 30, "percent", "indicator", ""),
    (EN, "Under the agreement, Airbus will hold 51%, and the Chinese consortium 49%.", 51, "percent", "project",
     "Airbus"),
    (EN, "PSA (Tianjin) would have 49% of the joint venture.", 49, "percent", "project", "PSA"),
    (EN, "The plant will have 51%. Sales rose.", 51, "percent", "target", ""),
    (EN, "The investment gives Yunnan Chihong a 50 per cent ownership stake in the joint venture.", 50, "percent",
     "project", "Yunnan Chihong"),
    (ZH, LISTED, 3.2e8, "CNY", "project", "江州市大成化工"),
    (ZH, LISTED, 0.8e8, "CNY", "project", "江州市民和建材"),
    (ZH, "华为投资20亿元的华为一期项目开工。", 20e8, "CNY", "project", "华为"),
    (ZH, "江州市投资20亿元的江州物流园项目开工。", 20e8, "CNY", "project", ""),
    (ZH, "再次携手进行二期项目签约,标志着江达化学投资72亿元的二期项目全面启动。", 72e8, "CNY", "project", "江达化学"),
    (ZH, "沁阳市举行签约仪式,集中签约了江达钢铁投资70亿元的年产200万吨新型再生钢铁材料项目。", 70e8, "CNY", "project",
     "江达钢铁"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "kind", "investor"), CASES)
def test_round29_case(language: str, text: str, value: float, unit: str, kind: str, investor: str | None) -> None:
    check_kind_and_investor(extract_by_rules(text, language, PUBLISHED), text, value, unit, kind, investor)


def test_without_its_stock_code_the_lead_makes_no_article_company() -> None:
    text = ANNOUNCED.replace("(002217.SZ)", "")
    found = find(extract_by_rules(text, ZH, PUBLISHED), 65e8, "CNY")
    assert found and found[0].fields.get("investor") != "合力泰"


def test_a_count_with_a_space_before_many() -> None:
    facts = extract_by_rules("三星项目带动100 多家配套企业落户江州高新区。", ZH, PUBLISHED)
    assert find(facts, 100, "count")


def test_a_year_before_a_spaced_amount_is_not_one_number() -> None:
    facts = extract_by_rules("2019年 100亿元的投资全部到位。", ZH, PUBLISHED)
    assert find(facts, 100e8, "CNY")
    assert not find(facts, 2019100e8, "CNY")


# (what a rule read as the investor, what the analyst sees): None when it names no one
CHECKED: list[tuple[str, str | None]] = [
    ("石油和", None),
    ("宁波睿和", "宁波睿和"),
    ("于日前", None),
    ("于都城投", "于都城投"),
    ("与石墨电极", None),
    ("石灰石综合利用", None),
    ("国家下放", None),
    ("深化公司", None),
    ("投建", None),
    ("在亨通", None),
    ("最终", None),
    ("一间附属公司或一间联营公司", None),
    ("携手为山西汾酒集团", None),
    ("披露", None),
    ("继续", None),
    ("公司拟以", None),
    ("宜丰县人民政府与子公司", None),
    ("继续教育集团", "继续教育集团"),
]


@pytest.mark.parametrize(("written", "shown"), CHECKED)
def test_round29_checked_investor(written: str, shown: str | None) -> None:
    assert checked_investor(written, english=False) == shown


def test_a_regulator_cut_to_its_last_words_is_no_investor() -> None:
    assert checked_investor("Reform Commission", english=True) is None
    assert checked_investor("National Development and Reform Commission", english=True) is not None


@pytest.mark.parametrize(("written", "shown"), [
    ("实际控制人长虹集团", "长虹集团"),
    ("控股股东四川长虹", "四川长虹"),
    ("股东大会", "股东大会"),
    ("大股东", "大股东"),
])
def test_round29_holder_role_cut(written: str, shown: str) -> None:
    assert tidy_investor(written) == shown
