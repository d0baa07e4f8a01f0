"""Round 12's investors of Chinese project facts, by structure (made-up sentences, Simplified and Traditional):

- a name read from a project's own words that is only a guess (肉牛 of 肉牛产业化项目, 风力 of 风力发电项目) gives way
  to the company its sentence names: the agent of a clause before the amount that opens with the project's name
  (X项目由Y具体实施,项目总投资N: Y, the subsidiary rather than its parent), else the company the amount's clause
  opens with, by its name (legal or established by the article); a place opening the sentence is no investor, and a
  name the article establishes as a company stays;
- a short name the article defines (以下简称"X") is shown after the full legal name it stands for, "Full（X）", also
  when the rule read the full name itself; a party's label (乙方) is never shown;
- a clause right after the project saying whose it is (X项目是Y集团实施的…项目) outranks such a guess, and a
  company by its legal form alone right after the amount's 的 (总投资N的Y集团是一家…企业; a list of such) invests;
- 企业 (该企业, 这家企业) opening a clause with an adverb or a plan word after it refers back to the company its
  paragraph named last (not 企业投资 in general, nor 企业家);
- the company whose own funds the next clause of the amount's sentence names (资金来源为X自有资金) pays, whoever
  the paragraph spoke of before (not 集合公司 of a verb's object); a subsidiary's defined short name stands for the
  subsidiary's own legal name (X控股子公司Y有限公司(以下简称…): Y有限公司);
- an opening 作为X(在国内)的第N个…基地 names X as the owner of the facility the amount's clause is about (not a
  class of projects, 作为全省重点项目, nor a place);
- a sentence opening with a back-reference to one project (该项目…) takes the owner read from the name of the
  project the sentence before named last (places and quoted titles after the owner cut off); several projects, or a
  name opening with a place, give none.

English has its own "Full Name (Short)" display (`en_abbrev.defined_name`); the other two are Chinese structures."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_investor, describe, extract_by_rules, find

PUBLISHED = dt.date(2024, 5, 20)
HANS, HANT = "zh-Hans", "zh-Hant"

# -- a guessed name gives way to the sentence's company
_BRAND_BEFORE = ("远帆食品(600999)发布公告称,公司经营稳健。\n"
                 "江州市委书记在致辞中指出,远帆食品总投资12亿元的肉牛产业化项目签约,意义重大。")
_HANT_BRAND_BEFORE = ("遠帆食品(600999)發布公告稱,公司經營穩健。\n"
                      "江州市委書記在致辭中指出,遠帆食品總投資12億元的肉牛產業化項目簽約,意義重大。")
_SUBJECT_VERB = ("星河风能(600888)发布公告称,公司经营稳健。\n"
                 "另外,在江州、江南等地,星河风能相继启动了总投资18亿元的风力发电项目。")
_HANT_SUBJECT_VERB = ("星河風能(600888)發布公告稱,公司經營穩健。\n"
                      "另外,在江州、江南等地,星河風能相繼啟動了總投資18億元的風力發電項目。")
_AGENT_CLAUSE = ("据了解,江南100MW风电项目由远帆能源全资子公司江州远明新能源有限公司具体实施,"
                 "项目总投资人民币6.8亿元,建设地点位于江州。")
_HANT_AGENT_CLAUSE = ("據了解,江南100MW風電項目由遠帆能源全資子公司江州遠明新能源有限公司具體實施,"
                      "項目總投資人民幣6.8億元,建設地點位於江州。")
_PLACE_OPENS = "另外,江州市今年相继启动了总投资18亿元的风力发电项目。"
_KNOWN_NAME_STAYS = ("星河物流(600777)发布公告称,公司经营稳健。远帆食品(600999)发布公告称,公司经营稳健。\n"
                     "远帆食品参观了总投资5亿元的星河物流配送中心项目。")

# -- a defined short name after the full name
_SHORT_USED = ("江州市政府与江州金桥置业有限公司(以下简称“金桥公司”)签约。\n"
               "据悉,金桥公司计划投资约2.5亿元建设酒店,占地约22亩。")
_HANT_SHORT_USED = ("江州市政府與江州金橋置業有限公司(以下簡稱「金橋公司」)簽約。\n"
                    "據悉,金橋公司計劃投資約2.5億元建設酒店,佔地約22畝。")
_NO_DEFINITION = "江州金桥置业有限公司计划投资约2.5亿元建设酒店,占地约22亩。"

# -- a back-reference to the project the sentence before named
_REFERRED_CODE = "9月1日,远帆电子江州西青12英寸芯片项目正式开工建设;该项目计划投资75亿元,建设一条晶圆生产线。"
_HANT_REFERRED_CODE = "9月1日,遠帆電子江州西青12英寸芯片項目正式開工建設;該項目計劃投資75億元,建設一條晶圓生產線。"
_REFERRED_QUOTED = ("本次大会共有67个动员项目。其中包含“星河年产1400万套子午线轮胎项目”。\n"
                    "该项目位于江州高新区,总投资51亿元。")
_HANT_REFERRED_QUOTED = ("本次大會共有67個動員項目。其中包含「星河年產1400萬套子午線輪胎項目」。\n"
                         "該項目位於江州高新區,總投資51億元。")
_REFERRED_TITLE = ("近日远帆拍得江州的两宗地块,准备本月开工建设远帆“亚洲一号”二期项目。"
                   "该项目总投资25亿元,将建设物流中心。")
_REFERRED_PLACE = "江州高新区锂电池项目正式开工建设。该项目总投资5亿元,将建设三条生产线。"
_REFERRED_SEVERAL = "江州市今天集中开工建设六个重点项目。该项目总投资5亿元,将建设三条生产线。"

# -- the company a clause right after the project says it is of; a company alone after the amount's 的
_SAID_AFTER = "总投资30亿元的星河智联重卡项目是星河集团实施数字化转型的示范项目。"
_HANT_SAID_AFTER = "總投資30億元的星河智聯重卡項目是星河集團實施數字化轉型的示範項目。"
_SAID_PLACE = "总投资30亿元的星河智联重卡项目是全市最大的工业项目。"
_ORG_ALONE = "其中,总投资20亿元的江苏远帆美妆集团是一家从事化妆品制造的企业。"
_HANT_ORG_ALONE = "其中,總投資20億元的江蘇遠帆美妝集團是一家從事化妝品製造的企業。"
_ORGS_LISTED = "看了总投资15亿元的远帆新材料公司、总投资10亿元的星河特钢有限公司。"
_NO_ORG_ALONE = "其中,总投资20亿元的江州市民中心是全市最大的公共建筑。"

# -- 企业 opening a clause refers back to the company its paragraph named last
_ENTERPRISE_BACK = ("位于江州工业区的星河肉业有限公司投产一年,效益良好。"
                    "如今,企业又瞄准了熟食市场,于今年下半年投资2000余万元上马了二期项目。")
_HANT_ENTERPRISE_BACK = ("位於江州工業區的星河肉業有限公司投產一年,效益良好。"
                         "如今,企業又瞄準了熟食市場,於今年下半年投資2000餘萬元上馬了二期項目。")
_ENTERPRISES_IN_GENERAL = "江州远帆有限公司落户江州。企业投资热情高涨,全年完成投资5亿元。"
_ENTREPRENEURS = "江州市新签约企业12家。企业家们表示,将于今年投资5亿元建设新厂。"

# -- the money's own source after the amount: 资金来源为X自有资金
_OWN_FUNDS = ("星河控股子公司江州星河药业有限公司(以下简称“星河药业”)积极发展中药产业,集合公司优势资源建设研究院。"
              "本项目预计投资总额为 816.20 万元,资金来源为星河药业自有资金。")
_HANT_OWN_FUNDS = ("星河控股子公司江州星河藥業有限公司(以下簡稱「星河藥業」)積極發展中藥產業,"
                   "集合公司優勢資源建設研究院。本項目預計投資總額為 816.20 萬元,資金來源為星河藥業自有資金。")
_COMPANY_FUNDS = "江州远帆化工有限公司发布公告。本项目预计投资总额为900万元,资金来源为公司自有资金。"
_LOAN_FUNDS = "江州远帆化工有限公司发布公告。本项目预计投资总额为900万元,资金来源为银行贷款。"

# -- an opening 作为X的…基地 names the owner of the facility the clause after it is about
_AS_BASE = "作为远帆轮胎在国内的第6个生产基地,江州工厂计划投资60亿元,建设轮胎生产线。"
_HANT_AS_BASE = "作為遠帆輪胎在國內的第6個生產基地,江州工廠計劃投資60億元,建設輪胎生產線。"
_AS_CLASS = "作为全省重点项目,江州工厂计划投资60亿元,建设轮胎生产线。"
_AS_PLACE = "作为江州市的第6个产业园区,江州产业园计划投资60亿元,建设标准厂房。"

# -- 如 opening a list of examples (如A…项目、B…项目等) is no part of the first company's name; 如意… is
_EXAMPLES = ("一批项目成功落户,如远帆电子股份有限公司在江州经开区投资101亿元的远帆智能制造项目、"
             "星河高科集团有限公司在江南投资100亿元建设电池项目等。")
_HANT_EXAMPLES = ("一批項目成功落戶,如遠帆電子股份有限公司在江州經開區投資101億元的遠帆智能製造項目、"
                  "星河高科集團有限公司在江南投資100億元建設電池項目等。")
_RUYI = ("如意纺织集团有限公司(600999)发布公告。"
         "江州市委书记指出,如意纺织集团有限公司总投资12亿元的羊毛产业化项目意义重大。")

INVESTORS: list[tuple[str, str, float, str]] = [
    (HANS, _EXAMPLES, 101e8, "远帆电子股份有限公司"),
    (HANT, _HANT_EXAMPLES, 101e8, "遠帆電子股份有限公司"),
    (HANS, _RUYI, 12e8, "如意纺织集团有限公司"),
    (HANS, _AS_BASE, 60e8, "远帆轮胎"),
    (HANT, _HANT_AS_BASE, 60e8, "遠帆輪胎"),
    (HANS, _AS_CLASS, 60e8, ""),
    (HANS, _AS_PLACE, 60e8, ""),
    (HANS, _OWN_FUNDS, 816.2e4, "江州星河药业有限公司（星河药业）"),
    (HANT, _HANT_OWN_FUNDS, 816.2e4, "江州星河藥業有限公司（星河藥業）"),
    (HANS, _COMPANY_FUNDS, 9e6, "江州远帆化工有限公司"),  # (公司 names none: the paragraph's company)
    (HANS, _LOAN_FUNDS, 9e6, "江州远帆化工有限公司"),
    (HANS, _ENTERPRISE_BACK, 2e7, "星河肉业有限公司"),
    (HANT, _HANT_ENTERPRISE_BACK, 2e7, "星河肉業有限公司"),
    (HANS, _ENTERPRISES_IN_GENERAL, 5e8, ""),
    (HANS, _ENTREPRENEURS, 5e8, ""),
    (HANS, _SAID_AFTER, 30e8, "星河集团"),
    (HANT, _HANT_SAID_AFTER, 30e8, "星河集團"),
    (HANS, _SAID_PLACE, 30e8, "星河智联重卡"),  # (a place's superlative names no company: the name's owner stays)
    (HANS, _ORG_ALONE, 20e8, "江苏远帆美妆集团"),
    (HANT, _HANT_ORG_ALONE, 20e8, "江蘇遠帆美妝集團"),
    (HANS, _ORGS_LISTED, 15e8, "远帆新材料公司"),
    (HANS, _ORGS_LISTED, 10e8, "星河特钢有限公司"),
    (HANS, _NO_ORG_ALONE, 20e8, ""),
    (HANS, _BRAND_BEFORE, 12e8, "远帆食品"),
    (HANT, _HANT_BRAND_BEFORE, 12e8, "遠帆食品"),
    (HANS, _SUBJECT_VERB, 18e8, "星河风能"),
    (HANT, _HANT_SUBJECT_VERB, 18e8, "星河風能"),
    (HANS, _AGENT_CLAUSE, 6.8e8, "江州远明新能源有限公司"),
    (HANT, _HANT_AGENT_CLAUSE, 6.8e8, "江州遠明新能源有限公司"),
    (HANS, _KNOWN_NAME_STAYS, 5e8, "星河"),  # (the start of 星河物流, not the visitor 远帆食品)
    (HANS, _SHORT_USED, 2.5e8, "江州金桥置业有限公司（金桥公司）"),
    (HANT, _HANT_SHORT_USED, 2.5e8, "江州金橋置業有限公司（金橋公司）"),
    (HANS, _NO_DEFINITION, 2.5e8, "江州金桥置业有限公司"),
    (HANS, _REFERRED_CODE, 75e8, "远帆电子"),
    (HANT, _HANT_REFERRED_CODE, 75e8, "遠帆電子"),
    (HANS, _REFERRED_QUOTED, 51e8, "星河"),
    (HANT, _HANT_REFERRED_QUOTED, 51e8, "星河"),
    (HANS, _REFERRED_TITLE, 25e8, "远帆"),
    (HANS, _REFERRED_PLACE, 5e8, ""),
    (HANS, _REFERRED_SEVERAL, 5e8, ""),
]


@pytest.mark.parametrize(("language", "text", "value", "expected"), INVESTORS)
def test_investor(language: str, text: str, value: float, expected: str) -> None:
    check_investor(extract_by_rules(text, language, PUBLISHED), text, value, "CNY", expected)


@pytest.mark.parametrize(("language", "text", "value", "place"), [(HANS, _PLACE_OPENS, 18e8, "江州")])
def test_place_is_no_investor(language: str, text: str, value: float, place: str) -> None:
    found = find(extract_by_rules(text, language, PUBLISHED), value, "CNY")
    assert found and place not in (found[0].fields.get("investor") or ""), describe(found, text)
