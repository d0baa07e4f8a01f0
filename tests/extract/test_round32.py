"""Round 32 (from sets 1-131's holdings read as indicators): made-up sentences, each with a near miss.

A holding is the holder's `project` percentage (README set 3) however the sentence tells who holds it:

- English: the holder before an appositive set off by commas ("Nexa, through its venture arm, owns 2% of Y"), the
  shares held and then their share of the company ("holds 30,010,100 shares, accounting for 7.48% of …", "will
  control 293 million shares (40.51% stake)"), a holder ranked among the owners ("X is Y's largest external investor
  with 14.88%"), a holding that fell ("X's stake has decreased from 98.77% to 93.63%"), a present "holds N percent"
  ending its clause in a sentence on a company's shares; "the Company" of a filing is no name, and the subject of a
  clause after "while" is not the sentence's opener.
- Chinese: the holder ranked in the clause before (X是Y的第一大股东,持股N%), the shares held and then their share
  (X持有Y N万股股份,约占总股本的N%; X以N美元收购Y M股股份,占Y股份比例约为N%), the holding written with whose
  company it is in (X于Y的股权将为约N%, X在Y股份的占比提升至N%, X占Y的股权将由A%降至B%); a number's thousands
  separators are no clause marks; an offer (要约收购) is no holder.
"""

from __future__ import annotations

import pytest
from tests.extract.table_support import check_kind_and_investor, describe, extract_by_rules, find

EN = "en"
ZH = "zh"


@pytest.mark.parametrize(("text", "value", "investor"), [
    ("Norvik, through its venture capital arm, owns 2.4 per cent of Qelar, according to the prospectus.", 2.4,
     "Norvik"),
    ("According to the filing, Dalberg Group, Qelar's second-largest shareholder since 2001, currently holds "
     "45,100,200 shares, equivalent to a 9.15 percent stake in Qelar.", 9.15, "Dalberg Group"),
    ("Tarvo Capital holds 12,345,678 shares of the company, accounting for 6.02% of the company's total share "
     "capital.", 6.02, "Tarvo Capital"),
    ("Combined, Helm Electronics will control 120 million shares (35.5% stake), keeping its position.", 35.5,
     "Helm Electronics"),
    ("Norvik bought 2.2 million newly issued shares or 0.4 percent of shares outstanding.", 0.4, "Norvik"),
    ("Nexa is Qelar's largest external investor with a 7.25% post-IPO stake.", 7.25, "Nexa"),
    ("Orbis Fund 2 is Qelar's largest external investor with 11.5%, followed by Tarvo.", 11.5, "Orbis Fund"),
    ("The Dalberg Group's stake has decreased from 96.5% to 91.2%, but it remains the controlling shareholder.",
     96.5, "Dalberg Group"),
    ("The Dalberg Group's stake has decreased from 96.5% to 91.2%, but it remains the controlling shareholder.",
     91.2, "Dalberg Group"),
    ("Nexa's shareholding has dropped to 15.1 percent from the earlier 15.6 percent.", 15.6, "Nexa"),
    ("Helm took a 55 percent stake in Qelar Heavy Industry while Tarvo Machinery holds 41.3 percent.", 41.3,
     "Tarvo Machinery"),
])
def test_an_english_holding_is_its_holders(text: str, value: float, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, EN), text, value, "percent", "project", investor)


@pytest.mark.parametrize(("text", "value", "not_investor"), [
    # "the Company" of a filing names no one; the clause after "while" has its own subject, not the sentence's opener
    ("As a result, the Company holds 8,000,000 shares of Qelar, representing approximately 7% of Qelar's total "
     "outstanding shares.", 7, "Company"),
    ("Helm Science and Technology holds 70% of Qelar's equity, while Tarvo Optical and Cable Joint Stock holds 30%.",
     30, "Helm Science"),
    # a share of a market held is no stake
    ("Nexa holds 38 percent of the market.", 38, "Nexa"),
])
def test_no_holder_is_made_up(text: str, value: float, not_investor: str) -> None:
    facts = extract_by_rules(text, EN)
    found = find(facts, value, "percent")
    assert found, describe(facts, text)
    assert found[0].fields.get("investor") != not_investor, describe(found, text)
    if not_investor == "Nexa":
        assert found[0].kind != "project", describe(found, text)


@pytest.mark.parametrize(("text", "value", "investor"), [
    ("中科星河是蓝海信息的第一大股东,持股26.5%。", 26.5, "中科星河"),
    ("華遠控股(8123)正是美景最大股東,持股逾18%,創辦人李明則持股9.4%。", 18, "華遠控股"),
    ("截至2024年6月30日,北方星创持有芯源光2596.47万股股份,约占总股本的15.87%,为其第一大股东。", 15.87, "北方星创"),
    ("截至2016年12月19日,张东明先生持有本公司股份共计479,725,785股,占公司总股本1,207,889,679 股的39.72%。", 39.72,
     "张东明先生"),
    ("蓝光国际以 118,422,895.10 美元的对价收购新华五 164,490 股股份,占新华五股份比例约为 1.70%。", 1.7, "蓝光国际"),
    ("紧随交割后,远景集团于极光的股权将为约53.21%(按已转换基准计算)。", 53.21, "远景集团"),
    ("完成後,远景汽車於極光之持股將增至約61.5%。", 61.5, "远景汽車"),
    ("交易结束后,远景汽车在极光股份的占比提升至57.3%。", 57.3, "远景汽车"),
    ("融资完成后,远景汽车占极光智能科技的股权将由51%降至约47%。", 51, "远景汽车"),
    ("融资完成后,远景汽车占极光智能科技的股权将由51%降至约47%。", 47, "远景汽车"),
])
def test_a_chinese_holding_told_around_its_holder(text: str, value: float, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, ZH), text, value, "percent", "project", investor)


@pytest.mark.parametrize("text", [
    "要约收购股份数量为2845万股,占上市公司总股本的13.02%。",  # an offer buys, it holds nothing
    "今年出口额占全市的比重为13.02%。",  # a share of trade, no holding
])
def test_no_chinese_holder_without_one(text: str) -> None:
    facts = extract_by_rules(text, ZH)
    found = find(facts, 13.02, "percent")
    assert found, describe(facts, text)
    assert not found[0].fields.get("investor"), describe(found, text)


# Round 32, from sets 132-134 (read after they were scored once): projects listed by their amounts
@pytest.mark.parametrize(("text", "value", "investor"), [
    # a list opened by 其次分别为, each item's company leading its name
    ("其次分别为32亿元的华远年产10GW光伏组件、30亿元的南京国芯特种机器人产业园、14亿元的南京车拓高端装备标准化厂房等项目。",
     32e8, "华远"),
    ("其次分别为32亿元的华远年产10GW光伏组件、30亿元的南京国芯特种机器人产业园、14亿元的南京车拓高端装备标准化厂房等项目。",
     30e8, "南京国芯特种机器人"),  # (a company named after its city, the brand right after it)
    # each item with its own investment word and a currency other than yuan
    ("投资20亿元的鲁源奥特莱斯、投资2.3亿美元的斯凯拓新工厂等项目加速推进。", 20e8, "鲁源奥特莱斯"),
    # (from test_document_orgs, where the article's names gave the second item its company before round 32: each
    # item of the list is read by its own name now, the first one's company no longer left out)
    ("投资30亿元的青湖十里江南、投资11.6亿元的北京云岭创世集团通化滑雪场等项目开工。", 11.6e8, "北京云岭创世集团"),
    ("投资30亿元的青湖十里江南、投资11.6亿元的北京云岭创世集团通化滑雪场等项目开工。", 30e8, "青湖十里"),
])
def test_an_item_of_a_listed_projects_company(text: str, value: float, investor: str) -> None:
    facts = extract_by_rules(text, ZH)
    check_kind_and_investor(facts, text, value, "CNY", "project", investor)


@pytest.mark.parametrize(("text", "value"), [
    ("投资30亿美元的林浆纸一体化、投资59亿元的国航造修船基地等项目。", 30e8),  # a process, no company
    ("总投资13.09亿元的长春智能光谷产业园项目、总投资5亿元的高新科技创新园项目等项目也将开工。", 5e8),  # a zone's park
    ("馆外签约项目2个,分别是:概算投资7亿元的梁河县太阳能光伏发电项目和2亿元的盈江景观商业廊桥项目。", 2e8),  # a county
])
def test_a_listed_item_without_a_company(text: str, value: float) -> None:
    facts = extract_by_rules(text, ZH)
    found = [f for f in find(facts, value, "USD") + find(facts, value, "CNY") if f.kind == "project"]
    assert found, describe(facts, text)
    assert not found[0].fields.get("investor"), describe(found, text)


# Round 32, from sets 1-137: a bare name spending with a verb no place or plan uses for its own figures
@pytest.mark.parametrize(("text", "value", "unit", "investor"), [
    ("华远啤酒将斥资16亿美元收购青禾持有的股份。", 16e8, "USD", "华远啤酒"),
    ("优远科技耗资约16.65亿元入主星岚股份。", 16.65e8, "CNY", "优远科技"),
    ("恒远健康向NEXA增资30亿美元。", 30e8, "USD", "恒远健康"),
    ("本轮融资由360集团领投20亿元。", 20e8, "CNY", "360集团"),
])
def test_a_bare_spenders_amount_is_its_project(text: str, value: float, unit: str, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, ZH), text, value, unit, "project", investor)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("市财政斥资2亿元修路。", 2e8, "CNY"),  # the public purse
    ("台商斥资2亿美元建厂。", 2e8, "USD"),  # a class of investors
    ("买断星岚需耗资10亿美元。", 10e8, "USD"),  # a purchase's cost, no one named
    ("本次協議轉讓耗資約10億美元。", 10e8, "USD"),  # a deal's cost (set 143, after its scoring)
    ("杭州市政府参投30亿元。", 30e8, "CNY"),  # a government
])
def test_no_bare_spender_without_a_name(text: str, value: float, unit: str) -> None:
    facts = extract_by_rules(text, ZH)
    found = find(facts, value, unit)
    assert found, describe(facts, text)
    assert not found[0].fields.get("investor"), describe(found, text)


# Round 32, from sets 132-140 (read after they were scored once): more ways a holding is told
@pytest.mark.parametrize(("language", "text", "value", "investor"), [
    (ZH, "合资公司中,蓝海总公司占23%股份,蓝海化工新材料股份有限公司占52%股份。", 23, "蓝海总公司"),  # 占N%股份
    (ZH, "腾远宣布战略入股智源,持股2.06%。", 2.06, "腾远"),  # the clause before says who bought in
    (ZH, "王星星手握34.76%股权。", 34.76, "王星星"),
    (ZH, "新远的控股比例将从77.6%下降至56.9%。", 56.9, "新远"),  # 控股比例
    (ZH, "騰遠所占股比17.0%,高榕所占股比9.3%。", 9.3, "高榕"),  # 所占股比
    (EN, "Norvik planned to acquire at least a 63.62% stake in Qelar Advanced Materials.", 63.62, "Norvik"),
    (EN, "Norvik intends to acquire at least 63.62 per cent of Qelar.", 63.62, "Norvik"),
])
def test_more_ways_a_holding_is_told(language: str, text: str, value: float, investor: str) -> None:
    check_kind_and_investor(extract_by_rules(text, language), text, value, "percent", "project", investor)


@pytest.mark.parametrize("text", [
    "今年出口占30%。",  # a share of trade: no equity after the figure
    "两家公司各占30%股份。",  # each of several parties: the venture's split
])
def test_a_bare_share_names_no_holder(text: str) -> None:
    facts = extract_by_rules(text, ZH)
    found = find(facts, 30, "percent")
    assert found, describe(facts, text)
    assert not found[0].fields.get("investor"), describe(found, text)
