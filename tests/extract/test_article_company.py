"""The article's company (app.extract.article_company): an article whose headline names one company and which
keeps naming it gives that company to the projects its sentences leave without a name — and never in a region's
round-up, a two-company venture, a place's own project, or an article that names the company only in passing.
Made-up articles, Simplified, Traditional and English."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.extract.table_support import check_investor, describe, find

from app.extract import article_company, extract
from app.extract.article_company import ORIGIN_FAMILY
from app.extract.pipeline import Document
from app.text import to_traditional

PUBLISHED = dt.date(2024, 5, 20)

_ZH_COMPANY = (
    "华岭乳业再扩产能\n"
    "本报讯 华岭乳业股份有限公司近日发布公告,拟在岳阳市新建乳品加工基地。"
    "华岭乳业表示,此举将进一步完善其全国产能布局。\n"
    "记者了解到,新基地占地约300亩,主要生产奶酪、稀奶油等产品,建成后年产能可达10万吨。\n"
    "据悉,基地一期投资3亿元,预计2027年建成。华岭乳业去年营业收入增长12%。\n"
)
# the same article, the amount a place's own project's: the place names it, the company does not invest in it
_ZH_PLACE_PROJECT = _ZH_COMPANY.replace("据悉,基地一期投资3亿元", "另外,岳阳市冷链物流园项目总投资3亿元")
# a headline about the city's signing: a round-up of several companies, none the article's
_ZH_ROUNDUP = (
    "岳阳市集中签约12个项目\n"
    "本报讯 昨日,岳阳市举行重点项目集中签约仪式,"
    "华岭乳业股份有限公司、远帆科技有限公司、青禾食品有限公司等12家企业签约落户。\n"
    "华岭乳业负责人表示,将加快项目建设。华岭乳业还将增加投资,华岭乳业此前已在湖南布局。\n"
    "据悉,一期投资3亿元,预计2027年建成。\n"
)
# two companies' venture: neither is the article's alone
_ZH_VENTURE = (
    "华岭乳业与远帆科技合资建厂\n"
    "本报讯 华岭乳业股份有限公司与远帆科技有限公司近日签约,合资在岳阳市建设乳品包装基地。"
    "华岭乳业与远帆科技各持股50%。\n"
    "远帆科技负责人表示,远帆科技将提供包装技术,华岭乳业负责运营。\n"
    "据悉,基地一期投资3亿元,预计2027年建成。\n"
)
# named in the headline and once more: not an article about it
_ZH_PASSING = (
    "华岭乳业参加岳阳市招商推介会\n"
    "本报讯 昨日,岳阳市举行招商推介会,华岭乳业股份有限公司等企业代表出席。\n"
    "推介会上,各县区介绍了投资环境。据悉,一期投资3亿元,预计2027年建成。\n"
)
_EN_COMPANY = (
    "Norvale Fibre breaks ground on Texas plant\n"
    "Norvale Fibre Co., Ltd. broke ground on Monday on a new fiberglass plant near Austin, Texas. Norvale Fibre is "
    "one of the largest fiberglass makers in the world.\n"
    "Workers started clearing the site last month, local officials said.\n"
    "About $120 million will be spent in the first phase, and the line will employ 400 people.\n"
    "Norvale Fibre said production would start in 2027.\n"
)
_EN_ROUNDUP = (
    "Austin signs 12 projects worth $2 billion\n"
    "Austin signed 12 projects on Monday. Norvale Fibre Co., Ltd., Halden Paper Co., Ltd. and Qinglan Foods Co., Ltd. "
    "were among the investors. Norvale Fibre said it would hire locally, and Norvale Fibre plans a second line.\n"
    "Workers started clearing the site last month, local officials said.\n"
    "About $120 million will be spent in the first phase, and the line will employ 400 people.\n"
)

# a company the article writes by its acronym only (never defined) is its company too; a measure's acronym is not
_EN_ACRONYM = (
    "NVF breaks ground on Texas plant\n"
    "NVF broke ground on Monday on a new fiberglass plant near Austin, Texas. NVF is one of the largest fiberglass "
    "makers in the world.\n"
    "Workers started clearing the site last month, local officials said.\n"
    "The plant will cost about $120 million and employ 400 people.\n"
    "NVF said production would start in 2027.\n"
)
_EN_MEASURE_ACRONYM = (
    "GDP grows 5% in Austin\n"
    "GDP grew 5 percent in the first half in Austin. GDP per head rose too.\n"
    "Workers started clearing the site last month, local officials said.\n"
    "The plant will cost about $120 million and employ 400 people.\n"
    "GDP is expected to grow faster next year.\n"
)

FILLED = [
    pytest.param(_ZH_COMPANY, "zh-Hans", "CNY", 300_000_000, "华岭乳业", id="zh-company"),
    pytest.param(to_traditional(_ZH_COMPANY), "zh-Hant", "CNY", 300_000_000, "華嶺乳業", id="zht-company"),
    pytest.param(_EN_COMPANY, "en", "USD", 120_000_000, "Norvale Fibre", id="en-company"),
]
LEFT = [
    pytest.param(_ZH_PLACE_PROJECT, "zh-Hans", "CNY", 300_000_000, id="zh-place-project"),
    pytest.param(to_traditional(_ZH_PLACE_PROJECT), "zh-Hant", "CNY", 300_000_000, id="zht-place-project"),
    pytest.param(_ZH_ROUNDUP, "zh-Hans", "CNY", 300_000_000, id="zh-roundup"),
    pytest.param(to_traditional(_ZH_ROUNDUP), "zh-Hant", "CNY", 300_000_000, id="zht-roundup"),
    pytest.param(_ZH_VENTURE, "zh-Hans", "CNY", 300_000_000, id="zh-venture"),
    pytest.param(_ZH_PASSING, "zh-Hans", "CNY", 300_000_000, id="zh-passing"),
    pytest.param(_EN_ROUNDUP, "en", "USD", 120_000_000, id="en-roundup"),
    pytest.param(_EN_MEASURE_ACRONYM, "en", "USD", 120_000_000, id="en-measure-acronym"),
]


@pytest.mark.parametrize(("text", "language", "unit", "value", "investor"), FILLED)
def test_the_articles_company_invests_where_no_sentence_names_one(text: str, language: str, unit: str,
                                                                  value: float, investor: str) -> None:
    facts = extract(text, language, PUBLISHED)
    check_investor(facts, text, value, unit, investor)
    found = find(facts, value, unit)[0]
    assert found.kind.value == "project" and found.origin.endswith("/" + ORIGIN_FAMILY), describe([found], text)


def test_a_company_written_by_its_acronym_alone_is_the_articles_company() -> None:
    """NVF, never defined, opening every sentence it is in: a company's own acronym (a measure's, GDP, is none)."""
    facts = extract(_EN_ACRONYM, "en", PUBLISHED)
    check_investor(facts, _EN_ACRONYM, 120_000_000, "USD", "NVF")
    facts = extract(_EN_MEASURE_ACRONYM, "en", PUBLISHED)
    assert all((f.fields.get("investor") or "") != "GDP" for f in facts), describe(facts, _EN_MEASURE_ACRONYM)


@pytest.mark.parametrize(("text", "language", "unit", "value"), LEFT)
def test_no_company_of_the_article_where_it_is_not_about_one(text: str, language: str, unit: str,
                                                            value: float) -> None:
    facts = extract(text, language, PUBLISHED)
    found = find(facts, value, unit)
    assert found, describe(facts, text)
    assert not found[0].origin.endswith("/" + ORIGIN_FAMILY), describe(found, text)
    assert not (found[0].fields.get("investor") or "").startswith(("华岭", "華嶺", "Norvale")), describe(found, text)


def test_a_trades_word_that_ends_the_companys_name_is_not_its_name() -> None:
    text = _ZH_COMPANY.replace("奶酪、稀奶油等产品", "奶酪等乳业产品").replace("国内", "乳业")
    facts = extract(text, "zh-Hans", PUBLISHED)
    check_investor(facts, text, 300_000_000, "CNY", "华岭乳业")


_EN_SPEAKER = (
    "Construction of the Halden rail line started on the 21st\n"
    "Source: Local news\n"
    "On the morning of February 21, the rail line project of the Halden Industrial Park started.\n"
    "Wang Lei, Secretary of the County Party Committee, Li Ming, Secretary of the Party Committee of the Industrial "
    "Park, and Zhou Hua, Deputy County Mayor, attended the ceremony.\n"
    "At the ceremony, Li Ming introduced the basic situation of the project. He pointed out that the rail line is a "
    "key infrastructure project of the park. The project has a total land area of 5.63 hectares and a total "
    "investment of nearly 60 million yuan.\n"
)


def test_a_person_the_article_names_with_a_role_is_no_investor() -> None:
    facts = extract(_EN_SPEAKER, "en", PUBLISHED)
    check_investor(facts, _EN_SPEAKER, 60_000_000, "CNY", "")


def test_the_headline_is_the_first_line_with_words_not_a_pages_markup() -> None:
    text = '< img height="1" width="1" src="https://example.org/tr?id=1" />\n\n' + _EN_COMPANY
    check_investor(extract(text, "en", PUBLISHED), text, 120_000_000, "USD", "Norvale Fibre")


@pytest.mark.parametrize(("name", "company"), [
    ("合资", False), ("中外合资", False), ("远帆", True), ("华岭乳业", True),
])
def test_a_ventures_word_is_no_company(name: str, company: bool) -> None:
    assert (article_company._core(name, False) is not None) is company


def test_the_start_of_a_places_name_is_no_company() -> None:
    text = ("六盘水市重点项目建设提速\n六盘水市有关部门加快推进重点项目,六盘水市还加快煤化工项目。"
            "远帆集团的项目进展顺利。")
    doc = Document(text, "zh-Hans", PUBLISHED)
    assert article_company._in_places(doc, doc.form, [i for i in range(len(text)) if text.startswith("六盘", i)], 2)
    assert not article_company._in_places(doc, doc.form, [text.index("远帆")], 2)
